import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema/index.ts';

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;

type KeyRef = { actorId: string; key: string };

const olderThan = (seconds: number) =>
  lt(idempotencyKeys.createdAt, sql`now() - make_interval(secs => ${seconds})`);
const byKey = ({ actorId, key }: KeyRef) =>
  and(eq(idempotencyKeys.actorId, actorId), eq(idempotencyKeys.key, key));

/**
 * Takes the key for one request. The primary-key insert is the lock: of two identical requests
 * arriving together exactly one inserts, the other sees its row. An expired row (older than
 * `ttlSeconds`) counts as absent; an unfinished row older than `leaseSeconds` belongs to a request
 * that died mid-way (process killed) and the same request may take it over.
 */
export async function claimIdempotencyKey(
  db: DbOrTx,
  ref: KeyRef & { requestHash: string },
  limits: { ttlSeconds: number; leaseSeconds: number },
): Promise<{ claimed: true } | { claimed: false; row: IdempotencyKeyRow }> {
  // A row released by a failed first request may vanish between our insert and select: retry.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await db.delete(idempotencyKeys).where(and(byKey(ref), olderThan(limits.ttlSeconds)));
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ actorId: ref.actorId, key: ref.key, requestHash: ref.requestHash })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) {
      return { claimed: true };
    }
    const takenOver = await db
      .update(idempotencyKeys)
      .set({ createdAt: sql`now()` })
      .where(
        and(
          byKey(ref),
          eq(idempotencyKeys.requestHash, ref.requestHash),
          isNull(idempotencyKeys.statusCode),
          olderThan(limits.leaseSeconds),
        ),
      )
      .returning({ key: idempotencyKeys.key });
    if (takenOver.length > 0) {
      return { claimed: true };
    }
    const [row] = await db.select().from(idempotencyKeys).where(byKey(ref));
    if (row) {
      return { claimed: false, row };
    }
  }
  throw new Error('Idempotency key kept changing while being claimed');
}

/** Stores the first successful response, to be replayed to retries. */
export async function completeIdempotencyKey(
  db: DbOrTx,
  ref: KeyRef,
  result: { statusCode: number; response: unknown },
): Promise<void> {
  await db
    .update(idempotencyKeys)
    .set({ statusCode: result.statusCode, response: result.response })
    .where(and(byKey(ref), isNull(idempotencyKeys.statusCode)));
}

/** A request that did not succeed gives its key back, so a corrected retry may run. */
export async function releaseIdempotencyKey(db: DbOrTx, ref: KeyRef): Promise<void> {
  await db.delete(idempotencyKeys).where(and(byKey(ref), isNull(idempotencyKeys.statusCode)));
}

/** Deletes up to `limit` expired keys (by the created_at index); returns how many. */
export async function deleteExpiredIdempotencyKeys(
  db: DbOrTx,
  ttlSeconds: number,
  limit = 500,
): Promise<number> {
  const expired = db
    .select({ actorId: idempotencyKeys.actorId, key: idempotencyKeys.key })
    .from(idempotencyKeys)
    .where(olderThan(ttlSeconds))
    .limit(limit);
  const deleted = await db
    .delete(idempotencyKeys)
    .where(sql`(${idempotencyKeys.actorId}, ${idempotencyKeys.key}) in (${expired})`)
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
