import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { outbox, products } from '../../db/schema/index.ts';

/**
 * Records, in the caller's transaction, that these products' public view may have changed, so
 * the matching worker scores them against the open demands. One row per product version
 * (dedupe key `matching.product:<id>:<version>`): several triggers in one change queue one job.
 * Changes that leave a product's version alone (a certificate, the producer's profile) are
 * picked up by the nightly re-score.
 */
export async function queueProductMatching(tx: DbOrTx, productIds: string[]): Promise<void> {
  if (productIds.length === 0) {
    return;
  }
  const rows = await tx
    .select({ id: products.id, version: products.version })
    .from(products)
    .where(inArray(products.id, productIds));
  if (rows.length === 0) {
    return;
  }
  await tx
    .insert(outbox)
    .values(
      rows.map((r) => ({
        topic: 'matching.product',
        payload: { productId: r.id, version: r.version },
        dedupeKey: `matching.product:${r.id}:${r.version}`,
      })),
    )
    .onConflictDoNothing({ target: outbox.dedupeKey });
}
