import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { Match } from '@/types/sourcing';
import { useDemandMatches } from '../api/get-demand-matches';
import { MatchCard, type MatchPerspective } from './match-card';

type Entry = { kind: 'single'; match: Match } | { kind: 'pool'; id: string; matches: Match[] };

/**
 * Matches in score order, those the engine proposed together (producers of one province who
 * could fill the demand between them) gathered where the best of them stands.
 */
export function groupByPool(matches: Match[]): Entry[] {
  const entries: Entry[] = [];
  const pools = new Map<string, Match[]>();
  for (const match of matches) {
    if (match.poolId === null) {
      entries.push({ kind: 'single', match });
      continue;
    }
    const members = pools.get(match.poolId);
    if (members) {
      members.push(match);
    } else {
      const created = [match];
      pools.set(match.poolId, created);
      entries.push({ kind: 'pool', id: match.poolId, matches: created });
    }
  }
  return entries;
}

function PoolGroup({
  id,
  matches,
  perspective,
}: {
  id: string;
  matches: Match[];
  perspective: MatchPerspective;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const first = matches[0]!;
  const pool = matches.find((match) => match.breakdown.pool)?.breakdown.pool;
  const titleId = `pool-${id}`;
  return (
    <Paper withBorder p="sm" radius="md" bg="blue.0" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={2} fz="h5" id={titleId}>
            {t('matches.pool.title', {
              province: labels.province(pool?.provinceCode ?? first.product.province),
              count: matches.length,
            })}
          </Title>
          <Text size="sm">
            {pool
              ? t('matches.pool.capacity', {
                  capacity: format.number(pool.combinedMonthlyCapacity),
                  unit: labels.unit(first.demand.unit),
                })
              : t('matches.pool.hint')}
          </Text>
        </div>
        {matches.map((match) => (
          <MatchCard key={match.id} match={match} perspective={perspective} />
        ))}
      </Stack>
    </Paper>
  );
}

/** A demand's matches: introductions for its distributor, every proposal for coordinators. */
export function DemandMatches({
  demandId,
  perspective,
}: {
  demandId: string;
  perspective: MatchPerspective;
}) {
  const { t } = useTranslation();
  const query = useDemandMatches({ demandId, page: 1 });
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.data.items.length === 0) {
    return (
      <EmptyState
        title={t('matches.demandEmpty')}
        description={
          perspective === 'coordinator'
            ? t('matches.demandEmptyCoordinator')
            : t('matches.demandEmptyHint')
        }
      />
    );
  }
  return (
    <Stack gap="sm">
      {query.data.total > query.data.items.length ? (
        <Text size="sm" c="dimmed">
          {t('matches.showingTop', { shown: query.data.items.length, total: query.data.total })}
        </Text>
      ) : null}
      {groupByPool(query.data.items).map((entry) =>
        entry.kind === 'pool' ? (
          <PoolGroup
            key={entry.id}
            id={entry.id}
            matches={entry.matches}
            perspective={perspective}
          />
        ) : (
          <MatchCard key={entry.match.id} match={entry.match} perspective={perspective} />
        ),
      )}
    </Stack>
  );
}
