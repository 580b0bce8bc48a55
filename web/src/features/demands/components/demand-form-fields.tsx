import { Fieldset, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useForm } from '@/lib/form';
import { useProductLabels } from '@/lib/product-labels';
import { currencyCodes, unitCodes } from '@/types/api';
import type { DemandValues } from './demand-form-values';

export type DemandFormApi = ReturnType<typeof useForm<DemandValues>>;

/** What is sought: title, description, group and category. */
export function DemandWhatFields({ form }: { form: DemandFormApi }) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  return (
    <Fieldset legend={t('demands.form.whatSection')} variant="unstyled">
      <Stack gap="sm">
        <TextInput
          label={t('demands.fields.title')}
          description={t('demands.form.titleHint')}
          required
          maxLength={200}
          {...form.textProps('/title')}
        />
        <Textarea
          label={t('demands.fields.description')}
          description={t('demands.form.descriptionHint')}
          autosize
          minRows={3}
          maxRows={10}
          {...form.textProps('/description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('demands.fields.ocopGroup')}
            placeholder={t('demands.form.anyGroup')}
            clearable
            data={labels.groups}
            {...form.selectProps('/ocopGroup')}
            onChange={(value) => {
              form.setValue('/ocopGroup', value ?? '');
              // A category belongs to one group: drop one that no longer fits.
              if (
                value &&
                !labels.categoriesOf(value).some((c) => c.value === form.values.category)
              ) {
                form.setValue('/category', '');
              }
            }}
          />
          <Select
            label={t('demands.fields.category')}
            placeholder={t('demands.form.anyCategory')}
            clearable
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={labels.categoriesOf(form.values.ocopGroup || null)}
            {...form.selectProps('/category')}
          />
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}

/** How much and at what price: quantities per order and month, the target price range. */
export function DemandQuantityFields({ form }: { form: DemandFormApi }) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const unit = labels.unit(form.values.unit);
  const number = (path: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextInput label={label} inputMode="decimal" {...extra} {...form.textProps(path)} />
  );
  return (
    <Fieldset legend={t('demands.form.quantitySection')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('demands.fields.unit')}
          required
          allowDeselect={false}
          data={unitCodes.map((code) => ({ value: code, label: labels.unit(code) }))}
          {...form.selectProps('/unit')}
        />
        {number('/quantityPerOrder', t('demands.fields.quantityPerOrder'), {
          required: true,
          rightSection: unit,
          rightSectionWidth: 64,
        })}
        {number('/quantityPerMonth', t('demands.fields.quantityPerMonth'), {
          rightSection: unit,
          rightSectionWidth: 64,
        })}
        <Select
          label={t('demands.fields.currency')}
          required
          allowDeselect={false}
          data={[...currencyCodes]}
          {...form.selectProps('/currency')}
        />
        {number('/priceMin', t('demands.fields.priceMin'), {
          description: t('demands.form.perUnit', { unit }),
        })}
        {number('/priceMax', t('demands.fields.priceMax'), {
          description: t('demands.form.perUnit', { unit }),
        })}
      </SimpleGrid>
    </Fieldset>
  );
}
