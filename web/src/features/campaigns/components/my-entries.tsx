import { Anchor, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { ENTRIES_PAGE_SIZE, useMyCampaignEntries } from '../api/campaigns';
import { EntryCard } from './entry-card';

/** The producer's entries across campaigns, each with its status and a link to its campaign. */
export function MyEntries({ campaignHref }: { campaignHref: (id: string) => string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useMyCampaignEntries(page);
  return (
    <Stack gap="sm">
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState
          title={t('campaigns.entries.emptyMine')}
          description={t('campaigns.entries.emptyMineHint')}
        />
      ) : (
        query.data.items.map((entry) => (
          <EntryCard
            key={entry.id}
            entry={entry}
            party="producer"
            readOnly
            heading={
              <Anchor component={Link} to={campaignHref(entry.campaignId)} size="sm">
                {t('campaigns.entries.openCampaign')}
              </Anchor>
            }
          />
        ))
      )}
      {query.data ? (
        <Paged page={page} total={query.data.total} limit={ENTRIES_PAGE_SIZE} onChange={setPage} />
      ) : null}
    </Stack>
  );
}
