import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useSampleRequests } from '../api/get-sample-requests';
import { ProducerResponsivenessBadge } from './responsiveness-badge';

/**
 * Producers: requests waiting for an answer, and their own response-rate badge. Distributors:
 * samples on the way (shipped, to confirm and evaluate).
 */
export function SamplesSummary({
  perspective,
  organizationId,
}: {
  perspective: 'producer' | 'distributor';
  /** The producer's own organization, whose badge (public, on its profile) is shown here. */
  organizationId: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const producer = perspective === 'producer';
  const query = useSampleRequests({
    status: producer ? 'requested' : 'shipped',
    page: 1,
    limit: 1,
  });
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h4">
            {t('samples.summary.title')}
          </Title>
          {producer && organizationId ? (
            <ProducerResponsivenessBadge producerId={organizationId} />
          ) : null}
        </Group>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Text>
            {t(producer ? 'samples.summary.waiting' : 'samples.summary.onTheWay', {
              count: query.data.total,
              formatted: format.number(query.data.total),
            })}
          </Text>
        )}
        <Group>
          <Button component={Link} to={paths.app.samples.getHref()}>
            {t('samples.summary.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
