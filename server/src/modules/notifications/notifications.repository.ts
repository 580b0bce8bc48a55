import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { notifications, users } from '../../db/schema/index.ts';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotificationRow = typeof notifications.$inferInsert;
export type Recipient = { id: string; email: string; name: string; locale: 'vi' | 'en' };

export async function listNotifications(
  db: DbOrTx,
  userId: string,
  options: { unreadOnly: boolean; limit: number },
) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(options.limit);
}

export async function countUnread(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Scoped by user: ids of someone else's notifications are silently ignored. */
export async function markNotificationsRead(
  db: DbOrTx,
  userId: string,
  ids?: string[],
): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        ids ? inArray(notifications.id, ids) : undefined,
      ),
    );
}

export async function insertNotifications(db: DbOrTx, rows: NewNotificationRow[]): Promise<void> {
  if (rows.length > 0) {
    await db.insert(notifications).values(rows);
  }
}

export async function findOrganizationRecipients(
  db: DbOrTx,
  organizationId: string,
): Promise<Recipient[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.disabled, false)));
}
