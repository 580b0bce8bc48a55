import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEventText } from '@/features/events/components/use-event-text';
import type { Meeting } from '@/features/events/types';
import { MeetingActions } from './meeting-actions';
import { MeetingOutcomeBadge, MeetingStatusBadge } from './meeting-status-badge';

/** One meeting on a party's agenda: when, at which table, with whom, and what they may do. */
export function MeetingCard({
  meeting,
  organizationId,
}: {
  meeting: Meeting;
  /** The reader's organization: the other party is the counterpart. */
  organizationId: string;
}) {
  const { t } = useTranslation();
  const text = useEventText();
  const counterpart =
    meeting.producer.id === organizationId ? meeting.distributor : meeting.producer;
  const when = `${text.times.slot(meeting.startsAt, meeting.endsAt)}, ${text.times.day(meeting.startsAt)}`;
  const titleId = `meeting-${meeting.id}`;
  const origin =
    meeting.origin !== 'request'
      ? t('meetings.origin.centre')
      : meeting.requestedByOrganizationId === organizationId
        ? t('meetings.origin.byYou')
        : t('meetings.origin.byThem', { name: counterpart.name });
  const inactive = meeting.status === 'declined' || meeting.status === 'cancelled';
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-labelledby={titleId}
      style={inactive ? { opacity: 0.75 } : undefined}
    >
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
            <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
              {counterpart.name}
            </Text>
            <Text size="sm">
              {when}
              {meeting.tableNo !== null
                ? ` · ${t('meetings.table', { table: meeting.tableNo })}`
                : ''}
            </Text>
          </Stack>
          <Group gap={4}>
            <MeetingStatusBadge status={meeting.status} />
            {meeting.outcome ? <MeetingOutcomeBadge outcome={meeting.outcome} /> : null}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {origin}
        </Text>
        {meeting.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {t('meetings.note', { note: meeting.note })}
          </Text>
        ) : null}
        {meeting.outcomeNote ? (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('meetings.outcomeNote', { note: meeting.outcomeNote })}
          </Text>
        ) : null}
        <MeetingActions
          meeting={meeting}
          label={t('meetings.label', { name: counterpart.name, time: when })}
        />
      </Stack>
    </Paper>
  );
}
