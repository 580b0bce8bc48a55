/**
 * bench:data — generates a synthetic catalogue of N products (10⁴–10⁶) over ≈ N/50 producers in
 * every province, group and category, named from the curated demo vocabulary, mostly published
 * with `public_facts`, and reports how fast it loads. The database is a fresh bench database,
 * dropped at the end unless `--keep` (then it is named `ketnoi_data_…`, which the stale-database
 * sweep of other benches leaves alone, and its URL is printed), or the one given by `--database-url`.
 * Target: 1,000,000 products in ≤ 5 minutes on 2 cores.
 *
 *   npm run bench:data -- -- --products 100000 [--keep] [--database-url URL] [--writers 2] [--batch 10000] [--seed 1]
 *
 * Rows go in as multi-row `INSERT … SELECT … FROM unnest($1::uuid[], …)`, 10,000 per statement,
 * on `--writers` connections at once while the next batch is being built; `public_facts` is built
 * by PostgreSQL (`jsonb_build_object`) and a sample is checked against `productFacts(row)`.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { inArray } from 'drizzle-orm';
import pg from 'pg';
import { createDatabase } from '../src/db/client.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { products } from '../src/db/schema/index.ts';
import { seedReference } from '../src/db/seed/reference.ts';
import { productFacts } from '../src/modules/products/products.input.ts';
import { createBenchDatabase, log, runBench } from './lib/harness.ts';
import {
  insertProducersSql as insertProducers,
  insertProductsSql as insertProducts,
  productParams,
  PRODUCTS_PER_PRODUCER,
} from './lib/generate-catalogue.ts';
import {
  buildProducers,
  buildProducts,
  buildVocabulary,
  random,
} from './lib/synthetic-catalogue.ts';

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

/** A database that outlives the run: not named `ketnoi_bench_…`, so no stale-bench sweep drops it. */
async function createKeptDatabase(label: string): Promise<{ name: string; url: string }> {
  const name = `ketnoi_data_${label}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  return { name, url: serverUrl(name) };
}

async function prepare(url: string) {
  await migrateDatabase(url);
  const database = createDatabase(url, { max: 1, applicationName: 'ketnoi-bench-data' });
  try {
    await seedReference(database.db);
  } finally {
    await database.close();
  }
}

const sizeLabel = (n: number) =>
  n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n % 1000 === 0 ? `${n / 1000}k` : String(n);

runBench('data', async ({ args, cleanup }) => {
  const total = args.int('products', 10_000);
  const batchSize = args.int('batch', 10_000);
  const writers = Math.max(1, args.int('writers', 2));
  const seed = args.int('seed', 1);
  const keep = args.flag('keep');
  if (total < 1 || batchSize < 1) {
    throw new Error('--products and --batch must be at least 1');
  }
  const producerCount = Math.max(1, Math.ceil(total / PRODUCTS_PER_PRODUCER));

  let name: string;
  let url: string;
  const given = args.string('database-url', '');
  if (given) {
    url = given;
    name = decodeURIComponent(new URL(given).pathname.slice(1));
    await prepare(url);
  } else if (keep) {
    ({ name, url } = await createKeptDatabase(sizeLabel(total)));
    await prepare(url);
  } else {
    const database = await createBenchDatabase('data');
    cleanup.add(database.drop, 'drop database');
    ({ name, url } = database);
  }
  log(
    `data: ${total.toLocaleString('en')} products, ${producerCount.toLocaleString('en')} producers → ${name}`,
  );

  const vocabulary = buildVocabulary();
  const templates = [...vocabulary.values()].reduce((n, list) => n + list.length, 0);
  log(
    `data: vocabulary of ${templates} items (line × variant × grade) over ${vocabulary.size} provinces`,
  );

  const clients = await Promise.all(
    Array.from({ length: writers }, async () => {
      const client = new pg.Client({
        connectionString: url,
        application_name: 'ketnoi-bench-data',
      });
      await client.connect();
      // Bench data: losing the last commits in a crash is fine, waiting for each flush is not.
      await client.query('set synchronous_commit = off');
      return client;
    }),
  );
  cleanup.add(() => Promise.all(clients.map((c) => c.end())), 'close connections');

  const rand = random(seed);
  const started = performance.now();
  const [first] = clients;
  const { rows: maxRows } = await first!.query<{ max: string | null }>(
    `select max(tax_code) as max from organizations where tax_code ~ '^08[0-9]{8}$'`,
  );
  const firstSerial = maxRows[0]?.max ? Number(maxRows[0].max.slice(2, 9)) + 1 : 0;
  const producers = buildProducers(producerCount, firstSerial, rand);
  for (let i = 0; i < producerCount; i += batchSize) {
    const slice = <T>(a: T[]) => a.slice(i, i + batchSize);
    await first!.query(insertProducers, [
      slice(producers.id),
      slice(producers.legalName),
      slice(producers.taxCode),
      slice(producers.province),
      slice(producers.address),
      slice(producers.legalForm),
      slice(producers.description),
      slice(producers.contactPhone),
      slice(producers.readiness),
      slice(producers.status),
    ]);
  }
  log(
    `data: ${producerCount.toLocaleString('en')} producers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // Build batch k+1 while PostgreSQL writes batch k (and k−1 on the other connection).
  const inFlight: (Promise<unknown> | undefined)[] = new Array(writers).fill(undefined);
  const nowSeconds = Math.floor(Date.now() / 1000);
  const publishedSample: string[] = [];
  let done = 0;
  let lastLog = performance.now();
  for (let from = 0, batch = 0; from < total; from += batchSize, batch += 1) {
    const count = Math.min(batchSize, total - from);
    const columns = buildProducts(from, count, total, producers, vocabulary, rand, nowSeconds);
    for (let k = 0; k < 20 && publishedSample.length < 200; k += 1) {
      const at = Math.floor(rand() * count);
      if (columns.status[at] === 'published') {
        publishedSample.push(columns.id[at]!);
      }
    }
    const w = batch % writers;
    await inFlight[w];
    const write = clients[w]!.query(insertProducts, productParams(columns)).then(() => {
      done += count;
      const now = performance.now();
      if (now - lastLog > 5000 || done === total) {
        lastLog = now;
        const seconds = (now - started) / 1000;
        log(
          `data: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} products, ${seconds.toFixed(1)} s, ${Math.round(done / seconds).toLocaleString('en')} rows/s`,
        );
      }
    });
    // Awaited below; a failure must not also surface as an unhandled rejection before cleanup.
    write.catch(() => undefined);
    inFlight[w] = write;
  }
  await Promise.all(inFlight.filter((write) => write !== undefined));
  const seconds = (performance.now() - started) / 1000;

  const analyzeStarted = performance.now();
  await first!.query('analyze organizations, products');
  log(`data: analyze in ${((performance.now() - analyzeStarted) / 1000).toFixed(1)} s`);

  // public_facts is built in SQL: check a sample against the application's own productFacts(row).
  const check = createDatabase(url, { max: 1, applicationName: 'ketnoi-bench-data' });
  try {
    const sample = await check.db
      .select()
      .from(products)
      .where(inArray(products.id, publishedSample));
    const wrong = sample.filter((row) => !isDeepStrictEqual(row.publicFacts, productFacts(row)));
    if (wrong.length > 0) {
      throw new Error(
        `public_facts differs from productFacts(row) for ${wrong.length} of ${sample.length} sampled products, e.g. ${wrong[0]!.id}`,
      );
    }
    log(`data: public_facts = productFacts(row) for ${sample.length} sampled published products`);
  } finally {
    await check.close();
  }
  if (keep || given) {
    log(`data: kept ${name}: DATABASE_URL=${url}`);
  }

  const output = {
    bench: 'data',
    dataset: {
      products: total,
      producers: producerCount,
      database: name,
      kept: keep || Boolean(given),
      vocabulary: templates,
      batch: batchSize,
      writers,
      seed,
      cpus: os.cpus().length,
      node: process.version,
    },
    calibration: null,
    results: {
      generate: {
        seconds: Math.round(seconds * 100) / 100,
        rowsPerSecond: Math.round(total / seconds),
      },
    },
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
});
