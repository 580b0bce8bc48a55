import type { Meeting } from '@ketnoi/shared';
import type { Actor } from '../../lib/actor.ts';
import { meetingPolicy } from './meetings.policy.ts';
import type { MeetingWithParties } from './meetings.repository.ts';

export function toMeetingDto(
  { meeting: m, producer, distributor }: MeetingWithParties,
  actor: Actor | null,
  now = new Date(),
): Meeting {
  return {
    id: m.id,
    eventId: m.eventId,
    producer,
    distributor,
    matchId: m.matchId,
    tableNo: m.tableNo,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    status: m.status,
    origin: m.origin,
    requestedByOrganizationId: m.requestedByOrgId,
    note: m.note,
    outcome: m.outcome,
    outcomeNote: m.outcomeNote,
    actions: meetingPolicy.actionsFor(actor, m, now),
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
