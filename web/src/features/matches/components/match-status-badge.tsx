import { Badge, RingProgress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/lib/format';
import type { MatchStatus } from '@/types/sourcing';

const colors: Record<MatchStatus, string> = {
  proposed: 'blue',
  approved: 'teal',
  rejected: 'gray',
  introduced: 'teal',
  sample_requested: 'cyan',
  sample_sent: 'cyan',
  sample_received: 'indigo',
  negotiating: 'violet',
  won: 'green',
  lost: 'red',
};

export function MatchStatusBadge({ status }: { status: MatchStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`matches.status.${status}`)}
    </Badge>
  );
}

/** The 0–100 score as a small ring, its number inside and said in words for screen readers. */
export function MatchScore({ score }: { score: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const rounded = Math.round(score);
  const label = t('matches.scoreLabel', { score: format.number(rounded) });
  return (
    <Tooltip label={label} withArrow>
      <RingProgress
        size={56}
        thickness={5}
        roundCaps
        role="img"
        aria-label={label}
        sections={[
          { value: rounded, color: rounded >= 70 ? 'green' : rounded >= 50 ? 'yellow' : 'orange' },
        ]}
        label={
          <Text ta="center" fw={700} size="sm" aria-hidden="true">
            {format.number(rounded)}
          </Text>
        }
      />
    </Tooltip>
  );
}
