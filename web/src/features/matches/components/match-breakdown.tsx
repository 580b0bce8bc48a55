import { Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import type { MatchBreakdown as Breakdown, MatchFeature } from '@/types/sourcing';
import { MatchGaps } from './match-gaps';

/** Points rounded to one decimal, as the engine stores them. */
const round1 = (value: number) => Math.round(value * 10) / 10;

function FeatureBar({ feature, max }: { feature: MatchFeature; max: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labelId = useId();
  const percent = Math.round(feature.value * 100);
  const points = format.number(round1(feature.points));
  const maxPoints = format.number(round1(max));
  const name = t(`matches.features.${feature.key}`, { defaultValue: feature.key });
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" id={labelId}>
          {name}
        </Text>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('matches.breakdown.points', { points, max: maxPoints })}
        </Text>
      </Group>
      {/* The bar as a whole is the progressbar (a section at 0 has no width); Mantine's own
          aria-valuetext is the bare percentage, so the points are said here too. */}
      <Progress.Root
        size="md"
        radius="sm"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-labelledby={labelId}
        aria-valuetext={t('matches.breakdown.featureValue', { percent, points, max: maxPoints })}
      >
        <Progress.Section
          value={percent}
          color={percent >= 70 ? 'green' : percent >= 40 ? 'yellow' : 'red'}
          withAria={false}
        />
      </Progress.Root>
    </Stack>
  );
}

/**
 * Why the engine proposed this pair: every feature as a bar with the points it gave (out of what
 * its weight allows), and every gap beside the score. Shown to the coordinator and both parties.
 */
export function MatchBreakdown({
  breakdown,
  compact = false,
  withGaps = true,
}: {
  breakdown: Breakdown;
  compact?: boolean;
  /** Off where the gaps are already in view beside it (a card shows them uncollapsed). */
  withGaps?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const totalWeight = breakdown.features.reduce((sum, feature) => sum + feature.weight, 0);
  const features = [...breakdown.features].sort((a, b) => b.weight - a.weight);
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={3} fz="h6">
            {t('matches.breakdown.title')}
          </Title>
          <Text size="sm" fw={600}>
            {t('matches.breakdown.total', { score: format.number(round1(breakdown.score)) })}
          </Text>
        </Group>
        {features.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('matches.breakdown.noFeatures')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: compact ? 1 : 2 }} spacing="md" verticalSpacing="xs">
            {features.map((feature) => (
              <FeatureBar
                key={feature.key}
                feature={feature}
                max={totalWeight > 0 ? (feature.weight / totalWeight) * 100 : 0}
              />
            ))}
          </SimpleGrid>
        )}
      </Stack>
      {withGaps ? (
        <Stack gap="xs">
          <Title order={3} fz="h6">
            {t('matches.breakdown.gapsTitle')}
          </Title>
          <MatchGaps gaps={breakdown.gaps} />
        </Stack>
      ) : null}
    </Stack>
  );
}
