import {
  meetingTransitions,
  type CreateMeetingBody,
  type ListMeetingsQuery,
  type Meeting,
  type MeetingAction,
  type MeetingList,
  type MeetingStatus,
  type MeetingVersionBody,
  type RecordMeetingOutcomeBody,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { setTimeout } from 'node:timers/promises';
import { AppError, forbidden, invalidState, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { eventPolicy } from '../events/events.policy.ts';
import { findEventById, type EventRow } from '../events/events.repository.ts';
import { invalidTransition, stepsFrom } from '../events/events.transitions.ts';
import { checkBooking, type BookingInput } from './meetings.input.ts';
import {
  blockingFor,
  exclusionSide,
  firstClash,
  meetingClash,
  type Booking,
} from './meeting-clash.ts';
import { eventSlots } from './meeting-slots.ts';
import { toMeetingDto } from './meetings.dto.ts';
import { notifyMeeting } from './meetings.notify.ts';
import { meetingPolicy as policy } from './meetings.policy.ts';
import {
  findMeeting,
  insertMeeting,
  listMeetings,
  tryLockForBooking,
  updateMeetingVersioned,
  type MeetingRow,
} from './meetings.repository.ts';

type Deps = { db: Db; publicUrl: string };

/** How long a booking keeps looking again while other bookings of the same parties hold the locks. */
const bookingPatienceMs = 5_000;

export function createMeetingsService({ db, publicUrl }: Deps) {
  async function visibleEvent(actor: Actor | null, eventId: string): Promise<EventRow> {
    const event = await findEventById(db, eventId);
    if (!event || !eventPolicy.isVisible(actor, event)) {
      throw notFound('Event');
    }
    return event;
  }

  async function dto(tx: DbOrTx, actor: Actor, row: MeetingRow): Promise<Meeting> {
    const [found] = await listMeetings(tx, { eventId: row.eventId, ids: [row.id] });
    return toMeetingDto(found!, actor);
  }

  /**
   * Inserts the booking at the asked table or the lowest free one, under the booking locks the
   * caller holds, after checking again. The exclusion constraints stay the guarantee: a 23P01
   * that still reaches the insert is a 409 too.
   */
  async function book(
    tx: DbOrTx,
    actor: Actor,
    booking: Booking,
    input: BookingInput,
    tables: number,
  ) {
    const canSee = (m: MeetingRow) => policy.canSee(actor, m);
    const blocking = await blockingFor(tx, booking);
    const clash = firstClash(booking, blocking, tables);
    if (clash.side !== null) {
      throw meetingClash(clash.side, { ...booking, tableNo: clash.tableNo }, blocking, canSee);
    }
    const values = { ...booking, tableNo: clash.tableNo };
    try {
      return await tx.transaction((savepoint) =>
        insertMeeting(savepoint, {
          ...values,
          matchId: input.matchId,
          status: input.status,
          origin: input.origin,
          requestedByOrgId: input.requestedByOrgId,
          requestedBy: actor.id,
          note: input.note,
        }),
      );
    } catch (err) {
      const side = exclusionSide(err);
      if (side === null) {
        throw err;
      }
      throw meetingClash(side, values, await blockingFor(tx, values), canSee);
    }
  }

  async function step(
    actor: Actor,
    eventId: string,
    meetingId: string,
    action: MeetingAction,
    body: MeetingVersionBody | RecordMeetingOutcomeBody,
    requestId?: string,
  ): Promise<Meeting> {
    return db.transaction(async (tx) => {
      const row = await findMeeting(tx, eventId, meetingId, { forUpdate: true });
      if (!row || !policy.canSee(actor, row)) {
        throw notFound('Meeting');
      }
      if ((action === 'accept' || action === 'decline') && !policy.isAskedParty(actor, row)) {
        throw forbidden('Only the party that was asked answers a meeting request');
      }
      if (row.version !== body.version) {
        throw versionConflict(row.version);
      }
      const now = new Date();
      if (!(meetingTransitions[action].from as readonly MeetingStatus[]).includes(row.status)) {
        throw invalidTransition(
          `A ${row.status} meeting cannot take the step "${action}"`,
          stepsFrom(meetingTransitions, row.status).filter((s) =>
            policy.actionsFor(actor, row, now).includes(s as MeetingAction),
          ),
        );
      }
      if (action === 'outcome' && row.startsAt > now) {
        throw invalidState('The outcome is recorded once the meeting has begun', ['cancel']);
      }
      if (action === 'cancel' && row.startsAt <= now) {
        throw invalidTransition('A meeting that has begun is not cancelled: record its outcome', [
          'outcome',
        ]);
      }
      const reason = 'reason' in body ? body.reason?.trim() || null : null;
      const changes =
        action === 'accept'
          ? {
              status: 'accepted' as const,
              acceptedAt: now,
              respondedBy: actor.id,
              respondedAt: now,
            }
          : action === 'decline'
            ? { status: 'declined' as const, respondedBy: actor.id, respondedAt: now }
            : action === 'cancel'
              ? { status: 'cancelled' as const, cancelledBy: actor.id, cancelReason: reason }
              : {
                  outcome: (body as RecordMeetingOutcomeBody).outcome,
                  outcomeNote: (body as RecordMeetingOutcomeBody).outcomeNote?.trim() || null,
                  outcomeBy: actor.id,
                  outcomeAt: now,
                };
      const updated = (await updateMeetingVersioned(tx, row.id, row.version, changes))!;
      await writeAudit(tx, {
        actorId: actor.id,
        action: `meeting.${action}`,
        entityType: 'meeting',
        entityId: row.id,
        before: { status: row.status, outcome: row.outcome },
        after: { status: updated.status, outcome: updated.outcome, reason },
        requestId,
      });
      if (action !== 'outcome') {
        await notifyMeeting(tx, { publicUrl, action, meeting: updated, actor });
      }
      return dto(tx, actor, updated);
    });
  }

  return {
    /**
     * A party requests a slot with another accepted participant (status `requested`), or staff
     * book one directly (`scheduled`). See meetings.input.ts for what is checked.
     */
    async create(
      actor: Actor,
      eventId: string,
      body: CreateMeetingBody,
      requestId?: string,
    ): Promise<Meeting> {
      const event = await visibleEvent(actor, eventId);
      const input = await checkBooking(db, actor, event, body);
      const booking: Booking = {
        eventId,
        producerOrgId: input.producerOrgId,
        distributorOrgId: input.distributorOrgId,
        tableNo: input.tableNo,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
      };
      const canSee = (m: MeetingRow) => policy.canSee(actor, m);
      const giveUpAt = Date.now() + bookingPatienceMs;
      for (let attempt = 0; ; attempt += 1) {
        // A look without a transaction first: a slot already taken is refused at once.
        const seen = await blockingFor(db, booking);
        const early = firstClash(booking, seen, event.tables);
        if (early.side !== null) {
          throw meetingClash(early.side, { ...booking, tableNo: early.tableNo }, seen, canSee);
        }
        const booked = await db.transaction(async (tx) => {
          const locked = await tryLockForBooking(tx, {
            organizationIds: [booking.producerOrgId, booking.distributorOrgId],
            eventIds: [eventId],
          });
          if (!locked) {
            return null;
          }
          const row = await book(tx, actor, booking, input, event.tables);
          await writeAudit(tx, {
            actorId: actor.id,
            action: isStaff(actor) ? 'meeting.schedule' : 'meeting.request',
            entityType: 'meeting',
            entityId: row.id,
            after: row,
            requestId,
          });
          await notifyMeeting(tx, {
            publicUrl,
            action: isStaff(actor) ? 'schedule' : 'request',
            meeting: row,
            actor,
          });
          return dto(tx, actor, row);
        });
        if (booked) {
          return booked;
        }
        if (Date.now() > giveUpAt) {
          throw new AppError(
            'SERVICE_UNAVAILABLE',
            'Too many bookings for these parties at once; try again',
            {
              headers: { 'retry-after': '1' },
            },
          );
        }
        // Someone else is booking one of the parties or this event's tables: look again shortly.
        await setTimeout(Math.min(100, 5 * 2 ** attempt) + Math.random() * 10);
      }
    },

    accept: (a: Actor, e: string, m: string, b: MeetingVersionBody, r?: string) =>
      step(a, e, m, 'accept', b, r),
    decline: (a: Actor, e: string, m: string, b: MeetingVersionBody, r?: string) =>
      step(a, e, m, 'decline', b, r),
    cancel: (a: Actor, e: string, m: string, b: MeetingVersionBody, r?: string) =>
      step(a, e, m, 'cancel', b, r),
    recordOutcome: (a: Actor, e: string, m: string, b: RecordMeetingOutcomeBody, r?: string) =>
      step(a, e, m, 'outcome', b, r),

    /** Staff: the whole grid (optionally one organization's); a party: its own agenda. */
    async list(actor: Actor, eventId: string, query: ListMeetingsQuery): Promise<MeetingList> {
      const event = await visibleEvent(actor, eventId);
      const member = eventPolicy.memberOrganization(actor);
      const organizationId = isStaff(actor) ? query.organizationId : member;
      const rows =
        isStaff(actor) || member
          ? await listMeetings(db, {
              eventId,
              organizationId: organizationId ?? undefined,
              status: query.status,
            })
          : [];
      const now = new Date();
      return {
        items: rows.map((r) => toMeetingDto(r, actor, now)),
        slots: eventSlots(event).map((s) => s.startsAt.toISOString()),
        tables: event.tables,
        slotMinutes: event.slotMinutes,
      };
    },
  };
}

export type MeetingsService = ReturnType<typeof createMeetingsService>;
