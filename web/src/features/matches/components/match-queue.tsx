import { Alert, Button, Checkbox, Group, List, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { isKnownErrorCode } from '@/lib/errors';
import { useFormatters } from '@/lib/format';
import type { BulkApproveResult, Match } from '@/types/sourcing';
import { MATCHES_PAGE_SIZE, useMatches } from '../api/get-matches';
import { BulkApproveModal } from './bulk-approve-modal';
import { MatchCard } from './match-card';
import { MatchDecisionModal, type MatchDecision } from './match-decision-modal';
import { MatchQueueFilters, type QueueFilters } from './match-queue-filters';
import { useProductName } from './match-summary';

function readFilters(params: URLSearchParams): QueueFilters & { page: number } {
  const minScore = Number(params.get('minScore'));
  return {
    minScore: params.has('minScore') && Number.isFinite(minScore) ? minScore : null,
    province: params.get('province'),
    market: params.get('market'),
    demandId: params.get('demand'),
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

/**
 * The coordinators' approval queue: proposals best score first, filtered in the URL (a link
 * shares the view), each with its breakdown and gaps; approve or reject one by one, or tick
 * several and approve them together.
 */
export function MatchQueue() {
  const { t } = useTranslation();
  const format = useFormatters();
  const productName = useProductName();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [deciding, setDeciding] = useState<{ match: Match; decision: MatchDecision } | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const [failures, setFailures] = useState<{ name: string; reason: string }[]>([]);
  const query = useMatches({
    status: 'proposed',
    minScore: filters.minScore,
    province: filters.province,
    market: filters.market,
    demandId: filters.demandId,
    page: filters.page,
  });
  const items = query.data?.items ?? [];
  // Only what is on screen can be approved: a stale id from another page or filter is dropped.
  const selectedIds = items.filter((match) => selected.has(match.id)).map((match) => match.id);

  const update = (next: Partial<QueueFilters> & { page?: number }) => {
    const params = new URLSearchParams(searchParams);
    const set = (key: string, value: string | number | null | undefined) => {
      if (value === null || value === undefined || value === '') {
        params.delete(key);
      } else {
        params.set(key, String(value));
      }
    };
    const keys = {
      minScore: 'minScore',
      province: 'province',
      market: 'market',
      demandId: 'demand',
    };
    for (const [field, key] of Object.entries(keys) as [keyof QueueFilters, string][]) {
      if (field in next) {
        set(key, next[field]);
      }
    }
    set('page', next.page && next.page > 1 ? next.page : null);
    setSelected(new Set());
    setSearchParams(params, { replace: true });
  };

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (checked) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  const allChecked = items.length > 0 && selectedIds.length === items.length;

  const bulkDone = (result: BulkApproveResult) => {
    setBulkOpen(false);
    setSelected(new Set());
    notifications.show({
      color: result.failed > 0 ? 'orange' : 'green',
      message: t('matches.queue.bulkDone', {
        approved: format.number(result.approved),
        failed: format.number(result.failed),
      }),
    });
    setFailures(
      result.results
        .filter((item) => !item.ok)
        .map((item) => {
          const match = items.find((candidate) => candidate.id === item.id);
          return {
            name: match ? productName(match.product) : item.id,
            reason: isKnownErrorCode(item.code)
              ? t(`errors.${item.code}`)
              : (item.detail ?? t('errors.unknown')),
          };
        }),
    );
  };

  return (
    <Stack gap="md">
      <MatchQueueFilters filters={filters} onChange={(next) => update({ ...next, page: 1 })} />
      {filters.demandId ? (
        <Text size="sm" c="dimmed">
          {t('matches.queue.demandFilter')}
        </Text>
      ) : null}

      {failures.length > 0 ? (
        <Alert
          color="orange"
          variant="light"
          title={t('matches.queue.bulkFailed')}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setFailures([])}
        >
          <List size="sm">
            {failures.map((failure) => (
              <List.Item key={failure.name}>
                {failure.name}: {failure.reason}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('matches.queue.empty')} description={t('matches.queue.emptyHint')} />
      ) : (
        <>
          <Paper withBorder p="sm" radius="md" pos="sticky" top={68} style={{ zIndex: 2 }}>
            <Group justify="space-between" gap="sm">
              <Checkbox
                label={t('matches.queue.selectAll')}
                checked={allChecked}
                indeterminate={selectedIds.length > 0 && !allChecked}
                onChange={(event) =>
                  setSelected(
                    event.currentTarget.checked ? new Set(items.map((m) => m.id)) : new Set(),
                  )
                }
              />
              <Group gap="sm">
                <Text size="sm" c="dimmed" aria-live="polite">
                  {t('matches.queue.selected', {
                    count: selectedIds.length,
                    total: format.number(query.data.total),
                  })}
                </Text>
                <Button
                  color="green"
                  disabled={selectedIds.length === 0}
                  onClick={() => setBulkOpen(true)}
                >
                  {t('matches.queue.bulkAction', { count: selectedIds.length })}
                </Button>
              </Group>
            </Group>
          </Paper>
          <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
            {items.map((match) => {
              const name = productName(match.product);
              return (
                <MatchCard
                  key={match.id}
                  match={match}
                  perspective="coordinator"
                  selection={{
                    checked: selected.has(match.id),
                    onChange: (checked) => toggle(match.id, checked),
                  }}
                  actions={
                    <Group gap="xs">
                      <Button
                        variant="light"
                        color="red"
                        onClick={() => setDeciding({ match, decision: 'reject' })}
                        aria-label={t('matches.decision.rejectNamed', { name })}
                      >
                        {t('matches.decision.rejectAction')}
                      </Button>
                      <Button
                        color="green"
                        onClick={() => setDeciding({ match, decision: 'approve' })}
                        aria-label={t('matches.decision.approveNamed', { name })}
                      >
                        {t('matches.decision.approveAction')}
                      </Button>
                    </Group>
                  }
                />
              );
            })}
          </Stack>
        </>
      )}

      {query.data ? (
        <Paged
          page={filters.page}
          total={query.data.total}
          limit={MATCHES_PAGE_SIZE}
          onChange={(page) => update({ page })}
        />
      ) : null}

      <MatchDecisionModal
        match={deciding?.match ?? null}
        decision={deciding?.decision ?? 'approve'}
        onClose={() => setDeciding(null)}
      />
      <BulkApproveModal
        ids={selectedIds}
        opened={bulkOpen}
        onClose={() => setBulkOpen(false)}
        onDone={bulkDone}
      />
    </Stack>
  );
}
