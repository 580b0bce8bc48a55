import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FormErrors } from '@/components/ui/form-errors';
import { meetingOutcomes, type Meeting, type MeetingOutcome } from '@/features/events/types';
import { errorMessage } from '@/lib/errors';
import { useMeetingStep, useRecordOutcome, type MeetingStep } from '../api/meetings';

const isOutcome = (value: string | null): value is MeetingOutcome =>
  value !== null && (meetingOutcomes as readonly string[]).includes(value);

/** After the slot has begun: what came of it (changeable), with an optional note. */
function OutcomeModal({
  meeting,
  opened,
  onClose,
}: {
  meeting: Meeting;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordOutcome();
  const [outcome, setOutcome] = useState<MeetingOutcome | null>(meeting.outcome);
  const [note, setNote] = useState(meeting.outcomeNote ?? '');
  const [missing, setMissing] = useState(false);
  const close = () => {
    record.reset();
    setMissing(false);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('meetings.outcomeModal.title')} centered>
      <form
        noValidate
        onSubmit={(submitted) => {
          submitted.preventDefault();
          if (!outcome) {
            setMissing(true);
            return;
          }
          record.mutate(
            { meeting, outcome, outcomeNote: note.trim() || null },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('meetings.outcomeModal.done') });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <Select
            label={t('meetings.outcomeModal.outcome')}
            required
            data-autofocus
            data={meetingOutcomes.map((value) => ({
              value,
              label: t(`meetings.outcome.${value}`),
            }))}
            value={outcome}
            error={missing ? t('validation.required') : undefined}
            onChange={(value) => {
              setOutcome(isOutcome(value) ? value : null);
              setMissing(false);
            }}
          />
          <Textarea
            label={t('meetings.outcomeModal.note')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(change) => setNote(change.currentTarget.value)}
          />
          <FormErrors error={record.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={record.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('meetings.outcomeModal.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The steps the reader may take on a meeting now (the API's `actions`): accept, decline (asked),
 * cancel (confirmed first), record the outcome. `label` names the meeting for screen readers.
 */
export function MeetingActions({ meeting, label }: { meeting: Meeting; label: string }) {
  const { t } = useTranslation();
  const step = useMeetingStep();
  const [confirming, setConfirming] = useState<MeetingStep | null>(null);
  const [recording, setRecording] = useState(false);
  const run = (action: MeetingStep, after?: () => void) =>
    step.mutate(
      { meeting, action },
      {
        onSuccess: () => {
          notifications.show({
            color: action === 'accept' ? 'green' : 'orange',
            message: t(`meetings.steps.${action}Done`),
          });
          after?.();
        },
        onError: (error) => {
          if (!after) {
            notifications.show({ color: 'red', message: errorMessage(t, error) });
          }
        },
      },
    );
  if (meeting.actions.length === 0) {
    return null;
  }
  return (
    <Group gap="xs">
      {meeting.actions.includes('accept') ? (
        <Button
          size="xs"
          loading={step.isPending && step.variables?.action === 'accept'}
          disabled={step.isPending}
          aria-label={t('meetings.steps.acceptNamed', { name: label })}
          onClick={() => run('accept')}
        >
          {t('meetings.steps.accept')}
        </Button>
      ) : null}
      {meeting.actions.includes('decline') ? (
        <Button
          size="xs"
          variant="light"
          color="red"
          disabled={step.isPending}
          aria-label={t('meetings.steps.declineNamed', { name: label })}
          onClick={() => setConfirming('decline')}
        >
          {t('meetings.steps.decline')}
        </Button>
      ) : null}
      {meeting.actions.includes('cancel') ? (
        <Button
          size="xs"
          variant="subtle"
          color="red"
          disabled={step.isPending}
          aria-label={t('meetings.steps.cancelNamed', { name: label })}
          onClick={() => setConfirming('cancel')}
        >
          {t('meetings.steps.cancel')}
        </Button>
      ) : null}
      {meeting.actions.includes('outcome') ? (
        <Button
          size="xs"
          variant="light"
          aria-label={t('meetings.steps.outcomeNamed', { name: label })}
          onClick={() => setRecording(true)}
        >
          {meeting.outcome ? t('meetings.steps.changeOutcome') : t('meetings.steps.outcome')}
        </Button>
      ) : null}
      <ConfirmModal
        opened={confirming !== null}
        title={
          confirming === 'decline'
            ? t('meetings.steps.declineTitle')
            : t('meetings.steps.cancelTitle')
        }
        message={
          confirming === 'decline'
            ? t('meetings.steps.declineConfirm', { name: label })
            : t('meetings.steps.cancelConfirm', { name: label })
        }
        confirmLabel={
          confirming === 'decline' ? t('meetings.steps.decline') : t('meetings.steps.cancelAction')
        }
        loading={step.isPending}
        error={step.error}
        onClose={() => {
          step.reset();
          setConfirming(null);
        }}
        onConfirm={() => confirming && run(confirming, () => setConfirming(null))}
      />
      {recording ? (
        <OutcomeModal meeting={meeting} opened onClose={() => setRecording(false)} />
      ) : null}
    </Group>
  );
}
