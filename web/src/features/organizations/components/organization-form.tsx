import {
  Alert,
  Button,
  Fieldset,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import Type from 'typebox';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/ui/country-select';
import { ChannelSelect, LegalFormSelect } from '@/components/ui/enum-select';
import { ErrorState } from '@/components/ui/error-state';
import { FormErrors } from '@/components/ui/form-errors';
import { LoadingState } from '@/components/ui/loading-state';
import { ProvinceSelect } from '@/components/ui/province-select';
import { VerificationBadge } from '@/components/ui/verification-badge';
import { isApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { useFormatters } from '@/lib/format';
import {
  OPTIONAL_EMAIL_PATTERN,
  OPTIONAL_PHONE_PATTERN,
  OPTIONAL_WEBSITE_PATTERN,
  TAX_CODE_PATTERN,
  trimStrings,
  useForm,
} from '@/lib/form';
import type { ErrorCode, Organization, UpdateOrganizationBody } from '@/types/api';
import { useOrganization } from '../api/get-organization';
import { useUpdateOrganization } from '../api/update-organization';

const textFields = [
  'legalName',
  'tradingName',
  'taxCode',
  'province',
  'address',
  'country',
  'channel',
  'legalForm',
  'descriptionVi',
  'descriptionEn',
  'contactName',
  'contactEmail',
  'contactPhone',
  'website',
] as const;
type FieldName = (typeof textFields)[number];
type OrganizationValues = Record<FieldName, string>;

/** Fields the server requires to stay non-empty; the rest may be cleared (sent as null). */
const requiredFields = new Set<FieldName>(['legalName', 'taxCode', 'province', 'country']);

function toValues(organization: Organization): OrganizationValues {
  const values = {} as OrganizationValues;
  for (const field of textFields) {
    values[field] = organization[field] ?? '';
  }
  return values;
}

function organizationInputSchema(kind: Organization['kind']) {
  return Type.Object({
    legalName: Type.String({ minLength: 2, maxLength: 200 }),
    tradingName: Type.String({ maxLength: 200 }),
    taxCode: Type.String({ pattern: TAX_CODE_PATTERN, errorKey: 'taxCode' }),
    province: Type.String({ minLength: 1 }),
    address: Type.String({ maxLength: 300 }),
    country: Type.String({ pattern: '^[A-Z]{2}$' }),
    channel: kind === 'distributor' ? Type.String({ minLength: 1 }) : Type.String(),
    legalForm: kind === 'producer' ? Type.String({ minLength: 1 }) : Type.String(),
    descriptionVi: Type.String({ maxLength: 5000 }),
    descriptionEn: Type.String({ maxLength: 5000 }),
    contactName: Type.String({ maxLength: 120 }),
    contactEmail: Type.String({
      maxLength: 254,
      pattern: OPTIONAL_EMAIL_PATTERN,
      errorKey: 'email',
    }),
    contactPhone: Type.String({ pattern: OPTIONAL_PHONE_PATTERN, errorKey: 'phone' }),
    website: Type.String({
      maxLength: 300,
      pattern: OPTIONAL_WEBSITE_PATTERN,
      errorKey: 'website',
    }),
  });
}

function prepareValues(values: OrganizationValues): OrganizationValues {
  const trimmed = trimStrings(values);
  return { ...trimmed, taxCode: trimmed.taxCode.replace(/[\s.]/g, '') };
}

/** Only what changed, plus the version we started from: the server refuses a stale write. */
function toPatch(
  organization: Organization,
  values: OrganizationValues,
): UpdateOrganizationBody | null {
  const original = toValues(organization);
  const body: Record<string, unknown> = {};
  for (const field of textFields) {
    if (values[field] !== original[field]) {
      body[field] = values[field] === '' && !requiredFields.has(field) ? null : values[field];
    }
  }
  if (Object.keys(body).length === 0) {
    return null;
  }
  return { ...body, version: organization.version };
}

const fieldPaths = textFields.map((field) => `/${field}`);
const codeFields: Partial<Record<ErrorCode, string>> = {
  INVALID_TAX_CODE: '/taxCode',
  TAX_CODE_TAKEN: '/taxCode',
  UNKNOWN_PROVINCE: '/province',
};

function EditForm({
  organization,
  onReload,
}: {
  organization: Organization;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const form = useForm<OrganizationValues>({
    initialValues: toValues(organization),
    schema: organizationInputSchema(organization.kind),
    prepare: prepareValues,
  });
  const update = useUpdateOrganization({
    mutationConfig: {
      onSuccess: (saved) => {
        form.reset(toValues(saved));
        notifications.show({ color: 'green', message: t('organization.saved') });
      },
    },
  });
  const conflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';

  // After "load latest", start over from the server's copy.
  const loadedVersion = useRef(organization.version);
  const { reset } = form;
  useEffect(() => {
    if (organization.version !== loadedVersion.current) {
      loadedVersion.current = organization.version;
      reset(toValues(organization));
    }
  }, [organization, reset]);

  const submit = () => {
    update.reset();
    const values = form.validate();
    if (!values) {
      return;
    }
    const patch = toPatch(organization, values);
    if (!patch) {
      notifications.show({ color: 'gray', message: t('organization.noChanges') });
      return;
    }
    update.mutate(
      { id: organization.id, data: patch },
      {
        onError: (error) => {
          const { codeField } = form.setServerError(error, fieldPaths, codeFields);
          if (codeField) {
            form.setFieldMessage(codeField, { text: errorMessage(t, error) });
          }
        },
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Group justify="space-between" gap="xs">
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('organization.statusLabel')}
              </Text>
              <VerificationBadge status={organization.verificationStatus} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('organization.versionInfo', {
                version: organization.version,
                updatedAt: format.dateTime(organization.updatedAt),
              })}
            </Text>
          </Group>
          {organization.verificationStatus === 'rejected' && organization.verificationNote ? (
            <Text size="sm" mt="xs">
              {t('organization.rejectionReason', { reason: organization.verificationNote })}
            </Text>
          ) : null}
        </Paper>

        {conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('errors.VERSION_CONFLICT')}>
            <Stack gap="xs">
              <Text size="sm">{t('organization.conflictHelp')}</Text>
              <Group>
                <Button
                  size="xs"
                  variant="white"
                  color="orange"
                  onClick={() => {
                    update.reset();
                    void onReload();
                  }}
                >
                  {t('organization.loadLatest')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : null}

        <Fieldset legend={t('organization.identitySection')} variant="unstyled">
          <Stack gap="sm">
            <TextInput label={t('fields.legalName')} required {...form.textProps('/legalName')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('fields.tradingName')} {...form.textProps('/tradingName')} />
              <TextInput
                label={t('fields.taxCode')}
                description={t('fields.taxCodeHint')}
                inputMode="numeric"
                required
                {...form.textProps('/taxCode')}
              />
              {organization.kind === 'producer' ? (
                <LegalFormSelect required {...form.selectProps('/legalForm')} />
              ) : null}
              {organization.kind === 'distributor' ? (
                <>
                  <ChannelSelect required {...form.selectProps('/channel')} />
                  <CountrySelect required {...form.selectProps('/country')} />
                </>
              ) : null}
              <ProvinceSelect required {...form.selectProps('/province')} />
            </SimpleGrid>
            <TextInput
              label={t('fields.address')}
              autoComplete="street-address"
              {...form.textProps('/address')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('organization.descriptionSection')} variant="unstyled">
          <Stack gap="sm">
            <Textarea
              label={t('fields.descriptionVi')}
              autosize
              minRows={3}
              maxRows={10}
              {...form.textProps('/descriptionVi')}
            />
            <Textarea
              label={t('fields.descriptionEn')}
              autosize
              minRows={3}
              maxRows={10}
              {...form.textProps('/descriptionEn')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('organization.contactSection')} variant="unstyled">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('fields.contactName')}
              autoComplete="name"
              {...form.textProps('/contactName')}
            />
            <TextInput
              label={t('fields.contactEmail')}
              type="email"
              autoComplete="email"
              {...form.textProps('/contactEmail')}
            />
            <TextInput
              label={t('fields.contactPhone')}
              type="tel"
              autoComplete="tel"
              {...form.textProps('/contactPhone')}
            />
            <TextInput
              label={t('fields.website')}
              type="url"
              autoComplete="url"
              placeholder="https://"
              {...form.textProps('/website')}
            />
          </SimpleGrid>
        </Fieldset>

        {conflict ? null : (
          <FormErrors
            error={update.error}
            details={form.formErrors}
            shownOnField={form.hasErrors && form.formErrors.length === 0}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={conflict}>
            {t('organization.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The signed-in person's organization profile, editable with optimistic concurrency. */
export function OrganizationForm({ organizationId }: { organizationId: string }) {
  const organization = useOrganization({ id: organizationId });
  if (organization.isPending) {
    return <LoadingState />;
  }
  if (organization.isError) {
    return <ErrorState error={organization.error} onRetry={() => void organization.refetch()} />;
  }
  return <EditForm organization={organization.data} onReload={organization.refetch} />;
}
