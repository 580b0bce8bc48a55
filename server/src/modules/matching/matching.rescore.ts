import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jobCheckpoints } from '../../db/schema/index.ts';
import type { SearchEngine } from '../search/search-engine.ts';
import { environmentMatchingSettings } from './matching.environment.ts';
import { matchProduct } from './matching.product.ts';
import { createRunCache, matchDemand } from './matching.service.ts';
import type { MatchingSettings } from './matching.settings.ts';

export const RESCORE_CHECKPOINT = 'matching-rescore';

export type RescoreReport = {
  since: string | null;
  demands: number;
  products: number;
  proposed: number;
  written: number;
  removed: number;
  durationMs: number;
  demandsPerSecond: number;
  concurrency: number;
  /** Questions the demands put to the search engine, and how many the run's cache answered. */
  searches: number;
  searchesFromCache: number;
};

/**
 * Open demands of verified distributors that changed since `since`, or whose distributor's
 * standing requirements did; and demands closed (or distributors unverified) since, that still
 * have engine proposals to withdraw.
 */
async function changedDemands(db: Db, since: Date): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(sql`
    select d.id from demands d join organizations o on o.id = d.distributor_org_id
     where (d.updated_at > ${since} or o.updated_at > ${since})
       and ((d.status = 'open' and o.verification_status = 'verified')
            or exists (select 1 from matches m
                        where m.demand_id = d.id and m.status = 'proposed' and m.origin = 'engine'))
     order by d.id`);
  return rows.map((r) => r.id);
}

/**
 * Products whose facts for matching may have changed since `since`: the product or its producer
 * (retail readiness, verification), a certificate recorded, verified or lapsed (a certificate
 * stops counting the day after its expiry with nobody touching the row), or the producer's
 * answer record. Public ones, and non-public ones that still have engine proposals to withdraw.
 */
async function changedProducts(db: Db, since: Date): Promise<string[]> {
  const { rows } = await db.execute<{ id: string }>(sql`
    select p.id from products p join organizations o on o.id = p.producer_org_id
     where (p.updated_at > ${since} or o.updated_at > ${since}
            or exists (select 1 from certificates c
                        where (c.product_id = p.id or (c.product_id is null and c.organization_id = p.producer_org_id))
                          and (c.updated_at > ${since}
                               or c.expires_on between (${since}::timestamptz at time zone 'Asia/Ho_Chi_Minh')::date - 1
                                                   and (now() at time zone 'Asia/Ho_Chi_Minh')::date))
            or exists (select 1 from producer_response_stats r
                        where r.producer_org_id = p.producer_org_id and r.updated_at > ${since}))
       and ((p.public_facts is not null and p.status <> 'archived' and o.verification_status = 'verified')
            or exists (select 1 from matches m
                        where m.product_id = p.id and m.status = 'proposed' and m.origin = 'engine'))
     order by p.id`);
  return rows.map((r) => r.id);
}

/** Runs `task` over `items`, `concurrency` at a time. */
async function forEachConcurrently<T>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await task(item);
    }
  });
  await Promise.all(lanes);
}

/**
 * The nightly re-score: every demand and product changed since the last successful run
 * (job_checkpoints `matching-rescore`) is matched again, demands first. The first run ever
 * matches every open demand from the demand side only, which already covers every pair.
 * The checkpoint moves to this run's start only when every item succeeded; otherwise the run
 * fails after doing all it could, and its retry (or the next night) redoes it (every step is
 * idempotent).
 */
export async function rescoreChanged(
  db: Db,
  engine: SearchEngine,
  settings: MatchingSettings = environmentMatchingSettings(),
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<RescoreReport> {
  const started = performance.now();
  // The database's clock, as row timestamps use it; floored to the millisecond (a little early is safe).
  const { rows: clock } = await db.execute<{ ms: number }>(
    sql`select (extract(epoch from now()) * 1000)::float8 as ms`,
  );
  const now = new Date(Math.floor(Number(clock[0]!.ms)));
  const [checkpoint] = await db
    .select()
    .from(jobCheckpoints)
    .where(eq(jobCheckpoints.name, RESCORE_CHECKPOINT));
  const since = checkpoint?.lastRunAt ?? null;
  const demandIds = await changedDemands(db, since ?? new Date(0));
  const productIds = since ? await changedProducts(db, since) : [];
  const total = demandIds.length + productIds.length;
  const totals = { proposed: 0, written: 0, removed: 0 };
  let done = 0;
  const concurrency = settings.rescoreConcurrency;
  const cache = createRunCache();
  // One item failing must not stop the others; the run then fails as a whole (below).
  const failures: string[] = [];
  const guarded = (kind: string, work: (id: string) => Promise<void>) => async (id: string) => {
    try {
      await work(id);
    } catch (err) {
      failures.push(`${kind} ${id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    onProgress((done += 1), total);
  };
  await forEachConcurrently(
    demandIds,
    concurrency,
    guarded('demand', async (id) => {
      const r = await matchDemand(db, engine, id, settings, { cache });
      totals.proposed += r.proposed;
      totals.written += r.written;
      totals.removed += r.removed;
    }),
  );
  const demandSeconds = (performance.now() - started) / 1000;
  await forEachConcurrently(
    productIds,
    concurrency,
    guarded('product', async (id) => {
      const r = await matchProduct(db, id, settings);
      totals.written += r.written;
      totals.removed += r.removed;
    }),
  );
  if (failures.length > 0) {
    // The checkpoint stays: the retry (or the next night) takes all of it again, idempotently.
    throw new Error(
      `re-score: ${failures.length} of ${total} failed; first: ${failures.slice(0, 3).join('; ')}`,
    );
  }
  const durationMs = Math.round(performance.now() - started);
  const report: RescoreReport = {
    since: since?.toISOString() ?? null,
    demands: demandIds.length,
    products: productIds.length,
    ...totals,
    durationMs,
    demandsPerSecond:
      demandIds.length === 0 ? 0 : Math.round((demandIds.length / demandSeconds) * 10) / 10,
    concurrency,
    searches: cache.searches.asked ?? 0,
    searchesFromCache: cache.searches.answered ?? 0,
  };
  await db
    .insert(jobCheckpoints)
    .values({ name: RESCORE_CHECKPOINT, lastRunAt: now, detail: report })
    .onConflictDoUpdate({
      target: jobCheckpoints.name,
      set: { lastRunAt: now, detail: report },
    });
  return report;
}
