import type { DemandStatus } from '@ketnoi/shared';
import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { AppError } from '../../lib/errors.ts';
import type { DemandRow } from './demands.repository.ts';
import type { DemandScope } from './demands.repository.ts';

export type DemandAction = 'edit' | 'open' | 'close';

/** The state machine: draft → open ⇄ closed. A closed demand is reopened before it is edited. */
const actionsFrom: Record<DemandStatus, DemandAction[]> = {
  draft: ['edit', 'open'],
  open: ['edit', 'close'],
  closed: ['open'],
};

export const invalidTransition = (message: string, allowed: string[]) =>
  new AppError('INVALID_TRANSITION', message, { data: { allowed } });

/** Every rule about who may see or change a demand, in one place. */
export const demandPolicy = {
  isOwner: (actor: Actor | null, demand: Pick<DemandRow, 'distributorOrgId'>) =>
    actor?.role === 'distributor' && actor.organizationId === demand.distributorOrgId,

  canCreate: (actor: Actor) =>
    actor.role === 'distributor' &&
    actor.organizationId !== null &&
    actor.organizationKind === 'distributor',

  /** The demands an actor may read; `null`: none at all. */
  scopeOf(actor: Actor): DemandScope | null {
    if (actor.role === 'distributor' && actor.organizationId) {
      return { kind: 'own', distributorOrgId: actor.organizationId };
    }
    if (isStaff(actor)) {
      return { kind: 'staff' };
    }
    if (actor.role === 'producer' && actor.organizationId) {
      return { kind: 'introduced', producerOrgId: actor.organizationId };
    }
    return null;
  },

  actionsFrom: (status: DemandStatus): DemandAction[] => actionsFrom[status],

  /** Throws 409 INVALID_TRANSITION listing what is allowed from the current status. */
  assertAllowed(status: DemandStatus, action: DemandAction): void {
    const allowed = actionsFrom[status];
    if (!allowed.includes(action)) {
      const what = action === 'edit' ? 'edited' : action === 'open' ? 'opened' : 'closed';
      throw invalidTransition(`A ${status} demand cannot be ${what}`, allowed);
    }
  },
};
