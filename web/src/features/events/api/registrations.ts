import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  ParticipantList,
  Registration,
  RegistrationAction,
  RegistrationList,
  RegistrationStatus,
} from '../types';
import { eventQueryKey, eventsQueryKey } from './events';

const base = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;

/** Coordinators: every registration; a member: its own. */
export const useRegistrations = (
  eventId: string,
  status: RegistrationStatus | null = null,
  enabled = true,
) =>
  useQuery(
    queryOptions({
      queryKey: [...eventQueryKey(eventId), 'registrations', status],
      queryFn: ({ signal }) =>
        api.get<RegistrationList>(`${base(eventId)}/registrations`, {
          params: { status },
          signal,
        }),
      enabled,
    }),
  );

/** Accepted organizations (for coordinators and accepted participants). */
export const useParticipants = (eventId: string, enabled = true) =>
  useQuery(
    queryOptions({
      queryKey: [...eventQueryKey(eventId), 'participants'],
      queryFn: ({ signal }) =>
        api.get<ParticipantList>(`${base(eventId)}/participants`, { signal }),
      enabled,
      staleTime: 30_000,
    }),
  );

function useRegistrationMutation<V>(mutationFn: (variables: V) => Promise<Registration>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (registration) => {
      // The event's counts and "my registration" change too.
      void queryClient.invalidateQueries({ queryKey: eventQueryKey(registration.eventId) });
      void queryClient.invalidateQueries({ queryKey: [...eventsQueryKey, 'list'] });
    },
  });
}

export const useRegister = () =>
  useRegistrationMutation(({ eventId, note }: { eventId: string; note?: string }) =>
    api.post<Registration>(`${base(eventId)}/registrations`, note ? { note } : {}),
  );

/** `accept` / `decline` (coordinators) and `cancel` (withdraw: the organization or staff). */
export const useDecideRegistration = () =>
  useRegistrationMutation(
    ({
      eventId,
      registrationId,
      action,
      version,
      note,
    }: {
      eventId: string;
      registrationId: string;
      action: RegistrationAction;
      version: number;
      note?: string;
    }) =>
      api.post<Registration>(
        `${base(eventId)}/registrations/${encodeURIComponent(registrationId)}/${action}`,
        note ? { version, note } : { version },
      ),
  );
