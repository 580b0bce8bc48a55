import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Fact } from '@/components/ui/fact';
import { useFormatters, type Formatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Product } from '@/types/api';

export type ProductFactsValue = Pick<
  Product,
  | 'ocopGroup'
  | 'category'
  | 'province'
  | 'region'
  | 'originLegacyProvince'
  | 'monthsAvailable'
  | 'hsCode'
  | 'unit'
  | 'moq'
  | 'monthlyCapacity'
  | 'leadTimeDays'
  | 'priceMin'
  | 'priceMax'
  | 'currency'
  | 'shelfLifeDays'
  | 'storage'
  | 'packaging'
  | 'exportedTo'
>;

/** "Quanh năm", or the months by name: a buyer plans orders around the season. */
export function seasonText(months: readonly number[], format: Formatters, allYear: string): string {
  if (months.length === 12) {
    return allYear;
  }
  return months.map((month) => format.month(month)).join(', ');
}

/** The facts a buyer checks, in one grid: origin, season, quantities, price, storage, exports. */
export function ProductFacts({
  product,
  compact = false,
}: {
  product: ProductFactsValue;
  /** Only the commercial essentials (review cards). */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const dash = t('common.none');
  const unit = labels.unit(product.unit);
  const quantity = (value: number) => `${format.number(value)} ${unit}`;
  const origin = product.originLegacyProvince
    ? t('products.originWithLegacy', {
        province: labels.province(product.province),
        legacy: product.originLegacyProvince,
      })
    : labels.province(product.province);
  const price = format.priceRange(product.priceMin, product.priceMax, product.currency);

  const essentials = [
    { key: 'origin', label: t('products.fields.province'), value: origin },
    { key: 'moq', label: t('products.fields.moq'), value: quantity(product.moq) },
    {
      key: 'capacity',
      label: t('products.fields.monthlyCapacity'),
      value: product.monthlyCapacity > 0 ? quantity(product.monthlyCapacity) : dash,
    },
    {
      key: 'price',
      label: t('products.fields.price'),
      value: price ? t('products.pricePerUnit', { price, unit }) : t('products.priceOnRequest'),
    },
  ];
  const rest = [
    { key: 'group', label: t('products.fields.ocopGroup'), value: labels.group(product.ocopGroup) },
    {
      key: 'category',
      label: t('products.fields.category'),
      value: labels.category(product.category),
    },
    { key: 'region', label: t('products.fields.region'), value: labels.region(product.region) },
    {
      key: 'season',
      label: t('products.fields.monthsAvailable'),
      value: seasonText(product.monthsAvailable, format, t('products.allYear')),
    },
    {
      key: 'lead',
      label: t('products.fields.leadTimeDays'),
      value: t('products.days', { count: product.leadTimeDays }),
    },
    {
      key: 'shelf',
      label: t('products.fields.shelfLifeDays'),
      value:
        product.shelfLifeDays === null
          ? dash
          : t('products.days', { count: product.shelfLifeDays }),
    },
    {
      key: 'storage',
      label: t('products.fields.storage'),
      value: t(`enums.storage.${product.storage}`),
    },
    { key: 'packaging', label: t('products.fields.packaging'), value: product.packaging ?? dash },
    { key: 'hs', label: t('products.fields.hsCode'), value: product.hsCode ?? dash },
    {
      key: 'exported',
      label: t('products.fields.exportedTo'),
      value:
        product.exportedTo.length > 0
          ? product.exportedTo.map((code) => format.country(code)).join(', ')
          : t('products.notExported'),
    },
  ];

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: compact ? 4 : 3 }} spacing="sm" verticalSpacing="sm">
      {(compact ? essentials : [...essentials, ...rest]).map((fact) => (
        <Fact key={fact.key} label={fact.label} value={fact.value} />
      ))}
    </SimpleGrid>
  );
}
