import { and, eq, isNotNull, sql } from 'drizzle-orm';
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

/** Advisory-lock namespace (the first int4 key) of search sync; meetings use 72_001–72_002. */
const SYNC_LOCK_SPACE = 72_101;
/**
 * Products share this many locks: a batch of 1,000 takes at most 64 (PostgreSQL's lock table is
 * finite), and two products in one bucket only wait for each other, never see stale data.
 */
const SYNC_LOCK_BUCKETS = 64;

/** The sorted, distinct lock keys of these products (sorted: two syncs never wait in a cycle). */
function syncLockKeys(productIds: string[]): number[] {
  const keys = new Set<number>();
  for (const id of productIds) {
    // 32-bit FNV-1a of the id, so the bucket does not depend on how ids are generated.
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i += 1) {
      hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    }
    keys.add((hash >>> 0) % SYNC_LOCK_BUCKETS);
  }
  return [...keys].sort((a, b) => a - b);
}

/**
 * Brings the index in line with the database for these products, in one batch per call.
 *
 * Syncs of the same product run one after another: each holds its products' advisory locks from
 * reading them until the engine has applied the result (Meilisearch: its task succeeded). Without
 * that, two jobs for one product (two workers, a retry, the relay's direct run) could read v1 and
 * v2, apply v2, then v1 — a stale document, or an archived product back in search — until the
 * product changed again. Meilisearch applies tasks in the order they were enqueued, so a task
 * left behind by a sync that gave up waiting still lands before the next sync's.
 */
export async function syncProducts(
  db: DbOrTx,
  engine: SearchEngine,
  productIds: string[],
): Promise<{ indexed: number; removed: number }> {
  if (productIds.length === 0) {
    return { indexed: 0, removed: 0 };
  }
  return db.transaction(async (tx) => {
    const keys = syncLockKeys(productIds);
    await tx.execute(
      sql`select pg_advisory_xact_lock(${SYNC_LOCK_SPACE}::int, k) from unnest(${`{${keys.join(',')}}`}::int[]) as k`,
    );
    const { documents, removed } = await loadSearchDocuments(tx, productIds);
    await engine.index(documents);
    await engine.delete(removed);
    return { indexed: documents.length, removed: removed.length };
  });
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
