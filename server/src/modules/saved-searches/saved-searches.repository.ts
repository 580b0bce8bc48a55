import { and, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { savedSearches, users } from '../../db/schema/index.ts';

export type SavedSearchRow = typeof savedSearches.$inferSelect;
export type NewSavedSearchRow = typeof savedSearches.$inferInsert;

export async function listSavedSearches(db: DbOrTx, userId: string) {
  return db
    .select()
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId))
    .orderBy(desc(savedSearches.createdAt));
}

/** Locks the person's row so two saves at once cannot both pass the count. */
export async function lockUser(db: DbOrTx, userId: string) {
  await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).for('update');
}

export async function countSavedSearches(db: DbOrTx, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(savedSearches)
    .where(eq(savedSearches.userId, userId));
  return row?.n ?? 0;
}

/** The new row, or null when the person already keeps a search by this name (any case). */
export async function insertSavedSearch(
  db: DbOrTx,
  row: NewSavedSearchRow,
): Promise<SavedSearchRow | null> {
  const [inserted] = await db.insert(savedSearches).values(row).onConflictDoNothing().returning();
  return inserted ?? null;
}

/** Deletes the person's own search; false when they have none with this id. */
export async function deleteSavedSearch(db: DbOrTx, userId: string, id: string) {
  const deleted = await db
    .delete(savedSearches)
    .where(and(eq(savedSearches.id, id), eq(savedSearches.userId, userId)))
    .returning({ id: savedSearches.id });
  return deleted.length > 0;
}
