import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import { useProductLabels } from '@/lib/product-labels';
import { matchGapCodes, type KnownGapCode, type MatchGap } from '@/types/sourcing';

const isKnown = (code: string): code is KnownGapCode =>
  (matchGapCodes as readonly string[]).includes(code);

/**
 * A gap in the reader's language: the web's own wording for the codes it knows (numbers, units,
 * countries and certifications formatted for the locale), else the server's message.
 */
export function useGapText() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const labels = useProductLabels();
  return (gap: MatchGap) => {
    const english = (i18n.resolvedLanguage ?? 'vi') === 'en';
    const fallback = english ? gap.message.en : gap.message.vi;
    if (!isKnown(gap.code)) {
      return fallback;
    }
    const p = gap.params;
    const num = (value: string | number | undefined) =>
      typeof value === 'number' ? format.number(value) : String(value ?? '');
    const values = {
      scheme: labels.certification(String(p.scheme ?? '')),
      required: num(p.required),
      actual: num(p.actual),
      volume: num(p.volume),
      capacity: num(p.capacity),
      pooledCapacity: num(p.pooledCapacity),
      unit: labels.unit(String(p.unit ?? p.productUnit ?? '')),
      demandUnit: labels.unit(String(p.demandUnit ?? '')),
      productUnit: labels.unit(String(p.productUnit ?? '')),
      month: num(p.month),
      months: String(p.months ?? ''),
      moq: num(p.moq),
      order: num(p.order),
      percent: num(p.percent),
      offered: num(p.offered),
      remaining: num(p.remaining),
      days: num(p.days),
      country: typeof p.country === 'string' ? format.country(p.country) : '',
      answered: num(p.answered),
      requests: num(p.requests),
      defaultValue: fallback,
    };
    if (gap.code === 'STARS_BELOW_MIN' && !p.actual) {
      return t('matches.gaps.STARS_BELOW_MIN_UNRATED', values);
    }
    if (gap.code === 'CAPACITY_SHORT' && p.pooledCapacity) {
      return t('matches.gaps.CAPACITY_SHORT_POOLED', values);
    }
    return t(`matches.gaps.${gap.code}`, values);
  };
}

/** Every gap beside the score, blockers first, each with its severity said in words. */
export function MatchGaps({ gaps }: { gaps: MatchGap[] }) {
  const { t } = useTranslation();
  const text = useGapText();
  if (gaps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('matches.breakdown.noGaps')}
      </Text>
    );
  }
  const sorted = [...gaps].sort(
    (a, b) => Number(b.severity === 'blocker') - Number(a.severity === 'blocker'),
  );
  return (
    <List spacing={6} size="sm" listStyleType="none" aria-label={t('matches.breakdown.gapsTitle')}>
      {sorted.map((gap, index) => (
        <List.Item key={`${gap.code}-${index}`}>
          <Group gap={8} wrap="nowrap" align="flex-start">
            <Badge
              size="sm"
              variant="light"
              color={gap.severity === 'blocker' ? 'red' : 'yellow'}
              style={{ flexShrink: 0 }}
            >
              {t(`matches.breakdown.severity.${gap.severity}`)}
            </Badge>
            <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
              {text(gap)}
            </Text>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}
