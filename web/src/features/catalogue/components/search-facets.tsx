import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { SearchResult, StorageMode } from '@/types/api';
import type { SearchProductsParams } from '../api/search-products';
import type { CatalogueFilter, CatalogueParams } from '../hooks/use-catalogue-params';
import { FacetGroup, type FacetOption } from './facet-group';

type Counts = Record<string, number>;

/** Options by count, then by name; a selected value missing from the counts is still listed. */
function toOptions(
  counts: Counts,
  selected: readonly string[],
  label: (value: string) => string,
): FacetOption[] {
  const values = new Set([...Object.keys(counts), ...selected]);
  return [...values]
    .map((value) => ({
      value,
      label: label(value),
      count: counts[value] ?? 0,
      selected: selected.includes(value),
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Stars are counted per rating; the filter is "at least", so each option sums the ratings above it. */
function starOptions(
  counts: Counts,
  minStars: number | null,
  label: (stars: number) => string,
): FacetOption[] {
  return [5, 4, 3]
    .map((stars) => ({
      value: String(stars),
      label: label(stars),
      count: [5, 4, 3]
        .filter((s) => s >= stars)
        .reduce((sum, s) => sum + (counts[String(s)] ?? 0), 0),
      selected: minStars === stars,
    }))
    .filter((option) => option.count > 0 || option.selected);
}

const single = (value: string | null) => (value === null ? [] : [value]);

/** The facets beside the results: each a group of checkboxes with the engine's counts. */
export function SearchFacets({
  facets,
  approximate = false,
  params,
  actions,
}: {
  facets: SearchResult['facets'];
  /** `facetsApproximate` of the answer: the counts cover only the matches the engine examined. */
  approximate?: boolean;
  params: SearchProductsParams;
  actions: Pick<CatalogueParams, 'setFilter' | 'toggleCertification'>;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  /** A single-valued filter: choosing the chosen value again clears it. */
  const toggle = (name: CatalogueFilter, current: string | null) => (value: string) =>
    actions.setFilter(name, current === value ? null : value);

  return (
    <Stack gap="lg">
      {approximate ? (
        <Text size="xs" c="dimmed">
          {t('catalogue.facetsApproximateHint')}
        </Text>
      ) : null}
      <FacetGroup
        title={t('catalogue.facets.group')}
        options={toOptions(facets.group, single(params.group), labels.group)}
        approximate={approximate}
        onToggle={toggle('group', params.group)}
      />
      <FacetGroup
        title={t('catalogue.facets.category')}
        options={toOptions(facets.category, single(params.category), labels.category)}
        approximate={approximate}
        onToggle={toggle('category', params.category)}
      />
      <FacetGroup
        title={t('catalogue.facets.stars')}
        options={starOptions(facets.stars, params.minStars, (stars) =>
          stars === 5
            ? t('catalogue.starsExactly', { count: 5 })
            : t('catalogue.starsAtLeast', { count: stars }),
        )}
        approximate={approximate}
        onToggle={toggle('minStars', params.minStars === null ? null : String(params.minStars))}
      />
      <FacetGroup
        title={t('catalogue.facets.certifications')}
        options={toOptions(facets.certifications, params.certifications, labels.certification)}
        approximate={approximate}
        onToggle={actions.toggleCertification}
      />
      <FacetGroup
        title={t('catalogue.facets.region')}
        options={toOptions(facets.region, single(params.region), labels.region)}
        approximate={approximate}
        onToggle={toggle('region', params.region)}
      />
      <FacetGroup
        title={t('catalogue.facets.province')}
        options={toOptions(facets.province, single(params.province), labels.province)}
        approximate={approximate}
        onToggle={toggle('province', params.province)}
      />
      <FacetGroup
        title={t('catalogue.facets.storage')}
        options={toOptions(facets.storage, single(params.storage), (value) =>
          t(`enums.storage.${value as StorageMode}`),
        )}
        approximate={approximate}
        onToggle={toggle('storage', params.storage)}
      />
      <FacetGroup
        title={t('catalogue.facets.exportedTo')}
        options={toOptions(facets.exportedTo, single(params.exportedTo), format.country)}
        approximate={approximate}
        onToggle={toggle('exportedTo', params.exportedTo)}
      />
    </Stack>
  );
}
