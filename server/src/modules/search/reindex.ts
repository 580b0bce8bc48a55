import { asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { products } from '../../db/schema/index.ts';
import type { SearchEngine } from './search-engine.ts';
import { syncProducts } from './search-sync.ts';

/**
 * Rebuilds the index from the database, 1,000 products per batch (keyset paging, so it scales
 * to millions). The index is cleared first so nothing stale survives.
 */
export async function reindexAll(
  db: Db,
  engine: SearchEngine,
  onProgress: (progress: { done: number; total: number; indexed: number }) => void = () =>
    undefined,
): Promise<{ total: number; indexed: number }> {
  await engine.applySettings();
  await engine.clear();
  const total = await db.$count(products);
  let done = 0;
  let indexed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const page = await db
      .select({ id: products.id })
      .from(products)
      .where(gt(products.id, after))
      .orderBy(asc(products.id))
      .limit(1000);
    if (page.length === 0) {
      break;
    }
    const result = await syncProducts(
      db,
      engine,
      page.map((p) => p.id),
    );
    indexed += result.indexed;
    done += page.length;
    after = page.at(-1)!.id;
    onProgress({ done, total, indexed });
  }
  return { total, indexed };
}
