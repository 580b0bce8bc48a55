import { Anchor, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useBilingual } from '@/features/market-guides/components/market-fields';
import { useFormatters } from '@/lib/format';
import {
  CAMPAIGNS_PAGE_SIZE,
  campaignStatuses,
  useCampaigns,
  type Campaign,
  type CampaignStatus,
} from '../api/campaigns';
import { CampaignStatusBadge } from './campaign-badges';

function CampaignRow({ campaign, href }: { campaign: Campaign; href: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bilingual = useBilingual();
  const titleId = `campaign-${campaign.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Anchor
            component={Link}
            to={href}
            fw={600}
            id={titleId}
            style={{ overflowWrap: 'anywhere' }}
          >
            {bilingual(campaign.title)}
          </Anchor>
          <Text size="sm">
            {[
              campaign.retailerName,
              format.country(campaign.country),
              `${format.date(campaign.eventStartsOn)} – ${format.date(campaign.eventEndsOn)}`,
            ].join(' · ')}
          </Text>
          <Text size="xs" c={campaign.acceptingApplications ? 'green.8' : 'dimmed'}>
            {campaign.acceptingApplications
              ? t('campaigns.list.deadline', { date: format.date(campaign.applicationDeadline) })
              : t('campaigns.list.notAccepting')}
          </Text>
        </Stack>
        <CampaignStatusBadge status={campaign.status} />
      </Group>
    </Paper>
  );
}

/** Campaigns, newest first: coordinators see drafts too; producers and distributors the rest. */
export function CampaignsList({
  hrefOf,
  manage = false,
}: {
  hrefOf: (campaign: Campaign) => string;
  manage?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<CampaignStatus | null>(null);
  const [page, setPage] = useState(1);
  const query = useCampaigns({ status, page });
  const statuses = manage ? campaignStatuses : campaignStatuses.filter((s) => s !== 'draft');

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('campaigns.list.filterLabel')}
          fullWidth
          w={{ base: '100%', xs: 'auto' }}
          value={status ?? 'all'}
          onChange={(value) => {
            setStatus(value === 'all' ? null : value);
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('campaigns.list.all') },
            ...statuses.map((value) => ({ value, label: t(`campaigns.status.${value}`) })),
          ]}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('campaigns.list.total', {
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
        <EmptyState
          title={t('campaigns.list.empty')}
          description={manage ? t('campaigns.list.emptyHint') : undefined}
        />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((campaign) => (
            <CampaignRow key={campaign.id} campaign={campaign} href={hrefOf(campaign)} />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={CAMPAIGNS_PAGE_SIZE}
          onChange={setPage}
        />
      ) : null}
    </Stack>
  );
}
