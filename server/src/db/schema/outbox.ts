import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Transactional outbox: a change that needs background work inserts its row in the same
 * transaction. The worker's relay moves pending rows into BullMQ (jobId `outboxJobId(row)`) and
 * the job marks the row done when it finishes. `dedupeKey` makes "once only" work (reminders)
 * idempotent at the source.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    topic: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    dedupeKey: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    dispatchedAt: timestamp({ withTimezone: true }),
    doneAt: timestamp({ withTimezone: true }),
    failedAt: timestamp({ withTimezone: true }),
    dispatchCount: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [
    index('outbox_pending_idx')
      .on(t.id)
      .where(sql`${t.dispatchedAt} is null`),
    index('outbox_unfinished_idx')
      .on(t.dispatchedAt)
      .where(sql`${t.dispatchedAt} is not null and ${t.doneAt} is null and ${t.failedAt} is null`),
  ],
);
