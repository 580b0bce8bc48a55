import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import type { ProductRow } from './products.repository.ts';

/** Every rule about who may see or change a product, in one place. */
export const productPolicy = {
  isOwner: (actor: Actor | null, product: Pick<ProductRow, 'producerOrgId'>) =>
    actor?.role === 'producer' && actor.organizationId === product.producerOrgId,

  /** The owner and staff see the working copy (drafts, review notes); everyone else the public version. */
  seesWorkingCopy(actor: Actor | null, product: Pick<ProductRow, 'producerOrgId'>): boolean {
    return this.isOwner(actor, product) || isStaff(actor);
  },

  /** Public: an approved version exists, the product is not archived and its producer is verified. */
  isPublic: (product: Pick<ProductRow, 'publicFacts' | 'status'>, producerVerified: boolean) =>
    product.publicFacts !== null && product.status !== 'archived' && producerVerified,

  canCreate: (actor: Actor) => actor.role === 'producer' && actor.organizationId !== null,
  canReview: (actor: Actor) => isStaff(actor),
};
