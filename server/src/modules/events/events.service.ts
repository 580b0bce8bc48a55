import {
  eventTransitions,
  type CancelEventBody,
  type CreateEventBody,
  type Event,
  type EventPage,
  type EventStatus,
  type ListEventsQuery,
  type UpdateEventBody,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, invalidState, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { requireReason } from '../organizations/organizations.service.ts';
import { insideWindows } from '../meetings/meeting-slots.ts';
import { activeMeetingsAtEvent, cancelMeetings } from '../meetings/meetings.repository.ts';
import { toEventDto } from './events.dto.ts';
import { toEventColumns } from './events.input.ts';
import { eventDate, eventMessages } from './events.messages.ts';
import { eventPolicy as policy } from './events.policy.ts';
import {
  countAcceptedByEvent,
  findEventById,
  insertEvent,
  listEvents,
  updateEventVersioned,
  type EventRow,
} from './events.repository.ts';
import { invalidTransition, stepsFrom } from './events.transitions.ts';
import { countAccepted, listRegistrations, registrationsOf } from './registrations.repository.ts';

type Deps = { db: Db; publicUrl: string };

export function createEventsService({ db, publicUrl }: Deps) {
  async function toDtos(rows: EventRow[], actor: Actor | null, db_: DbOrTx = db) {
    const ids = rows.map((r) => r.id);
    const member = policy.memberOrganization(actor);
    const [accepted, mine] = await Promise.all([
      countAcceptedByEvent(db_, ids),
      member ? registrationsOf(db_, member, ids) : undefined,
    ]);
    return rows.map((row) =>
      toEventDto(row, {
        acceptedCount: accepted.get(row.id) ?? 0,
        ...(mine ? { myRegistration: mine.get(row.id) ?? null } : {}),
      }),
    );
  }

  /** Loads an event for a staff change, locked, at the version the caller read. */
  async function loadForChange(tx: DbOrTx, actor: Actor, id: string, version: number) {
    if (!policy.canManage(actor)) {
      throw forbidden('Only coordinators manage events');
    }
    const row = await findEventById(tx, id, { forUpdate: true });
    if (!row) {
      throw notFound('Event');
    }
    if (row.version !== version) {
      throw versionConflict(row.version);
    }
    return row;
  }

  async function notifyRegistrants(
    tx: DbOrTx,
    event: EventRow,
    message: (typeof eventMessages)[keyof typeof eventMessages],
    values: Record<string, string>,
  ) {
    const registrations = await listRegistrations(tx, event.id);
    for (const { registration } of registrations) {
      if (registration.status === 'accepted' || registration.status === 'pending') {
        await notify(
          tx,
          await findOrganizationRecipients(tx, registration.organizationId),
          message,
          {
            values: {
              id: event.id,
              title: event.titleVi,
              date: eventDate(event.startsAt),
              ...values,
            },
            email: true,
            publicUrl,
          },
        );
      }
    }
  }

  return {
    async create(actor: Actor, body: CreateEventBody, requestId?: string): Promise<Event> {
      if (!policy.canManage(actor)) {
        throw forbidden('Only coordinators create events');
      }
      const columns = toEventColumns(body);
      return db.transaction(async (tx) => {
        const row = await insertEvent(tx, {
          ...(columns as Parameters<typeof insertEvent>[1]),
          status: 'draft',
          createdBy: actor.id,
        });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'event.create',
          entityType: 'event',
          entityId: row.id,
          after: row,
          requestId,
        });
        return toEventDto(row, { acceptedCount: 0 });
      });
    },

    async list(actor: Actor | null, query: ListEventsQuery): Promise<EventPage> {
      const staff = actor !== null && policy.canManage(actor);
      if (!staff && query.status !== undefined && query.status !== 'published') {
        return { items: [], total: 0, page: query.page, limit: query.limit };
      }
      const member = policy.memberOrganization(actor);
      if (query.registered && !member) {
        return { items: [], total: 0, page: query.page, limit: query.limit };
      }
      const { items, total } = await listEvents(db, {
        scope: staff ? 'all' : 'public',
        kind: query.kind,
        status: query.status,
        country: query.country,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        organizationId: query.registered ? member! : undefined,
        page: query.page,
        limit: query.limit,
      });
      return { items: await toDtos(items, actor), total, page: query.page, limit: query.limit };
    },

    async get(actor: Actor | null, id: string): Promise<Event> {
      const row = await findEventById(db, id);
      if (!row || !policy.isVisible(actor, row)) {
        throw notFound('Event');
      }
      const [dto] = await toDtos([row], actor);
      return dto!;
    },

    /**
     * Edits an event (drafts and published ones; cancelled events are read-only). Booked
     * meetings must still fit: meeting hours and tables cannot shrink under them.
     */
    async update(actor: Actor, id: string, body: UpdateEventBody, requestId?: string) {
      return db.transaction(async (tx) => {
        const { version, ...changes } = body;
        const row = await loadForChange(tx, actor, id, version);
        if (row.status === 'cancelled') {
          throw invalidState('A cancelled event cannot be edited');
        }
        const columns = toEventColumns(changes, row);
        const next: EventRow = { ...row, ...columns };
        const stranded = (await activeMeetingsAtEvent(tx, id, { lock: true })).filter(
          (m) => !insideWindows(next, m) || (m.tableNo !== null && m.tableNo > next.tables),
        );
        if (stranded.length > 0) {
          throw invalidState(
            `${stranded.length} booked meeting(s) would fall outside the new meeting hours or tables; move or cancel them first`,
          );
        }
        const updated = (await updateEventVersioned(tx, id, version, columns))!;
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'event.update',
          entityType: 'event',
          entityId: id,
          before: row,
          after: updated,
          requestId,
        });
        const moved =
          updated.startsAt.getTime() !== row.startsAt.getTime() ||
          updated.endsAt.getTime() !== row.endsAt.getTime() ||
          updated.place !== row.place;
        if (updated.status === 'published' && moved) {
          await notifyRegistrants(tx, updated, eventMessages.eventChanged, {
            place: updated.place,
          });
        }
        return toEventDto(updated, { acceptedCount: await countAccepted(tx, id) });
      });
    },

    async publish(actor: Actor, id: string, version: number, requestId?: string) {
      return db.transaction(async (tx) => {
        const row = await loadForChange(tx, actor, id, version);
        if (!(eventTransitions.publish.from as readonly EventStatus[]).includes(row.status)) {
          throw invalidTransition(
            `A ${row.status} event cannot be published`,
            allowedFrom(row.status),
          );
        }
        if (row.endsAt <= new Date()) {
          throw invalidState('An event that has already ended cannot be published');
        }
        const updated = (await updateEventVersioned(tx, id, version, {
          status: 'published',
          publishedAt: new Date(),
        }))!;
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'event.publish',
          entityType: 'event',
          entityId: id,
          before: { status: row.status },
          after: { status: updated.status },
          requestId,
        });
        return toEventDto(updated, { acceptedCount: await countAccepted(tx, id) });
      });
    },

    /** Cancels the event and every meeting booked at it; registrants are told why. */
    async cancel(actor: Actor, id: string, body: CancelEventBody, requestId?: string) {
      if (!policy.canManage(actor)) {
        throw forbidden('Only coordinators manage events');
      }
      const reason = requireReason(body.reason);
      return db.transaction(async (tx) => {
        const row = await loadForChange(tx, actor, id, body.version);
        if (!(eventTransitions.cancel.from as readonly EventStatus[]).includes(row.status)) {
          throw invalidTransition(
            `A ${row.status} event cannot be cancelled`,
            allowedFrom(row.status),
          );
        }
        const active = await activeMeetingsAtEvent(tx, id, { lock: true });
        await cancelMeetings(
          tx,
          active.map((m) => m.id),
          actor.id,
          'event cancelled',
        );
        const updated = (await updateEventVersioned(tx, id, body.version, {
          status: 'cancelled',
          cancelledAt: new Date(),
          cancelReason: reason,
        }))!;
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'event.cancel',
          entityType: 'event',
          entityId: id,
          before: { status: row.status },
          after: { status: updated.status, reason, meetingsCancelled: active.length },
          requestId,
        });
        if (row.status === 'published') {
          await notifyRegistrants(tx, updated, eventMessages.eventCancelled, { reason });
        }
        return toEventDto(updated, { acceptedCount: await countAccepted(tx, id) });
      });
    },
  };
}

const allowedFrom = (status: EventStatus) => stepsFrom(eventTransitions, status);

export type EventsService = ReturnType<typeof createEventsService>;
