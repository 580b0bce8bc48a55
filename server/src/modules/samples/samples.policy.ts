import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';

type Parties = { producerOrgId: string; distributorOrgId: string };

/**
 * Who may see and act on sample requests and quotes, in one place: the two organizations of the
 * request (or match) act, coordinators and admins watch. Anyone else is told it does not exist.
 */
export const samplePolicy = {
  isProducerParty: (actor: Actor | null, row: Parties) =>
    actor?.role === 'producer' &&
    actor.organizationId !== null &&
    actor.organizationId === row.producerOrgId,

  isDistributorParty: (actor: Actor | null, row: Parties) =>
    actor?.role === 'distributor' &&
    actor.organizationId !== null &&
    actor.organizationId === row.distributorOrgId,

  canView(actor: Actor | null, row: Parties): boolean {
    return (
      this.isProducerParty(actor, row) || this.isDistributorParty(actor, row) || isStaff(actor)
    );
  },

  /** The side that takes a step must be that party; staff see, they do not act for them. */
  canAct(actor: Actor, row: Parties, side: 'producer' | 'distributor'): boolean {
    return side === 'producer'
      ? this.isProducerParty(actor, row)
      : this.isDistributorParty(actor, row);
  },

  canRequest: (actor: Actor) => actor.role === 'distributor' && actor.organizationId !== null,
};
