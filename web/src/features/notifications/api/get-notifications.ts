import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NotificationList } from '@/types/api';

export const getNotifications = (signal?: AbortSignal) =>
  api.get<NotificationList>('/notifications', { signal });

export const notificationsQueryKey = ['notifications'] as const;

/** Polled once a minute and on focus: cheap, and enough for review decisions and match news. */
export const getNotificationsQueryOptions = () =>
  queryOptions({
    queryKey: notificationsQueryKey,
    queryFn: ({ signal }) => getNotifications(signal),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });

export const useNotifications = () => useQuery(getNotificationsQueryOptions());
