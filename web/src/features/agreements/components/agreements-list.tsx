import { Anchor, Badge, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Paged } from '@/components/ui/paged';
import { useFormatters } from '@/lib/format';
import { AGREEMENTS_PAGE_SIZE, useAgreements, type Agreement } from '../api/agreements';

function AgreementRow({
  agreement,
  matchHref,
}: {
  agreement: Agreement;
  matchHref: (id: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = `agreement-${agreement.id}`;
  const parties = [agreement.producer?.name, agreement.distributor?.name].filter(Boolean);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere', flex: 1, minWidth: 0 }}>
            {agreement.title}
          </Text>
          <Badge variant="light" color={agreement.kind === 'mou' ? 'blue' : 'green'}>
            {t(`agreements.kind.${agreement.kind}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {parties.length > 0 ? parties.join(' ↔ ') : t('agreements.list.noParties')}
        </Text>
        <Text size="sm" c="dimmed">
          {[
            t('agreements.list.signedOn', { date: format.date(agreement.signedOn) }),
            agreement.value !== null && agreement.currency
              ? format.money(agreement.value, agreement.currency)
              : t('agreements.list.noValue'),
            t('agreements.list.products', { count: agreement.productIds.length }),
          ].join(' · ')}
        </Text>
        {agreement.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {agreement.note}
          </Text>
        ) : null}
        {agreement.matchId ? (
          <Anchor component={Link} to={matchHref(agreement.matchId)} size="sm">
            {t('agreements.list.openMatch')}
          </Anchor>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Agreements, newest signature first, by year of signing. */
export function AgreementsList({ matchHref }: { matchHref: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState<number | null>(null);
  const [page, setPage] = useState(1);
  const query = useAgreements({ year, page });
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="sm" align="flex-end">
        <Select
          label={t('agreements.list.year')}
          data={[{ value: 'all', label: t('agreements.list.allYears') }, ...years]}
          value={year === null ? 'all' : String(year)}
          allowDeselect={false}
          onChange={(value) => {
            setYear(value === 'all' || value === null ? null : Number(value));
            setPage(1);
          }}
          w={{ base: '100%', xs: 200 }}
        />
        {query.data ? (
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('agreements.list.total', {
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
        <EmptyState title={t('agreements.list.empty')} />
      ) : (
        <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
          {query.data.items.map((agreement) => (
            <AgreementRow key={agreement.id} agreement={agreement} matchHref={matchHref} />
          ))}
        </Stack>
      )}
      {query.data ? (
        <Paged
          page={page}
          total={query.data.total}
          limit={AGREEMENTS_PAGE_SIZE}
          onChange={setPage}
        />
      ) : null}
    </Stack>
  );
}
