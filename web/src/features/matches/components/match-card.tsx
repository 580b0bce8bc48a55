import {
  Anchor,
  Button,
  Checkbox,
  Collapse,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Match } from '@/types/sourcing';
import { MatchBreakdown } from './match-breakdown';
import { MatchGaps } from './match-gaps';
import { MatchScore, MatchStatusBadge } from './match-status-badge';
import { DemandFacts, ProductFactsLine, useProductName } from './match-summary';

export type MatchPerspective = 'coordinator' | 'producer' | 'distributor';

type MatchCardProps = {
  match: Match;
  /** Whose eyes: a producer reads the demand first, the others the product. */
  perspective: MatchPerspective;
  /** The queue's checkbox for bulk approval. */
  selection?: { checked: boolean; onChange: (checked: boolean) => void };
  actions?: ReactNode;
};

/**
 * One match in a list: what is matched with what, the score, the gaps always in view and the
 * full breakdown one click away, and a link to the match's own page.
 */
export function MatchCard({ match, perspective, selection, actions }: MatchCardProps) {
  const { t } = useTranslation();
  const productName = useProductName();
  const [expanded, { toggle }] = useDisclosure(false);
  const titleId = `match-${match.id}`;
  const breakdownId = `match-breakdown-${match.id}`;
  const name = productName(match.product);
  const title = perspective === 'producer' ? match.demand.title : name;
  const blockers = match.breakdown.gaps.filter((gap) => gap.severity === 'blocker').length;

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
          <Group align="flex-start" gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            {selection ? (
              <Checkbox
                mt={4}
                checked={selection.checked}
                onChange={(event) => selection.onChange(event.currentTarget.checked)}
                aria-label={t('matches.queue.select', { name, demand: match.demand.title })}
              />
            ) : null}
            <div style={{ minWidth: 0 }}>
              <Title order={2} fz="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
                {title}
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
                  <ProductFactsLine product={match.product} />
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {t('matches.forDemand', { title: match.demand.title })}
                  </Text>
                  {perspective === 'coordinator' ? <DemandFacts demand={match.demand} /> : null}
                </>
              )}
            </div>
          </Group>
          <MatchScore score={match.score} />
        </Group>

        <Group gap="xs">
          <MatchStatusBadge status={match.status} />
          {perspective === 'coordinator' ? (
            <Text size="xs" c="dimmed">
              {t(`matches.origin.${match.origin}`)}
            </Text>
          ) : null}
          {blockers > 0 ? (
            <Text size="xs" c="red.8">
              {t('matches.blockers', { count: blockers })}
            </Text>
          ) : null}
        </Group>

        <MatchGaps gaps={match.breakdown.gaps} />

        <Collapse expanded={expanded} id={breakdownId}>
          <MatchBreakdown breakdown={match.breakdown} withGaps={false} />
        </Collapse>

        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={toggle}
              aria-expanded={expanded}
              aria-controls={breakdownId}
            >
              {expanded ? t('matches.hideBreakdown') : t('matches.showBreakdown')}
            </Button>
            <Anchor component={Link} to={paths.app.match.getHref(match.id)} size="sm">
              {t('matches.open')}
            </Anchor>
          </Group>
          {actions}
        </Group>
      </Stack>
    </Paper>
  );
}
