import { Fieldset, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProvinceSelect } from '@/components/ui/province-select';
import type { useForm } from '@/lib/form';
import { useProductLabels } from '@/lib/product-labels';
import { useReference } from '@/lib/reference';
import type { ProductValues } from './product-form-values';

export type ProductFormApi = ReturnType<typeof useForm<ProductValues>>;

/** Names and descriptions: Vietnamese required, English for buyers abroad. */
export function ProductTextFields({ form }: { form: ProductFormApi }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('products.form.textSection')} variant="unstyled">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('products.fields.nameVi')}
            required
            maxLength={200}
            {...form.textProps('/nameVi')}
          />
          <TextInput
            label={t('products.fields.nameEn')}
            maxLength={200}
            {...form.textProps('/nameEn')}
          />
        </SimpleGrid>
        <Textarea
          label={t('products.fields.descriptionVi')}
          description={t('products.form.descriptionHint')}
          required
          autosize
          minRows={3}
          maxRows={12}
          {...form.textProps('/descriptionVi')}
        />
        <Textarea
          label={t('products.fields.descriptionEn')}
          autosize
          minRows={2}
          maxRows={12}
          {...form.textProps('/descriptionEn')}
        />
      </Stack>
    </Fieldset>
  );
}

/** OCOP group and category (the category list follows the group), stars, origin, HS code. */
export function ProductOriginFields({ form }: { form: ProductFormApi }) {
  const { t } = useTranslation();
  const labels = useProductLabels();
  const reference = useReference();
  const { values } = form;
  const categories = values.ocopGroup ? labels.categoriesOf(values.ocopGroup) : [];
  const known =
    reference.data?.provinces.find((province) => province.code === values.province)?.aliases ?? [];
  // A stored name the reference spells differently still shows as chosen.
  const aliases =
    values.originLegacyProvince && !known.includes(values.originLegacyProvince)
      ? [values.originLegacyProvince, ...known]
      : known;

  return (
    <Fieldset legend={t('products.form.originSection')} variant="unstyled">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('products.fields.ocopGroup')}
          required
          placeholder={t('common.choose')}
          data={labels.groups}
          {...form.selectProps('/ocopGroup')}
          onChange={(group) => {
            form.setValue('/ocopGroup', group ?? '');
            if (!labels.categoriesOf(group).some((c) => c.value === values.category)) {
              form.setValue('/category', '');
            }
          }}
        />
        <Select
          label={t('products.fields.category')}
          required
          placeholder={values.ocopGroup ? t('common.choose') : t('products.form.chooseGroupFirst')}
          disabled={!values.ocopGroup}
          data={categories}
          {...form.selectProps('/category')}
        />
        <Select
          label={t('products.fields.ocopStars')}
          data={[
            { value: '', label: t('products.form.noStars') },
            ...[3, 4, 5].map((stars) => ({
              value: String(stars),
              label: t('products.starsLabel', { count: stars }),
            })),
          ]}
          allowDeselect={false}
          value={values.ocopStars}
          onChange={(value) => form.setValue('/ocopStars', value ?? '')}
          error={form.errorOf('/ocopStars')}
        />
        <TextInput
          label={t('products.fields.hsCode')}
          description={t('products.form.hsCodeHint')}
          inputMode="numeric"
          maxLength={20}
          {...form.textProps('/hsCode')}
        />
        <ProvinceSelect
          label={t('products.fields.province')}
          description={t('fields.provinceHint')}
          required
          {...form.selectProps('/province')}
          onChange={(province) => {
            form.setValue('/province', province ?? '');
            // The former province must be one merged into the new one.
            form.setValue('/originLegacyProvince', '');
          }}
        />
        <Select
          label={t('products.fields.originLegacyProvince')}
          description={t('products.form.legacyHint')}
          placeholder={aliases.length > 0 ? t('common.choose') : t('products.form.noLegacy')}
          disabled={aliases.length === 0}
          clearable
          data={aliases}
          {...form.selectProps('/originLegacyProvince')}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
