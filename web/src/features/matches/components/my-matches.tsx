import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import { introducedMatchStatuses, type MatchStatus } from '@/types/sourcing';
import { MATCHES_PAGE_SIZE, useMatches } from '../api/get-matches';
import { MatchCard } from './match-card';

const isIntroducedStatus = (value: string | null): value is MatchStatus =>
  value !== null && (introducedMatchStatuses as readonly string[]).includes(value);

/**
 * A party's introductions and where each stands in the pipeline, best score first. A producer
 * reads each as the demand it answers, a distributor as the product it found.
 */
export function MyMatches({ perspective }: { perspective: 'producer' | 'distributor' }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const statusParam = searchParams.get('status');
  const status = isIntroducedStatus(statusParam) ? statusParam : null;
  const page = Math.max(1, Number(searchParams.get('page')) || 1);
  const query = useMatches({ status, page });

  const update = (next: { status?: MatchStatus | null; page?: number }) => {
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
      <Group justify="space-between" align="flex-end" gap="sm">
        <Select
          label={t('matches.filterStatus')}
          placeholder={t('matches.allStatuses')}
          clearable
          w={{ base: '100%', xs: 260 }}
          data={introducedMatchStatuses.map((value) => ({
            value,
            label: t(`matches.status.${value}`),
          }))}
          value={status}
          onChange={(value) =>
            update({ status: isIntroducedStatus(value) ? value : null, page: 1 })
          }
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('matches.total', {
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
          title={status ? t('matches.emptyFiltered') : t('matches.empty')}
          description={t(`matches.emptyHint.${perspective}`)}
        />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((match) => (
            <MatchCard key={match.id} match={match} perspective={perspective} />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={MATCHES_PAGE_SIZE}
          onChange={(next) => update({ page: next })}
        />
      ) : null}
    </Stack>
  );
}
