import { isIntroducedStatus, type MatchStatus } from '@ketnoi/shared';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';

type MatchParties = { producerOrgId: string; distributorOrgId: string; status: MatchStatus };

/** Every rule about who may see or change a match, in one place. */
export const matchPolicy = {
  /** The actor's side of the match, if it is a member of one of the two organizations. */
  sideOf(actor: Actor | null, match: MatchParties): 'producer' | 'distributor' | null {
    if (!actor?.organizationId) {
      return null;
    }
    if (actor.role === 'producer' && actor.organizationId === match.producerOrgId) {
      return 'producer';
    }
    if (actor.role === 'distributor' && actor.organizationId === match.distributorOrgId) {
      return 'distributor';
    }
    return null;
  },

  /**
   * Staff see every match. A party sees its match only once the centre has introduced it: a
   * proposal, or a rejected one, is the centre's business until someone vouches for it.
   */
  canView(actor: Actor | null, match: MatchParties): boolean {
    return (
      isStaff(actor) || (this.sideOf(actor, match) !== null && isIntroducedStatus(match.status))
    );
  },

  /** Either party walks the pipeline; a coordinator may record a step for them. */
  canMove(actor: Actor, match: MatchParties): boolean {
    return this.canView(actor, match);
  },

  /** Approval, rejection and manual proposals are the centre's. */
  canDecide: (actor: Actor) => isStaff(actor),

  /** Contacts of the other side travel with the match to a party once introduced. */
  seesCounterpart(actor: Actor | null, match: MatchParties): boolean {
    return this.sideOf(actor, match) !== null && isIntroducedStatus(match.status);
  },
};
