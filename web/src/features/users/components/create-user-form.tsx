import {
  Button,
  Group,
  Modal,
  PasswordInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import Type from 'typebox';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { errorMessage } from '@/lib/errors';
import { EMAIL_PATTERN, trimStrings, useForm } from '@/lib/form';
import { currentLanguage } from '@/lib/i18n';
import { locales, staffRoles, type CreateStaffUserBody, type ErrorCode } from '@/types/api';
import { useCreateUser } from '../api/create-user';

const createUserInputSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 120 }),
  email: Type.String({ minLength: 1, maxLength: 254, pattern: EMAIL_PATTERN, errorKey: 'email' }),
  password: Type.String({ minLength: 8, maxLength: 256 }),
  role: Type.String({ minLength: 1 }),
  locale: Type.String({ minLength: 1 }),
});

const fieldPaths = ['/name', '/email', '/password', '/role', '/locale'];
const codeFields: Partial<Record<ErrorCode, string>> = {
  EMAIL_TAKEN: '/email',
  WEAK_PASSWORD: '/password',
};

function CreateUserFields({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const form = useForm<CreateStaffUserBody>({
    initialValues: {
      name: '',
      email: '',
      password: '',
      role: 'coordinator',
      locale: currentLanguage(),
    },
    schema: createUserInputSchema,
    prepare: (values) => ({ ...trimStrings(values), password: values.password }),
  });
  const create = useCreateUser({
    mutationConfig: {
      onSuccess: (user) => {
        notifications.show({ color: 'green', message: t('users.created', { email: user.email }) });
        onDone();
      },
    },
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        create.reset();
        const body = form.validate();
        if (body) {
          create.mutate(body, {
            onError: (error) => {
              const { codeField } = form.setServerError(error, fieldPaths, codeFields);
              if (codeField) {
                form.setFieldMessage(codeField, { text: errorMessage(t, error) });
              }
            },
          });
        }
      }}
    >
      <Stack gap="sm">
        <TextInput
          label={t('fields.fullName')}
          required
          data-autofocus
          {...form.textProps('/name')}
        />
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="off"
          required
          {...form.textProps('/email')}
        />
        <PasswordInput
          label={t('users.initialPassword')}
          description={t('register.passwordHint')}
          autoComplete="new-password"
          required
          {...form.textProps('/password')}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <Select
            label={t('fields.role')}
            required
            allowDeselect={false}
            data={staffRoles.map((value) => ({ value, label: t(`enums.role.${value}`) }))}
            {...form.selectProps('/role')}
          />
          <Select
            label={t('fields.locale')}
            required
            allowDeselect={false}
            data={locales.map((value) => ({ value, label: t(`language.${value}`) }))}
            {...form.selectProps('/locale')}
          />
        </SimpleGrid>
        <FormErrors
          error={create.error}
          details={form.formErrors}
          shownOnField={form.hasErrors && form.formErrors.length === 0}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDone} disabled={create.isPending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Admins create staff accounts here; the form starts empty each time the modal opens. */
export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('users.createTitle')} centered>
      {opened ? <CreateUserFields onDone={onClose} /> : null}
    </Modal>
  );
}
