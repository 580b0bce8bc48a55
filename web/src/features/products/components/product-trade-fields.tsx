import {
  Button,
  Chip,
  Fieldset,
  Group,
  Input,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CountryMultiSelect } from '@/components/ui/country-select';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import { currencyCodes, storageModes, unitCodes } from '@/types/api';
import type { ProductFormApi } from './product-form-fields';
import { ALL_MONTHS } from './product-form-values';

/** The harvest season: months as toggle chips, with "all year" and "none" shortcuts. */
export function ProductSeasonField({ form }: { form: ProductFormApi }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labelId = useId();
  const error = form.errorOf('/monthsAvailable');
  return (
    <Fieldset legend={t('products.fields.monthsAvailable')} variant="unstyled">
      <Stack gap="xs">
        <Input.Description id={labelId}>{t('products.form.monthsHint')}</Input.Description>
        <Chip.Group
          multiple
          value={form.values.monthsAvailable}
          onChange={(months) => form.setValue('/monthsAvailable', months)}
        >
          <Group gap={6} role="group" aria-describedby={labelId}>
            {ALL_MONTHS.map((month) => (
              <Chip key={month} value={month} size="sm">
                {format.month(Number(month))}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Group gap="xs">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => form.setValue('/monthsAvailable', [...ALL_MONTHS])}
          >
            {t('products.allYear')}
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            onClick={() => form.setValue('/monthsAvailable', [])}
          >
            {t('products.form.clearMonths')}
          </Button>
        </Group>
        {error ? <Input.Error role="alert">{error}</Input.Error> : null}
      </Stack>
    </Fieldset>
  );
}

/** Quantities, price, shelf life, storage and export markets: the commercial facts. */
export function ProductTradeFields({ form }: { form: ProductFormApi }) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const unit = labels.unit(form.values.unit);
  const number = (path: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} inputMode="decimal" {...extra} {...form.textProps(path)} />
  );

  return (
    <Fieldset legend={t('products.form.tradeSection')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
        <Select
          label={t('products.fields.unit')}
          required
          allowDeselect={false}
          data={unitCodes.map((code) => ({ value: code, label: labels.unit(code) }))}
          {...form.selectProps('/unit')}
        />
        {number('/moq', t('products.fields.moq'), {
          required: true,
          rightSection: unit,
          rightSectionWidth: 64,
        })}
        {number('/monthlyCapacity', t('products.fields.monthlyCapacity'), {
          rightSection: unit,
          rightSectionWidth: 64,
        })}
        {number('/leadTimeDays', t('products.fields.leadTimeDays'), { inputMode: 'numeric' })}
        {number('/shelfLifeDays', t('products.fields.shelfLifeDays'), { inputMode: 'numeric' })}
        <Select
          label={t('products.fields.storage')}
          required
          allowDeselect={false}
          data={storageModes.map((mode) => ({ value: mode, label: t(`enums.storage.${mode}`) }))}
          {...form.selectProps('/storage')}
        />
        <Select
          label={t('products.fields.currency')}
          required
          allowDeselect={false}
          data={[...currencyCodes]}
          {...form.selectProps('/currency')}
        />
        {number('/priceMin', t('products.fields.priceMin'), {
          description: t('products.form.pricePerUnitHint', { unit }),
        })}
        {number('/priceMax', t('products.fields.priceMax'), {
          description: t('products.form.pricePerUnitHint', { unit }),
        })}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <TextInput
          label={t('products.fields.packaging')}
          placeholder={t('products.form.packagingPlaceholder')}
          maxLength={300}
          {...form.textProps('/packaging')}
        />
        <CountryMultiSelect
          label={t('products.fields.exportedTo')}
          placeholder={t('products.form.exportedToPlaceholder')}
          value={form.values.exportedTo}
          onChange={(codes) => form.setValue('/exportedTo', codes)}
          error={form.errorOf('/exportedTo')}
          clearable
        />
      </SimpleGrid>
    </Fieldset>
  );
}
