import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import type { OrganizationRow } from './organizations.repository.ts';

/** Every rule about who may see or change an organization, in one place. */
export const organizationPolicy = {
  isMember: (actor: Actor | null, org: Pick<OrganizationRow, 'id'>) =>
    actor?.organizationId === org.id,

  /** Members and staff see any organization; everyone else only verified ones. */
  canView(actor: Actor | null, org: OrganizationRow): boolean {
    return this.isMember(actor, org) || isStaff(actor) || org.verificationStatus === 'verified';
  },

  /**
   * Contact details and the tax code: members and staff always; otherwise only the other side of
   * a match the centre has introduced (`introduced`, looked up by the caller when
   * `mayBeIntroduced`). Introductions are what the centre vouches for, so before one the contacts
   * stay hidden both ways.
   */
  canSeePrivate(actor: Actor | null, org: OrganizationRow, introduced = false): boolean {
    return this.isMember(actor, org) || isStaff(actor) || introduced;
  },

  /** A producer and a distributor can be introduced to each other; nobody else needs the lookup. */
  mayBeIntroduced(actor: Actor | null, org: OrganizationRow): boolean {
    return (
      actor !== null &&
      actor.organizationId !== null &&
      !this.isMember(actor, org) &&
      ((actor.role === 'distributor' && org.kind === 'producer') ||
        (actor.role === 'producer' && org.kind === 'distributor'))
    );
  },

  /** The centre's review notes: members and staff only, never a counterpart. */
  canSeeReviewNote(actor: Actor | null, org: OrganizationRow): boolean {
    return this.isMember(actor, org) || isStaff(actor);
  },

  /** Owners edit their own profile; admins may correct any. Coordinators review, they do not edit. */
  canEdit(actor: Actor, org: OrganizationRow): boolean {
    return this.isMember(actor, org) || actor.role === 'admin';
  },

  canReview: (actor: Actor) => isStaff(actor),
};
