import {
  registrationTransitions,
  type DecideRegistrationBody,
  type ParticipantList,
  type RegisterForEventBody,
  type Registration,
  type RegistrationAction,
  type RegistrationList,
  type RegistrationStatus,
} from '@ketnoi/shared';
import type { Db, DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, forbidden, invalidState, notFound, versionConflict } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { activeMeetingsAtEvent, cancelMeetings } from '../meetings/meetings.repository.ts';
import { toRegistrationDto } from './events.dto.ts';
import { eventDate, eventMessages } from './events.messages.ts';
import { eventPolicy as policy } from './events.policy.ts';
import { findEventById, type EventRow } from './events.repository.ts';
import { invalidTransition, stepsFrom } from './events.transitions.ts';
import {
  countAccepted,
  findRegistration,
  insertRegistration,
  listRegistrations,
  updateRegistrationVersioned,
  type RegistrationRow,
} from './registrations.repository.ts';

type Deps = { db: Db; publicUrl: string };

const full = () =>
  new AppError('EVENT_FULL', 'The event has accepted as many organizations as it has room for');

export function createRegistrationsService({ db, publicUrl }: Deps) {
  /** The event, locked: registrations and acceptances of one event are serialized on it (capacity). */
  async function lockVisibleEvent(tx: DbOrTx, actor: Actor | null, eventId: string) {
    const event = await findEventById(tx, eventId, { forUpdate: true });
    if (!event || !policy.isVisible(actor, event)) {
      throw notFound('Event');
    }
    return event;
  }

  async function dto(tx: DbOrTx, row: RegistrationRow): Promise<Registration> {
    const [found] = await listRegistrations(tx, row.eventId, {
      organizationId: row.organizationId,
    });
    return toRegistrationDto(found!);
  }

  /** Cancels an organization's booked meetings at the event when it no longer attends. */
  async function releaseMeetings(
    tx: DbOrTx,
    actor: Actor,
    eventId: string,
    organizationId: string,
  ) {
    const active = await activeMeetingsAtEvent(tx, eventId, { organizationId, lock: true });
    await cancelMeetings(
      tx,
      active.map((m) => m.id),
      actor.id,
      'registration withdrawn or declined',
    );
  }

  async function step(
    actor: Actor,
    eventId: string,
    registrationId: string,
    action: RegistrationAction,
    body: DecideRegistrationBody,
    requestId?: string,
  ): Promise<Registration> {
    return db.transaction(async (tx) => {
      const event = await lockVisibleEvent(tx, actor, eventId);
      const row = await findRegistration(tx, { id: registrationId, eventId }, { forUpdate: true });
      const member = policy.memberOrganization(actor);
      const staff = policy.canManage(actor);
      if (!row || (!staff && row.organizationId !== member)) {
        throw notFound('Registration');
      }
      if (action !== 'cancel' && !staff) {
        throw forbidden('Only coordinators accept or decline registrations');
      }
      if (row.version !== body.version) {
        throw versionConflict(row.version);
      }
      const transition = registrationTransitions[action];
      if (!(transition.from as readonly RegistrationStatus[]).includes(row.status)) {
        throw invalidTransition(
          `A ${row.status} registration cannot be ${action === 'cancel' ? 'cancelled' : `${action}ed`}`,
          stepsFrom(registrationTransitions, row.status),
        );
      }
      if (event.status === 'cancelled') {
        throw invalidState('The event is cancelled');
      }
      if (action === 'accept' && event.capacity !== null) {
        if ((await countAccepted(tx, eventId)) >= event.capacity) {
          throw full();
        }
      }
      if (row.status === 'accepted') {
        await releaseMeetings(tx, actor, eventId, row.organizationId);
      }
      const note = body.note?.trim() || null;
      const updated = (await updateRegistrationVersioned(tx, row.id, row.version, {
        status: transition.to,
        ...(action === 'cancel'
          ? {}
          : { decidedBy: actor.id, decidedAt: new Date(), decisionNote: note }),
      }))!;
      await writeAudit(tx, {
        actorId: actor.id,
        action: `event_registration.${action}`,
        entityType: 'event_registration',
        entityId: row.id,
        before: { status: row.status },
        after: { status: updated.status, note },
        requestId,
      });
      if (action !== 'cancel') {
        await notifyDecision(tx, event, updated, action);
      }
      return dto(tx, updated);
    });
  }

  async function notifyDecision(
    tx: DbOrTx,
    event: EventRow,
    row: RegistrationRow,
    action: 'accept' | 'decline',
  ) {
    const [found] = await listRegistrations(tx, event.id, { organizationId: row.organizationId });
    await notify(
      tx,
      await findOrganizationRecipients(tx, row.organizationId),
      action === 'accept' ? eventMessages.registrationAccepted : eventMessages.registrationDeclined,
      {
        values: {
          id: event.id,
          org: found!.organization.name,
          title: event.titleVi,
          date: eventDate(event.startsAt),
          note: row.decisionNote ?? '',
        },
        email: true,
        publicUrl,
      },
    );
  }

  return {
    /**
     * A verified producer or distributor registers its own organization: while the event is
     * published, before the deadline, and not full. A withdrawn registration may register again;
     * a declined one may not (a coordinator can still accept it).
     */
    async register(
      actor: Actor,
      eventId: string,
      body: RegisterForEventBody,
      requestId?: string,
    ): Promise<Registration> {
      const organizationId = policy.memberOrganization(actor);
      if (!organizationId) {
        throw forbidden('Only producers and distributors register for events');
      }
      return db.transaction(async (tx) => {
        const event = await lockVisibleEvent(tx, actor, eventId);
        if (actor.organizationStatus !== 'verified') {
          throw new AppError(
            'ORGANIZATION_NOT_VERIFIED',
            'Your organization must be verified before it can register for events',
          );
        }
        if (event.status !== 'published' || new Date() >= event.registrationDeadline) {
          throw new AppError('REGISTRATION_CLOSED', 'Registration for this event is closed');
        }
        if (event.capacity !== null && (await countAccepted(tx, eventId)) >= event.capacity) {
          throw full();
        }
        const existing = await findRegistration(
          tx,
          { eventId, organizationId },
          { forUpdate: true },
        );
        if (existing && existing.status !== 'cancelled') {
          throw invalidState(`Your organization's registration is already ${existing.status}`);
        }
        const note = body.note?.trim() || null;
        const row = existing
          ? (await updateRegistrationVersioned(tx, existing.id, existing.version, {
              status: 'pending',
              note,
              registeredBy: actor.id,
              decidedBy: null,
              decidedAt: null,
              decisionNote: null,
            }))!
          : await insertRegistration(tx, {
              eventId,
              organizationId,
              registeredBy: actor.id,
              status: 'pending',
              note,
            });
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'event_registration.create',
          entityType: 'event_registration',
          entityId: row.id,
          after: { status: row.status, eventId, organizationId },
          requestId,
        });
        return dto(tx, row);
      });
    },

    accept: (
      actor: Actor,
      eventId: string,
      rid: string,
      body: DecideRegistrationBody,
      requestId?: string,
    ) => step(actor, eventId, rid, 'accept', body, requestId),
    decline: (
      actor: Actor,
      eventId: string,
      rid: string,
      body: DecideRegistrationBody,
      requestId?: string,
    ) => step(actor, eventId, rid, 'decline', body, requestId),
    /** Withdraws a registration (the organization itself, or staff); its meetings are cancelled. */
    cancel: (
      actor: Actor,
      eventId: string,
      rid: string,
      body: DecideRegistrationBody,
      requestId?: string,
    ) => step(actor, eventId, rid, 'cancel', body, requestId),

    /** Staff: every registration; a producer or distributor: its own (zero or one). */
    async list(
      actor: Actor,
      eventId: string,
      query: { status?: RegistrationStatus | undefined },
    ): Promise<RegistrationList> {
      const event = await findEventById(db, eventId);
      if (!event || !policy.isVisible(actor, event)) {
        throw notFound('Event');
      }
      if (policy.canManage(actor)) {
        const rows = await listRegistrations(db, eventId, { status: query.status });
        return { items: rows.map(toRegistrationDto) };
      }
      const member = policy.memberOrganization(actor);
      if (!member) {
        return { items: [] };
      }
      const rows = await listRegistrations(db, eventId, {
        organizationId: member,
        status: query.status,
      });
      return { items: rows.map(toRegistrationDto) };
    },

    /** Accepted organizations: for staff, and for participants that are accepted themselves. */
    async participants(actor: Actor, eventId: string): Promise<ParticipantList> {
      const event = await findEventById(db, eventId);
      if (!event || !policy.isVisible(actor, event)) {
        throw notFound('Event');
      }
      const accepted = await listRegistrations(db, eventId, { status: 'accepted' });
      const member = policy.memberOrganization(actor);
      if (!policy.canManage(actor) && !accepted.some((r) => r.organization.id === member)) {
        throw forbidden('Only accepted participants see who else takes part');
      }
      return { items: accepted.map((r) => toRegistrationDto(r).organization) };
    },
  };
}

export type RegistrationsService = ReturnType<typeof createRegistrationsService>;
