import { Alert, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { FormErrors } from '@/components/ui/form-errors';
import { paths } from '@/config/paths';
import type { Me } from '@/types/api';
import { useDecideRegistration, useRegister } from '../api/registrations';
import type { Event } from '../types';
import { RegistrationStatusBadge } from './event-badges';

function RegisterModal({
  event,
  opened,
  onClose,
}: {
  event: Event;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const register = useRegister();
  const [note, setNote] = useState('');
  const close = () => {
    setNote('');
    register.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('events.register.title')} centered>
      <form
        noValidate
        onSubmit={(submitted) => {
          submitted.preventDefault();
          register.mutate(
            { eventId: event.id, note: note.trim() || undefined },
            {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('events.register.done') });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('events.register.explain')}</Text>
          <Textarea
            label={t('events.register.note')}
            description={t('events.register.noteHint')}
            autosize
            minRows={3}
            maxLength={2000}
            value={note}
            data-autofocus
            onChange={(change) => setNote(change.currentTarget.value)}
          />
          <FormErrors error={register.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={register.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={register.isPending}>
              {t('events.register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The reader's side of taking part: sign in, register (pending until the centre decides),
 * withdraw, and once accepted, the way to the B2B agenda.
 */
export function RegistrationPanel({ event, me }: { event: Event; me: Me | null }) {
  const { t } = useTranslation();
  const [registering, setRegistering] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const decide = useDecideRegistration();
  const member = me && (me.user.role === 'producer' || me.user.role === 'distributor');
  const mine = event.myRegistration ?? null;
  const active = mine && (mine.status === 'pending' || mine.status === 'accepted');

  let body: React.ReactNode;
  if (!me) {
    body = (
      <Stack gap="xs">
        <Text size="sm">
          {event.registrationOpen ? t('events.register.signInHint') : t('events.card.closed')}
        </Text>
        {event.registrationOpen ? (
          <Group gap="xs">
            <Button
              component={Link}
              to={paths.auth.login.getHref(paths.app.event.getHref(event.id))}
            >
              {t('events.register.signIn')}
            </Button>
            <Button
              component={Link}
              variant="default"
              to={paths.auth.register.getHref(paths.app.event.getHref(event.id))}
            >
              {t('nav.register')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  } else if (!member) {
    body = (
      <Button component={Link} to={paths.app.event.getHref(event.id)} variant="light">
        {t('events.detail.openInWorkspace')}
      </Button>
    );
  } else {
    body = (
      <Stack gap="sm">
        {mine ? (
          <Group gap="xs">
            <Text size="sm">{t('events.register.yourStatus')}</Text>
            <RegistrationStatusBadge status={mine.status} />
          </Group>
        ) : null}
        <Text size="sm" c="dimmed">
          {mine?.status === 'pending'
            ? t('events.register.pendingHint')
            : mine?.status === 'accepted'
              ? t('events.register.acceptedHint')
              : mine?.status === 'declined'
                ? t('events.register.declinedHint')
                : event.registrationOpen
                  ? t('events.register.openHint')
                  : t('events.card.closed')}
        </Text>
        <Group gap="xs">
          {mine?.status === 'accepted' ? (
            <Button component={Link} to={paths.app.agenda.getHref(event.id)}>
              {t('meetings.agenda.open')}
            </Button>
          ) : null}
          {event.registrationOpen && (!mine || mine.status === 'cancelled') ? (
            <Button onClick={() => setRegistering(true)}>{t('events.register.action')}</Button>
          ) : null}
          {active ? (
            <Button variant="light" color="red" onClick={() => setWithdrawing(true)}>
              {t('events.register.withdraw')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="event-registration">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="event-registration">
          {t('events.register.sectionTitle')}
        </Title>
        {event.status === 'cancelled' ? (
          <Alert color="gray" variant="light">
            {t('events.card.cancelled')}
          </Alert>
        ) : (
          body
        )}
      </Stack>
      <RegisterModal event={event} opened={registering} onClose={() => setRegistering(false)} />
      <ConfirmModal
        opened={withdrawing}
        title={t('events.register.withdrawTitle')}
        message={
          mine?.status === 'accepted'
            ? t('events.register.withdrawAcceptedConfirm')
            : t('events.register.withdrawConfirm')
        }
        confirmLabel={t('events.register.withdraw')}
        loading={decide.isPending}
        error={decide.error}
        onClose={() => {
          decide.reset();
          setWithdrawing(false);
        }}
        onConfirm={() => {
          if (!mine) {
            return;
          }
          decide.mutate(
            {
              eventId: event.id,
              registrationId: mine.id,
              action: 'cancel',
              version: mine.version,
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'orange', message: t('events.register.withdrawn') });
                setWithdrawing(false);
              },
            },
          );
        }}
      />
    </Paper>
  );
}
