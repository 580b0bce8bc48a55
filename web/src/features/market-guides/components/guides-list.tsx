import { Anchor, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import {
  MARKET_GUIDES_PAGE_SIZE,
  useMarketGuides,
  type MarketGuide,
  type MarketGuideStatus,
} from '../api/market-guides';
import { GuideStatusBadge } from './guide-view';
import { useBilingual } from './market-fields';

function GuideRow({ guide, href }: { guide: MarketGuide; href: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const bilingual = useBilingual();
  const titleId = `guide-${guide.id}`;
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
            {bilingual(guide.title)}
          </Anchor>
          <Text size="sm">
            {[
              format.country(guide.country),
              guide.retailerName ?? t('marketGuides.view.wholeMarket'),
            ].join(' · ')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('marketGuides.list.updatedAt', { date: format.date(guide.updatedAt) })}
          </Text>
        </Stack>
        <GuideStatusBadge status={guide.status} />
      </Group>
    </Paper>
  );
}

/**
 * Market guides, newest first. Coordinators see drafts too and filter by status; everyone else
 * gets the published ones.
 */
export function GuidesList({
  hrefOf,
  manage = false,
}: {
  hrefOf: (guide: MarketGuide) => string;
  manage?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [status, setStatus] = useState<MarketGuideStatus | null>(null);
  const [page, setPage] = useState(1);
  const query = useMarketGuides({ status, page });

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        {manage ? (
          <SegmentedControl
            aria-label={t('marketGuides.list.filterLabel')}
            value={status ?? 'all'}
            onChange={(value) => {
              setStatus(value === 'all' ? null : value);
              setPage(1);
            }}
            data={[
              { value: 'all', label: t('marketGuides.list.all') },
              { value: 'draft', label: t('marketGuides.status.draft') },
              { value: 'published', label: t('marketGuides.status.published') },
            ]}
          />
        ) : (
          <span />
        )}
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('marketGuides.list.total', {
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
          title={t('marketGuides.list.empty')}
          description={manage ? t('marketGuides.list.emptyHint') : undefined}
        />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((guide) => (
            <GuideRow key={guide.id} guide={guide} href={hrefOf(guide)} />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={MARKET_GUIDES_PAGE_SIZE}
          onChange={setPage}
        />
      ) : null}
    </Stack>
  );
}
