import { alias } from 'drizzle-orm/pg-core';
import { and, asc, eq, gt, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { activeMeetingStatuses, type MeetingStatus } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { meetings, organizations } from '../../db/schema/index.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type NewMeetingRow = typeof meetings.$inferInsert;
export type MeetingWithParties = {
  meeting: MeetingRow;
  producer: { id: string; name: string };
  distributor: { id: string; name: string };
};

const producerOrg = alias(organizations, 'producer_org');
const distributorOrg = alias(organizations, 'distributor_org');
const nameOf = (org: typeof producerOrg | typeof distributorOrg) =>
  sql<string>`coalesce(${org.tradingName}, ${org.legalName})`;

/** The statuses that hold a slot, exactly as the exclusion constraints' WHERE predicate. */
export const isActive = (): SQL => inArray(meetings.status, [...activeMeetingStatuses]);

export async function insertMeeting(db: DbOrTx, values: NewMeetingRow): Promise<MeetingRow> {
  const [row] = await db.insert(meetings).values(values).returning();
  return row!;
}

export async function findMeeting(
  db: DbOrTx,
  eventId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<MeetingRow | undefined> {
  const query = db
    .select()
    .from(meetings)
    .where(and(eq(meetings.id, id), eq(meetings.eventId, eventId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateMeetingVersioned(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<NewMeetingRow>,
): Promise<MeetingRow | undefined> {
  const [row] = await db
    .update(meetings)
    .set({ ...values, version: sql`${meetings.version} + 1` })
    .where(and(eq(meetings.id, id), eq(meetings.version, version)))
    .returning();
  return row;
}

/**
 * Meetings of an event with both parties' names, in slot then table order. `organizationId`
 * keeps those where that organization is a party (a party's agenda).
 */
export async function listMeetings(
  db: DbOrTx,
  filter: {
    eventId: string;
    organizationId?: string | undefined;
    status?: MeetingStatus | undefined;
    ids?: string[] | undefined;
  },
): Promise<MeetingWithParties[]> {
  return db
    .select({
      meeting: meetings,
      producer: { id: producerOrg.id, name: nameOf(producerOrg) },
      distributor: { id: distributorOrg.id, name: nameOf(distributorOrg) },
    })
    .from(meetings)
    .innerJoin(producerOrg, eq(producerOrg.id, meetings.producerOrgId))
    .innerJoin(distributorOrg, eq(distributorOrg.id, meetings.distributorOrgId))
    .where(
      and(
        eq(meetings.eventId, filter.eventId),
        filter.organizationId
          ? or(
              eq(meetings.producerOrgId, filter.organizationId),
              eq(meetings.distributorOrgId, filter.organizationId),
            )
          : undefined,
        filter.status ? eq(meetings.status, filter.status) : undefined,
        filter.ids ? inArray(meetings.id, filter.ids) : undefined,
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.tableNo), asc(meetings.id))
    .limit(20_000);
}

/**
 * Active meetings overlapping [startsAt, endsAt) that block this booking: one of the two
 * organizations (at any event) or, at this event, the table. Used to pick a free table and to
 * name the slot a clash is with.
 */
export async function findBlocking(
  db: DbOrTx,
  params: {
    eventId: string;
    startsAt: Date;
    endsAt: Date;
    organizationIds?: string[];
    excludeId?: string;
  },
): Promise<MeetingRow[]> {
  const orgs = params.organizationIds ?? [];
  return db
    .select()
    .from(meetings)
    .where(
      and(
        isActive(),
        lt(meetings.startsAt, params.endsAt),
        gt(meetings.endsAt, params.startsAt),
        params.excludeId ? ne(meetings.id, params.excludeId) : undefined,
        or(
          eq(meetings.eventId, params.eventId),
          orgs.length > 0 ? inArray(meetings.producerOrgId, orgs) : undefined,
          orgs.length > 0 ? inArray(meetings.distributorOrgId, orgs) : undefined,
        ),
      ),
    )
    .orderBy(asc(meetings.startsAt));
}

/** Every active meeting of these organizations (any event) between two instants. */
export async function activeMeetingsOf(
  db: DbOrTx,
  params: { organizationIds: string[]; from: Date; to: Date },
): Promise<MeetingRow[]> {
  if (params.organizationIds.length === 0) {
    return [];
  }
  return db
    .select()
    .from(meetings)
    .where(
      and(
        isActive(),
        lt(meetings.startsAt, params.to),
        gt(meetings.endsAt, params.from),
        or(
          inArray(meetings.producerOrgId, params.organizationIds),
          inArray(meetings.distributorOrgId, params.organizationIds),
        ),
      ),
    );
}

/** Active meetings of one event (optionally of one organization); `lock` for a change to them. */
export async function activeMeetingsAtEvent(
  db: DbOrTx,
  eventId: string,
  options: { organizationId?: string; lock?: boolean } = {},
): Promise<MeetingRow[]> {
  const { organizationId } = options;
  const query = db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.eventId, eventId),
        isActive(),
        organizationId
          ? or(
              eq(meetings.producerOrgId, organizationId),
              eq(meetings.distributorOrgId, organizationId),
            )
          : undefined,
      ),
    );
  return options.lock ? query.for('update') : query;
}

/** Cancels meetings by id (the caller audits and notifies). */
export async function cancelMeetings(
  db: DbOrTx,
  ids: string[],
  by: string,
  reason: string,
): Promise<void> {
  if (ids.length === 0) {
    return;
  }
  await db
    .update(meetings)
    .set({
      status: 'cancelled',
      cancelledBy: by,
      cancelReason: reason,
      version: sql`${meetings.version} + 1`,
    })
    .where(and(inArray(meetings.id, ids), isActive()));
}

/** The event report's counts, in one pass over the event's meetings and registrations. */
export async function eventReportCounts(db: DbOrTx, eventId: string) {
  const { rows } = await db.execute<{
    kind: 'registration' | 'meeting' | 'outcome' | 'figure';
    key: string;
    n: number;
  }>(sql`
    select 'registration' as kind, status::text as key, count(*)::int as n
      from event_registrations where event_id = ${eventId} group by status
    union all
    select 'meeting', status::text, count(*)::int
      from meetings where event_id = ${eventId} group by status
    union all
    select 'outcome', outcome::text, count(*)::int
      from meetings
     where event_id = ${eventId} and status in ('accepted', 'scheduled') and outcome is not null
     group by outcome
    union all
    select 'figure', key, n from (
      select count(*) filter (where origin = 'request' and (accepted_at is not null or status = 'declined'))::int as answered,
             count(*) filter (where origin = 'request' and accepted_at is not null)::int as accepted,
             count(*) filter (where status in ('accepted', 'scheduled') and outcome is null and starts_at <= now())::int as awaiting
        from meetings where event_id = ${eventId}
    ) f cross join lateral (values ('answered', f.answered), ('accepted', f.accepted), ('awaiting', f.awaiting)) v(key, n)
  `);
  return rows;
}

/** Advisory-lock namespaces (the first int4 key) for bookings. */
const lockSpace = { organization: 72_001, eventTables: 72_002 } as const;

/** 32-bit FNV-1a, as a signed int4: a lock key for an id (a collision only serializes more). */
function lockKey(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i += 1) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function bookingKeys(params: { organizationIds: string[]; eventIds: string[] }) {
  const keys = [
    ...params.organizationIds.map((id) => [lockSpace.organization, lockKey(id)] as const),
    ...params.eventIds.map((id) => [lockSpace.eventTables, lockKey(id)] as const),
  ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return keys.filter((k, i) => i === 0 || k[0] !== keys[i - 1]![0] || k[1] !== keys[i - 1]![1]);
}

/**
 * Serializes bookings that could clash: a transaction-scoped lock per organization and one per
 * event's tables, always taken in the same (sorted) order so two bookings never wait on each
 * other in a cycle. Without it, two conflicting inserts can each wait for the other inside the
 * exclusion check until the deadlock detector kills one (a 1 s stall and an error).
 */
export async function lockForBooking(
  db: DbOrTx,
  params: { organizationIds: string[]; eventIds: string[] },
): Promise<void> {
  for (const [space, key] of bookingKeys(params)) {
    await db.execute(sql`select pg_advisory_xact_lock(${space}::int, ${key}::int)`);
  }
}

/**
 * The same locks without waiting: false when another booking holds one (the caller rolls back,
 * which releases any it got, and looks again). A request never sits on a pooled connection
 * waiting for a lock, so a burst of requests for one slot cannot drain the pool.
 */
export async function tryLockForBooking(
  db: DbOrTx,
  params: { organizationIds: string[]; eventIds: string[] },
): Promise<boolean> {
  const calls = bookingKeys(params).map(
    ([space, key]) => sql`pg_try_advisory_xact_lock(${space}::int, ${key}::int)`,
  );
  const { rows } = await db.execute<{ locked: boolean }>(
    sql`select ${sql.join(calls, sql` and `)} as locked`,
  );
  return rows[0]?.locked === true;
}
