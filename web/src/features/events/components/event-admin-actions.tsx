import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FormErrors } from '@/components/ui/form-errors';
import { paths } from '@/config/paths';
import { useCancelEvent, usePublishEvent } from '../api/events';
import type { Event } from '../types';

/** Cancelling is final: it needs a reason, and every meeting booked at the event is cancelled. */
function CancelEventModal({
  event,
  opened,
  onClose,
}: {
  event: Event;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const cancel = useCancelEvent();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    cancel.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('events.admin.cancelTitle')} centered>
      <form
        noValidate
        onSubmit={(submitted) => {
          submitted.preventDefault();
          const value = reason.trim();
          if (value.length < 3) {
            setError(value ? t('validation.minLength', { count: 3 }) : t('validation.required'));
            return;
          }
          cancel.mutate(
            { id: event.id, version: event.version, reason: value },
            {
              onSuccess: () => {
                notifications.show({ color: 'orange', message: t('events.admin.cancelled') });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('events.admin.cancelConfirm')}</Text>
          <Textarea
            label={t('events.admin.cancelReason')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            value={reason}
            error={error}
            data-autofocus
            onChange={(change) => {
              setReason(change.currentTarget.value);
              setError(null);
            }}
          />
          <FormErrors error={cancel.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={cancel.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              {t('events.admin.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Coordinators: edit, publish (a draft), open the B2B grid, cancel. */
export function EventAdminActions({ event }: { event: Event }) {
  const { t } = useTranslation();
  const publish = usePublishEvent();
  const [publishing, setPublishing] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const open = event.status !== 'cancelled';
  return (
    <Group gap="xs">
      {open ? (
        <Button component={Link} to={paths.app.editEvent.getHref(event.id)} variant="default">
          {t('events.admin.edit')}
        </Button>
      ) : null}
      <Button component={Link} to={paths.app.meetingGrid.getHref(event.id)} variant="light">
        {t('events.admin.meetings')}
      </Button>
      {event.status === 'draft' ? (
        <Button onClick={() => setPublishing(true)}>{t('events.admin.publish')}</Button>
      ) : null}
      {open ? (
        <Button variant="subtle" color="red" onClick={() => setCancelling(true)}>
          {t('events.admin.cancel')}
        </Button>
      ) : null}
      <ConfirmModal
        opened={publishing}
        title={t('events.admin.publishTitle')}
        message={t('events.admin.publishConfirm')}
        confirmLabel={t('events.admin.publish')}
        color="brand"
        loading={publish.isPending}
        error={publish.error}
        onClose={() => {
          publish.reset();
          setPublishing(false);
        }}
        onConfirm={() =>
          publish.mutate(
            { id: event.id, version: event.version },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('events.admin.published') });
                setPublishing(false);
              },
            },
          )
        }
      />
      <CancelEventModal event={event} opened={cancelling} onClose={() => setCancelling(false)} />
    </Group>
  );
}
