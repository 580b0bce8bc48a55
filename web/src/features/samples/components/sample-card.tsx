import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import type { SampleAction, SampleRequest } from '@/types/sourcing';
import { EvaluationView } from './evaluation-view';
import { SampleStatusBadge } from './sample-status-badge';

export type SamplePerspective = 'producer' | 'distributor' | 'coordinator';

/** Which side takes each step (shared `sampleTransitions[action].by`). */
const stepSide: Record<SampleAction, 'producer' | 'distributor'> = {
  accept: 'producer',
  decline: 'producer',
  ship: 'producer',
  deliver: 'distributor',
  evaluate: 'distributor',
};

/** One sample request, with the steps the reader's side may take now. */
export function SampleCard({
  sample,
  perspective,
  highlighted = false,
  busy = false,
  onAction,
}: {
  sample: SampleRequest;
  perspective: SamplePerspective;
  highlighted?: boolean;
  busy?: boolean;
  onAction: (action: SampleAction) => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  const titleId = `sample-${sample.id}`;
  const name =
    (i18n.resolvedLanguage ?? 'vi') === 'en' && sample.product.nameEn
      ? sample.product.nameEn
      : sample.product.nameVi;
  const party = perspective === 'producer' ? sample.distributor.name : sample.producer.name;
  const mine = sample.allowed.filter((action) => stepSide[action] === perspective);

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      aria-current={highlighted ? 'true' : undefined}
      style={
        highlighted ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 } : undefined
      }
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0 }}>
            <Title order={2} fz="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Title>
            <Text size="sm">
              {perspective === 'producer'
                ? t('samples.card.from', { name: party })
                : t('samples.card.to', { name: party })}
            </Text>
          </div>
          <SampleStatusBadge status={sample.status} />
        </Group>
        <Text size="sm">
          {t('samples.card.quantity', {
            quantity: format.number(sample.quantity),
            unit: labels.unit(sample.unit),
          })}{' '}
          · {t('samples.card.requestedAt', { date: format.dateTime(sample.createdAt) })}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {t('samples.card.address', { address: sample.deliveryAddress })}
        </Text>
        {sample.note ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {t('samples.card.note', { note: sample.note })}
          </Text>
        ) : null}
        {sample.declineReason ? (
          <Text size="sm" c="red.8">
            {t('samples.card.declined', { reason: sample.declineReason })}
          </Text>
        ) : null}
        {sample.carrier ? (
          <Text size="sm">
            {t('samples.card.shipped', {
              carrier: sample.carrier,
              tracking: sample.trackingNumber ?? '',
              date: sample.shippedAt ? format.dateTime(sample.shippedAt) : '',
            })}
          </Text>
        ) : null}
        {sample.deliveredAt ? (
          <Text size="sm">
            {t('samples.card.delivered', { date: format.dateTime(sample.deliveredAt) })}
          </Text>
        ) : null}
        {sample.evaluation ? <EvaluationView evaluation={sample.evaluation} /> : null}

        <Group justify="space-between" gap="xs">
          {sample.matchId ? (
            <Anchor component={Link} to={paths.app.match.getHref(sample.matchId)} size="sm">
              {t('samples.card.openMatch')}
            </Anchor>
          ) : (
            <span />
          )}
          {mine.length > 0 ? (
            <Group gap="xs">
              {mine.map((action) => (
                <Button
                  key={action}
                  size="sm"
                  variant={action === 'decline' ? 'light' : 'filled'}
                  color={action === 'decline' ? 'red' : undefined}
                  disabled={busy}
                  onClick={() => onAction(action)}
                  aria-label={t(`samples.actions.${action}Named`, { name })}
                >
                  {t(`samples.actions.${action}`)}
                </Button>
              ))}
            </Group>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
