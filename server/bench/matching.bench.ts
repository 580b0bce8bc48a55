/**
 * The matching engine at catalogue size: a fresh bench database with `--products` products
 * (lib/generate-catalogue.ts), the search index built in-process with `reindexAll`, `--demands`
 * open demands (lib/synthetic-demands.ts), then
 * - `rescore`: the nightly `rescore-changed` job over every open demand, run by the real worker
 *   (child process) at its own concurrency, reported as demands/s;
 * - `matchDemand`: one demand at a time, retrieve (SearchEngine) + score + upsert, `--samples` runs;
 * - `matchProduct`: one product against every open demand, `--product-samples` runs.
 * See bench/README.md (`matching`). Quick check: `--products 3000 --demands 300 --samples 10`.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Queue, QueueEvents } from 'bullmq';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/client.ts';
import { redisOptionsFromUrl } from '../src/jobs/queues.ts';
import { matchProduct } from '../src/modules/matching/matching.product.ts';
import type { RescoreReport } from '../src/modules/matching/matching.rescore.ts';
import { matchDemand } from '../src/modules/matching/matching.service.ts';
import { matchingSettingsFrom } from '../src/modules/matching/matching.settings.ts';
import { createPostgresSearchEngine } from '../src/modules/search/postgres-search-engine.ts';
import { reindexAll } from '../src/modules/search/reindex.ts';
import { generateCatalogue } from './lib/generate-catalogue.ts';
import { benchEnv, createBenchDatabase, log, runBench } from './lib/harness.ts';
import { random } from './lib/synthetic-catalogue.ts';
import { generateDemands } from './lib/synthetic-demands.ts';
import { spawnBenchWorker } from './lib/worker-process.ts';

const TARGETS = { matchDemandP95Ms: 300, matchProductMaxMs: 1000, rescoreSeconds: 300 };

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentiles of a list of milliseconds. */
function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return {
    runs: values.length,
    p50Ms: round(at(50)),
    p95Ms: round(at(95)),
    maxMs: round(sorted.at(-1) ?? 0),
    meanMs: round(values.reduce((a, b) => a + b, 0) / Math.max(1, values.length)),
  };
}

runBench('matching', async ({ args, cleanup }) => {
  const total = args.int('products', 100_000);
  const demandCount = args.int('demands', 10_000);
  const samples = args.int('samples', 50);
  const productSamples = args.int('product-samples', 20);
  const seed = args.int('seed', 1);
  const rand = random(seed + 31);

  const database = await createBenchDatabase('matching');
  cleanup.add(database.drop, 'drop database');
  log(`generate: ${total.toLocaleString('en')} products → ${database.name}`);
  const generated = await generateCatalogue(database.url, {
    products: total,
    writers: 2,
    seed,
    log: (message) => log(`generate: ${message}`),
  });

  const { db, pool, close } = createDatabase(database.url, {
    max: 10,
    applicationName: 'ketnoi-bench-matching',
  });
  cleanup.add(close, 'close pool');
  const engine = createPostgresSearchEngine(db);
  const reindexStarted = performance.now();
  const indexed = await reindexAll(db, engine);
  const reindexSeconds = round((performance.now() - reindexStarted) / 1000, 2);
  log(`reindex: ${indexed.indexed.toLocaleString('en')} public products in ${reindexSeconds} s`);
  const demands = await generateDemands(database.url, { demands: demandCount, seed });
  await pool.query('analyze');
  log(
    `demands: ${demands.demands.toLocaleString('en')} open demands of ${demands.distributors} distributors in ${demands.seconds} s`,
  );

  const env = benchEnv({ DATABASE_URL: database.url });
  const config = loadConfig(env);
  const settings = matchingSettingsFrom(config);

  // 1. The nightly re-score, by the real worker: every open demand (no checkpoint yet).
  // Starting under load can take a while on a busy 2-core machine.
  const worker = await spawnBenchWorker({ DATABASE_URL: database.url }, { timeoutMs: 180_000 });
  cleanup.add(worker.close, 'stop worker');
  const connection = redisOptionsFromUrl(config.REDIS_URL);
  const queue = new Queue('matching', { connection, prefix: config.QUEUE_PREFIX });
  const events = new QueueEvents('matching', { connection, prefix: config.QUEUE_PREFIX });
  cleanup.add(async () => {
    await events.close();
    await queue.close();
  }, 'close queue');
  await events.waitUntilReady();
  log(
    `rescore: ${demandCount.toLocaleString('en')} demands, concurrency ${settings.rescoreConcurrency}`,
  );
  const rescoreStarted = performance.now();
  const job = await queue.add('rescore-changed', {});
  const rescored = (await job.waitUntilFinished(events, 60 * 60_000)) as RescoreReport;
  const rescoreSeconds = round((performance.now() - rescoreStarted) / 1000, 2);
  log(
    `rescore: ${rescored.demands} demands in ${rescoreSeconds} s (${rescored.demandsPerSecond} demands/s), ${rescored.proposed.toLocaleString('en')} proposals`,
  );
  await worker.close();

  // 2. One demand: retrieve + score + upsert, here in the bench process, one at a time.
  const { rows: demandIds } = await pool.query<{ id: string }>(
    `select id from demands where status = 'open' order by id`,
  );
  const sample = <T>(list: T[], n: number) =>
    Array.from({ length: Math.min(n, list.length) }, () => list[Math.floor(rand() * list.length)]!);
  const demandTimes: number[] = [];
  const shape = { candidates: 0, proposed: 0, pools: 0 };
  for (const [i, { id }] of sample(demandIds, samples + 5).entries()) {
    const started = performance.now();
    const r = await matchDemand(db, engine, id, settings);
    // The first five warm the JIT, the pools and the caches.
    if (i >= 5) {
      demandTimes.push(performance.now() - started);
      shape.candidates += r.candidates;
      shape.proposed += r.proposed;
      shape.pools += r.pools;
    }
  }
  const matchDemandResult = {
    ...summary(demandTimes),
    meanCandidates: round(shape.candidates / Math.max(1, demandTimes.length)),
    meanProposed: round(shape.proposed / Math.max(1, demandTimes.length)),
    pools: shape.pools,
  };
  log(`matchDemand: p50 ${matchDemandResult.p50Ms} ms, p95 ${matchDemandResult.p95Ms} ms`);

  // 3. One product against every open demand.
  const { rows: productIds } = await pool.query<{ id: string }>(
    `select id from products where public_facts is not null order by id`,
  );
  const productTimes: number[] = [];
  let considered = 0;
  let proposedFor = 0;
  for (const [i, { id }] of sample(productIds, productSamples + 3).entries()) {
    const started = performance.now();
    const r = await matchProduct(db, id, settings);
    if (i >= 3) {
      productTimes.push(performance.now() - started);
      considered += r.demands;
      proposedFor += r.eligible;
    }
  }
  const matchProductResult = {
    ...summary(productTimes),
    openDemands: demandCount,
    meanDemandsScored: round(considered / Math.max(1, productTimes.length)),
    meanProposedFor: round(proposedFor / Math.max(1, productTimes.length)),
  };
  log(`matchProduct: p50 ${matchProductResult.p50Ms} ms, max ${matchProductResult.maxMs} ms`);

  const { rows: counts } = await db.execute<{ matches: number; pooled: number }>(
    sql`select count(*)::int as matches, count(pool_id)::int as pooled from matches`,
  );
  const results = {
    rescore: {
      demands: rescored.demands,
      seconds: rescoreSeconds,
      jobSeconds: round(rescored.durationMs / 1000, 2),
      demandsPerSecond: rescored.demandsPerSecond,
      concurrency: rescored.concurrency,
      proposed: rescored.proposed,
      searches: rescored.searches,
      searchesFromCache: rescored.searchesFromCache,
    },
    matchDemand: matchDemandResult,
    matchProduct: matchProductResult,
  };
  const verdict = {
    matchDemandP95: results.matchDemand.p95Ms <= TARGETS.matchDemandP95Ms,
    matchProductMax: results.matchProduct.maxMs <= TARGETS.matchProductMaxMs,
    rescore: results.rescore.seconds <= TARGETS.rescoreSeconds,
  };
  log(`targets ${JSON.stringify(TARGETS)} met: ${JSON.stringify(verdict)}`);
  const output = {
    bench: 'matching',
    dataset: {
      products: total,
      publicProducts: indexed.indexed,
      producers: generated.producers,
      openDemands: demandCount,
      distributors: demands.distributors,
      matches: counts[0]!.matches,
      pooledMatches: counts[0]!.pooled,
      candidatesK: settings.candidates,
      topN: settings.topN,
      reindexSeconds,
      engine: engine.name,
      loadAverage: os.loadavg().map((l) => round(l, 2)),
      cpus: os.cpus().length,
      node: process.version,
    },
    calibration: null,
    targets: TARGETS,
    results,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
});
