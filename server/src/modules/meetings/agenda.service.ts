import {
  heldOutcomes,
  meetingOutcomes,
  meetingStatuses,
  registrationStatuses,
  type DraftAgendaResult,
  type EventReport,
  type MeetingSuggestion,
  type MeetingSuggestionList,
} from '@ketnoi/shared';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { forbidden, invalidState, notFound } from '../../lib/errors.ts';
import { writeAudit } from '../audit/audit.repository.ts';
import { eventPolicy } from '../events/events.policy.ts';
import { findEventById, type EventRow } from '../events/events.repository.ts';
import { listRegistrations } from '../events/registrations.repository.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { agendaCalendar, agendaEntries } from './agenda-ics.ts';
import { planAgenda, type PlannerPair } from './draft-agenda.ts';
import { exclusionSide } from './meeting-clash.ts';
import { eventSlots } from './meeting-slots.ts';
import { toMeetingDto } from './meetings.dto.ts';
import { meetingMessages } from './meetings.messages.ts';
import {
  activeMeetingsAtEvent,
  activeMeetingsOf,
  eventReportCounts,
  insertMeeting,
  listMeetings,
  lockForBooking,
  type MeetingRow,
} from './meetings.repository.ts';
import { listSuggestionMatches } from './suggestions.repository.ts';

type Deps = { db: Db; publicUrl: string };

const pairKey = (producer: string, distributor: string) => `${producer}|${distributor}`;
const rate = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;

export function createAgendaService({ db, publicUrl }: Deps) {
  async function visibleEvent(actor: Actor | null, eventId: string): Promise<EventRow> {
    const event = await findEventById(db, eventId);
    if (!event || !eventPolicy.isVisible(actor, event)) {
      throw notFound('Event');
    }
    return event;
  }

  /** Suggested pairs (one per producer × distributor), best score first, with their booking if any. */
  async function suggestionsFor(eventId: string, organizationId?: string) {
    const [matchRows, registrations, active] = await Promise.all([
      listSuggestionMatches(db, eventId, organizationId),
      listRegistrations(db, eventId, { status: 'accepted' }),
      activeMeetingsAtEvent(db, eventId),
    ]);
    const names = new Map(registrations.map((r) => [r.organization.id, r.organization.name]));
    const booked = new Map(active.map((m) => [pairKey(m.producerOrgId, m.distributorOrgId), m.id]));
    const pairs = new Map<string, MeetingSuggestion>();
    for (const m of matchRows) {
      const key = pairKey(m.producerOrgId, m.distributorOrgId);
      const pair = pairs.get(key) ?? {
        producer: { id: m.producerOrgId, name: names.get(m.producerOrgId) ?? '' },
        distributor: { id: m.distributorOrgId, name: names.get(m.distributorOrgId) ?? '' },
        score: m.score,
        matches: [],
        meetingId: booked.get(key) ?? null,
      };
      pair.matches.push({
        id: m.id,
        productId: m.productId,
        productName: m.productName,
        demandId: m.demandId,
        demandTitle: m.demandTitle,
        status: m.status,
        score: m.score,
      });
      pairs.set(key, pair);
    }
    // Rows come best first, so the first match of each pair is its best and pairs keep that order.
    return [...pairs.values()];
  }

  return {
    /** Staff: every suggested pair; a party: the pairs it is in; anyone else: none. */
    async suggestions(actor: Actor, eventId: string): Promise<MeetingSuggestionList> {
      await visibleEvent(actor, eventId);
      const member = eventPolicy.memberOrganization(actor);
      if (!isStaff(actor) && !member) {
        return { items: [] };
      }
      return { items: await suggestionsFor(eventId, isStaff(actor) ? undefined : member!) };
    },

    /**
     * Books the suggested pairs that have no meeting at this event yet, greedily (draft-agenda.ts)
     * over the future slots, as `scheduled`. Runs for one event are serialized on its row; a
     * pair already booked is skipped, so running it again with the same input books nothing.
     * A slot taken meanwhile by a party's own request leaves that pair unplaced (run it again).
     */
    async draft(actor: Actor, eventId: string, requestId?: string): Promise<DraftAgendaResult> {
      if (!isStaff(actor)) {
        throw forbidden('Only coordinators draft agendas');
      }
      return db.transaction(async (tx) => {
        const event = await findEventById(tx, eventId, { forUpdate: true });
        if (!event) {
          throw notFound('Event');
        }
        if (event.status !== 'published') {
          throw invalidState(
            `Agendas are drafted for published events; this one is ${event.status}`,
          );
        }
        const suggestions = await suggestionsFor(eventId);
        const open = suggestions.filter((s) => s.meetingId === null);
        const now = new Date();
        const slots = eventSlots(event).filter((s) => s.startsAt > now);
        const orgs = [...new Set(open.flatMap((s) => [s.producer.id, s.distributor.id]))];
        // The same locks as a single booking, so the plan is not overtaken by a request meanwhile.
        await lockForBooking(tx, { organizationIds: orgs, eventIds: [eventId] });
        const busy = slots.length
          ? [
              ...(await activeMeetingsOf(tx, {
                organizationIds: orgs,
                from: slots[0]!.startsAt,
                to: slots.at(-1)!.endsAt,
              })),
              ...(await activeMeetingsAtEvent(tx, eventId)),
            ]
          : [];
        const pairs: PlannerPair[] = open.map((s) => ({
          producerOrgId: s.producer.id,
          distributorOrgId: s.distributor.id,
          matchId: s.matches[0]!.id,
          score: s.score,
        }));
        const plan = planAgenda({ eventId, pairs, slots, tables: event.tables, busy });
        const created: MeetingRow[] = [];
        const unplaced = [...plan.unplaced];
        for (const p of plan.placed) {
          try {
            created.push(
              await tx.transaction((savepoint) =>
                insertMeeting(savepoint, {
                  eventId,
                  producerOrgId: p.producerOrgId,
                  distributorOrgId: p.distributorOrgId,
                  matchId: p.matchId,
                  tableNo: p.tableNo,
                  startsAt: p.slot.startsAt,
                  endsAt: p.slot.endsAt,
                  status: 'scheduled',
                  origin: 'draft',
                  requestedByOrgId: null,
                  requestedBy: actor.id,
                }),
              ),
            );
          } catch (err) {
            if (exclusionSide(err) === null) {
              throw err;
            }
            unplaced.push(p);
          }
        }
        await writeAudit(tx, {
          actorId: actor.id,
          action: 'event.agenda_draft',
          entityType: 'event',
          entityId: eventId,
          after: { created: created.map((m) => m.id), unplaced: unplaced.length },
          requestId,
        });
        const perOrg = new Map<string, number>();
        for (const m of created) {
          for (const org of [m.producerOrgId, m.distributorOrgId]) {
            perOrg.set(org, (perOrg.get(org) ?? 0) + 1);
          }
        }
        const names = new Map(
          suggestions.flatMap(
            (s) =>
              [
                [s.producer.id, s.producer.name],
                [s.distributor.id, s.distributor.name],
              ] as const,
          ),
        );
        for (const [org, count] of perOrg) {
          await notify(
            tx,
            await findOrganizationRecipients(tx, org),
            meetingMessages.agendaDrafted,
            {
              values: { count, org: names.get(org) ?? '', title: event.titleVi, eventId },
              publicUrl,
              data: { eventId },
            },
          );
        }
        const rows = created.length
          ? await listMeetings(tx, { eventId, ids: created.map((m) => m.id) })
          : [];
        return {
          created: rows.map((r) => toMeetingDto(r, actor, now)),
          alreadyScheduled: suggestions.length - open.length,
          unplaced: unplaced.map((p) => ({
            producer: { id: p.producerOrgId, name: names.get(p.producerOrgId) ?? '' },
            distributor: { id: p.distributorOrgId, name: names.get(p.distributorOrgId) ?? '' },
          })),
        };
      });
    },

    /** Acceptance and held rates: staff only. */
    async report(actor: Actor, eventId: string): Promise<EventReport> {
      if (!isStaff(actor)) {
        throw forbidden('Only coordinators see event reports');
      }
      await visibleEvent(actor, eventId);
      const rows = await eventReportCounts(db, eventId);
      const pick = (kind: string, keys: readonly string[]) =>
        Object.fromEntries(
          keys.map((k) => [k, rows.find((r) => r.kind === kind && r.key === k)?.n ?? 0]),
        );
      const registrations = pick('registration', registrationStatuses);
      const meetings = pick('meeting', meetingStatuses);
      const outcomes = pick('outcome', meetingOutcomes);
      const figures = pick('figure', ['answered', 'accepted', 'awaiting']);
      const withOutcome = Object.values(outcomes).reduce((a, b) => a + b, 0);
      const held = heldOutcomes.reduce((a, o) => a + outcomes[o]!, 0);
      return {
        eventId,
        registrations,
        meetings,
        outcomes,
        requestsAnswered: figures.answered!,
        requestsAccepted: figures.accepted!,
        acceptanceRate: rate(figures.accepted!, figures.answered!),
        withOutcome,
        awaitingOutcome: figures.awaiting!,
        heldRate: rate(held, withOutcome),
      };
    },

    /**
     * A personal agenda as iCalendar: the caller's organization's requested (tentative),
     * confirmed and — so a re-import removes them — cancelled meetings. Staff get every
     * meeting, or one organization's with `organizationId`.
     */
    async agendaIcs(actor: Actor, eventId: string, organizationId?: string) {
      const event = await visibleEvent(actor, eventId);
      const member = eventPolicy.memberOrganization(actor);
      if (!isStaff(actor) && !member) {
        throw forbidden('Only participants and coordinators have agendas');
      }
      const org = isStaff(actor) ? organizationId : member!;
      const rows = await listMeetings(db, { eventId, organizationId: org });
      const en = actor.locale === 'en';
      const title = (en ? event.titleEn : null) ?? event.titleVi;
      const entries = agendaEntries(rows, {
        organizationId: org,
        locale: actor.locale,
        title,
        place: event.place,
      });
      return {
        body: agendaCalendar(title, entries),
        fileName: `agenda-${event.id.slice(0, 8)}.ics`,
      };
    },
  };
}

export type AgendaService = ReturnType<typeof createAgendaService>;
