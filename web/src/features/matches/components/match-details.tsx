import { Anchor, Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/layouts/content-layout';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import type { Match } from '@/types/sourcing';
import { useMatchAgreements } from '../api/get-agreements';
import { useMatch } from '../api/get-match';
import { CounterpartCard } from './counterpart-card';
import { MatchBreakdown } from './match-breakdown';
import type { MatchPerspective } from './match-card';
import { MatchDecisionModal, type MatchDecision } from './match-decision-modal';
import { MatchPipeline } from './match-pipeline';
import { MatchScore, MatchStatusBadge } from './match-status-badge';
import { DemandFacts, ProductFactsLine, useProductName } from './match-summary';

function Agreements({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const agreements = useMatchAgreements(matchId);
  if (!agreements.data || agreements.data.items.length === 0) {
    return null;
  }
  return (
    <Paper withBorder p="md" radius="md" bg="green.0">
      <Stack gap={4}>
        <Title order={2} fz="h6">
          {t('matches.agreement.title')}
        </Title>
        {agreements.data.items.map((agreement) => (
          <Text size="sm" key={agreement.id}>
            {t('matches.agreement.line', {
              title: agreement.title,
              date: format.date(agreement.signedOn),
              value:
                agreement.value !== null && agreement.currency
                  ? format.money(agreement.value, agreement.currency)
                  : t('common.none'),
            })}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

type Slots = {
  /** Composed by the page from other features: quotes, samples, the producer's badge. */
  quotes?: (match: Match) => ReactNode;
  samples?: (match: Match) => ReactNode;
  producerBadge?: (match: Match) => ReactNode;
};

function MatchView({
  match,
  perspective,
  quotes,
  samples,
  producerBadge,
}: { match: Match; perspective: MatchPerspective } & Slots) {
  const { t } = useTranslation();
  const format = useFormatters();
  const productName = useProductName();
  const [decision, setDecision] = useState<MatchDecision | null>(null);
  const name = productName(match.product);
  useDocumentTitle(perspective === 'producer' ? match.demand.title : name);
  const introduced = match.introducedAt !== null;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }} style={{ overflowWrap: 'anywhere' }}>
            {perspective === 'producer' ? match.demand.title : name}
          </Title>
          {perspective === 'producer' ? (
            <>
              <DemandFacts demand={match.demand} />
              <Text size="sm" c="dimmed">
                {t('matches.forProduct', { name })}
              </Text>
            </>
          ) : (
            <>
              <Group gap="xs">
                <ProductFactsLine product={match.product} />
                {producerBadge?.(match)}
              </Group>
              <Text size="sm" c="dimmed">
                {t('matches.forDemand', { title: match.demand.title })}
              </Text>
              <DemandFacts demand={match.demand} />
            </>
          )}
          <Group gap="xs">
            <MatchStatusBadge status={match.status} />
            {match.poolId ? <Badge variant="outline">{t('matches.pool.badge')}</Badge> : null}
            {match.introducedAt ? (
              <Text size="xs" c="dimmed">
                {t('matches.introducedAt', { date: format.dateTime(match.introducedAt) })}
              </Text>
            ) : null}
          </Group>
        </Stack>
        <MatchScore score={match.score} />
      </Group>

      {match.decisionNote && match.status !== 'rejected' ? (
        <Paper withBorder p="sm" radius="md" bg="gray.0">
          <Text size="sm">{t('matches.decisionNote', { note: match.decisionNote })}</Text>
        </Paper>
      ) : null}

      {perspective === 'coordinator' && match.status === 'proposed' ? (
        <Group gap="xs">
          <Button variant="light" color="red" onClick={() => setDecision('reject')}>
            {t('matches.decision.rejectAction')}
          </Button>
          <Button color="green" onClick={() => setDecision('approve')}>
            {t('matches.decision.approveAction')}
          </Button>
        </Group>
      ) : null}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Paper withBorder p="md" radius="md">
              <MatchBreakdown breakdown={match.breakdown} compact />
            </Paper>
            {introduced && quotes ? quotes(match) : null}
            {introduced && samples ? samples(match) : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {perspective !== 'coordinator' ? (
              <CounterpartCard counterpart={match.counterpart} />
            ) : null}
            {match.status === 'won' ? <Agreements matchId={match.id} /> : null}
            {introduced ? <MatchPipeline match={match} /> : null}
            <Anchor
              component={Link}
              size="sm"
              to={
                perspective === 'producer'
                  ? paths.app.matches.getHref()
                  : paths.app.demand.getHref(match.demand.id)
              }
            >
              {perspective === 'producer' ? t('matches.backToList') : t('matches.backToDemand')}
            </Anchor>
          </Stack>
        </Grid.Col>
      </Grid>

      <MatchDecisionModal
        match={decision ? match : null}
        decision={decision ?? 'approve'}
        onClose={() => setDecision(null)}
      />
    </Stack>
  );
}

/** One match: the full breakdown, the other side's contacts, the pipeline, quotes and samples. */
export function MatchDetails({
  matchId,
  perspective,
  ...slots
}: { matchId: string; perspective: MatchPerspective } & Slots) {
  const match = useMatch(matchId);
  if (match.isPending) {
    return <LoadingState />;
  }
  if (match.isError) {
    return <ErrorState error={match.error} onRetry={() => void match.refetch()} />;
  }
  return <MatchView match={match.data} perspective={perspective} {...slots} />;
}
