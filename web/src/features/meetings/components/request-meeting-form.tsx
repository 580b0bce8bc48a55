import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEventText } from '@/features/events/components/use-event-text';
import type { EventOrganization, MeetingList } from '@/features/events/types';
import { useCreateMeeting } from '../api/meetings';
import { slotOptions } from './slot-options';
import { useMeetingErrorMessage } from './use-meeting-error';

type RequestMeetingFormProps = {
  eventId: string;
  organizationId: string;
  /** The other accepted participants the reader may ask (the other kind). */
  counterparts: EventOrganization[];
  agenda: MeetingList;
  counterpartId: string | null;
  onCounterpartChange: (id: string | null) => void;
};

/**
 * A party asks another accepted participant for a slot. The other side's calendar is not shown:
 * when it is already taken the API answers 409 with the clash, said here in the reader's words.
 */
export function RequestMeetingForm({
  eventId,
  organizationId,
  counterparts,
  agenda,
  counterpartId,
  onCounterpartChange,
}: RequestMeetingFormProps) {
  const { t } = useTranslation();
  const text = useEventText();
  const meetingError = useMeetingErrorMessage();
  const create = useCreateMeeting();
  const [slot, setSlot] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<{ counterpart?: boolean; slot?: boolean }>({});
  const mine = agenda.items.filter(
    (m) => m.producer.id === organizationId || m.distributor.id === organizationId,
  );
  const options = slotOptions(agenda.slots, agenda.slotMinutes, text.times, mine);
  const noSlots = options.every((group) => group.items.every((item) => item.disabled));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="request-meeting">
      <form
        noValidate
        aria-labelledby="request-meeting"
        onSubmit={(submitted) => {
          submitted.preventDefault();
          if (!counterpartId || !slot) {
            setMissing({ counterpart: !counterpartId, slot: !slot });
            return;
          }
          create.mutate(
            {
              eventId,
              body: {
                counterpartOrganizationId: counterpartId,
                startsAt: slot,
                ...(note.trim() ? { note: note.trim() } : {}),
              },
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('meetings.request.done') });
                setSlot(null);
                setNote('');
                onCounterpartChange(null);
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="h4" id="request-meeting">
            {t('meetings.request.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('meetings.request.hint')}
          </Text>
          {counterparts.length === 0 ? (
            <Text size="sm">{t('meetings.request.noCounterparts')}</Text>
          ) : (
            <>
              <Select
                label={t('meetings.request.counterpart')}
                required
                searchable
                nothingFoundMessage={t('common.nothingFound')}
                data={counterparts.map((org) => ({ value: org.id, label: org.name }))}
                value={counterpartId}
                error={missing.counterpart ? t('validation.required') : undefined}
                onChange={(value) => {
                  onCounterpartChange(value);
                  setMissing((m) => ({ ...m, counterpart: false }));
                  create.reset();
                }}
              />
              <Select
                label={t('meetings.request.slot')}
                required
                data={options}
                value={slot}
                maxDropdownHeight={320}
                description={
                  noSlots ? t('meetings.request.noSlots') : t('meetings.request.slotHint')
                }
                error={missing.slot ? t('validation.required') : undefined}
                onChange={(value) => {
                  setSlot(value);
                  setMissing((m) => ({ ...m, slot: false }));
                  create.reset();
                }}
              />
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
              <Group justify="flex-end">
                <Button type="submit" loading={create.isPending}>
                  {t('meetings.request.submit')}
                </Button>
              </Group>
            </>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
