import {
  Button,
  FileInput,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import Type from 'typebox';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { megabytes } from '@/lib/download';
import { errorMessage } from '@/lib/errors';
import { trimStrings, useForm } from '@/lib/form';
import { useProductLabels } from '@/lib/product-labels';
import {
  certificateSchemes,
  evidenceRules,
  openEndedSchemes,
  type CreateCertificateBody,
} from '@/types/api';
import { useCreateCertificate } from '../api/save-certificate';

type Values = {
  scheme: string;
  stars: string;
  issuer: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
};

const initialValues: Values = {
  scheme: '',
  stars: '',
  issuer: '',
  number: '',
  issuedOn: '',
  expiresOn: '',
};
const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

const schemaFor = (values: Values) =>
  Type.Object({
    scheme: Type.String({ minLength: 1 }),
    stars: values.scheme === 'ocop' ? Type.String({ minLength: 1 }) : Type.String(),
    issuer: Type.String({ minLength: 2, maxLength: 200 }),
    number: Type.String({ minLength: 1, maxLength: 100 }),
    issuedOn: Type.String({ pattern: DATE, errorKey: 'date' }),
    expiresOn: Type.String({ pattern: `^$|${DATE}`, errorKey: 'date' }),
  });

const fieldPaths = ['/scheme', '/stars', '/issuer', '/number', '/issuedOn', '/expiresOn'];

/**
 * Records a certificate: of one product (`productId`), or producer-level (`null`, counting for
 * every product). It counts once a coordinator has verified it; the evidence file helps them.
 */
export function CertificateFormModal({
  opened,
  productId,
  onClose,
}: {
  opened: boolean;
  productId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const [evidence, setEvidence] = useState<File | null>(null);
  const [evidenceError, setEvidenceError] = useState<string | null>(null);
  const form = useForm<Values>({ initialValues, schema: schemaFor, prepare: trimStrings });
  const create = useCreateCertificate();
  const scheme = form.values.scheme;
  const openEnded = (openEndedSchemes as readonly string[]).includes(scheme);

  const close = () => {
    form.reset(initialValues);
    setEvidence(null);
    setEvidenceError(null);
    create.reset();
    onClose();
  };

  const submit = () => {
    create.reset();
    const values = form.validate();
    if (!values) {
      return;
    }
    const data: CreateCertificateBody = {
      productId,
      scheme: values.scheme as CreateCertificateBody['scheme'],
      issuer: values.issuer,
      number: values.number,
      issuedOn: values.issuedOn,
      ...(values.scheme === 'ocop' ? { stars: Number(values.stars) as 3 | 4 | 5 } : {}),
      // Left out, the server fills OCOP (36 months) and FDA (next renewal); open-ended have none.
      ...(values.expiresOn
        ? { expiresOn: values.expiresOn }
        : openEnded
          ? { expiresOn: null }
          : {}),
    };
    create.mutate(
      { data, evidence },
      {
        onSuccess: (result) => {
          notifications.show(
            result.evidenceError
              ? {
                  color: 'orange',
                  message: t('certificates.savedWithoutEvidence', {
                    reason: errorMessage(t, result.evidenceError),
                  }),
                }
              : { color: 'green', message: t('certificates.saved') },
          );
          close();
        },
        onError: (error) => form.setServerError(error, fieldPaths),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title={t('certificates.addTitle')} centered size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('certificates.fields.scheme')}
              required
              searchable
              placeholder={t('common.choose')}
              data={certificateSchemes.map((code) => ({
                value: code,
                label: labels.certification(code),
              }))}
              comboboxProps={{ withinPortal: true }}
              {...form.selectProps('/scheme')}
              data-autofocus
            />
            {scheme === 'ocop' ? (
              <Select
                label={t('certificates.fields.stars')}
                required
                data={[3, 4, 5].map((stars) => ({
                  value: String(stars),
                  label: t('products.starsLabel', { count: stars }),
                }))}
                {...form.selectProps('/stars')}
              />
            ) : null}
            <TextInput
              label={t('certificates.fields.issuer')}
              required
              {...form.textProps('/issuer')}
            />
            <TextInput
              label={t('certificates.fields.number')}
              required
              {...form.textProps('/number')}
            />
            <TextInput
              type="date"
              label={t('certificates.fields.issuedOn')}
              required
              {...form.textProps('/issuedOn')}
            />
            <TextInput
              type="date"
              label={t('certificates.fields.expiresOn')}
              description={
                scheme === 'ocop'
                  ? t('certificates.expiryOcopHint')
                  : openEnded
                    ? t('certificates.expiryOptionalHint')
                    : undefined
              }
              required={Boolean(scheme) && scheme !== 'ocop' && scheme !== 'fda-ffr' && !openEnded}
              {...form.textProps('/expiresOn')}
            />
          </SimpleGrid>
          <FileInput
            label={t('certificates.fields.evidence')}
            description={t('certificates.evidenceHint', { max: megabytes(evidenceRules.maxBytes) })}
            placeholder={t('certificates.chooseFile')}
            accept={evidenceRules.types.join(',')}
            clearable
            value={evidence}
            error={evidenceError}
            onChange={(file) => {
              setEvidenceError(
                file && file.size > evidenceRules.maxBytes
                  ? t('certificates.evidenceTooLarge', { max: megabytes(evidenceRules.maxBytes) })
                  : null,
              );
              setEvidence(file && file.size <= evidenceRules.maxBytes ? file : null);
            }}
          />
          <FormErrors
            error={create.error}
            details={form.formErrors}
            shownOnField={form.hasErrors && form.formErrors.length === 0}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('certificates.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
