import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import type { ImportHead } from './imports.repository.ts';

/** Who may import products and see imports, in one place. */
export const importPolicy = {
  /** Producers import into their own organization; staff review products, they do not list them. */
  canUpload: (actor: Actor) => actor.role === 'producer' && actor.organizationId !== null,

  /** Every member of the producer organization, and staff. Anyone else gets the 404 a missing id gets. */
  canSee: (actor: Actor, imported: Pick<ImportHead, 'producerOrgId'>) =>
    isStaff(actor) ||
    (actor.role === 'producer' && actor.organizationId === imported.producerOrgId),

  /** Whose imports a listing shows: the producer's own, or everyone's for staff; null = not allowed. */
  listScope: (actor: Actor): { producerOrgId?: string } | null =>
    isStaff(actor)
      ? {}
      : actor.role === 'producer' && actor.organizationId
        ? { producerOrgId: actor.organizationId }
        : null,
};
