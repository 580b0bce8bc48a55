import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventText } from '@/features/events/components/use-event-text';
import type { EventOrganization, MeetingList } from '@/features/events/types';
import { useCreateMeeting } from '../api/meetings';
import { slotOptions } from './slot-options';
import { useMeetingErrorMessage } from './use-meeting-error';

export type ScheduleDraft = {
  producerId?: string;
  distributorId?: string;
  slot?: string;
  tableNo?: number;
};

/**
 * Coordinators book a meeting directly (status scheduled): both parties, a slot and a table (or
 * the lowest free one). A double booking comes back as the API's clash, in the reader's words.
 */
export function ScheduleMeetingModal({
  eventId,
  draft,
  participants,
  grid,
  onClose,
}: {
  eventId: string;
  draft: ScheduleDraft | null;
  participants: EventOrganization[];
  grid: MeetingList;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const text = useEventText();
  const meetingError = useMeetingErrorMessage();
  const create = useCreateMeeting();
  const [producerId, setProducerId] = useState(draft?.producerId ?? null);
  const [distributorId, setDistributorId] = useState(draft?.distributorId ?? null);
  const [slot, setSlot] = useState(draft?.slot ?? null);
  const [table, setTable] = useState(draft?.tableNo ? String(draft.tableNo) : 'any');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const producers = participants.filter((org) => org.kind === 'producer');
  const distributors = participants.filter((org) => org.kind === 'distributor');
  const close = () => {
    create.reset();
    onClose();
  };
  return (
    <Modal
      opened={draft !== null}
      onClose={close}
      title={t('meetings.schedule.title')}
      centered
      size="lg"
    >
      <form
        noValidate
        onSubmit={(submitted) => {
          submitted.preventDefault();
          setTried(true);
          if (!producerId || !distributorId || !slot) {
            return;
          }
          create.mutate(
            {
              eventId,
              body: {
                producerOrganizationId: producerId,
                distributorOrganizationId: distributorId,
                startsAt: slot,
                ...(table !== 'any' ? { tableNo: Number(table) } : {}),
                ...(note.trim() ? { note: note.trim() } : {}),
              },
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('meetings.schedule.done') });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('meetings.schedule.producer')}
            required
            searchable
            data-autofocus
            nothingFoundMessage={t('common.nothingFound')}
            data={producers.map((org) => ({ value: org.id, label: org.name }))}
            value={producerId}
            error={tried && !producerId ? t('validation.required') : undefined}
            onChange={setProducerId}
          />
          <Select
            label={t('meetings.schedule.distributor')}
            required
            searchable
            nothingFoundMessage={t('common.nothingFound')}
            data={distributors.map((org) => ({ value: org.id, label: org.name }))}
            value={distributorId}
            error={tried && !distributorId ? t('validation.required') : undefined}
            onChange={setDistributorId}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('meetings.request.slot')}
              required
              data={slotOptions(grid.slots, grid.slotMinutes, text.times)}
              value={slot}
              maxDropdownHeight={320}
              error={tried && !slot ? t('validation.required') : undefined}
              onChange={setSlot}
            />
            <Select
              label={t('meetings.schedule.table')}
              allowDeselect={false}
              data={[
                { value: 'any', label: t('meetings.schedule.anyTable') },
                ...Array.from({ length: grid.tables }, (_, i) => ({
                  value: String(i + 1),
                  label: t('meetings.table', { table: i + 1 }),
                })),
              ]}
              value={table}
              onChange={(value) => setTable(value ?? 'any')}
            />
          </SimpleGrid>
          <Textarea
            label={t('meetings.request.note')}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(change) => setNote(change.currentTarget.value)}
          />
          {create.error ? (
            <Alert color="red" variant="light" role="alert">
              {meetingError(create.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('meetings.schedule.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
