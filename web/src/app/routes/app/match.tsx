import { Box } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MatchDetails } from '@/features/matches/components/match-details';
import { MatchQuotes } from '@/features/quotes/components/match-quotes';
import { MatchSamples } from '@/features/samples/components/match-samples';
import { ProducerResponsivenessBadge } from '@/features/samples/components/responsiveness-badge';
import { useCurrentUser } from '@/lib/auth';

const closed = new Set(['won', 'lost']);

/**
 * One match, for its parties and coordinators (notifications link here): the breakdown and gaps,
 * the other side's contacts, the pipeline, quotes and samples.
 */
export default function MatchRoute() {
  const { i18n } = useTranslation();
  const { matchId = '' } = useParams();
  const { user } = useCurrentUser();
  const english = (i18n.resolvedLanguage ?? 'vi') === 'en';
  const perspective =
    user.role === 'producer'
      ? 'producer'
      : user.role === 'distributor'
        ? 'distributor'
        : 'coordinator';
  return (
    <Box maw={1100} mx="auto" w="100%">
      <MatchDetails
        key={matchId}
        matchId={matchId}
        perspective={perspective}
        producerBadge={(match) => (
          <ProducerResponsivenessBadge producerId={match.product.producer.id} />
        )}
        quotes={(match) => (
          <MatchQuotes
            matchId={match.id}
            perspective={perspective}
            defaultUnit={match.demand.unit}
            open={!closed.has(match.status)}
          />
        )}
        samples={(match) => (
          <MatchSamples
            match={match}
            perspective={perspective}
            productName={
              english && match.product.nameEn ? match.product.nameEn : match.product.nameVi
            }
            open={!closed.has(match.status)}
          />
        )}
      />
    </Box>
  );
}
