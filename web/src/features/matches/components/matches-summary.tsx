import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useMatches } from '../api/get-matches';

/** Coordinators: proposals waiting for a decision. Parties: introductions in their pipeline. */
export function MatchesSummary({
  perspective,
}: {
  perspective: 'coordinator' | 'producer' | 'distributor';
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const coordinator = perspective === 'coordinator';
  const query = useMatches({ status: coordinator ? 'proposed' : null, page: 1, limit: 1 });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={2} fz="h4">
          {coordinator ? t('matches.summary.queueTitle') : t('matches.summary.title')}
        </Title>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Text>
            {t(coordinator ? 'matches.summary.pending' : 'matches.summary.introduced', {
              count: query.data.total,
              formatted: format.number(query.data.total),
            })}
          </Text>
        )}
        <Group>
          <Button
            component={Link}
            to={coordinator ? paths.app.reviewMatches.getHref() : paths.app.matches.getHref()}
          >
            {coordinator ? t('matches.summary.openQueue') : t('matches.summary.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
