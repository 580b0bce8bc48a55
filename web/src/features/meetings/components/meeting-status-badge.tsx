import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingOutcome, MeetingStatus } from '@/features/events/types';

const colors: Record<MeetingStatus, string> = {
  requested: 'yellow',
  accepted: 'green',
  scheduled: 'blue',
  declined: 'red',
  cancelled: 'gray',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`meetings.status.${status}`)}
    </Badge>
  );
}

const outcomeColors: Record<MeetingOutcome, string> = {
  held: 'teal',
  no_show: 'red',
  follow_up: 'cyan',
  mou: 'grape',
  purchase_order: 'green',
};

export function MeetingOutcomeBadge({ outcome }: { outcome: MeetingOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={outcomeColors[outcome]} variant="outline">
      {t(`meetings.outcome.${outcome}`)}
    </Badge>
  );
}
