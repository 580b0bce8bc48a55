import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';

export async function listUsers(db: DbOrTx, page: { page: number; limit: number }) {
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .orderBy(asc(users.createdAt), asc(users.id))
      .limit(page.limit)
      .offset((page.page - 1) * page.limit),
    db.select({ n: count() }).from(users),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function setUserDisabled(db: DbOrTx, id: string, disabled: boolean) {
  const [row] = await db.update(users).set({ disabled }).where(eq(users.id, id)).returning();
  return row;
}
