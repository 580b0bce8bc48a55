import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { outbox } from '../../db/schema/index.ts';
import type { OutboxTopic, TopicPayloads } from '../../jobs/queues.ts';

/**
 * Records background work in the caller's transaction. With a `dedupeKey`, a second call for
 * the same key is a no-op: "remind once" stays once even if the scheduler runs twice.
 */
export async function addOutbox<T extends OutboxTopic>(
  db: DbOrTx,
  topic: T,
  payload: TopicPayloads[T],
  dedupeKey?: string,
): Promise<void> {
  await db
    .insert(outbox)
    .values({ topic, payload: payload as Record<string, unknown>, dedupeKey: dedupeKey ?? null })
    .onConflictDoNothing({ target: outbox.dedupeKey });
}

export async function markOutboxDone(db: DbOrTx, id: number): Promise<void> {
  await db
    .update(outbox)
    .set({ doneAt: sql`now()`, lastError: null })
    .where(and(eq(outbox.id, id), isNull(outbox.doneAt)));
}

/** Records why a job failed; `permanent` parks the row so the reconciler leaves it alone. */
export async function markOutboxFailed(
  db: DbOrTx,
  id: number,
  error: string,
  permanent = false,
): Promise<void> {
  await db
    .update(outbox)
    .set({ lastError: error.slice(0, 2000), ...(permanent ? { failedAt: sql`now()` } : {}) })
    .where(and(eq(outbox.id, id), isNull(outbox.doneAt)));
}
