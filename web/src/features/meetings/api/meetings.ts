import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { eventQueryKey } from '@/features/events/api/events';
import type {
  CreateMeetingBody,
  DraftAgendaResult,
  EventReport,
  Meeting,
  MeetingList,
  MeetingOutcome,
  MeetingSuggestionList,
} from '@/features/events/types';
import { api } from '@/lib/api-client';

const base = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;
const meetingsKey = (eventId: string) => [...eventQueryKey(eventId), 'meetings'] as const;

/** Coordinators: the whole grid; a party: its own agenda. Both with the event's slots. */
export const useMeetings = (eventId: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: meetingsKey(eventId),
      queryFn: ({ signal }) => api.get<MeetingList>(`${base(eventId)}/meetings`, { signal }),
      enabled,
    }),
  );

export const useMeetingSuggestions = (eventId: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: [...eventQueryKey(eventId), 'suggestions'],
      queryFn: ({ signal }) =>
        api.get<MeetingSuggestionList>(`${base(eventId)}/meeting-suggestions`, { signal }),
      enabled,
    }),
  );

export const useEventReport = (eventId: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: [...eventQueryKey(eventId), 'report'],
      queryFn: ({ signal }) => api.get<EventReport>(`${base(eventId)}/report`, { signal }),
      enabled,
    }),
  );

/** Meetings, suggestions (their `meetingId`) and the report all move with any booking. */
function useInvalidateMeetings() {
  const queryClient = useQueryClient();
  return (eventId: string) => {
    void queryClient.invalidateQueries({ queryKey: meetingsKey(eventId) });
    void queryClient.invalidateQueries({ queryKey: [...eventQueryKey(eventId), 'suggestions'] });
    void queryClient.invalidateQueries({ queryKey: [...eventQueryKey(eventId), 'report'] });
  };
}

/** A party's request (`counterpartOrganizationId`) or a coordinator's booking (both parties). */
export const useCreateMeeting = () => {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({ eventId, body }: { eventId: string; body: CreateMeetingBody }) =>
      api.post<Meeting>(`${base(eventId)}/meetings`, body),
    onSuccess: (meeting) => invalidate(meeting.eventId),
  });
};

export type MeetingStep = 'accept' | 'decline' | 'cancel';

export const useMeetingStep = () => {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({
      meeting,
      action,
      reason,
    }: {
      meeting: Meeting;
      action: MeetingStep;
      reason?: string;
    }) =>
      api.post<Meeting>(
        `${base(meeting.eventId)}/meetings/${encodeURIComponent(meeting.id)}/${action}`,
        reason ? { version: meeting.version, reason } : { version: meeting.version },
      ),
    onSuccess: (meeting) => invalidate(meeting.eventId),
  });
};

export const useRecordOutcome = () => {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: ({
      meeting,
      outcome,
      outcomeNote,
    }: {
      meeting: Meeting;
      outcome: MeetingOutcome;
      outcomeNote: string | null;
    }) =>
      api.patch<Meeting>(`${base(meeting.eventId)}/meetings/${encodeURIComponent(meeting.id)}`, {
        version: meeting.version,
        outcome,
        outcomeNote,
      }),
    onSuccess: (meeting) => invalidate(meeting.eventId),
  });
};

/** Coordinators: books every suggested pair without a meeting into its earliest common slot. */
export const useDraftAgenda = () => {
  const invalidate = useInvalidateMeetings();
  return useMutation({
    mutationFn: (eventId: string) => api.post<DraftAgendaResult>(`${base(eventId)}/agenda/draft`),
    onSuccess: (_result, eventId) => invalidate(eventId),
  });
};

/** The caller's agenda as an iCalendar file (coordinators: `organizationId`'s, or every meeting). */
export const downloadAgenda = (eventId: string, organizationId?: string) =>
  api.download(`${base(eventId)}/agenda.ics`, { params: { organizationId } });
