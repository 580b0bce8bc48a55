import {
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { useProductLabels } from '@/lib/product-labels';
import { currencyCodes, unitCodes } from '@/types/api';
import { incoterms, newIdempotencyKey, type Quote } from '@/types/sourcing';
import { useCreateQuote } from '../api/create-quote';
import {
  initialQuoteValues,
  toQuoteBody,
  validateQuote,
  type QuoteErrors,
  type QuoteValues,
} from './quote-form-values';

/**
 * The producer's structured quote: price per unit and currency, Incoterm and named place (for
 * export), MOQ, lead time, payment terms and how long it stands. With `revising`, it answers the
 * distributor's revision request on that quote and starts from its terms.
 */
export function QuoteFormModal({
  opened,
  matchId,
  defaultUnit,
  revising,
  onClose,
}: {
  opened: boolean;
  matchId: string;
  defaultUnit: string;
  revising?: Quote;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const create = useCreateQuote();
  const [values, setValues] = useState<QuoteValues>(() =>
    initialQuoteValues(defaultUnit, revising),
  );
  const [errors, setErrors] = useState<QuoteErrors>({});
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);

  const message = (key: keyof QuoteValues) => {
    const error = errors[key];
    switch (error) {
      case undefined:
        return undefined;
      case 'minLength':
        return t('validation.minLength', { count: 2 });
      case 'pastDate':
        return t('quotes.form.pastDate');
      case 'required':
      case 'positiveNumber':
      case 'integer':
      case 'date':
        return t(`validation.${error}`);
    }
  };
  const set = (key: keyof QuoteValues, value: string) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };
  const text = (key: keyof QuoteValues) => ({
    value: values[key],
    error: message(key),
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, event.currentTarget.value),
  });
  const close = () => {
    setValues(initialQuoteValues(defaultUnit, revising));
    setErrors({});
    create.reset();
    onClose();
  };
  const submit = () => {
    const found = validateQuote(values);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    create.mutate(
      { data: toQuoteBody(matchId, values, revising?.id), idempotencyKey },
      {
        onSuccess: () => {
          setIdempotencyKey(newIdempotencyKey());
          notifications.show({ color: 'green', message: t('quotes.form.sent') });
          close();
        },
      },
    );
  };
  const unit = labels.unit(values.unit);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={revising ? t('quotes.form.revisionTitle') : t('quotes.form.title')}
      centered
      size="lg"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          {revising?.responseNote ? (
            <Text size="sm">{t('quotes.form.revisionAsked', { note: revising.responseNote })}</Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput
              label={t('quotes.fields.pricePerUnit')}
              description={t('quotes.form.perUnit', { unit })}
              inputMode="decimal"
              required
              data-autofocus
              {...text('pricePerUnit')}
            />
            <Select
              label={t('quotes.fields.currency')}
              allowDeselect={false}
              data={[...currencyCodes]}
              value={values.currency}
              onChange={(value) => set('currency', value ?? 'VND')}
            />
            <Select
              label={t('quotes.fields.unit')}
              allowDeselect={false}
              data={unitCodes.map((code) => ({ value: code, label: labels.unit(code) }))}
              value={values.unit}
              onChange={(value) => set('unit', value ?? defaultUnit)}
            />
            <TextInput
              label={t('quotes.fields.moq')}
              inputMode="decimal"
              required
              rightSection={<Text size="xs">{unit}</Text>}
              rightSectionWidth={64}
              {...text('moq')}
            />
            <TextInput
              label={t('quotes.fields.leadTimeDays')}
              inputMode="numeric"
              required
              {...text('leadTimeDays')}
            />
            <TextInput
              type="date"
              label={t('quotes.fields.validUntil')}
              required
              {...text('validUntil')}
            />
            <Select
              label={t('quotes.fields.incoterm')}
              description={t('quotes.form.incotermHint')}
              placeholder={t('quotes.form.noIncoterm')}
              clearable
              data={[...incoterms]}
              value={values.incoterm || null}
              onChange={(value) => set('incoterm', value ?? '')}
            />
            <TextInput
              label={t('quotes.fields.namedPlace')}
              required={values.incoterm !== ''}
              disabled={values.incoterm === ''}
              maxLength={200}
              {...text('namedPlace')}
            />
          </SimpleGrid>
          <TextInput
            label={t('quotes.fields.paymentTerms')}
            description={t('quotes.form.paymentHint')}
            required
            maxLength={300}
            {...text('paymentTerms')}
          />
          <Textarea
            label={t('quotes.fields.note')}
            autosize
            minRows={2}
            maxLength={2000}
            {...text('note')}
          />
          <FormErrors error={create.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {revising ? t('quotes.form.sendRevision') : t('quotes.form.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
