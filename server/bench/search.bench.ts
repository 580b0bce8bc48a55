/**
 * Search at catalogue size: a fresh bench database filled with `--products` products
 * (lib/generate-catalogue.ts), the PostgreSQL search index built in-process with `reindexAll`,
 * then the API child measured on GET /api/v1/search/products (text + two filters + facets,
 * filters only, search-as-you-type prefixes), and the time from a coordinator's approval to the
 * product being findable, with the real worker (outbox relay → search-sync) in its own process.
 * See bench/README.md (`search`).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { drizzle } from 'drizzle-orm/node-postgres';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Session } from '@ketnoi/shared';
import { createDatabase } from '../src/db/client.ts';
import * as schema from '../src/db/schema/index.ts';
import { users } from '../src/db/schema/index.ts';
import { hashPassword } from '../src/modules/auth/passwords.ts';
import { createPostgresSearchEngine } from '../src/modules/search/postgres-search-engine.ts';
import { reindexAll } from '../src/modules/search/reindex.ts';
import type { ResolvedSearchQuery } from '../src/modules/search/search-engine.ts';
import { PASSWORD, authHeader, uniqueEmail, uniqueTaxCode } from '../test/helpers/fixtures.ts';
import { generateCatalogue } from './lib/generate-catalogue.ts';
import {
  calibrate,
  createBenchDatabase,
  log,
  runBench,
  runScenario,
  spawnBenchServer,
  type Calibration,
  type ScenarioResult,
} from './lib/harness.ts';
import { spawnBenchWorker } from './lib/worker-process.ts';

const TARGETS = {
  reindexSeconds100k: 60,
  textTwoFiltersFacetsP95Ms: 50,
  filterOnlyP95Ms: 25,
  publishToSearchableP95Ms: 1_000,
};
const POLL_MS = 20;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

// ---------------------------------------------------------------------------------------------
// The queries: words the synthetic catalogue contains (the curated demo vocabulary), typed as
// people type them — no diacritics, an English synonym, a typo of one edit — each with two filters.

type Params = Record<string, string | number>;

const textQueries: Params[] = [
  { q: 'mat ong', group: 'food', minStars: 4 },
  { q: 'nuoc mam', province: 'an-giang', storage: 'ambient' },
  { q: 'tea', region: 'northern-midlands-mountains', minStars: 3 },
  { q: 'ca phe', province: 'dak-lak', group: 'food' },
  { q: 'coffee', region: 'central-highlands', minStars: 4 },
  { q: 'gao st25', province: 'can-tho', minStars: 4 },
  { q: 'honey', province: 'tuyen-quang', minStars: 3 },
  { q: 'cam vinh', province: 'nghe-an', minStars: 3 },
  { q: 'fish sauce', region: 'mekong-delta', storage: 'ambient' },
  { q: 'banh trang', group: 'food', minStars: 3 },
  { q: 'arabicca', province: 'son-la', minStars: 3 }, // typo: arabica
  { q: 'atisso', province: 'lam-dong', group: 'herbal' }, // typo: atiso
  { q: 'yen sao', province: 'khanh-hoa', minStars: 4 },
  { q: 'ginseng', region: 'north-central-central-coast', minStars: 4 },
  { q: 'hat dieu rang muoi', province: 'dong-nai', storage: 'ambient' },
  { q: 'tho cam', group: 'handicraft', minStars: 3 },
  { q: 'lychee', province: 'bac-ninh', minStars: 3 },
  { q: 'nem chua', province: 'thanh-hoa', group: 'food' },
  { q: 'dried shrimp', province: 'ca-mau', minStars: 3 },
  { q: 'mien dong', province: 'thai-nguyen', storage: 'ambient' },
  { q: 'che shan tuyet', region: 'northern-midlands-mountains', group: 'beverage' },
  { q: 'pottery', group: 'handicraft', minStars: 4 },
];

const filterQueries: Params[] = [
  { group: 'food', province: 'dak-lak', minStars: 4 },
  { group: 'food', province: 'an-giang', minStars: 4 },
  { group: 'beverage', region: 'northern-midlands-mountains', minStars: 3 },
  { group: 'handicraft', province: 'ha-noi', minStars: 4 },
  { group: 'food', province: 'can-tho', storage: 'ambient' },
  { group: 'herbal', region: 'central-highlands', minStars: 3 },
  { group: 'food', province: 'nghe-an', minStars: 4 },
  { group: 'food', region: 'mekong-delta', storage: 'frozen' },
  { group: 'food', province: 'ca-mau', minStars: 3 },
  { group: 'ornamental', region: 'southeast', minStars: 3 },
  { group: 'food', province: 'hue', minStars: 4 },
  { group: 'beverage', province: 'lam-dong', minStars: 3 },
  { group: 'food', province: 'khanh-hoa', storage: 'ambient' },
  { group: 'food', province: 'quang-ninh', minStars: 4 },
  { group: 'food', province: 'tuyen-quang', minStars: 3 },
  { group: 'food', region: 'red-river-delta', storage: 'chilled' },
  { group: 'handicraft', region: 'mekong-delta', minStars: 3 },
  { group: 'food', province: 'thanh-hoa', minStars: 4 },
  { group: 'food', province: 'dong-thap', minStars: 3 },
  { group: 'food', province: 'son-la', storage: 'ambient' },
];

/** Search-as-you-type: the last word still being typed matches as a prefix. */
const prefixQueries: Params[] = [
  'mat o',
  'ca ph',
  'nuoc m',
  'gao st',
  'banh tr',
  'che sh',
  'ho ti',
  'yen s',
  'cam vi',
  'tra xa',
  'hat di',
  'mien d',
  'xoai ca',
  'buoi nam r',
  'nem ch',
  'tinh dau q',
  'sam ngoc l',
  'vai th',
  'gom ba',
  'lan ho',
].map((q) => ({ q }));

const pathOf = (params: Params) =>
  `/api/v1/search/products?${new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

// ---------------------------------------------------------------------------------------------
// HTTP helpers (real HTTP, against the child API)

async function call<T>(
  apiUrl: string,
  method: 'GET' | 'POST',
  path: string,
  expected: number,
  options: { token?: string; body?: unknown } = {},
): Promise<T> {
  const response = await fetch(`${apiUrl}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(options.token ? authHeader(options.token) : {}),
    },
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`${method} ${path}: expected ${expected}, got ${response.status} ${text}`);
  }
  return JSON.parse(text) as T;
}

type SearchBody = {
  total: number;
  hits: { id: string }[];
  tookMs: number;
  facetsApproximate?: boolean;
};

type Probe = { path: string; tookMs: number; total: number; approximate: boolean };

/** Every query once, one after another: the server's own `tookMs` and the total it found. */
async function probeQueries(apiUrl: string, paths: string[]) {
  const out: Probe[] = [];
  for (const path of paths) {
    const body = await call<SearchBody>(apiUrl, 'GET', path, 200);
    out.push({
      path,
      tookMs: body.tookMs,
      total: body.total,
      approximate: body.facetsApproximate === true,
    });
  }
  return out;
}

type PublishRun = {
  count: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  approveP50Ms: number;
  polls: number;
};

/**
 * `count` times: create → submit → approve over HTTP, then poll the search every POLL_MS (start
 * to start) for the product's unique word until the product is a hit. The time is from the
 * approval's 200 to the response of the poll that finds it.
 */
async function publishToSearchable(
  apiUrl: string,
  producerToken: string,
  coordinatorToken: string,
  count: number,
): Promise<PublishRun> {
  const latencies: number[] = [];
  const approvals: number[] = [];
  let polls = 0;
  for (let i = 0; i < count; i += 1) {
    // Letters only, ≥ 8: one word nothing else in the catalogue contains.
    const word = `zbench${randomBytes(5)
      .toString('hex')
      .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`;
    const created = await call<{ id: string; version: number }>(
      apiUrl,
      'POST',
      '/api/v1/products',
      201,
      {
        token: producerToken,
        body: {
          nameVi: `Mật ong rừng ${word}`,
          descriptionVi: 'Mật ong rừng U Minh, đóng chai thủy tinh, thử tải tìm kiếm.',
          ocopGroup: 'food',
          category: 'processed-foods',
          province: 'ca-mau',
          unit: 'kg',
          moq: 10,
        },
      },
    );
    const submitted = await call<{ version: number }>(
      apiUrl,
      'POST',
      `/api/v1/products/${created.id}/submit`,
      200,
      { token: producerToken, body: { version: created.version } },
    );
    const approveSent = performance.now();
    await call(apiUrl, 'POST', `/api/v1/review/products/${created.id}/approve`, 200, {
      token: coordinatorToken,
      body: { version: submitted.version },
    });
    const approved = performance.now();
    approvals.push(approved - approveSent);
    const path = pathOf({ q: word });
    for (let k = 0; ; k += 1) {
      if (performance.now() - approved > 30_000) {
        throw new Error(`product ${created.id} (${word}) not searchable 30 s after approval`);
      }
      const body = await call<SearchBody>(apiUrl, 'GET', path, 200);
      polls += 1;
      if (body.hits.some((h) => h.id === created.id)) {
        latencies.push(performance.now() - approved);
        break;
      }
      await sleep(approved + (k + 1) * POLL_MS - performance.now());
    }
    log(
      `publishToSearchable: #${i + 1} searchable ${Math.round(latencies.at(-1)!)} ms after approval`,
    );
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const pick = (values: number[], p: number) =>
    values[Math.min(values.length - 1, Math.max(0, Math.ceil((p / 100) * values.length) - 1))] ?? 0;
  return {
    count,
    p50Ms: Math.round(pick(sorted, 50)),
    p95Ms: Math.round(pick(sorted, 95)),
    maxMs: Math.round(sorted.at(-1) ?? 0),
    approveP50Ms: Math.round(
      pick(
        [...approvals].sort((a, b) => a - b),
        50,
      ),
    ),
    polls,
  };
}

// ---------------------------------------------------------------------------------------------
// Diagnostics: the plan of the slowest query of a scenario, as the engine builds it.

async function explain(databaseUrl: string, query: ResolvedSearchQuery, label: string) {
  const captured: { sql: string; params: unknown[] }[] = [];
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const db = drizzle({
      client: pool,
      schema,
      casing: 'snake_case',
      logger: { logQuery: (sql, params) => void captured.push({ sql, params }) },
    });
    await createPostgresSearchEngine(db).search(query);
    // Replayed in one transaction, as the engine runs them: its `set_config(…, true)` (SET LOCAL
    // planner settings) runs as is, every other statement under EXPLAIN; rolled back after.
    const client = await pool.connect();
    try {
      await client.query('begin');
      for (const { sql, params } of captured) {
        if (/^\s*(begin|commit|rollback)\b/i.test(sql)) {
          continue;
        }
        if (/^\s*select set_config\(/i.test(sql)) {
          await client.query(sql, params);
          log(`${label}: ${sql.replace(/\s+/g, ' ')}`);
          continue;
        }
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(
          `explain (analyze, buffers) ${sql}`,
          params,
        );
        log(
          `${label}: EXPLAIN ANALYZE ${sql.replace(/\s+/g, ' ').slice(0, 160)}…  params ${JSON.stringify(params)}\n${rows.map((r) => `    ${r['QUERY PLAN']}`).join('\n')}`,
        );
      }
    } finally {
      await client.query('rollback');
      client.release();
    }
  } finally {
    await pool.end();
  }
}

function resolvedOf(params: Params): ResolvedSearchQuery {
  return {
    ...params,
    sort: 'relevance',
    page: 1,
    limit: 20,
  };
}

// ---------------------------------------------------------------------------------------------

runBench('search', async ({ args, cleanup }) => {
  const total = args.int('products', 100_000);
  const seed = args.int('seed', 1);
  const writers = Math.max(1, args.int('writers', 2));
  const publishCount = args.int('publish', 20);
  // The issue's figures are for 8 connections; --connections still overrides.
  const connections = args.options.connections === undefined ? 8 : args.connections;
  const load = { connections, duration: args.duration, warmup: args.warmup };

  const database = await createBenchDatabase('search');
  cleanup.add(database.drop, 'drop database');

  // 1. generate
  log(`generate: ${total.toLocaleString('en')} products → ${database.name}`);
  const generated = await generateCatalogue(database.url, {
    products: total,
    writers,
    seed,
    log: (message) => log(`generate: ${message}`),
  });
  log(
    `generate: ${generated.products.toLocaleString('en')} products, ${generated.producers.toLocaleString('en')} producers in ${generated.seconds} s, analyze ${generated.analyzeSeconds} s`,
  );

  // 2. reindex, in this process, as `npm run search:reindex` does.
  const indexing = createDatabase(database.url, {
    max: 2,
    applicationName: 'ketnoi-bench-reindex',
  });
  let reindex: { seconds: number; indexed: number; total: number };
  let indexBytes: { productSearch: number; documents: number; vocabulary: number; words: number };
  try {
    const engine = createPostgresSearchEngine(indexing.db);
    const started = performance.now();
    let lastLog = started;
    const result = await reindexAll(indexing.db, engine, ({ done, total: all, indexed }) => {
      const now = performance.now();
      if (now - lastLog >= 5_000) {
        lastLog = now;
        log(
          `reindex: ${done.toLocaleString('en')}/${all.toLocaleString('en')} read, ${indexed.toLocaleString('en')} indexed, ${((now - started) / 1000).toFixed(1)} s`,
        );
      }
    });
    reindex = {
      seconds: round((performance.now() - started) / 1000, 2),
      indexed: result.indexed,
      total: result.total,
    };
    await indexing.pool.query(
      'analyze product_search; analyze product_search_documents; analyze search_vocabulary',
    );
    const { rows } = await indexing.pool.query<{
      ps: string;
      docs: string;
      voc: string;
      words: string;
    }>(
      `select pg_total_relation_size('product_search') as ps,
              pg_total_relation_size('product_search_documents') as docs,
              pg_total_relation_size('search_vocabulary') as voc,
              (select count(*) from search_vocabulary) as words`,
    );
    indexBytes = {
      productSearch: Number(rows[0]!.ps),
      documents: Number(rows[0]!.docs),
      vocabulary: Number(rows[0]!.voc),
      words: Number(rows[0]!.words),
    };
  } finally {
    await indexing.close();
  }
  log(
    `reindex: ${reindex.indexed.toLocaleString('en')} of ${reindex.total.toLocaleString('en')} products indexed in ${reindex.seconds} s; product_search ${(indexBytes.productSearch / 2 ** 20).toFixed(1)} MiB + documents ${(indexBytes.documents / 2 ** 20).toFixed(1)} MiB + vocabulary ${(indexBytes.vocabulary / 2 ** 20).toFixed(1)} MiB (${indexBytes.words.toLocaleString('en')} words)`,
  );

  const calibration: Calibration = await calibrate({ ...load });

  // 3. load on the API child
  // Start-up (tsx compiling the app) can take well over 30 s on a busy 2-core machine.
  const api = await spawnBenchServer({ DATABASE_URL: database.url }, { timeoutMs: 120_000 });
  cleanup.add(api.close, 'stop API');
  const scenarios = {
    textTwoFiltersFacets: textQueries.map(pathOf),
    filterOnly: filterQueries.map(pathOf),
    prefix: prefixQueries.map(pathOf),
  };
  const probes: Record<string, Probe[]> = {};
  for (const [name, paths] of Object.entries(scenarios)) {
    probes[name] = await probeQueries(api.url, paths);
    const empty = probes[name].filter((p) => p.total === 0);
    if (empty.length > 0) {
      log(`${name}: ${empty.length} queries find nothing: ${empty.map((p) => p.path).join(' ')}`);
    }
    const approximate = probes[name].filter((p) => p.approximate);
    if (approximate.length > 0) {
      log(
        `${name}: ${approximate.length} queries have more matches than the engine examines (facet counts approximate): ${approximate.map((p) => decodeURIComponent(p.path)).join(' ')}`,
      );
    }
  }
  const results: Record<string, ScenarioResult> = {};
  for (const [name, paths] of Object.entries(scenarios)) {
    results[name] = await runScenario(name, {
      url: `${api.url}${paths[0]}`,
      paths,
      serverPid: api.pid,
      ...load,
    });
  }

  // 4. publishToSearchable — the worker in its own process, same environment as the API.
  const worker = await spawnBenchWorker({ DATABASE_URL: database.url }, { timeoutMs: 120_000 });
  cleanup.add(worker.close, 'stop worker');
  const producer = await call<Session>(api.url, 'POST', '/api/v1/auth/register', 201, {
    body: {
      email: uniqueEmail('bench-producer'),
      password: PASSWORD,
      name: 'Bench producer',
      role: 'producer',
      organization: {
        legalName: 'Hợp tác xã thử tải tìm kiếm',
        taxCode: uniqueTaxCode(),
        province: 'Cà Mau',
        legalForm: 'cooperative',
      },
    },
  });
  const coordinatorEmail = uniqueEmail('bench-coordinator');
  const direct = createDatabase(database.url, { max: 1, applicationName: 'ketnoi-bench-setup' });
  try {
    await direct.pool.query(
      `update organizations set verification_status = 'verified', verified_at = now() where id = $1`,
      [producer.user.organizationId],
    );
    await direct.db.insert(users).values({
      email: coordinatorEmail,
      passwordHash: await hashPassword(PASSWORD),
      name: 'Bench coordinator',
      role: 'coordinator',
    });
  } finally {
    await direct.close();
  }
  const coordinator = await call<Session>(api.url, 'POST', '/api/v1/auth/login', 200, {
    body: { email: coordinatorEmail, password: PASSWORD },
  });
  const published = await publishToSearchable(
    api.url,
    producer.accessToken,
    coordinator.accessToken,
    publishCount,
  );
  log(
    `publishToSearchable: p50 ${published.p50Ms} ms, p95 ${published.p95Ms} ms, max ${published.maxMs} ms (approve p50 ${published.approveP50Ms} ms, ${published.polls} polls)`,
  );
  await worker.close();
  await api.close();

  // 5. targets, and the plan of each load scenario's slowest query (by the server's tookMs)
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  if (total === 100_000) {
    log(
      `target reindex of 100,000 ≤ ${TARGETS.reindexSeconds100k} s: ${met(reindex.seconds <= TARGETS.reindexSeconds100k)} (${reindex.seconds} s)`,
    );
  } else {
    log(
      `reindex: ${reindex.seconds} s for ${total.toLocaleString('en')} (target ${TARGETS.reindexSeconds100k} s is for 100,000)`,
    );
  }
  log(
    `target textTwoFiltersFacets p95 ≤ ${TARGETS.textTwoFiltersFacetsP95Ms} ms: ${met(results.textTwoFiltersFacets!.p95Ms <= TARGETS.textTwoFiltersFacetsP95Ms)} (${results.textTwoFiltersFacets!.p95Ms} ms)`,
  );
  log(
    `target filterOnly p95 ≤ ${TARGETS.filterOnlyP95Ms} ms: ${met(results.filterOnly!.p95Ms <= TARGETS.filterOnlyP95Ms)} (${results.filterOnly!.p95Ms} ms)`,
  );
  log(
    `target publishToSearchable p95 ≤ ${TARGETS.publishToSearchableP95Ms} ms: ${met(published.p95Ms <= TARGETS.publishToSearchableP95Ms)} (${published.p95Ms} ms)`,
  );
  const slowest: Record<string, Probe> = {};
  for (const [name, list] of Object.entries(probes)) {
    slowest[name] = list.reduce((a, b) => (b.tookMs > a.tookMs ? b : a));
    log(
      `${name}: slowest alone ${slowest[name].tookMs} ms (${slowest[name].total} hits) ${decodeURIComponent(slowest[name].path)}`,
    );
  }
  if (args.flag('explain')) {
    for (const [name, probe] of Object.entries(slowest)) {
      const params = Object.fromEntries(new URL(probe.path, 'http://x').searchParams);
      const typed: Params = { ...params };
      if (params.minStars) typed.minStars = Number(params.minStars);
      await explain(database.url, resolvedOf(typed), name);
    }
  }

  const reported = Object.fromEntries(
    Object.entries(results).map(([name, r]) => [
      name,
      {
        p50Ms: r.p50Ms,
        p95Ms: r.p95Ms,
        p99Ms: r.p99Ms,
        rps: r.rps,
        ratioToHello: calibration.helloRps > 0 ? round(r.rps / calibration.helloRps, 3) : 0,
        errors: r.errors,
        non2xx: r.non2xx,
      },
    ]),
  );
  const output = {
    bench: 'search',
    dataset: {
      products: generated.products,
      producers: generated.producers,
      indexed: reindex.indexed,
      indexBytes: indexBytes.productSearch + indexBytes.documents + indexBytes.vocabulary,
      productSearchBytes: indexBytes.productSearch,
      documentBytes: indexBytes.documents,
      vocabularyBytes: indexBytes.vocabulary,
      vocabularyWords: indexBytes.words,
      queries: {
        textTwoFiltersFacets: textQueries.length,
        filterOnly: filterQueries.length,
        prefix: prefixQueries.length,
      },
      // Queries whose answer said facetsApproximate (more matches than the engine examines).
      approximateQueries: Object.fromEntries(
        Object.entries(probes).map(([name, list]) => [
          name,
          list.filter((p) => p.approximate).length,
        ]),
      ),
      seed,
      engine: 'postgres',
      startupToReadyMs: api.startupToReadyMs,
      workerStartupToReadyMs: worker.startupToReadyMs,
      server: 'child process (node --import tsx src/server.ts)',
      worker: 'child process (node --import tsx src/worker.ts)',
      connections,
      durationS: args.duration,
      warmupS: args.warmup,
      cpus: os.cpus().length,
      node: process.version,
    },
    calibration: { helloRps: calibration.helloRps, selectOneRps: calibration.selectOneRps },
    results: {
      ...reported,
      publishToSearchable: published,
      reindex: { seconds: reindex.seconds, indexed: reindex.indexed },
      generate: {
        seconds: generated.seconds,
        rowsPerSecond: generated.rowsPerSecond,
        analyzeSeconds: generated.analyzeSeconds,
      },
    },
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
});
