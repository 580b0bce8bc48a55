import { and, asc, count, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { EventKind, EventStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { eventRegistrations, events } from '../../db/schema/index.ts';

export type EventRow = typeof events.$inferSelect;
export type NewEventRow = typeof events.$inferInsert;

export async function insertEvent(db: DbOrTx, values: NewEventRow): Promise<EventRow> {
  const [row] = await db.insert(events).values(values).returning();
  return row!;
}

export async function findEventById(
  db: DbOrTx,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<EventRow | undefined> {
  const query = db.select().from(events).where(eq(events.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Applies the change only if `version` is still current; returns nothing when it was stale. */
export async function updateEventVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewEventRow>,
): Promise<EventRow | undefined> {
  const [row] = await db
    .update(events)
    .set({ ...values, version: sql`${events.version} + 1` })
    .where(and(eq(events.id, id), eq(events.version, version)))
    .returning();
  return row;
}

/**
 * Lists events under a scope the caller cannot forget: `public` sees published events only;
 * `all` (staff) any status. `organizationId` keeps the events that organization registered for.
 */
export async function listEvents(
  db: DbOrTx,
  filter: {
    scope: 'public' | 'all';
    kind?: EventKind | undefined;
    status?: EventStatus | undefined;
    country?: string | undefined;
    from?: Date | undefined;
    to?: Date | undefined;
    organizationId?: string | undefined;
    page: number;
    limit: number;
  },
): Promise<{ items: EventRow[]; total: number }> {
  const conditions: (SQL | undefined)[] = [
    filter.scope === 'public' ? eq(events.status, 'published') : undefined,
    filter.status ? eq(events.status, filter.status) : undefined,
    filter.kind ? eq(events.kind, filter.kind) : undefined,
    filter.country ? eq(events.country, filter.country) : undefined,
    filter.from ? gte(events.endsAt, filter.from) : undefined,
    filter.to ? lt(events.startsAt, filter.to) : undefined,
    filter.organizationId
      ? inArray(
          events.id,
          db
            .select({ id: eventRegistrations.eventId })
            .from(eventRegistrations)
            .where(eq(eventRegistrations.organizationId, filter.organizationId)),
        )
      : undefined,
  ];
  const where = and(...conditions);
  // Upcoming first (soonest at the top), then past events, latest first.
  const upcoming = sql`${events.endsAt} >= now()`;
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(events)
      .where(where)
      .orderBy(
        desc(upcoming),
        sql`case when ${upcoming} then ${events.startsAt} end asc`,
        desc(events.startsAt),
        asc(events.id),
      )
      .limit(filter.limit)
      .offset((filter.page - 1) * filter.limit),
    db.select({ n: count() }).from(events).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

/** Accepted registrations per event. */
export async function countAcceptedByEvent(
  db: DbOrTx,
  eventIds: string[],
): Promise<Map<string, number>> {
  if (eventIds.length === 0) {
    return new Map();
  }
  const rows = await db
    .select({ eventId: eventRegistrations.eventId, n: count() })
    .from(eventRegistrations)
    .where(
      and(inArray(eventRegistrations.eventId, eventIds), eq(eventRegistrations.status, 'accepted')),
    )
    .groupBy(eventRegistrations.eventId);
  return new Map(rows.map((r) => [r.eventId, r.n]));
}
