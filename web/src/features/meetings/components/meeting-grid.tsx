import { ActionIcon, Modal, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventText } from '@/features/events/components/use-event-text';
import type { Meeting, MeetingList, MeetingStatus } from '@/features/events/types';
import { MeetingActions } from './meeting-actions';
import classes from './meeting-grid.module.css';
import { MeetingOutcomeBadge, MeetingStatusBadge } from './meeting-status-badge';
import type { ScheduleDraft } from './schedule-meeting-modal';
import { isActiveMeeting } from './slot-options';

const statusColor: Record<MeetingStatus, string> = {
  requested: 'var(--mantine-color-yellow-6)',
  accepted: 'var(--mantine-color-green-6)',
  scheduled: 'var(--mantine-color-blue-6)',
  declined: 'var(--mantine-color-red-6)',
  cancelled: 'var(--mantine-color-gray-5)',
};

function MeetingModal({ meeting, onClose }: { meeting: Meeting | null; onClose: () => void }) {
  const { t } = useTranslation();
  const text = useEventText();
  if (!meeting) {
    return null;
  }
  const when = `${text.times.slot(meeting.startsAt, meeting.endsAt)}, ${text.times.day(meeting.startsAt)}`;
  const pair = t('meetings.pair', {
    producer: meeting.producer.name,
    distributor: meeting.distributor.name,
  });
  return (
    <Modal opened onClose={onClose} title={pair} centered>
      <Stack gap="xs">
        <Text size="sm">
          {when}
          {meeting.tableNo !== null ? ` · ${t('meetings.table', { table: meeting.tableNo })}` : ''}
        </Text>
        <div>
          <MeetingStatusBadge status={meeting.status} />{' '}
          {meeting.outcome ? <MeetingOutcomeBadge outcome={meeting.outcome} /> : null}
        </div>
        <Text size="xs" c="dimmed">
          {meeting.origin === 'request'
            ? t('meetings.origin.byThem', {
                name:
                  meeting.requestedByOrganizationId === meeting.producer.id
                    ? meeting.producer.name
                    : meeting.distributor.name,
              })
            : meeting.origin === 'draft'
              ? t('meetings.origin.draft')
              : t('meetings.origin.centre')}
        </Text>
        {meeting.note ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {t('meetings.note', { note: meeting.note })}
          </Text>
        ) : null}
        {meeting.outcomeNote ? (
          <Text size="sm" c="dimmed">
            {t('meetings.outcomeNote', { note: meeting.outcomeNote })}
          </Text>
        ) : null}
        <MeetingActions meeting={meeting} label={t('meetings.label', { name: pair, time: when })} />
      </Stack>
    </Modal>
  );
}

/**
 * The coordinator's grid: one row per slot (grouped by day), one column per table. A booked cell
 * opens the meeting; a free future cell books one there. Scrolls sideways inside itself on phones.
 */
export function MeetingGrid({
  grid,
  onSchedule,
}: {
  grid: MeetingList;
  /** Absent: the grid is read-only (a draft or cancelled event). */
  onSchedule?: (draft: ScheduleDraft) => void;
}) {
  const { t } = useTranslation();
  const text = useEventText();
  const [openId, setOpenId] = useState<string | null>(null);
  const active = grid.items.filter(isActiveMeeting);
  const byCell = new Map(active.map((m) => [`${m.startsAt}|${m.tableNo ?? 0}`, m]));
  const tables = Array.from({ length: grid.tables }, (_, i) => i + 1);
  // The moment the grid was opened: a cell that starts later can still be booked.
  const [now] = useState(() => Date.now());
  const length = grid.slotMinutes * 60_000;

  if (grid.slots.length === 0) {
    return <Text size="sm">{t('meetings.grid.noSlots')}</Text>;
  }

  return (
    <>
      <Table.ScrollContainer minWidth={120 + grid.tables * 150} type="native">
        <Table
          withTableBorder
          withColumnBorders
          verticalSpacing={4}
          horizontalSpacing={6}
          aria-label={t('meetings.grid.label')}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th className={classes.time}>{t('meetings.grid.time')}</Table.Th>
              {tables.map((table) => (
                <Table.Th key={table} scope="col">
                  {t('meetings.table', { table })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.slots.map((slot, index) => {
              const header =
                index === 0 ||
                text.times.dayKey(slot) !== text.times.dayKey(grid.slots[index - 1]!);
              const end = new Date(new Date(slot).getTime() + length).toISOString();
              const label = text.times.slot(slot, end);
              const future = new Date(slot).getTime() > now;
              return (
                <Fragment key={slot}>
                  {header ? (
                    <Table.Tr>
                      <Table.Th
                        colSpan={grid.tables + 1}
                        scope="colgroup"
                        bg="var(--mantine-color-default-hover)"
                      >
                        {text.times.day(slot)}
                      </Table.Th>
                    </Table.Tr>
                  ) : null}
                  <Table.Tr>
                    <Table.Th scope="row" className={classes.time}>
                      {label}
                    </Table.Th>
                    {tables.map((table) => {
                      const meeting = byCell.get(`${slot}|${table}`);
                      return (
                        <Table.Td key={table} className={classes.cell}>
                          {meeting ? (
                            <UnstyledButton
                              className={classes.meeting}
                              style={{ ['--meeting-color' as string]: statusColor[meeting.status] }}
                              onClick={() => setOpenId(meeting.id)}
                              aria-label={t('meetings.grid.open', {
                                pair: t('meetings.pair', {
                                  producer: meeting.producer.name,
                                  distributor: meeting.distributor.name,
                                }),
                                status: t(`meetings.status.${meeting.status}`),
                                table,
                                time: label,
                              })}
                            >
                              <strong>{meeting.producer.name}</strong>
                              <br />
                              {meeting.distributor.name}
                            </UnstyledButton>
                          ) : future && onSchedule ? (
                            <ActionIcon
                              variant="subtle"
                              size="sm"
                              aria-label={t('meetings.grid.schedule', {
                                table,
                                time: `${label}, ${text.times.day(slot)}`,
                              })}
                              onClick={() => onSchedule({ slot, tableNo: table })}
                            >
                              +
                            </ActionIcon>
                          ) : null}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <MeetingModal
        meeting={grid.items.find((m) => m.id === openId) ?? null}
        onClose={() => setOpenId(null)}
      />
    </>
  );
}
