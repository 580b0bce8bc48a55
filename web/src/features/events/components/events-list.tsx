import { Group, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import { EVENTS_PAGE_SIZE, useEvents } from '../api/events';
import { eventKinds, eventStatuses, type EventKind, type EventStatus } from '../types';
import { EventCard } from './event-card';

const isKind = (value: string | null): value is EventKind =>
  value !== null && (eventKinds as readonly string[]).includes(value);
const isStatus = (value: string | null): value is EventStatus =>
  value !== null && (eventStatuses as readonly string[]).includes(value);

type EventsListProps = {
  /** Where each event links to (the public page, or the workspace's). */
  hrefOf: (id: string) => string;
  /** `staff`: any status, filterable; `member`: a "registered" filter; `public`: published. */
  audience: 'public' | 'member' | 'staff';
};

/** Events, upcoming first, filtered by kind (and status or registration) in the URL. */
export function EventsList({ hrefOf, audience }: EventsListProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const kindParam = searchParams.get('kind');
  const kind = isKind(kindParam) ? kindParam : null;
  const statusParam = searchParams.get('status');
  const status = audience === 'staff' && isStatus(statusParam) ? statusParam : null;
  const registered = audience === 'member' && searchParams.get('mine') === '1';
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const query = useEvents({ kind, status, registered, page });

  const update = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(searchParams);
    for (const [key, value] of Object.entries(changes)) {
      if (value && !(key === 'page' && value === '1')) {
        params.set(key, value);
      } else {
        params.delete(key);
      }
    }
    setSearchParams(params, { replace: true });
  };

  return (
    <Stack gap="md">
      <Group gap="sm" align="flex-end">
        <Select
          label={t('events.list.kindFilter')}
          w={{ base: '100%', xs: 280 }}
          value={kind ?? 'all'}
          allowDeselect={false}
          onChange={(value) => update({ kind: isKind(value) ? value : null, page: null })}
          data={[
            { value: 'all', label: t('events.list.allKinds') },
            ...eventKinds.map((value) => ({ value, label: t(`events.kind.${value}`) })),
          ]}
        />
        {audience === 'staff' ? (
          <Select
            label={t('events.list.statusFilter')}
            w={{ base: '100%', xs: 200 }}
            value={status ?? 'all'}
            allowDeselect={false}
            onChange={(value) => update({ status: isStatus(value) ? value : null, page: null })}
            data={[
              { value: 'all', label: t('events.list.allStatuses') },
              ...eventStatuses.map((value) => ({ value, label: t(`events.status.${value}`) })),
            ]}
          />
        ) : null}
        {audience === 'member' ? (
          <SegmentedControl
            aria-label={t('events.list.mineFilter')}
            value={registered ? 'mine' : 'all'}
            onChange={(value) => update({ mine: value === 'mine' ? '1' : null, page: null })}
            data={[
              { value: 'all', label: t('events.list.all') },
              { value: 'mine', label: t('events.list.mine') },
            ]}
          />
        ) : null}
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite" ml="auto">
            {t('events.list.total', {
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
          title={
            kind || status || registered ? t('events.list.emptyFiltered') : t('events.list.empty')
          }
        />
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2 }}
          spacing="sm"
          style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
        >
          {query.data.items.map((event) => (
            <EventCard key={event.id} event={event} href={hrefOf(event.id)} />
          ))}
        </SimpleGrid>
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={EVENTS_PAGE_SIZE}
          onChange={(next) => update({ page: String(next) })}
        />
      ) : null}
    </Stack>
  );
}
