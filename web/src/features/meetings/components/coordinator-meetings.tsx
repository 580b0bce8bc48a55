import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '@/components/ui/confirm-modal';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { useParticipants } from '@/features/events/api/registrations';
import type { DraftAgendaResult, Event } from '@/features/events/types';
import { useDraftAgenda, useMeetings } from '../api/meetings';
import { AgendaDownloadButton } from './agenda-download-button';
import { EventReportPanel } from './event-report-panel';
import { MeetingGrid } from './meeting-grid';
import { ScheduleMeetingModal, type ScheduleDraft } from './schedule-meeting-modal';
import { SuggestionsList } from './suggestions-list';

function DraftResult({ result }: { result: DraftAgendaResult }) {
  const { t } = useTranslation();
  return (
    <Alert color={result.unplaced.length > 0 ? 'yellow' : 'green'} variant="light" role="status">
      <Stack gap={4}>
        <Text size="sm">
          {t('meetings.draft.result', {
            created: result.created.length,
            already: result.alreadyScheduled,
          })}
        </Text>
        {result.unplaced.length > 0 ? (
          <>
            <Text size="sm">{t('meetings.draft.unplaced', { count: result.unplaced.length })}</Text>
            <List size="sm">
              {result.unplaced.map((pair) => (
                <List.Item key={`${pair.producer.id}-${pair.distributor.id}`}>
                  {t('meetings.pair', {
                    producer: pair.producer.name,
                    distributor: pair.distributor.name,
                  })}
                </List.Item>
              ))}
            </List>
          </>
        ) : null}
      </Stack>
    </Alert>
  );
}

/**
 * The coordinator's B2B console for one event: the grid (book in a free cell, open a booked
 * one), the suggested pairs, the draft agenda, the .ics of every meeting and the rates.
 */
export function CoordinatorMeetings({ event }: { event: Event }) {
  const { t } = useTranslation();
  const grid = useMeetings(event.id);
  const participants = useParticipants(event.id);
  const draft = useDraftAgenda();
  const [scheduling, setScheduling] = useState<ScheduleDraft | null>(null);
  const [confirmDraft, setConfirmDraft] = useState(false);
  const [draftKey, setDraftKey] = useState(0);
  const published = event.status === 'published';

  if (grid.isPending || participants.isPending) {
    return <LoadingState />;
  }
  if (grid.isError || participants.isError) {
    return (
      <ErrorState
        error={grid.error ?? participants.error}
        onRetry={() => {
          void grid.refetch();
          void participants.refetch();
        }}
      />
    );
  }
  const openSchedule = (next: ScheduleDraft) => {
    setDraftKey((k) => k + 1);
    setScheduling(next);
  };

  return (
    <Stack gap="xl">
      <Stack gap="sm" component="section" aria-labelledby="meeting-grid">
        <Group justify="space-between" gap="sm">
          <Title order={2} fz="h4" id="meeting-grid">
            {t('meetings.grid.title')}
          </Title>
          <Group gap="xs">
            <AgendaDownloadButton eventId={event.id} label={t('meetings.grid.downloadAll')} />
            {published ? (
              <>
                <Button variant="light" onClick={() => openSchedule({})}>
                  {t('meetings.schedule.open')}
                </Button>
                <Button onClick={() => setConfirmDraft(true)}>{t('meetings.draft.action')}</Button>
              </>
            ) : null}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {t('meetings.grid.hint', {
            participants: participants.data.items.length,
            meetings: grid.data.items.length,
          })}
        </Text>
        {draft.data ? <DraftResult result={draft.data} /> : null}
        <MeetingGrid grid={grid.data} onSchedule={published ? openSchedule : undefined} />
      </Stack>

      <EventReportPanel eventId={event.id} />

      <SuggestionsList
        eventId={event.id}
        onPick={(suggestion) =>
          openSchedule({
            producerId: suggestion.producer.id,
            distributorId: suggestion.distributor.id,
          })
        }
      />

      <ScheduleMeetingModal
        key={draftKey}
        eventId={event.id}
        draft={scheduling}
        participants={participants.data.items}
        grid={grid.data}
        onClose={() => setScheduling(null)}
      />
      <ConfirmModal
        opened={confirmDraft}
        title={t('meetings.draft.title')}
        message={t('meetings.draft.confirm')}
        confirmLabel={t('meetings.draft.action')}
        color="brand"
        loading={draft.isPending}
        error={draft.error}
        onClose={() => setConfirmDraft(false)}
        onConfirm={() =>
          draft.mutate(event.id, {
            onSuccess: (result) => {
              notifications.show({
                color: 'green',
                message: t('meetings.draft.done', { count: result.created.length }),
              });
              setConfirmDraft(false);
            },
          })
        }
      />
    </Stack>
  );
}
