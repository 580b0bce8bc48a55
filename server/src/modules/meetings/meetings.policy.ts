import {
  heldOutcomes,
  meetingTransitions,
  type MeetingAction,
  type MeetingStatus,
} from '@ketnoi/shared';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import type { MeetingRow } from './meetings.repository.ts';

type Parties = Pick<MeetingRow, 'producerOrgId' | 'distributorOrgId'>;

/**
 * Every rule about who may see or change a meeting, in one place.
 *
 * - Staff see every meeting of an event (the grid), book meetings directly, cancel any and record
 *   outcomes; they do not answer requests for a party.
 * - A party (a producer or distributor member of one of the two organizations) sees the meeting;
 *   the party that was asked accepts or declines a request; either party cancels it and, once the
 *   slot has begun, records the outcome.
 * - Anyone else gets a 404, exactly like a missing meeting.
 */
export const meetingPolicy = {
  partyOrganization(actor: Actor | null, meeting: Parties): string | null {
    const org = actor?.organizationId;
    if (!org || (actor.role !== 'producer' && actor.role !== 'distributor')) {
      return null;
    }
    return org === meeting.producerOrgId || org === meeting.distributorOrgId ? org : null;
  },

  canSee(actor: Actor | null, meeting: Parties): boolean {
    return isStaff(actor) || this.partyOrganization(actor, meeting) !== null;
  },

  /** The party that was asked: the one of the two that did not request it. */
  isAskedParty(actor: Actor | null, meeting: Parties & Pick<MeetingRow, 'requestedByOrgId'>) {
    const party = this.partyOrganization(actor, meeting);
    return (
      party !== null && meeting.requestedByOrgId !== null && party !== meeting.requestedByOrgId
    );
  },

  /** What the actor may do with the meeting now. */
  actionsFor(actor: Actor | null, meeting: MeetingRow, now = new Date()): MeetingAction[] {
    const staffOrParty = isStaff(actor) || this.partyOrganization(actor, meeting) !== null;
    const from = (action: MeetingAction) =>
      (meetingTransitions[action].from as readonly MeetingStatus[]).includes(meeting.status);
    const actions: MeetingAction[] = [];
    if (from('accept') && this.isAskedParty(actor, meeting)) {
      actions.push('accept', 'decline');
    }
    if (from('cancel') && staffOrParty && meeting.startsAt > now) {
      actions.push('cancel');
    }
    if (from('outcome') && staffOrParty && meeting.startsAt <= now) {
      actions.push('outcome');
    }
    return actions;
  },
};

export const isHeld = (outcome: string | null) =>
  outcome !== null && (heldOutcomes as readonly string[]).includes(outcome);
