import type { MeetingClash } from '@ketnoi/shared';
import type { DbOrTx } from '../../db/client.ts';
import { AppError } from '../../lib/errors.ts';
import { overlaps } from './meeting-slots.ts';
import { findBlocking, type MeetingRow } from './meetings.repository.ts';

export type ClashSide = MeetingClash['with'];

/** The exclusion constraints of migration `meetings_exclusion`, by what they protect. */
const constraintSides: Record<string, ClashSide> = {
  meetings_producer_no_overlap: 'producer',
  meetings_distributor_no_overlap: 'distributor',
  meetings_table_no_overlap: 'table',
};

/**
 * The side an exclusion violation (SQLSTATE 23P01) is about, or null for any other error.
 * Drizzle wraps the driver's error, so the chain of causes is searched.
 */
export function exclusionSide(err: unknown): ClashSide | null {
  for (let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined; e;) {
    if (e.code === '23P01') {
      return constraintSides[e.constraint ?? ''] ?? 'table';
    }
    e = e.cause as typeof e;
  }
  return null;
}

export type Booking = {
  eventId: string;
  producerOrgId: string;
  distributorOrgId: string;
  tableNo: number | null;
  startsAt: Date;
  endsAt: Date;
};

/**
 * The 409 for a clash, naming the slot it clashes with among `blocking` (the active meetings
 * that overlap the booking). The other meeting's id is given only to those who may see it
 * (`canSee`); the time is given to all, since a busy slot is what they need.
 */
export function meetingClash(
  side: ClashSide,
  booking: Booking,
  blocking: MeetingRow[],
  canSee: (meeting: MeetingRow) => boolean,
): AppError {
  const found = blocking.find((m) =>
    side === 'producer'
      ? m.producerOrgId === booking.producerOrgId
      : side === 'distributor'
        ? m.distributorOrgId === booking.distributorOrgId
        : m.eventId === booking.eventId && m.tableNo === booking.tableNo,
  );
  const clash: MeetingClash = {
    with: side,
    // Without a meeting to name (every table busy, or it was cancelled meanwhile): the slot asked for.
    startsAt: (found ?? booking).startsAt.toISOString(),
    endsAt: (found ?? booking).endsAt.toISOString(),
    tableNo: found?.tableNo ?? (side === 'table' ? booking.tableNo : null),
    ...(found && canSee(found) ? { meetingId: found.id } : {}),
  };
  const what = side === 'table' ? `table ${booking.tableNo ?? ''}`.trim() : `the ${side}`;
  return new AppError(
    'MEETING_CLASH',
    `The slot overlaps another meeting of ${what} (${clash.startsAt}–${clash.endsAt})`,
    { data: { clash } },
  );
}

/** Active meetings that could block the booking: either organization's (any event) or this event's. */
export const blockingFor = (db: DbOrTx, booking: Booking) =>
  findBlocking(db, {
    eventId: booking.eventId,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    organizationIds: [booking.producerOrgId, booking.distributorOrgId],
  });

/**
 * What blocks the booking, from `blocking`: a party first, then the table (the one asked for,
 * or all of them). Returns the table to use when nothing blocks.
 */
export function firstClash(
  booking: Booking,
  blocking: MeetingRow[],
  tables: number,
): { side: ClashSide; tableNo: number | null } | { side: null; tableNo: number } {
  if (blocking.some((m) => m.producerOrgId === booking.producerOrgId)) {
    return { side: 'producer', tableNo: booking.tableNo };
  }
  if (blocking.some((m) => m.distributorOrgId === booking.distributorOrgId)) {
    return { side: 'distributor', tableNo: booking.tableNo };
  }
  const free = freeTables(tables, blocking, booking.eventId, booking);
  const tableNo = booking.tableNo ?? free[0] ?? null;
  return tableNo !== null && free.includes(tableNo)
    ? { side: null, tableNo }
    : { side: 'table', tableNo };
}

/** Tables free at the event during the interval, lowest first. */
export function freeTables(
  tables: number,
  busy: MeetingRow[],
  eventId: string,
  interval: { startsAt: Date; endsAt: Date },
) {
  const taken = new Set(
    busy
      .filter((m) => m.eventId === eventId && m.tableNo !== null && overlaps(m, interval))
      .map((m) => m.tableNo!),
  );
  return Array.from({ length: tables }, (_, i) => i + 1).filter((t) => !taken.has(t));
}
