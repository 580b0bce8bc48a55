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
   * Contact details and the tax code: members and staff always; a verified distributor may see a
   * verified producer's, so that buyers can reach suppliers. Nobody else.
   */
  canSeePrivate(actor: Actor | null, org: OrganizationRow): boolean {
    if (this.isMember(actor, org) || isStaff(actor)) {
      return true;
    }
    return (
      actor?.role === 'distributor' &&
      actor.organizationStatus === 'verified' &&
      org.kind === 'producer' &&
      org.verificationStatus === 'verified'
    );
  },

  /** Owners edit their own profile; admins may correct any. Coordinators review, they do not edit. */
  canEdit(actor: Actor, org: OrganizationRow): boolean {
    return this.isMember(actor, org) || actor.role === 'admin';
  },

  canReview: (actor: Actor) => isStaff(actor),
};
