import type { DbOrTx } from '../../db/client.ts';
import type { Actor } from '../../lib/actor.ts';
import { findEventById } from '../events/events.repository.ts';
import { eventDate } from '../events/events.messages.ts';
import { findOrganizationRecipients } from '../notifications/notifications.repository.ts';
import { notify } from '../notifications/notify.ts';
import { meetingMessages } from './meetings.messages.ts';
import { meetingPolicy } from './meetings.policy.ts';
import { listMeetings, type MeetingRow } from './meetings.repository.ts';

type NotifiedAction = 'request' | 'schedule' | 'accept' | 'decline' | 'cancel';

/**
 * Tells the organizations a meeting change concerns, in the change's transaction: the asked
 * party of a request, the requester of an answer, both parties of a booking by staff, and the
 * other party (both, when staff cancel) of a cancellation. In-app only: agendas change often.
 */
export async function notifyMeeting(
  tx: DbOrTx,
  params: { publicUrl: string; action: NotifiedAction; meeting: MeetingRow; actor: Actor },
): Promise<void> {
  const { meeting, actor, action } = params;
  const [[named], event] = await Promise.all([
    listMeetings(tx, { eventId: meeting.eventId, ids: [meeting.id] }),
    findEventById(tx, meeting.eventId),
  ]);
  const names = new Map([
    [named!.producer.id, named!.producer.name],
    [named!.distributor.id, named!.distributor.name],
  ]);
  const parties = [meeting.producerOrgId, meeting.distributorOrgId];
  const actorParty = meetingPolicy.partyOrganization(actor, meeting);
  const other = (org: string | null) => parties.filter((p) => p !== org);
  const recipients =
    action === 'request'
      ? other(meeting.requestedByOrgId)
      : action === 'accept' || action === 'decline'
        ? parties.filter((p) => p === meeting.requestedByOrgId)
        : action === 'schedule'
          ? parties
          : other(actorParty);
  const message = {
    request: meetingMessages.requested,
    schedule: meetingMessages.scheduled,
    accept: meetingMessages.accepted,
    decline: meetingMessages.declined,
    cancel: meetingMessages.cancelled,
  }[action];
  const values = {
    eventId: meeting.eventId,
    title: event!.titleVi,
    time: eventDate(meeting.startsAt),
    table: meeting.tableNo ?? '-',
    producer: names.get(meeting.producerOrgId)!,
    distributor: names.get(meeting.distributorOrgId)!,
    from: names.get(meeting.requestedByOrgId ?? '') ?? '',
    to: other(meeting.requestedByOrgId)
      .map((p) => names.get(p))
      .join(', '),
    by: actorParty ? names.get(actorParty)! : '',
  };
  for (const organizationId of recipients) {
    await notify(tx, await findOrganizationRecipients(tx, organizationId), message, {
      values,
      publicUrl: params.publicUrl,
      data: { eventId: meeting.eventId, meetingId: meeting.id },
    });
  }
}
