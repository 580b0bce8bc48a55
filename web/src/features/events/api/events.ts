import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  CreateEventBody,
  Event,
  EventKind,
  EventPage,
  EventStatus,
  UpdateEventBody,
} from '../types';

export const EVENTS_PAGE_SIZE = 12;

export type EventsParams = {
  kind: EventKind | null;
  /** Staff only; members and visitors see published events. */
  status?: EventStatus | null;
  /** Events the caller's organization registered for. */
  registered?: boolean;
  page: number;
};

export const eventsQueryKey = ['events'] as const;
/** Everything cached about one event (its registrations, meetings, report…) lives under this. */
export const eventQueryKey = (id: string) => [...eventsQueryKey, 'one', id] as const;

export const getEvents = ({ kind, status, registered, page }: EventsParams, signal?: AbortSignal) =>
  api.get<EventPage>('/events', {
    params: {
      kind,
      status,
      registered: registered ? true : undefined,
      page,
      limit: EVENTS_PAGE_SIZE,
    },
    signal,
  });

export const useEvents = (params: EventsParams) =>
  useQuery(
    queryOptions({
      queryKey: [...eventsQueryKey, 'list', params],
      queryFn: ({ signal }) => getEvents(params, signal),
      placeholderData: keepPreviousData,
      staleTime: 15_000,
    }),
  );

export const getEvent = (id: string, signal?: AbortSignal) =>
  api.get<Event>(`/events/${encodeURIComponent(id)}`, { signal });

export const getEventQueryOptions = (id: string) =>
  queryOptions({
    queryKey: eventQueryKey(id),
    queryFn: ({ signal }) => getEvent(id, signal),
  });

export const useEvent = (id: string) => useQuery(getEventQueryOptions(id));

/** After any change to an event: the event, its lists and everything under it refetch. */
function useEventMutation<V>(mutationFn: (variables: V) => Promise<Event>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (event) => {
      queryClient.setQueryData(eventQueryKey(event.id), event);
      void queryClient.invalidateQueries({ queryKey: eventsQueryKey });
    },
  });
}

export const useCreateEvent = () =>
  useEventMutation((body: CreateEventBody) => api.post<Event>('/events', body));

/** Only the changed fields and the version they were read at: a stale write gets 409. */
export const useUpdateEvent = () =>
  useEventMutation(({ id, body }: { id: string; body: UpdateEventBody }) =>
    api.patch<Event>(`/events/${encodeURIComponent(id)}`, body),
  );

export const usePublishEvent = () =>
  useEventMutation(({ id, version }: { id: string; version: number }) =>
    api.post<Event>(`/events/${encodeURIComponent(id)}/publish`, { version }),
  );

export const useCancelEvent = () =>
  useEventMutation(({ id, version, reason }: { id: string; version: number; reason: string }) =>
    api.post<Event>(`/events/${encodeURIComponent(id)}/cancel`, { version, reason }),
  );
