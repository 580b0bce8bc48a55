import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Match } from '@/types/sourcing';

/** The product's name in the UI language (English when it has one). */
export function useProductName() {
  const { i18n } = useTranslation();
  return (product: Match['product']) =>
    (i18n.resolvedLanguage ?? 'vi') === 'en' && product.nameEn ? product.nameEn : product.nameVi;
}

/** "Siêu thị Xanh · 400 chai/đơn, 1.200 chai/tháng · Việt Nam · cần trước 20 thg 7, 2026" */
export function DemandFacts({ demand }: { demand: Match['demand'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const unit = labels.unit(demand.unit);
  const parts = [
    demand.distributor.name,
    t('matches.demand.perOrder', { quantity: format.number(demand.quantityPerOrder), unit }),
    demand.quantityPerMonth !== null
      ? t('matches.demand.perMonth', { quantity: format.number(demand.quantityPerMonth), unit })
      : null,
    demand.destinationCountry === 'VN'
      ? t('matches.demand.domestic')
      : t('matches.demand.export', { country: format.country(demand.destinationCountry) }),
    demand.neededBy ? t('matches.demand.neededBy', { date: format.date(demand.neededBy) }) : null,
  ].filter(Boolean);
  return <Text size="sm">{parts.join(' · ')}</Text>;
}

/** "Chè Tân Cương Hoàng Bình · Thái Nguyên" */
export function ProductFactsLine({ product }: { product: Match['product'] }) {
  const labels = useProductLabels();
  return (
    <Text size="sm">
      {product.producer.name} · {labels.province(product.province)}
    </Text>
  );
}
