import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '@/components/ui/country-select';
import { ProvinceSelect } from '@/components/ui/province-select';

export type QueueFilters = {
  minScore: number | null;
  province: string | null;
  market: string | null;
  demandId: string | null;
};

const SCORE_STEPS = [40, 50, 60, 70, 80, 90];

/** Narrow the queue by score, the product's province and the demand's market. */
export function MatchQueueFilters({
  filters,
  onChange,
}: {
  filters: QueueFilters;
  onChange: (next: Partial<QueueFilters>) => void;
}) {
  const { t } = useTranslation();
  const active =
    filters.minScore !== null ||
    filters.province !== null ||
    filters.market !== null ||
    filters.demandId !== null;
  return (
    <Group align="flex-end" gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 3 }} style={{ flex: 1 }} spacing="sm">
        <Select
          label={t('matches.queue.minScore')}
          placeholder={t('matches.queue.anyScore')}
          clearable
          data={SCORE_STEPS.map((value) => ({
            value: String(value),
            label: t('matches.queue.scoreAtLeast', { score: value }),
          }))}
          value={filters.minScore === null ? null : String(filters.minScore)}
          onChange={(value) => onChange({ minScore: value ? Number(value) : null })}
        />
        <ProvinceSelect
          label={t('matches.queue.province')}
          placeholder={t('matches.queue.anyProvince')}
          clearable
          value={filters.province}
          onChange={(value) => onChange({ province: value || null })}
        />
        <CountrySelect
          label={t('matches.queue.market')}
          placeholder={t('matches.queue.anyMarket')}
          clearable
          value={filters.market}
          onChange={(value) => onChange({ market: value || null })}
        />
      </SimpleGrid>
      {active ? (
        <Button
          variant="subtle"
          onClick={() => onChange({ minScore: null, province: null, market: null, demandId: null })}
        >
          {t('matches.queue.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
}
