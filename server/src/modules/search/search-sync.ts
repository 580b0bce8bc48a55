import { and, eq, isNotNull } from 'drizzle-orm';
import { products } from '../../db/schema/index.ts';
import type { DbOrTx } from '../../db/client.ts';
import { queueProductMatching } from '../matching/matching.outbox.ts';
import { addOutbox } from '../outbox/outbox.repository.ts';
import { loadSearchDocuments } from './search-documents.ts';
import type { SearchEngine } from './search-engine.ts';

/**
 * Records, in the caller's transaction, that these products' public view may have changed; the
 * search-sync job then re-reads them and updates the index (or removes them), and the matching
 * job scores them against the open demands.
 */
export async function queueSearchSync(tx: DbOrTx, productIds: string[]): Promise<void> {
  if (productIds.length > 0) {
    await addOutbox(tx, 'search.product', { productIds });
    await queueProductMatching(tx, productIds);
  }
}

/**
 * Redis channel on which the search-sync worker names the products it just re-indexed, so API
 * processes drop their cached public views at the same moment search changes.
 */
export const publicViewsChannel = (prefix: string) => `${prefix}:public-views-evict`;

/** Brings the index in line with the database for these products, in one batch per call. */
export async function syncProducts(
  db: DbOrTx,
  engine: SearchEngine,
  productIds: string[],
): Promise<{ indexed: number; removed: number }> {
  const { documents, removed } = await loadSearchDocuments(db, productIds);
  await engine.index(documents);
  await engine.delete(removed);
  return { indexed: documents.length, removed: removed.length };
}

/** Products whose search document a change to this organization or certificate can alter. */
export async function queueSearchSyncForOrganization(
  tx: DbOrTx,
  organizationId: string,
): Promise<void> {
  const rows = await tx
    .select({ id: products.id })
    .from(products)
    .where(and(eq(products.producerOrgId, organizationId), isNotNull(products.publicFacts)));
  await queueSearchSync(
    tx,
    rows.map((r) => r.id),
  );
}

export async function queueSearchSyncForCertificate(
  tx: DbOrTx,
  cert: { organizationId: string; productId: string | null },
): Promise<void> {
  if (cert.productId) {
    await queueSearchSync(tx, [cert.productId]);
  } else {
    await queueSearchSyncForOrganization(tx, cert.organizationId);
  }
}
