/**
 * bench:catalogue — the catalogue at size, in one run:
 *
 *  - `generate`: a fresh bench database filled with N synthetic products (default 100,000) by
 *    lib/generate-catalogue.ts (the 1,000,000-in-5-minutes target is bench:data's);
 *  - `productById`: anonymous `GET /api/v1/products/:id` on the real API (child process) over a
 *    random sample of published products of verified producers, one id after another;
 *  - `import10k`: a producer uploads a 10,000-row XLSX of the import template over HTTP, the real
 *    worker (child process) imports it, and `GET /api/v1/imports/:id` is polled every 200 ms.
 *
 * Targets (reported on stderr, not asserted): productById ≥ 4,000 req/s on 2 cores; import of
 * 10,000 rows ≤ 15 s from upload to done, with progress at least every second.
 *
 *   npm run bench:catalogue -- -- --products 100000 [--sample 5000] [--import-rows 10000] [--seed 1]
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Import, Session } from '@ketnoi/shared';
import { PASSWORD, authHeader, uniqueEmail, uniqueTaxCode } from '../test/helpers/fixtures.ts';
import { generateCatalogue } from './lib/generate-catalogue.ts';
import { importRows, xlsxOf } from './lib/import-file.ts';
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

const TARGETS = { productByIdRps: 4_000, importSeconds: 15, progressGapMs: 1_000 };
const POLL_MS = 200;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

// ---------------------------------------------------------------------------------------------
// HTTP helpers (real HTTP, against the child API)

async function registerProducer(apiUrl: string): Promise<Session> {
  const response = await fetch(`${apiUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: uniqueEmail('bench-producer'),
      password: PASSWORD,
      name: 'Bench producer',
      role: 'producer',
      organization: {
        legalName: 'Hợp tác xã thử tải nhập hàng loạt',
        taxCode: uniqueTaxCode(),
        province: 'Hà Nội',
        legalForm: 'cooperative',
      },
    }),
  });
  if (response.status !== 201) {
    throw new Error(`register failed: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as Session;
}

type ImportRun = {
  seconds: number;
  jobSeconds: number | null;
  rowsTotal: number | null;
  rowsCreated: number;
  rowsFailed: number;
  firstProgressMs: number;
  maxProgressGapMs: number;
  maxGapAfterFirstMs: number;
  progressUpdates: number;
  polls: number;
  pollP50Ms: number;
  pollP95Ms: number;
  errors: number;
  non2xx: number;
};

/**
 * Uploads the file, then polls the import every POLL_MS (start to start) until it is done. The
 * progress events are the upload's 202, every poll that sees `rowsRead` (while the job reads the
 * file) or `rowsDone` (as batches commit) move, and the poll that
 * sees `done`; `maxProgressGapMs` is the longest time between two successive ones (so it
 * includes the queueing and file reading before the first batch).
 */
async function runImport(apiUrl: string, token: string, file: Buffer): Promise<ImportRun> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([file], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    'bench-catalogue.xlsx',
  );
  const started = performance.now();
  const uploaded = await fetch(`${apiUrl}/api/v1/imports/products`, {
    method: 'POST',
    headers: authHeader(token),
    body: form,
  });
  if (uploaded.status !== 202) {
    throw new Error(`upload: expected 202, got ${uploaded.status} ${await uploaded.text()}`);
  }
  const accepted = performance.now();
  const { id } = (await uploaded.json()) as Import;
  log(`import10k: upload accepted in ${Math.round(accepted - started)} ms → import ${id}`);

  const events: { at: number; rowsDone: number }[] = [{ at: accepted, rowsDone: 0 }];
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let lastRowsDone = 0;
  let lastStatus = '';
  let final: Import | undefined;
  const deadline = accepted + 180_000;
  for (let k = 1; ; k += 1) {
    await sleep(accepted + k * POLL_MS - performance.now());
    if (performance.now() > deadline) {
      throw new Error(`import ${id} not finished after 180 s (last status ${lastStatus})`);
    }
    const sent = performance.now();
    let body: Import;
    try {
      const response = await fetch(`${apiUrl}/api/v1/imports/${id}`, {
        headers: authHeader(token),
      });
      const text = await response.text();
      latencies.push(performance.now() - sent);
      if (response.status < 200 || response.status > 299) {
        non2xx += 1;
        continue;
      }
      body = JSON.parse(text) as Import;
    } catch {
      errors += 1;
      continue;
    }
    const at = performance.now();
    if (body.status !== lastStatus) {
      log(
        `import10k: +${Math.round(at - accepted)} ms status ${body.status}, rows ${body.rowsDone}/${String(body.rowsTotal)}`,
      );
      lastStatus = body.status;
    }
    const progress = body.rowsRead + body.rowsDone;
    if (progress !== lastRowsDone) {
      events.push({ at, rowsDone: progress });
      lastRowsDone = progress;
    }
    if (body.status === 'done' || body.status === 'failed') {
      if (events.at(-1)!.at !== at) {
        events.push({ at, rowsDone: body.rowsDone });
      }
      final = body;
      break;
    }
  }
  if (final.status === 'failed') {
    throw new Error(`import ${id} failed: ${String(final.error)}`);
  }
  const seconds = (events.at(-1)!.at - started) / 1000;
  // All gaps, and those once rows have started to move (the batch cadence, without queueing
  // and reading the whole file).
  let maxGap = 0;
  let maxGapAfterFirst = 0;
  for (let i = 1; i < events.length; i += 1) {
    const gap = events[i]!.at - events[i - 1]!.at;
    maxGap = Math.max(maxGap, gap);
    if (i >= 2) {
      maxGapAfterFirst = Math.max(maxGapAfterFirst, gap);
    }
  }
  const firstMove = events.find((e) => e.rowsDone > 0);
  log(
    `import10k: progress at +${events.map((e) => `${Math.round(e.at - accepted)}ms:${e.rowsDone}`).join(' ')}`,
  );
  if (final.rowsFailed > 0) {
    log(`import10k: ${final.rowsFailed} rows failed, e.g. ${JSON.stringify(final.errors[0])}`);
  }
  latencies.sort((a, b) => a - b);
  const pick = (p: number) =>
    latencies.length === 0
      ? 0
      : latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)]!;
  return {
    seconds: round(seconds, 2),
    jobSeconds:
      final.startedAt && final.finishedAt
        ? round((Date.parse(final.finishedAt) - Date.parse(final.startedAt)) / 1000, 2)
        : null,
    rowsTotal: final.rowsTotal,
    rowsCreated: final.rowsCreated,
    rowsFailed: final.rowsFailed,
    firstProgressMs: firstMove ? Math.round(firstMove.at - accepted) : -1,
    maxProgressGapMs: Math.round(maxGap),
    maxGapAfterFirstMs: Math.round(maxGapAfterFirst),
    progressUpdates: events.length - 1,
    polls: latencies.length,
    pollP50Ms: round(pick(50), 2),
    pollP95Ms: round(pick(95), 2),
    errors,
    non2xx,
  };
}

// ---------------------------------------------------------------------------------------------

runBench('catalogue', async ({ args, cleanup }) => {
  const total = args.int('products', 100_000);
  const sampleSize = args.int('sample', 5_000);
  const importRowCount = args.int('import-rows', 10_000);
  const seed = args.int('seed', 1);
  const writers = Math.max(1, args.int('writers', 2));

  const database = await createBenchDatabase('catalogue');
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
    `generate: ${generated.products.toLocaleString('en')} products, ${generated.producers.toLocaleString('en')} producers in ${generated.seconds} s (${generated.rowsPerSecond.toLocaleString('en')} rows/s), analyze ${generated.analyzeSeconds} s`,
  );

  // The ids anyone may see: published, of a verified producer.
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  let ids: string[];
  let publicProducts: number;
  try {
    const { rows } = await client.query<{ id: string }>(
      `select p.id from products p join organizations o on o.id = p.producer_org_id
        where p.status = 'published' and o.verification_status = 'verified'
        order by random() limit $1`,
      [sampleSize],
    );
    ids = rows.map((r) => r.id);
    const { rows: counted } = await client.query<{ n: string }>(
      `select count(*) as n from products p join organizations o on o.id = p.producer_org_id
        where p.status = 'published' and o.verification_status = 'verified'`,
    );
    publicProducts = Number(counted[0]!.n);
  } finally {
    await client.end();
  }
  if (ids.length === 0) {
    throw new Error('no public product to request');
  }
  log(
    `productById: ${ids.length} ids sampled from ${publicProducts.toLocaleString('en')} public products`,
  );

  // The import file, built before anything is measured.
  const xlsxStarted = performance.now();
  const file = await xlsxOf(importRows(importRowCount, seed));
  log(
    `import10k: ${importRowCount.toLocaleString('en')}-row XLSX, ${(file.length / 1024).toFixed(0)} KiB, built in ${Math.round(performance.now() - xlsxStarted)} ms`,
  );

  const calibration: Calibration = await calibrate(args);

  // 2. productById — the API exactly as `npm start` runs it, anonymous requests.
  const api = await spawnBenchServer({ DATABASE_URL: database.url });
  cleanup.add(api.close, 'stop API');
  const probe = await fetch(`${api.url}/api/v1/products/${ids[0]}`);
  await probe.arrayBuffer();
  if (probe.status !== 200) {
    throw new Error(`GET /api/v1/products/${ids[0]} answered ${probe.status}, expected 200`);
  }
  const productById: ScenarioResult = await runScenario('productById', {
    url: `${api.url}/api/v1/products/${ids[0]}`,
    paths: ids.map((id) => `/api/v1/products/${id}`),
    connections: args.connections,
    duration: args.duration,
    warmup: args.warmup,
    serverPid: api.pid,
  });

  // 3. import10k — the worker in its own process, same environment as the API.
  const worker = await spawnBenchWorker({ DATABASE_URL: database.url });
  cleanup.add(worker.close, 'stop worker');
  const producer = await registerProducer(api.url);
  log(`import10k: registered producer ${producer.user.email}`);
  const imported = await runImport(api.url, producer.accessToken, file);
  await worker.close();
  await api.close();

  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  log(
    `target productById ≥ ${TARGETS.productByIdRps} req/s: ${met(productById.rps >= TARGETS.productByIdRps)} (${productById.rps})`,
  );
  log(
    `target import of ${importRowCount.toLocaleString('en')} rows ≤ ${TARGETS.importSeconds} s: ${met(imported.seconds <= TARGETS.importSeconds)} (${imported.seconds} s)`,
  );
  log(
    `target progress at least every ${TARGETS.progressGapMs} ms: ${met(imported.maxProgressGapMs <= TARGETS.progressGapMs)} (longest gap ${imported.maxProgressGapMs} ms; first rows after ${imported.firstProgressMs} ms, then at most ${imported.maxGapAfterFirstMs} ms apart)`,
  );

  const output = {
    bench: 'catalogue',
    dataset: {
      products: generated.products,
      producers: generated.producers,
      publicProducts,
      sampledIds: ids.length,
      importRows: importRowCount,
      importFileBytes: file.length,
      seed,
      startupToReadyMs: api.startupToReadyMs,
      workerStartupToReadyMs: worker.startupToReadyMs,
      server: 'child process (node --import tsx src/server.ts)',
      worker: 'child process (node --import tsx src/worker.ts)',
      connections: args.connections,
      durationS: args.duration,
      warmupS: args.warmup,
      cpus: os.cpus().length,
      node: process.version,
    },
    calibration: { helloRps: calibration.helloRps, selectOneRps: calibration.selectOneRps },
    results: {
      productById: {
        p50Ms: productById.p50Ms,
        p95Ms: productById.p95Ms,
        p99Ms: productById.p99Ms,
        rps: productById.rps,
        ratioToHello:
          calibration.helloRps > 0 ? round(productById.rps / calibration.helloRps, 3) : 0,
        errors: productById.errors,
        non2xx: productById.non2xx,
      },
      import10k: imported,
      generate: {
        seconds: generated.seconds,
        rowsPerSecond: generated.rowsPerSecond,
        analyzeSeconds: generated.analyzeSeconds,
      },
    },
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
});
