import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { TrashIcon } from '@/components/ui/icons';
import { isApiError } from '@/lib/api-client';
import { useForm } from '@/lib/form';
import { useProductLabels } from '@/lib/product-labels';
import { unitCodes } from '@/types/api';
import { useCreateMarketGuide, useUpdateMarketGuide, type MarketGuide } from '../api/market-guides';
import {
  emptyContact,
  emptyGuideValues,
  englishWithoutVietnamese,
  guideValuesSchema,
  pointersOf,
  prepareGuideValues,
  toGuideBody,
  toGuidePatch,
  toGuideValues,
  type GuideValues,
} from './guide-form-values';
import {
  BilingualInputs,
  CertificationsSelect,
  LabelLanguagesSelect,
  MarketSelect,
} from './market-fields';

type GuideFormApi = ReturnType<typeof useForm<GuideValues>>;

/**
 * Props for an input of one row of a list (a document, a contact). The form helper addresses
 * objects only, so a row is changed by replacing the whole list.
 */
function rowProps<L extends 'documents' | 'contacts'>(
  form: GuideFormApi,
  list: L,
  index: number,
  key: keyof GuideValues[L][number] & string,
) {
  const rows = form.values[list] as Record<string, string>[];
  return {
    value: rows[index]?.[key] ?? '',
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const next = event.currentTarget.value;
      form.setValue(
        `/${list}`,
        rows.map((row, i) => (i === index ? { ...row, [key]: next } : row)),
      );
    },
    error: form.errorOf(`/${list}/${index}/${key}`),
  };
}

function RequirementFields({ form }: { form: GuideFormApi }) {
  const { t } = useTranslation();
  const list = (path: '/requiredCertifications' | '/anyOfCertifications' | '/labelLanguages') => ({
    value: form.values[path.slice(1) as 'labelLanguages'],
    error: form.errorOf(path),
    onChange: (next: string[]) => form.setValue(path, next),
  });
  return (
    <Fieldset legend={t('marketGuides.form.requirementsSection')} variant="unstyled">
      <Text size="sm" c="dimmed" mb="sm">
        {t('marketGuides.form.requirementsHint')}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <CertificationsSelect
            label={t('marketGuides.fields.requiredCertifications')}
            description={t('marketGuides.form.requiredHint')}
            {...list('/requiredCertifications')}
          />
          <CertificationsSelect
            label={t('marketGuides.fields.anyOfCertifications')}
            description={t('marketGuides.form.anyOfHint')}
            {...list('/anyOfCertifications')}
          />
        </SimpleGrid>
        <LabelLanguagesSelect
          label={t('marketGuides.fields.labelLanguages')}
          {...list('/labelLanguages')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('marketGuides.fields.minShelfLifeDays')}
            inputMode="numeric"
            rightSection={t('marketGuides.form.days')}
            rightSectionWidth={56}
            {...form.textProps('/minShelfLifeDays')}
          />
          <TextInput
            label={t('marketGuides.fields.minRemainingShelfLifePercent')}
            description={t('marketGuides.form.remainingHint')}
            inputMode="numeric"
            rightSection="%"
            {...form.textProps('/minRemainingShelfLifePercent')}
          />
          <TextInput
            label={t('marketGuides.fields.transitDays')}
            inputMode="numeric"
            rightSection={t('marketGuides.form.days')}
            rightSectionWidth={56}
            {...form.textProps('/transitDays')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

function DocumentsFields({ form }: { form: GuideFormApi }) {
  const { t } = useTranslation();
  const documents = form.values.documents;
  return (
    <Fieldset legend={t('marketGuides.fields.documents')} variant="unstyled">
      <Stack gap="sm">
        {documents.map((_, index) => (
          <Group key={index} align="flex-end" wrap="nowrap" gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" style={{ flex: 1 }}>
              <TextInput
                label={t('marketGuides.form.documentVi', { n: index + 1 })}
                required
                maxLength={500}
                {...rowProps(form, 'documents', index, 'vi')}
              />
              <TextInput
                label={t('marketGuides.form.documentEn', { n: index + 1 })}
                maxLength={500}
                {...rowProps(form, 'documents', index, 'en')}
              />
            </SimpleGrid>
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('marketGuides.form.removeDocument', { n: index + 1 })}
              onClick={() =>
                form.setValue(
                  '/documents',
                  documents.filter((__, i) => i !== index),
                )
              }
            >
              <TrashIcon size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={documents.length >= 30}
            onClick={() => form.setValue('/documents', [...documents, { vi: '', en: '' }])}
          >
            {t('marketGuides.form.addDocument')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

function ContactsFields({ form }: { form: GuideFormApi }) {
  const { t } = useTranslation();
  const contacts = form.values.contacts;
  return (
    <Fieldset legend={t('marketGuides.fields.contacts')} variant="unstyled">
      <Stack gap="sm">
        {contacts.map((_, index) => {
          const n = index + 1;
          return (
            <Paper key={index} withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text size="sm" fw={600}>
                    {t('marketGuides.form.contactN', { n })}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('marketGuides.form.removeContact', { n })}
                    onClick={() =>
                      form.setValue(
                        '/contacts',
                        contacts.filter((__, i) => i !== index),
                      )
                    }
                  >
                    <TrashIcon size={16} />
                  </ActionIcon>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                  <TextInput
                    label={t('marketGuides.contact.name')}
                    required
                    maxLength={200}
                    {...rowProps(form, 'contacts', index, 'name')}
                  />
                  <TextInput
                    label={t('marketGuides.contact.organization')}
                    maxLength={200}
                    {...rowProps(form, 'contacts', index, 'organization')}
                  />
                  <TextInput
                    label={t('marketGuides.contact.role')}
                    maxLength={200}
                    {...rowProps(form, 'contacts', index, 'role')}
                  />
                  <TextInput
                    type="email"
                    label={t('marketGuides.contact.email')}
                    maxLength={254}
                    {...rowProps(form, 'contacts', index, 'email')}
                  />
                  <TextInput
                    type="tel"
                    label={t('marketGuides.contact.phone')}
                    maxLength={50}
                    {...rowProps(form, 'contacts', index, 'phone')}
                  />
                  <TextInput
                    type="url"
                    label={t('marketGuides.contact.website')}
                    placeholder="https://"
                    maxLength={500}
                    {...rowProps(form, 'contacts', index, 'website')}
                  />
                </SimpleGrid>
              </Stack>
            </Paper>
          );
        })}
        <Group>
          <Button
            variant="light"
            size="xs"
            disabled={contacts.length >= 20}
            onClick={() => form.setValue('/contacts', [...contacts, emptyContact()])}
          >
            {t('marketGuides.form.addContact')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

type GuideFormProps =
  | { mode: 'create'; onSaved: (guide: MarketGuide) => void }
  | { mode: 'edit'; guide: MarketGuide; onSaved: (guide: MarketGuide) => void };

/**
 * Every field of a market guide. What a program can check (certifications, label languages,
 * shelf life) comes first: the gap checklist and campaign screening read it. The rest is prose in
 * Vietnamese, with English where the centre has it.
 */
export function GuideForm(props: GuideFormProps) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const guide = props.mode === 'edit' ? props.guide : null;
  const form = useForm<GuideValues>({
    initialValues: guide ? toGuideValues(guide) : emptyGuideValues(),
    schema: guideValuesSchema,
    prepare: prepareGuideValues,
  });
  const create = useCreateMarketGuide();
  const update = useUpdateMarketGuide();
  const mutation = guide ? update : create;
  const conflict = isApiError(update.error) && update.error.code === 'VERSION_CONFLICT';
  const formElement = useRef<HTMLFormElement>(null);

  const focusFirstError = () =>
    requestAnimationFrame(() =>
      formElement.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  const onError = (error: unknown) => {
    form.setServerError(error, pointersOf(form.values));
    focusFirstError();
  };

  const submit = () => {
    mutation.reset();
    const values = form.validate();
    const missingVi = values ? englishWithoutVietnamese(values) : [];
    for (const path of missingVi) {
      form.setFieldMessage(path, { key: 'required' });
    }
    if (!values || missingVi.length > 0) {
      focusFirstError();
      return;
    }
    if (guide) {
      update.mutate(
        { id: guide.id, data: toGuidePatch(values, guide.version) },
        {
          onSuccess: (saved) => {
            notifications.show({ color: 'green', message: t('marketGuides.form.saved') });
            props.onSaved(saved);
          },
          onError,
        },
      );
    } else {
      create.mutate(toGuideBody(values), {
        onSuccess: (saved) => {
          notifications.show({ color: 'green', message: t('marketGuides.form.created') });
          props.onSaved(saved);
        },
        onError,
      });
    }
  };

  return (
    <form
      ref={formElement}
      noValidate
      aria-label={guide ? t('marketGuides.form.editLabel') : t('marketGuides.form.createLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        {conflict ? (
          <Alert color="orange" variant="light" role="alert" title={t('errors.VERSION_CONFLICT')}>
            {t('marketGuides.form.conflictHelp')}
          </Alert>
        ) : null}
        <Fieldset legend={t('marketGuides.form.marketSection')} variant="unstyled">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <MarketSelect
                label={t('marketGuides.fields.country')}
                required
                {...form.selectProps('/country')}
              />
              <TextInput
                label={t('marketGuides.fields.retailerName')}
                description={t('marketGuides.form.retailerHint')}
                maxLength={200}
                {...form.textProps('/retailerName')}
              />
            </SimpleGrid>
            <BilingualInputs
              textProps={form.textProps}
              path="/title"
              label={t('marketGuides.fields.title')}
              required
              maxLength={200}
            />
          </Stack>
        </Fieldset>
        <RequirementFields form={form} />
        <Fieldset legend={t('marketGuides.form.labelSection')} variant="unstyled">
          <Stack gap="sm">
            <BilingualInputs
              textProps={form.textProps}
              path="/labelling"
              label={t('marketGuides.fields.labelling')}
              long
              maxLength={5000}
            />
            <BilingualInputs
              textProps={form.textProps}
              path="/packaging"
              label={t('marketGuides.fields.packaging')}
              long
              maxLength={5000}
            />
          </Stack>
        </Fieldset>
        <DocumentsFields form={form} />
        <Fieldset legend={t('marketGuides.fields.typicalMoq')} variant="unstyled">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput
                label={t('marketGuides.form.moqQuantity')}
                inputMode="decimal"
                {...form.textProps('/typicalMoq/quantity')}
              />
              <Select
                label={t('marketGuides.form.moqUnit')}
                clearable
                placeholder={t('common.choose')}
                data={unitCodes.map((code) => ({ value: code, label: labels.unit(code) }))}
                {...form.selectProps('/typicalMoq/unit')}
              />
            </SimpleGrid>
            <BilingualInputs
              textProps={form.textProps}
              path="/typicalMoq/text"
              label={t('marketGuides.form.moqText')}
              maxLength={300}
            />
          </Stack>
        </Fieldset>
        <ContactsFields form={form} />
        <Fieldset legend={t('marketGuides.fields.notes')} variant="unstyled">
          <BilingualInputs
            textProps={form.textProps}
            path="/notes"
            label={t('marketGuides.fields.notes')}
            long
            maxLength={10_000}
          />
        </Fieldset>
        {conflict ? null : (
          <FormErrors
            error={mutation.error}
            details={form.formErrors}
            shownOnField={form.hasErrors && form.formErrors.length === 0}
          />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} disabled={conflict}>
            {guide ? t('marketGuides.form.save') : t('marketGuides.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
