import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { NotificationList } from '@/types/api';
import { notificationsQueryKey } from './get-notifications';

/** No ids: mark everything read. */
type MarkReadInput = { ids?: string[] };

export const markNotificationsRead = ({ ids }: MarkReadInput) =>
  api.post<void>('/notifications/read', ids ? { ids } : {});

export const useMarkNotificationsRead = () => {
  const queryClient = useQueryClient();
  return useMutation<void, Error, MarkReadInput, { previous?: NotificationList }>({
    mutationFn: markNotificationsRead,
    // Update the badge at once; the refetch after settles the truth.
    onMutate: async ({ ids }) => {
      await queryClient.cancelQueries({ queryKey: notificationsQueryKey });
      const previous = queryClient.getQueryData<NotificationList>(notificationsQueryKey);
      if (previous) {
        const now = new Date().toISOString();
        const items = previous.items.map((item) =>
          !item.readAt && (!ids || ids.includes(item.id)) ? { ...item, readAt: now } : item,
        );
        const unread = ids
          ? Math.max(
              0,
              previous.unread -
                previous.items.filter((i) => !i.readAt && ids.includes(i.id)).length,
            )
          : 0;
        queryClient.setQueryData<NotificationList>(notificationsQueryKey, { items, unread });
      }
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) {
        queryClient.setQueryData(notificationsQueryKey, context.previous);
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
    },
  });
};
