import { Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import {
  ENTRIES_PAGE_SIZE,
  campaignEntryStatuses,
  useCampaignEntries,
  type Campaign,
  type CampaignEntryStatus,
} from '../api/campaigns';
import { EntryCard } from './entry-card';

/**
 * A campaign's entries for the party looking: every one for coordinators (with their steps),
 * the producer's own for a producer.
 */
export function CampaignEntries({
  campaign,
  party,
  emptyTitle,
}: {
  campaign: Campaign;
  party: 'producer' | 'staff';
  emptyTitle: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<CampaignEntryStatus | null>(null);
  const [page, setPage] = useState(1);
  const query = useCampaignEntries(campaign.id, { status, page });
  // Producers may not act on a completed campaign; coordinators keep recording reorders.
  const readOnly = party === 'producer' && campaign.status === 'completed';

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" align="flex-end">
        <Select
          label={t('campaigns.entries.filterLabel')}
          data={[
            { value: 'all', label: t('campaigns.list.all') },
            ...campaignEntryStatuses.map((value) => ({
              value,
              label: `${t(`campaigns.entryStatus.${value}`)}${
                campaign.entryCounts?.[value] ? ` (${campaign.entryCounts[value]})` : ''
              }`,
            })),
          ]}
          value={status ?? 'all'}
          allowDeselect={false}
          onChange={(value) => {
            setStatus(value === 'all' || value === null ? null : value);
            setPage(1);
          }}
          w={{ base: '100%', xs: 260 }}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('campaigns.entries.total', {
              count: query.data.total,
              formatted: format.number(query.data.total),
            })}
          </Text>
        ) : null}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={status ? t('campaigns.entries.emptyFiltered') : emptyTitle} />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              party={party}
              readOnly={readOnly}
              withSampleRequest={campaign.retailerOrgId !== null}
            />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged page={page} total={query.data.total} limit={ENTRIES_PAGE_SIZE} onChange={setPage} />
      ) : null}
    </Stack>
  );
}
