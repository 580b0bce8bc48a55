import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import {
  countUnread,
  listNotifications,
  markNotificationsRead,
} from './notifications.repository.ts';

export function createNotificationsService({ db }: { db: Db }) {
  return {
    async list(actor: Actor, query: { unreadOnly?: boolean; limit: number }) {
      const [items, unread] = await Promise.all([
        listNotifications(db, actor.id, {
          unreadOnly: query.unreadOnly ?? false,
          limit: query.limit,
        }),
        countUnread(db, actor.id),
      ]);
      return {
        unread,
        items: items.map((n) => ({
          id: n.id,
          kind: n.kind,
          title: n.title,
          body: n.body,
          link: n.link,
          readAt: n.readAt?.toISOString() ?? null,
          createdAt: n.createdAt.toISOString(),
        })),
      };
    },

    async markRead(actor: Actor, ids?: string[]) {
      await markNotificationsRead(db, actor.id, ids);
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
