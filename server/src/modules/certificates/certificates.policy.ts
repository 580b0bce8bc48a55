import type { Actor } from '../../lib/actor.ts';
import { isStaff } from '../../lib/actor.ts';
import { isCertificateValid } from './certificates.validity.ts';
import type { CertificateRow } from './certificates.repository.ts';

/**
 * Every rule about who may see or change a certificate, in one place.
 *
 * - The owner (any producer member of the organization) creates, edits, deletes it and its
 *   evidence, and sees all of its certificates in every state.
 * - Staff (coordinators, admins) see all certificates and their evidence, and verify them.
 * - Everyone else (anonymous, distributors, other producers) sees a certificate only while it
 *   counts (verified, unexpired) and belongs to a verified producer and, when it is of one
 *   product, to a public product. Anything else is a 404, exactly like a missing certificate.
 *   Evidence files are never public: they may show signatures, addresses and tax codes.
 */
export const certificatePolicy = {
  isOwner: (actor: Actor | null, cert: Pick<CertificateRow, 'organizationId'>) =>
    actor?.role === 'producer' && actor.organizationId === cert.organizationId,

  seesEverything(actor: Actor | null, cert: Pick<CertificateRow, 'organizationId'>): boolean {
    return this.isOwner(actor, cert) || isStaff(actor);
  },

  isPubliclyVisible(
    cert: Pick<CertificateRow, 'verifiedAt' | 'expiresOn'>,
    context: { producerVerified: boolean; productPublic: boolean | null },
    today: string,
  ): boolean {
    return (
      isCertificateValid(cert, today) && context.producerVerified && context.productPublic !== false
    );
  },

  canCreate: (actor: Actor) => actor.role === 'producer' && actor.organizationId !== null,
  canVerify: (actor: Actor) => isStaff(actor),
};
