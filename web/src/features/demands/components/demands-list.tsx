import { Anchor, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import { demandStatuses, type Demand, type DemandStatus } from '@/types/sourcing';
import { DEMANDS_PAGE_SIZE, useDemands } from '../api/get-demands';
import { DemandStatusBadge } from './demand-status-badge';

const isStatus = (value: string | null): value is DemandStatus =>
  value !== null && (demandStatuses as readonly string[]).includes(value);

function DemandRow({ demand }: { demand: Demand }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const titleId = `demand-${demand.id}`;
  const unit = labels.unit(demand.unit);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Anchor
            component={Link}
            to={paths.app.demand.getHref(demand.id)}
            fw={600}
            id={titleId}
            style={{ overflowWrap: 'anywhere' }}
          >
            {demand.title}
          </Anchor>
          <Text size="sm">
            {[
              demand.category ? labels.category(demand.category) : null,
              t('demands.list.quantity', {
                quantity: format.number(demand.quantityPerOrder),
                unit,
              }),
              demand.destinationCountry === 'VN'
                ? t('demands.list.domestic')
                : format.country(demand.destinationCountry),
              demand.neededBy
                ? t('demands.list.neededBy', { date: format.date(demand.neededBy) })
                : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('demands.list.updatedAt', { date: format.dateTime(demand.updatedAt) })}
          </Text>
        </Stack>
        <DemandStatusBadge status={demand.status} />
      </Group>
    </Paper>
  );
}

/** The distributor's demands, newest first, filtered by status in the URL. */
export function DemandsList() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const query = useDemands({ status, page });

  const update = (next: { status?: DemandStatus | null; page?: number }) => {
    const params = new URLSearchParams(searchParams);
    if ('status' in next) {
      if (next.status) {
        params.set('status', next.status);
      } else {
        params.delete('status');
      }
    }
    if (next.page && next.page > 1) {
      params.set('page', String(next.page));
    } else {
      params.delete('page');
    }
    setSearchParams(params, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label={t('demands.list.filterLabel')}
          fullWidth
          w={{ base: '100%', xs: 'auto' }}
          value={status ?? 'all'}
          onChange={(value) => update({ status: isStatus(value) ? value : null, page: 1 })}
          data={[
            { value: 'all', label: t('demands.list.all') },
            ...demandStatuses.map((value) => ({ value, label: t(`demands.status.${value}`) })),
          ]}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('demands.list.total', {
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
          title={status ? t('demands.list.emptyFiltered') : t('demands.list.empty')}
          description={status ? undefined : t('demands.list.emptyHint')}
        />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((demand) => (
            <DemandRow key={demand.id} demand={demand} />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={DEMANDS_PAGE_SIZE}
          onChange={(next) => update({ page: next })}
        />
      ) : null}
    </Stack>
  );
}
