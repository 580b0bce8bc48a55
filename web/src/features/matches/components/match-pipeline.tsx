import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrors } from '@/components/ui/form-errors';
import { isApiError } from '@/lib/api-client';
import { isPipelineStatus, type Match, type MatchStatus } from '@/types/sourcing';
import { useMoveMatch } from '../api/move-match';
import { LostModal, WonModal } from './match-outcome-modals';

/** The road from the introduction to a deal, in order. */
const steps = [
  'introduced',
  'sample_requested',
  'sample_sent',
  'sample_received',
  'negotiating',
  'won',
] as const satisfies readonly MatchStatus[];

/**
 * Where the match stands and the steps it may take now (the server lists them with the match).
 * Either party moves it; `lost` asks why, `won` may record the agreement.
 */
export function MatchPipeline({ match }: { match: Match }) {
  const { t } = useTranslation();
  const move = useMoveMatch();
  const [outcome, setOutcome] = useState<'won' | 'lost' | null>(null);
  const current = steps.indexOf(match.status as (typeof steps)[number]);
  const next = match.allowedTransitions.filter(isPipelineStatus);
  const forward = next.filter((status) => status !== 'won' && status !== 'lost');
  // A step someone else took first: say which ones are open now (the match reloads meanwhile).
  const allowedNow =
    isApiError(move.error) && move.error.code === 'INVALID_TRANSITION'
      ? (move.error.problem.allowed ?? [])
      : null;

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={`pipeline-${match.id}`}
    >
      <Stack gap="sm">
        <Title order={2} fz="h5" id={`pipeline-${match.id}`}>
          {t('matches.pipeline.title')}
        </Title>
        <List
          type="ordered"
          listStyleType="none"
          spacing={4}
          size="sm"
          aria-label={t('matches.pipeline.steps')}
        >
          {steps.map((step, index) => {
            const done = match.status !== 'lost' && current >= index;
            const here = match.status === step;
            return (
              <List.Item key={step} aria-current={here ? 'step' : undefined}>
                <Group gap={8}>
                  <Badge
                    size="sm"
                    circle
                    variant={done ? 'filled' : 'light'}
                    color={done ? 'teal' : 'gray'}
                    aria-hidden="true"
                  >
                    {index + 1}
                  </Badge>
                  <Text size="sm" fw={here ? 700 : undefined} c={done ? undefined : 'dimmed'}>
                    {t(`matches.status.${step}`)}
                  </Text>
                </Group>
              </List.Item>
            );
          })}
        </List>
        {match.status === 'lost' ? (
          <Alert color="red" variant="light" title={t('matches.status.lost')}>
            {match.lostReason
              ? t('matches.pipeline.lostBecause', { reason: match.lostReason })
              : null}
          </Alert>
        ) : null}
        {next.length > 0 ? (
          <Group gap="xs">
            {forward.map((status) => (
              <Button
                key={status}
                variant="light"
                loading={move.isPending && move.variables.data.status === status}
                disabled={move.isPending}
                onClick={() =>
                  move.mutate(
                    { id: match.id, data: { status, version: match.version } },
                    {
                      onSuccess: () =>
                        notifications.show({
                          color: 'green',
                          message: t('matches.pipeline.moved', {
                            status: t(`matches.status.${status}`),
                          }),
                        }),
                    },
                  )
                }
              >
                {t(`matches.pipeline.moveTo.${status}`)}
              </Button>
            ))}
            {next.includes('won') ? (
              <Button color="green" onClick={() => setOutcome('won')} disabled={move.isPending}>
                {t('matches.pipeline.moveTo.won')}
              </Button>
            ) : null}
            {next.includes('lost') ? (
              <Button
                variant="subtle"
                color="red"
                onClick={() => setOutcome('lost')}
                disabled={move.isPending}
              >
                {t('matches.pipeline.moveTo.lost')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {allowedNow ? (
          <Text size="sm" c="orange.8" role="alert">
            {t('matches.pipeline.invalid', {
              allowed: allowedNow
                .map((status) =>
                  isPipelineStatus(status) ? t(`matches.status.${status}`) : status,
                )
                .join(', '),
            })}
          </Text>
        ) : (
          <FormErrors error={move.error} />
        )}
      </Stack>
      <LostModal match={match} opened={outcome === 'lost'} onClose={() => setOutcome(null)} />
      <WonModal match={match} opened={outcome === 'won'} onClose={() => setOutcome(null)} />
    </Paper>
  );
}
