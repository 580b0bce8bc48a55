import { UnrecoverableError, type Job } from 'bullmq';
import type { Static, TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { outbox } from '../db/schema/index.ts';
import { markOutboxDone } from '../modules/outbox/outbox.repository.ts';
import type { OutboxJobData } from './queues.ts';

/**
 * Wraps a job handler for work that came through the outbox: checks the payload against its
 * schema (a bad one is never retried), skips rows already done (a re-dispatch after a crash),
 * and marks the row done only after the handler succeeded.
 */
export function outboxProcessor<S extends TSchema>(
  db: Db,
  schema: S,
  handler: (payload: Static<S>, job: Job<OutboxJobData>) => Promise<void>,
) {
  return async (job: Job<OutboxJobData>) => {
    const { outboxId, payload } = job.data;
    if (typeof outboxId !== 'number' || !Value.Check(schema, payload)) {
      throw new UnrecoverableError(`Invalid payload for ${job.name}`);
    }
    const [row] = await db
      .select({ doneAt: outbox.doneAt })
      .from(outbox)
      .where(eq(outbox.id, outboxId));
    if (!row) {
      throw new UnrecoverableError(`Outbox row ${outboxId} does not exist`);
    }
    if (row.doneAt) {
      return;
    }
    await handler(payload, job);
    await markOutboxDone(db, outboxId);
  };
}
