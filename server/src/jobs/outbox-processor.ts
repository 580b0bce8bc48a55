import { UnrecoverableError, type Job } from 'bullmq';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';
import { markOutboxDone } from '../modules/outbox/outbox.repository.ts';
import { outboxJobId, type OutboxJobData } from './queues.ts';

/**
 * Wraps a job handler for work that came through the outbox: checks the payload against its
 * schema (a bad one is never retried), skips rows already done (a re-dispatch after a crash),
 * and marks the row done only after the handler succeeded. The handler gets the row's id and
 * `createdAt` (for `outboxJobId`).
 */
export function outboxProcessor<S extends TSchema>(
  db: Db,
  schema: S,
  handler: (
    payload: Static<S>,
    job: Job<OutboxJobData>,
    row: { id: number; createdAt: Date },
  ) => Promise<void>,
) {
  return async (job: Job<OutboxJobData>) => {
    const { outboxId, payload } = job.data;
    if (typeof outboxId !== 'number') {
      throw new UnrecoverableError(`Invalid payload for ${job.name}`);
    }
    const [row] = await db
      .select({ doneAt: outbox.doneAt, createdAt: outbox.createdAt })
      .from(outbox)
      .where(eq(outbox.id, outboxId));
    if (!row) {
      throw new UnrecoverableError(`Outbox row ${outboxId} does not exist`);
    }
    // Ids start again after a restore: a job an earlier database life left queued for this id
    // carries another row's work. Checked before the payload (failing it would park this row),
    // it completes as a no-op and this row's own job does the work. Jobs added before ids
    // carried created_at end here too; the reconciler re-dispatches their rows.
    const key = { id: outboxId, createdAt: row.createdAt };
    if (job.id !== outboxJobId(key)) {
      return;
    }
    if (!Value.Check(schema, payload)) {
      throw new UnrecoverableError(`Invalid payload for ${job.name}`);
    }
    if (row.doneAt) {
      return;
    }
    await handler(payload, job, key);
    await markOutboxDone(db, outboxId);
  };
}
