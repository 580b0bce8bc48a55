import { Button, Group, Modal, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { FormErrors } from '@/components/ui/form-errors';
import { LoadingState } from '@/components/ui/loading-state';
import { errorMessage } from '@/lib/errors';
import { useFormatters } from '@/lib/format';
import { useProvinceName } from '@/lib/reference';
import { useDecideRegistration, useRegistrations } from '../api/registrations';
import { registrationStatuses, type Registration, type RegistrationStatus } from '../types';
import { RegistrationStatusBadge } from './event-badges';

const isStatus = (value: string): value is RegistrationStatus =>
  (registrationStatuses as readonly string[]).includes(value);

/** Declining says why (optional) and, for an accepted organization, cancels its meetings. */
function DeclineModal({
  registration,
  onClose,
}: {
  registration: Registration | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideRegistration();
  const [note, setNote] = useState('');
  const close = () => {
    setNote('');
    decide.reset();
    onClose();
  };
  return (
    <Modal
      opened={registration !== null}
      onClose={close}
      title={t('events.registrations.declineTitle')}
      centered
    >
      <form
        noValidate
        onSubmit={(submitted) => {
          submitted.preventDefault();
          if (!registration) {
            return;
          }
          decide.mutate(
            {
              eventId: registration.eventId,
              registrationId: registration.id,
              action: 'decline',
              version: registration.version,
              note: note.trim() || undefined,
            },
            {
              onSuccess: () => {
                notifications.show({
                  color: 'orange',
                  message: t('events.registrations.declined', {
                    name: registration.organization.name,
                  }),
                });
                close();
              },
            },
          );
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {registration?.status === 'accepted'
              ? t('events.registrations.declineAcceptedConfirm', {
                  name: registration.organization.name,
                })
              : t('events.registrations.declineConfirm', {
                  name: registration?.organization.name ?? '',
                })}
          </Text>
          <Textarea
            label={t('events.registrations.declineNote')}
            autosize
            minRows={2}
            maxLength={2000}
            value={note}
            onChange={(change) => setNote(change.currentTarget.value)}
          />
          <FormErrors error={decide.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={decide.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={decide.isPending} data-autofocus>
              {t('events.registrations.decline')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RegistrationRow({
  registration,
  onDecline,
}: {
  registration: Registration;
  onDecline: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const provinceName = useProvinceName();
  const decide = useDecideRegistration();
  const { organization } = registration;
  const titleId = `registration-${registration.id}`;
  const canAccept = registration.status === 'pending' || registration.status === 'declined';
  const canDecline = registration.status === 'pending' || registration.status === 'accepted';
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {organization.name}
          </Text>
          <Text size="sm" c="dimmed">
            {[
              t(`enums.organizationKind.${organization.kind}`),
              organization.country === 'VN'
                ? provinceName(organization.provinceCode)
                : format.country(organization.country),
              t('events.registrations.registeredAt', {
                date: format.dateTime(registration.createdAt),
              }),
            ].join(' · ')}
          </Text>
          {registration.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {t('events.registrations.note', { note: registration.note })}
            </Text>
          ) : null}
          {registration.decisionNote ? (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {t('events.registrations.decisionNote', { note: registration.decisionNote })}
            </Text>
          ) : null}
        </Stack>
        <Stack gap="xs" align="flex-end">
          <RegistrationStatusBadge status={registration.status} />
          <Group gap="xs">
            {canAccept ? (
              <Button
                size="xs"
                loading={decide.isPending}
                aria-label={t('events.registrations.acceptNamed', { name: organization.name })}
                onClick={() =>
                  decide.mutate(
                    {
                      eventId: registration.eventId,
                      registrationId: registration.id,
                      action: 'accept',
                      version: registration.version,
                    },
                    {
                      onSuccess: () =>
                        notifications.show({
                          color: 'green',
                          message: t('events.registrations.accepted', { name: organization.name }),
                        }),
                      onError: (error) =>
                        notifications.show({ color: 'red', message: errorMessage(t, error) }),
                    },
                  )
                }
              >
                {t('events.registrations.accept')}
              </Button>
            ) : null}
            {canDecline ? (
              <Button
                size="xs"
                variant="light"
                color="red"
                disabled={decide.isPending}
                aria-label={t('events.registrations.declineNamed', { name: organization.name })}
                onClick={onDecline}
              >
                {t('events.registrations.decline')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}

/** Coordinators: who asked to take part, accepted or declined one by one, pending first. */
export function RegistrationsManager({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<RegistrationStatus | 'all'>('all');
  const query = useRegistrations(eventId, filter === 'all' ? null : filter);
  const [declining, setDeclining] = useState<Registration | null>(null);
  const order: Record<RegistrationStatus, number> = {
    pending: 0,
    accepted: 1,
    declined: 2,
    cancelled: 3,
  };
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => order[a.status] - order[b.status] || a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <Stack gap="sm" component="section" aria-labelledby="event-registrations">
      <Title order={2} fz="h4" id="event-registrations">
        {t('events.registrations.title')}
      </Title>
      <Select
        label={t('events.registrations.filter')}
        value={filter}
        allowDeselect={false}
        onChange={(value) => setFilter(value && isStatus(value) ? value : 'all')}
        w={{ base: '100%', xs: 240 }}
        data={[
          { value: 'all', label: t('events.list.all') },
          ...registrationStatuses.map((value) => ({
            value,
            label: t(`events.registration.status.${value}`),
          })),
        ]}
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('events.registrations.empty')} />
      ) : (
        <Stack gap="xs">
          {items.map((registration) => (
            <RegistrationRow
              key={registration.id}
              registration={registration}
              onDecline={() => setDeclining(registration)}
            />
          ))}
        </Stack>
      )}
      <DeclineModal registration={declining} onClose={() => setDeclining(null)} />
    </Stack>
  );
}
