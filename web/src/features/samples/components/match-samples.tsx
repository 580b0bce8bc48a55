import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useSampleRequests } from '../api/get-sample-requests';
import { RequestSampleModal } from './request-sample-modal';
import { SampleActions } from './sample-actions';
import { SampleCard, type SamplePerspective } from './sample-card';

type MatchRef = {
  id: string;
  product: { id: string; nameVi: string; nameEn: string | null };
  demand: { unit: string };
};

/** The samples of one introduced match, and (for its distributor) a way to ask for one. */
export function MatchSamples({
  match,
  perspective,
  productName,
  open,
}: {
  match: MatchRef;
  perspective: SamplePerspective;
  productName: string;
  /** Whether the match is still open (not won or lost): no new requests on a closed one. */
  open: boolean;
}) {
  const { t } = useTranslation();
  const [requesting, setRequesting] = useState(false);
  const query = useSampleRequests({ matchId: match.id, page: 1, limit: 20 });
  const titleId = `match-samples-${match.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} fz="h5" id={titleId}>
            {t('samples.matchTitle')}
          </Title>
          {perspective === 'distributor' && open ? (
            <Button size="sm" onClick={() => setRequesting(true)}>
              {t('samples.request.action')}
            </Button>
          ) : null}
        </Group>
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('samples.matchEmpty')}
          </Text>
        ) : (
          <SampleActions
            render={(start, busyId) =>
              query.data.items.map((sample) => (
                <SampleCard
                  key={sample.id}
                  sample={sample}
                  perspective={perspective}
                  busy={busyId === sample.id}
                  onAction={(action) => start(sample, action)}
                />
              ))
            }
          />
        )}
      </Stack>
      <RequestSampleModal
        opened={requesting}
        productId={match.product.id}
        productName={productName}
        defaultUnit={match.demand.unit}
        matchId={match.id}
        onClose={() => setRequesting(false)}
      />
    </Paper>
  );
}
