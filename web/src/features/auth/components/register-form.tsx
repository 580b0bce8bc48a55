import {
  Anchor,
  Button,
  Fieldset,
  Group,
  PasswordInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import Type from 'typebox';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CountrySelect } from '@/components/ui/country-select';
import { ChannelSelect, LegalFormSelect } from '@/components/ui/enum-select';
import { FormErrors } from '@/components/ui/form-errors';
import { ProvinceSelect } from '@/components/ui/province-select';
import { paths } from '@/config/paths';
import { useRegister } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { EMAIL_PATTERN, TAX_CODE_PATTERN, trimStrings, useForm } from '@/lib/form';
import { currentLanguage } from '@/lib/i18n';
import {
  selfServiceRoles,
  type DistributorChannel,
  type ErrorCode,
  type LegalForm,
  type Me,
  type RegisterBody,
  type SelfServiceRole,
} from '@/types/api';

type RegisterValues = {
  role: SelfServiceRole;
  name: string;
  email: string;
  password: string;
  organization: {
    legalName: string;
    tradingName: string;
    taxCode: string;
    province: string;
    address: string;
    legalForm: string;
    channel: string;
    country: string;
  };
};

const initialValues: RegisterValues = {
  role: 'producer',
  name: '',
  email: '',
  password: '',
  organization: {
    legalName: '',
    tradingName: '',
    taxCode: '',
    province: '',
    address: '',
    legalForm: '',
    channel: '',
    country: 'VN',
  },
};

/** Mirrors the server's RegisterBody rules, so most mistakes are caught before a round trip. */
function registerInputSchema(role: SelfServiceRole) {
  const organization = {
    legalName: Type.String({ minLength: 2, maxLength: 200 }),
    tradingName: Type.Optional(Type.String({ maxLength: 200 })),
    taxCode: Type.String({ pattern: TAX_CODE_PATTERN, errorKey: 'taxCode' }),
    province: Type.String({ minLength: 1 }),
    address: Type.Optional(Type.String({ maxLength: 300 })),
  };
  return Type.Object({
    email: Type.String({ minLength: 1, maxLength: 254, pattern: EMAIL_PATTERN, errorKey: 'email' }),
    password: Type.String({ minLength: 8, maxLength: 256 }),
    name: Type.String({ minLength: 1, maxLength: 120 }),
    role: Type.String(),
    locale: Type.String(),
    organization:
      role === 'producer'
        ? Type.Object({ ...organization, legalForm: Type.String({ minLength: 1 }) })
        : Type.Object({
            ...organization,
            channel: Type.String({ minLength: 1 }),
            country: Type.String({ pattern: '^[A-Z]{2}$' }),
          }),
  });
}

/** Form values → request body: trimmed, MST without spaces or dots, empty optionals left out. */
function toRegisterBody(values: RegisterValues): RegisterBody {
  const v = trimStrings(values);
  const org = v.organization;
  return {
    email: v.email,
    password: values.password,
    name: v.name,
    locale: currentLanguage(),
    role: v.role,
    organization: {
      legalName: org.legalName,
      taxCode: org.taxCode.replace(/[\s.]/g, ''),
      province: org.province,
      ...(org.tradingName ? { tradingName: org.tradingName } : {}),
      ...(org.address ? { address: org.address } : {}),
      ...(v.role === 'producer'
        ? org.legalForm
          ? { legalForm: org.legalForm as LegalForm }
          : {}
        : {
            ...(org.channel ? { channel: org.channel as DistributorChannel } : {}),
            country: org.country || 'VN',
          }),
    },
  };
}

const fieldPaths = [
  '/email',
  '/password',
  '/name',
  '/role',
  '/organization/legalName',
  '/organization/tradingName',
  '/organization/taxCode',
  '/organization/province',
  '/organization/address',
  '/organization/country',
  '/organization/channel',
  '/organization/legalForm',
] as const;

const codeFields: Partial<Record<ErrorCode, string>> = {
  EMAIL_TAKEN: '/email',
  WEAK_PASSWORD: '/password',
  INVALID_TAX_CODE: '/organization/taxCode',
  TAX_CODE_TAKEN: '/organization/taxCode',
  UNKNOWN_PROVINCE: '/organization/province',
};

type RegisterFormProps = { onSuccess: (me: Me) => void; next?: string | null };

export function RegisterForm({ onSuccess, next }: RegisterFormProps) {
  const { t } = useTranslation();
  const register = useRegister({ onSuccess });
  const form = useForm<RegisterValues, RegisterBody>({
    initialValues,
    schema: (values) => registerInputSchema(values.role),
    prepare: toRegisterBody,
  });
  const role = form.values.role;

  const submit = () => {
    register.reset();
    const body = form.validate();
    if (!body) {
      return;
    }
    register.mutate(body, {
      onError: (error) => {
        const { codeField } = form.setServerError(error, fieldPaths, codeFields);
        if (codeField) {
          form.setFieldMessage(codeField, { text: errorMessage(t, error) });
        }
      },
    });
  };

  const shownOnField = form.hasErrors && (register.error ? form.formErrors.length === 0 : false);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <Radio.Group
          label={t('register.roleLabel')}
          required
          value={role}
          onChange={(value) => {
            if ((selfServiceRoles as readonly string[]).includes(value)) {
              form.setValue('/role', value);
            }
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
            {selfServiceRoles.map((value) => (
              <Radio.Card key={value} value={value} p="md" radius="md">
                <Group wrap="nowrap" align="flex-start">
                  <Radio.Indicator />
                  <div>
                    <Text fw={600}>{t(`register.roles.${value}.title`)}</Text>
                    <Text size="sm" c="dimmed">
                      {t(`register.roles.${value}.description`)}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            ))}
          </SimpleGrid>
        </Radio.Group>

        <Fieldset legend={t('register.accountSection')} variant="unstyled">
          <Stack gap="sm">
            <TextInput
              label={t('fields.fullName')}
              autoComplete="name"
              required
              {...form.textProps('/name')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                required
                {...form.textProps('/email')}
              />
              <PasswordInput
                label={t('fields.password')}
                description={t('register.passwordHint')}
                autoComplete="new-password"
                required
                {...form.textProps('/password')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>

        <Fieldset
          legend={
            role === 'producer' ? t('register.producerSection') : t('register.distributorSection')
          }
          variant="unstyled"
        >
          <Stack gap="sm">
            <TextInput
              label={t('fields.legalName')}
              description={t('fields.legalNameHint')}
              autoComplete="organization"
              required
              {...form.textProps('/organization/legalName')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('fields.tradingName')}
                {...form.textProps('/organization/tradingName')}
              />
              <TextInput
                label={t('fields.taxCode')}
                description={t('fields.taxCodeHint')}
                inputMode="numeric"
                required
                {...form.textProps('/organization/taxCode')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {role === 'producer' ? (
                <LegalFormSelect required {...form.selectProps('/organization/legalForm')} />
              ) : (
                <ChannelSelect required {...form.selectProps('/organization/channel')} />
              )}
              {role === 'distributor' ? (
                <CountrySelect required {...form.selectProps('/organization/country')} />
              ) : null}
              <ProvinceSelect
                required
                description={t('fields.provinceHint')}
                {...form.selectProps('/organization/province')}
              />
            </SimpleGrid>
            <TextInput
              label={t('fields.address')}
              autoComplete="street-address"
              {...form.textProps('/organization/address')}
            />
          </Stack>
        </Fieldset>

        <FormErrors error={register.error} details={form.formErrors} shownOnField={shownOnField} />
        <Button type="submit" loading={register.isPending} size="md">
          {t('register.submit')}
        </Button>
        <Text size="sm" ta="center">
          {t('register.haveAccount')}{' '}
          <Anchor component={Link} to={paths.auth.login.getHref(next)}>
            {t('register.loginLink')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
