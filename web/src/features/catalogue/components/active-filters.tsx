import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { XIcon } from '@/components/ui/icons';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { SearchProductsParams } from '../api/search-products';
import type { CatalogueParams } from '../hooks/use-catalogue-params';

/** The filters in force, each removable in one click, and "clear all". */
export function ActiveFilters({
  params,
  actions,
}: {
  params: SearchProductsParams;
  actions: Pick<CatalogueParams, 'setFilter' | 'toggleCertification' | 'clearFilters'>;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();

  const active: { key: string; label: string; remove: () => void }[] = [];
  const add = (key: string, label: string, remove: () => void) =>
    active.push({ key, label, remove });
  if (params.group) {
    add('group', labels.group(params.group), () => actions.setFilter('group', null));
  }
  if (params.category) {
    add('category', labels.category(params.category), () => actions.setFilter('category', null));
  }
  if (params.minStars) {
    add('stars', t('catalogue.starsAtLeast', { count: params.minStars }), () =>
      actions.setFilter('minStars', null),
    );
  }
  for (const code of params.certifications) {
    add(`cert-${code}`, labels.certification(code), () => actions.toggleCertification(code));
  }
  if (params.region) {
    add('region', labels.region(params.region), () => actions.setFilter('region', null));
  }
  if (params.province) {
    add('province', labels.province(params.province), () => actions.setFilter('province', null));
  }
  if (params.storage) {
    add('storage', t(`enums.storage.${params.storage}`), () => actions.setFilter('storage', null));
  }
  if (params.exportedTo) {
    add(
      'exportedTo',
      t('catalogue.exportedToChip', { country: format.country(params.exportedTo) }),
      () => actions.setFilter('exportedTo', null),
    );
  }
  if (active.length === 0) {
    return null;
  }

  return (
    <Group gap={6} aria-label={t('catalogue.activeFilters')} role="group">
      {active.map((filter) => (
        <Button
          key={filter.key}
          size="compact-sm"
          variant="light"
          rightSection={<XIcon size={14} />}
          onClick={filter.remove}
          aria-label={t('catalogue.removeFilter', { name: filter.label })}
        >
          {filter.label}
        </Button>
      ))}
      <Button size="compact-sm" variant="subtle" color="gray" onClick={actions.clearFilters}>
        {t('catalogue.clearFilters')}
      </Button>
    </Group>
  );
}

export function hasFilters(params: SearchProductsParams) {
  return Boolean(
    params.group ||
    params.category ||
    params.minStars ||
    params.certifications.length > 0 ||
    params.region ||
    params.province ||
    params.storage ||
    params.exportedTo,
  );
}
