import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import { sampleStatuses, type SampleStatus } from '@/types/sourcing';
import { SAMPLES_PAGE_SIZE, useSampleRequest, useSampleRequests } from '../api/get-sample-requests';
import { SampleActions } from './sample-actions';
import { SampleCard, type SamplePerspective } from './sample-card';

const isStatus = (value: string | null): value is SampleStatus =>
  value !== null && (sampleStatuses as readonly string[]).includes(value);

/**
 * A producer's inbox or a distributor's outgoing requests, filtered by status in the URL. A
 * notification's link (`/app/samples/<id>`) puts that request first, outlined.
 */
export function SampleRequestsList({
  perspective,
  highlightId = null,
}: {
  perspective: SamplePerspective;
  highlightId?: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const query = useSampleRequests({ status, page });
  const highlighted = useSampleRequest(highlightId);

  const update = (next: { status?: SampleStatus | null; page?: number }) => {
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

  const items = query.data?.items ?? [];
  // The linked request first, whether or not it is on this page or under this filter.
  const shown =
    highlighted.data && !items.some((item) => item.id === highlighted.data.id)
      ? [highlighted.data, ...items]
      : items;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('samples.filterLabel')}
          placeholder={t('samples.allStatuses')}
          clearable
          w={{ base: '100%', xs: 240 }}
          data={sampleStatuses.map((value) => ({ value, label: t(`samples.status.${value}`) }))}
          value={status}
          onChange={(value) => update({ status: isStatus(value) ? value : null, page: 1 })}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('samples.total', {
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
      ) : shown.length === 0 ? (
        <EmptyState
          title={status ? t('samples.emptyFiltered') : t(`samples.empty.${perspective}`)}
          description={status ? undefined : t(`samples.emptyHint.${perspective}`)}
        />
      ) : (
        <SampleActions
          render={(start, busyId) => (
            <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
              {shown.map((sample) => (
                <SampleCard
                  key={sample.id}
                  sample={sample}
                  perspective={perspective}
                  highlighted={sample.id === highlightId}
                  busy={busyId === sample.id}
                  onAction={(action) => start(sample, action)}
                />
              ))}
            </Stack>
          )}
        />
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={SAMPLES_PAGE_SIZE}
          onChange={(next) => update({ page: next })}
        />
      ) : null}
    </Stack>
  );
}
