import { and, between, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { certificates, products } from '../../db/schema/index.ts';
import { addDays, todayInVietnam } from '../certificates/certificates.validity.ts';
import { addOutbox } from '../outbox/outbox.repository.ts';

/**
 * A certificate stops counting the day after its expiry date, with nobody touching a row — so
 * once a day the products it covered are queued for re-indexing, and their search documents
 * lose it. Looks back a week so a worker that was down at midnight catches up; the outbox
 * dedupe key makes a second run on the same day a no-op.
 */
export async function refreshSearchForExpiredCertificates(
  db: Db,
  now = new Date(),
): Promise<number> {
  const today = todayInVietnam(now);
  return db.transaction(async (tx) => {
    const expired = await tx
      .select({ productId: certificates.productId, organizationId: certificates.organizationId })
      .from(certificates)
      .where(
        and(
          isNotNull(certificates.verifiedAt),
          between(certificates.expiresOn, addDays(today, -7), addDays(today, -1)),
        ),
      );
    if (expired.length === 0) {
      return 0;
    }
    const productIds = new Set(expired.flatMap((c) => (c.productId ? [c.productId] : [])));
    const producerWide = [
      ...new Set(expired.filter((c) => c.productId === null).map((c) => c.organizationId)),
    ];
    if (producerWide.length > 0) {
      const rows = await tx
        .select({ id: products.id })
        .from(products)
        .where(and(inArray(products.producerOrgId, producerWide), isNotNull(products.publicFacts)));
      rows.forEach((r) => productIds.add(r.id));
    }
    if (productIds.size > 0) {
      await addOutbox(
        tx,
        'search.product',
        { productIds: [...productIds] },
        `search-expired-certificates-${today}`,
      );
    }
    return productIds.size;
  });
}
