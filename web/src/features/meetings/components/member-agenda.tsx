import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { paths } from '@/config/paths';
import { useParticipants } from '@/features/events/api/registrations';
import type { Event, Meeting } from '@/features/events/types';
import type { Organization } from '@/types/api';
import { useMeetings } from '../api/meetings';
import { AgendaDownloadButton } from './agenda-download-button';
import { MeetingCard } from './meeting-card';
import { RequestMeetingForm } from './request-meeting-form';
import { isActiveMeeting } from './slot-options';
import { SuggestionsList } from './suggestions-list';

const byTime = (a: Meeting, b: Meeting) => a.startsAt.localeCompare(b.startsAt);

/**
 * A party's B2B page for one event: its agenda (answer, cancel, record outcomes, .ics), the
 * suggested counterparts, and a request to any accepted participant of the other kind.
 */
export function MemberAgenda({
  event,
  organization,
}: {
  event: Event;
  organization: Organization;
}) {
  const { t } = useTranslation();
  const accepted = event.myRegistration?.status === 'accepted';
  const agenda = useMeetings(event.id, accepted);
  const participants = useParticipants(event.id, accepted);
  const [counterpartId, setCounterpartId] = useState<string | null>(null);
  const formAnchor = useRef<HTMLDivElement>(null);

  if (!accepted) {
    return (
      <Alert color="yellow" variant="light" title={t('meetings.agenda.notAcceptedTitle')}>
        <Stack gap="xs">
          <Text size="sm">{t('meetings.agenda.notAccepted')}</Text>
          <Button
            component={Link}
            to={paths.app.event.getHref(event.id)}
            variant="white"
            w="fit-content"
          >
            {t('meetings.agenda.backToEvent')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (agenda.isPending || participants.isPending) {
    return <LoadingState />;
  }
  if (agenda.isError || participants.isError) {
    return (
      <ErrorState
        error={agenda.error ?? participants.error}
        onRetry={() => {
          void agenda.refetch();
          void participants.refetch();
        }}
      />
    );
  }
  const otherKind = organization.kind === 'producer' ? 'distributor' : 'producer';
  const counterparts = participants.data.items.filter(
    (org) => org.kind === otherKind && org.id !== organization.id,
  );
  const active = agenda.data.items.filter(isActiveMeeting).sort(byTime);
  const closed = agenda.data.items.filter((m) => !isActiveMeeting(m)).sort(byTime);
  const waiting = active.filter(
    (m) => m.status === 'requested' && m.requestedByOrganizationId !== organization.id,
  ).length;

  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="my-agenda">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="h4" id="my-agenda">
            {t('meetings.agenda.title')}
          </Title>
          <AgendaDownloadButton eventId={event.id} />
        </Group>
        {waiting > 0 ? (
          <Alert color="yellow" variant="light" role="status">
            {t('meetings.agenda.waiting', { count: waiting })}
          </Alert>
        ) : null}
        {active.length === 0 ? (
          <EmptyState
            title={t('meetings.agenda.empty')}
            description={t('meetings.agenda.emptyHint')}
          />
        ) : (
          <Stack gap="xs">
            {active.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} organizationId={organization.id} />
            ))}
          </Stack>
        )}
        {closed.length > 0 ? (
          <Stack gap="xs">
            <Text size="sm" fw={500} c="dimmed">
              {t('meetings.agenda.closed', { count: closed.length })}
            </Text>
            {closed.map((meeting) => (
              <MeetingCard key={meeting.id} meeting={meeting} organizationId={organization.id} />
            ))}
          </Stack>
        ) : null}
      </Stack>

      <div ref={formAnchor}>
        <RequestMeetingForm
          eventId={event.id}
          organizationId={organization.id}
          counterparts={counterparts}
          agenda={agenda.data}
          counterpartId={counterpartId}
          onCounterpartChange={setCounterpartId}
        />
      </div>

      <SuggestionsList
        eventId={event.id}
        organizationId={organization.id}
        onPick={(suggestion) => {
          setCounterpartId(
            organization.kind === 'producer' ? suggestion.distributor.id : suggestion.producer.id,
          );
          formAnchor.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
        }}
      />
    </Stack>
  );
}
