/**
 * F6 (RELIABILITY-TESTS): Meilisearch failures. The API and the worker reach a real Meilisearch
 * (`MEILI_URL`) only through the fault proxy (meili-fault-proxy.ts) while producers edit and
 * republish products at `--f6-rate` writes/s; the proxy answers 503, never answers (timeouts),
 * reports finished tasks as failed, and delays answers (out-of-order completion), one fault after
 * another, and Meilisearch itself is restarted mid-run when `MEILI_RESTART_CMD` says how. Then:
 * the index converges to PostgreSQL (every id and version) within 10 s of the last fault; no
 * product's indexed version ever went down meanwhile; `search:reindex` twice gives identical
 * documents; searches during the faults were 200 or a 503 problem with Retry-After, never a 500.
 *
 * Without `MEILI_URL` the scenario reports `skipped` (never a silent pass): Meilisearch is never
 * faked. It uses an index of its own (`MEILI_INDEX=bench_f6_…`), deleted at the end.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { loadSearchDocuments } from '../../src/modules/search/search-documents.ts';
import type { ProductSearchDocument } from '../../src/modules/search/search-engine.ts';
import { benchEnv, serverDir } from '../lib/harness.ts';
import { random } from '../lib/synthetic-catalogue.ts';
import { startFaultProxy, type FaultMode } from './meili-fault-proxy.ts';
import { spawnApi, spawnWorker } from './processes.ts';
import type { ReliabilityScenario, ScenarioContext, ScenarioResult } from './scenario.ts';
import { createAccounts, outboxBacklog, startStack, type Stack } from './stack.ts';
import { errorCode } from './traffic.ts';
import { sleep, waitUntil } from './wait.ts';

/** The catalogue's bound: the index equals PostgreSQL this long after the last fault at most. */
const CONVERGE_WITHIN_MS = 10_000;

/** Meilisearch itself, not through the proxy: what the index really holds. */
function meiliDirect(url: string, apiKey: string, index: string) {
  const headers = {
    'content-type': 'application/json',
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`Meilisearch ${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    }
    return text ? (JSON.parse(text) as unknown) : undefined;
  };
  return {
    healthy: async () => {
      try {
        await call('GET', '/health');
        return true;
      } catch {
        return false;
      }
    },
    /** Every document of the index (only these fields when given), 1,000 a page. */
    documents: async (fields?: string[]) => {
      const all: Record<string, unknown>[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = (await call(
          'GET',
          `/indexes/${index}/documents?limit=1000&offset=${offset}${fields ? `&fields=${fields.join(',')}` : ''}`,
        )) as { results: Record<string, unknown>[]; total: number };
        all.push(...page.results);
        if (page.results.length < 1000) {
          return all;
        }
      }
    },
    deleteIndex: () => call('DELETE', `/indexes/${index}`),
  };
}

/** What the index must hold now: the documents the sync would write for every product. */
async function expectedDocuments(stack: Stack): Promise<Map<string, ProductSearchDocument>> {
  const { rows } = await stack.check.pool.query<{ id: string }>(
    'select id from products order by id',
  );
  const out = new Map<string, ProductSearchDocument>();
  for (let i = 0; i < rows.length; i += 1000) {
    const { documents } = await loadSearchDocuments(
      stack.check.db,
      rows.slice(i, i + 1000).map((r) => r.id),
    );
    for (const d of documents) {
      out.set(d.id, d);
    }
  }
  return out;
}

/** Ids missing from, extra in, or at another version in the index than PostgreSQL says. */
function versionMismatches(
  expected: Map<string, ProductSearchDocument>,
  indexed: Record<string, unknown>[],
) {
  const got = new Map(indexed.map((d) => [String(d.id), d.version]));
  let missing = 0;
  let extra = 0;
  let otherVersion = 0;
  for (const [id, doc] of expected) {
    if (!got.has(id)) {
      missing += 1;
    } else if (got.get(id) !== doc.version) {
      otherVersion += 1;
    }
  }
  for (const id of got.keys()) {
    if (!expected.has(id)) {
      extra += 1;
    }
  }
  return { total: missing + extra + otherVersion, missing, extra, otherVersion };
}

/** JSON with keys sorted at every level: equal documents, equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A digest of a document set (order-free) and how many documents differ from PostgreSQL's. */
function digestOf(documents: Record<string, unknown>[]): string {
  const lines = documents.map(canonical).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

function contentMismatches(
  expected: Map<string, ProductSearchDocument>,
  indexed: Record<string, unknown>[],
): number {
  let differ = 0;
  for (const d of indexed) {
    const { publishedAtTs: _ts, ...doc } = d;
    const want = expected.get(String(d.id));
    if (!want || canonical(doc) !== canonical(want)) {
      differ += 1;
    }
  }
  return differ + Math.max(0, expected.size - indexed.length);
}

/** `npm run search:reindex` as a child process; its JSON line, or the error. */
async function runReindex(env: Record<string, string>): Promise<{ ms: number; out: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/search-reindex.ts'], {
    cwd: serverDir,
    env: { ...process.env, ...benchEnv({ LOG_LEVEL: 'warn', ...env }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err = (err + c).slice(-4000)));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    throw new Error(`search:reindex exited ${code}: ${err}`);
  }
  return { ms: Math.round(performance.now() - started), out: out.trim().split('\n').at(-1) ?? '' };
}

/** Runs MEILI_RESTART_CMD (sh -c) and waits for Meilisearch's /health. */
async function restartMeilisearch(
  command: string,
  healthy: () => Promise<boolean>,
): Promise<Record<string, unknown>> {
  const started = performance.now();
  const child = spawn('sh', ['-c', command], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (err = (err + c).slice(-2000)));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  const commandMs = Math.round(performance.now() - started);
  const up = await waitUntil(healthy, { timeoutMs: 60_000, intervalMs: 200 });
  return {
    exitCode: code,
    commandMs,
    healthyAfterMs: up.ok ? Math.round(performance.now() - started) : null,
    ...(code === 0 ? {} : { stderr: err.trim() }),
  };
}

type SearchSample = {
  at: number;
  mode: FaultMode;
  status: number;
  problem: boolean;
  retryAfter: boolean;
  error?: string;
};

async function meilisearchFaults(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { args, log } = ctx;
  const target = process.env.MEILI_URL?.replace(/\/+$/, '');
  if (!target) {
    log('skipped: MEILI_URL is not set (e.g. MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=…)');
    return {
      passed: false,
      skipped: 'MEILI_URL not set',
      figures: { skipped: 'MEILI_URL not set' },
    };
  }
  const apiKey = process.env.MEILI_MASTER_KEY ?? '';
  const restartCommand = process.env.MEILI_RESTART_CMD ?? '';
  const seed = args.int('seed', 1);
  const rate = args.int('f6-rate', 50);
  const faultMs = args.int('f6-fault', 10) * 1000;
  const gapMs = 5000;
  const editedProducts = args.int('f6-products', 100);
  const indexName = `bench_f6_${Date.now()}`;
  const meili = meiliDirect(target, apiKey, indexName);
  if (!(await meili.healthy())) {
    return {
      passed: false,
      figures: { target },
      notes: [`Meilisearch at MEILI_URL (${target}) does not answer /health`],
    };
  }
  const rand = random(seed * 6_007);
  const proxy = await startFaultProxy(target, {
    maxDelayMs: args.int('f6-max-delay-ms', 2000),
    random: rand,
  });
  const stack = await startStack({
    products: args.int('products', 2000),
    seed,
    env: {
      SEARCH_ENGINE: 'meilisearch',
      MEILI_URL: proxy.url,
      MEILI_MASTER_KEY: apiKey,
      MEILI_INDEX: indexName,
    },
    log,
  }).catch(async (err: unknown) => {
    await proxy.close();
    throw err;
  });
  const failures: string[] = [];
  const notes: string[] = [];
  try {
    const initial = await runReindex(stack.env);
    log(`indexed the catalogue into ${indexName} through the proxy: ${initial.out}`);
    const api = await spawnApi(stack.env);
    const worker = await spawnWorker(stack.env);
    const accounts = await createAccounts(stack, api.url, { producers: 4, distributors: 0 });

    const call = async (
      method: string,
      path: string,
      token: string,
      body?: unknown,
    ): Promise<{
      status: number;
      json: { id: string; version: number; currentVersion?: number };
    }> => {
      const response = await fetch(`${api.url}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(15_000),
      });
      const text = await response.text();
      return { status: response.status, json: text ? JSON.parse(text) : {} };
    };

    // The products the load edits: published by the bench's own producers.
    type Edited = { id: string; version: number; token: string; busy: boolean; archived: boolean };
    const edited: Edited[] = [];
    for (let i = 0; i < editedProducts; i += 1) {
      const token = accounts.producers[i % accounts.producers.length]!.token;
      const created = await call('POST', '/api/v1/products', token, {
        nameVi: `Mật ong rừng F6 ${i}`,
        descriptionVi: 'Mật ong rừng U Minh, đóng chai thủy tinh, thử lỗi Meilisearch.',
        ocopGroup: 'food',
        category: 'honey',
        province: 'ca-mau',
        unit: 'kg',
        moq: 10,
      });
      const submitted = await call('POST', `/api/v1/products/${created.json.id}/submit`, token, {
        version: created.json.version,
      });
      const approved = await call(
        'POST',
        `/api/v1/review/products/${created.json.id}/approve`,
        accounts.coordinator,
        { version: submitted.json.version },
      );
      if (approved.status !== 200) {
        throw new Error(`publishing a product for the load: ${approved.status}`);
      }
      edited.push({
        id: created.json.id,
        version: approved.json.version,
        token,
        busy: false,
        archived: false,
      });
    }
    const baseline = await waitUntil(
      async () =>
        versionMismatches(await expectedDocuments(stack), await meili.documents(['id', 'version']))
          .total === 0,
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    if (!baseline.ok) {
      throw new Error('the index did not match PostgreSQL before any fault (60 s)');
    }

    // Readers: searches all along, each answer filed under the proxy's mode when it was sent.
    const searches: SearchSample[] = [];
    let reading = true;
    const queries = ['mat ong', 'mat ong rung f6', 'ca phe', 'nuoc mam', 'honey'];
    const reader = async (index: number) => {
      for (let step = 0; reading; step += 1) {
        const at = performance.now();
        const mode = proxy.mode();
        try {
          const response = await fetch(
            `${api.url}/api/v1/search/products?q=${encodeURIComponent(queries[(index + step) % queries.length]!)}`,
            { signal: AbortSignal.timeout(15_000) },
          );
          await response.arrayBuffer();
          searches.push({
            at,
            mode,
            status: response.status,
            problem: (response.headers.get('content-type') ?? '').includes(
              'application/problem+json',
            ),
            retryAfter: response.headers.has('retry-after'),
          });
        } catch (err) {
          searches.push({
            at,
            mode,
            status: 0,
            problem: false,
            retryAfter: false,
            error: errorCode(err),
          });
        }
        await sleep(100 - (performance.now() - at));
      }
    };
    const readers = [reader(0), reader(1)];

    // Watcher: what Meilisearch holds every 500 ms; a product's version must never go down.
    const highest = new Map<string, number>();
    const regressions: { id: string; from: number; to: number }[] = [];
    let watching = true;
    let watchSamples = 0;
    let watchErrors = 0;
    const watcher = (async () => {
      while (watching) {
        const at = performance.now();
        try {
          for (const d of await meili.documents(['id', 'version'])) {
            const id = String(d.id);
            const version = Number(d.version);
            const before = highest.get(id);
            if (before !== undefined && version < before) {
              regressions.push({ id, from: before, to: version });
            }
            highest.set(id, Math.max(before ?? version, version));
          }
          watchSamples += 1;
        } catch {
          watchErrors += 1; // Meilisearch restarting
        }
        await sleep(500 - (performance.now() - at));
      }
    })();

    // The load: `rate` writes/s (an edit then its approval, or now and then an archive), each on
    // a product no other write is changing, for as long as the fault schedule runs.
    const schedule: { atMs: number; mode: FaultMode }[] = [];
    let t = gapMs;
    for (const mode of ['unavailable', 'hang', 'task-failed', 'delay'] as const) {
      schedule.push({ atMs: t, mode }, { atMs: t + faultMs, mode: 'pass' });
      t += faultMs + gapMs;
    }
    const loadMs = t - gapMs;
    const restartAtMs = loadMs - faultMs / 2;
    const writes = {
      sent: 0,
      acknowledged: 0,
      archived: 0,
      conflicts: 0,
      failed: 0,
      skippedTicks: 0,
    };
    let inFlight = 0;
    const write = async (product: Edited, n: number) => {
      product.busy = true;
      inFlight += 1;
      writes.sent += 1;
      try {
        if (n % 100 === 99) {
          const archived = await call(
            'DELETE',
            `/api/v1/products/${product.id}?version=${product.version}`,
            product.token,
          );
          if (archived.status === 200) {
            product.archived = true;
            writes.archived += 1;
            writes.acknowledged += 1;
            return;
          }
          writes.failed += 1;
          return;
        }
        const patched = await call('PATCH', `/api/v1/products/${product.id}`, product.token, {
          version: product.version,
          moq: 10 + n,
        });
        if (patched.status === 409 && patched.json.currentVersion !== undefined) {
          writes.conflicts += 1;
          product.version = patched.json.currentVersion;
          return;
        }
        if (patched.status !== 200) {
          writes.failed += 1;
          return;
        }
        product.version = patched.json.version;
        const approved = await call(
          'POST',
          `/api/v1/review/products/${product.id}/approve`,
          accounts.coordinator,
          {
            version: product.version,
          },
        );
        if (approved.status === 200) {
          product.version = approved.json.version;
          writes.acknowledged += 1;
        } else {
          writes.failed += 1;
        }
      } catch {
        writes.failed += 1;
      } finally {
        product.busy = false;
        inFlight -= 1;
      }
    };
    const pending = new Set<Promise<void>>();
    const t0 = performance.now();
    let restart: Record<string, unknown> | Promise<Record<string, unknown>> = restartCommand
      ? {}
      : { skipped: 'MEILI_RESTART_CMD not set' };
    let restarted = false;
    const phases: { mode: FaultMode; fromMs: number }[] = [{ mode: 'pass', fromMs: 0 }];
    for (let n = 0; ; n += 1) {
      const due = t0 + (n * 1000) / rate;
      await sleep(due - performance.now());
      const now = performance.now() - t0;
      if (now >= loadMs) {
        break;
      }
      while (schedule.length > 0 && schedule[0]!.atMs <= now) {
        const next = schedule.shift()!;
        proxy.setMode(next.mode);
        phases.push({ mode: next.mode, fromMs: Math.round(now) });
        log(`t = ${Math.round(now / 1000)} s: proxy ${next.mode}`);
      }
      if (restartCommand && !restarted && now >= restartAtMs) {
        restarted = true;
        log(`t = ${Math.round(now / 1000)} s: restarting Meilisearch (MEILI_RESTART_CMD)`);
        restart = restartMeilisearch(restartCommand, meili.healthy);
      }
      const free = edited.filter((p) => !p.busy && !p.archived);
      if (free.length === 0 || inFlight >= 64) {
        writes.skippedTicks += 1;
        continue;
      }
      const promise = write(free[Math.floor(rand() * free.length)]!, n);
      pending.add(promise);
      void promise.finally(() => pending.delete(promise));
    }
    await Promise.all(pending);
    const restartFigures = await restart;
    proxy.setMode('pass');
    const faultEnd = performance.now();
    phases.push({ mode: 'pass', fromMs: Math.round(faultEnd - t0) });
    log(
      `faults over after ${Math.round((faultEnd - t0) / 1000)} s; ${writes.acknowledged} writes acknowledged`,
    );

    // Convergence: every id and version in the index equals PostgreSQL's.
    let lastMismatch = { total: -1, missing: 0, extra: 0, otherVersion: 0 };
    const converged = await waitUntil(
      async () => {
        lastMismatch = versionMismatches(
          await expectedDocuments(stack),
          await meili.documents(['id', 'version']),
        );
        return lastMismatch.total === 0;
      },
      { timeoutMs: args.int('f6-converge-timeout', 60) * 1000, intervalMs: 250 },
    );
    const convergedAfterMs = converged.ok ? Math.round(performance.now() - faultEnd) : null;
    reading = false;
    watching = false;
    await Promise.all([...readers, watcher]);
    const expected = await expectedDocuments(stack);
    const afterFaults = await meili.documents();
    const contentDiffers = contentMismatches(expected, afterFaults);

    // search:reindex twice, straight to Meilisearch: the same documents both times.
    const direct = { ...stack.env, MEILI_URL: target };
    const first = await runReindex(direct);
    const firstDocs = await meili.documents();
    const second = await runReindex(direct);
    const secondDocs = await meili.documents();
    const reindex = {
      firstMs: first.ms,
      secondMs: second.ms,
      documents: [firstDocs.length, secondDocs.length],
      identical: digestOf(firstDocs) === digestOf(secondDocs),
      mismatchesWithPostgres: versionMismatches(expected, secondDocs).total,
    };

    // Searches, by the proxy's mode when sent.
    const searchOutcomes: Record<string, Record<string, number>> = {};
    let searchBad = 0;
    for (const s of searches) {
      const ok = s.status === 200 || (s.status === 503 && s.problem && s.retryAfter);
      if (!ok) {
        searchBad += 1;
      }
      const key =
        s.status === 0
          ? `error ${s.error}`
          : s.status === 503 && !(s.problem && s.retryAfter)
            ? '503 (not a problem with Retry-After)'
            : String(s.status);
      const byMode = (searchOutcomes[s.mode] ??= {});
      byMode[key] = (byMode[key] ?? 0) + 1;
    }
    const backlog = await outboxBacklog(stack);

    const figures = {
      target,
      index: indexName,
      ratePerS: rate,
      loadS: Math.round(loadMs / 1000),
      faultS: faultMs / 1000,
      phases,
      writes,
      editedProducts,
      restart: restartFigures,
      proxy: proxy.figures(),
      convergedAfterMs,
      mismatchesAtEnd: lastMismatch,
      contentMismatchesAtEnd: contentDiffers,
      versionRegressions: regressions.length,
      regressionSamples: regressions.slice(0, 5),
      watch: { samples: watchSamples, errors: watchErrors },
      reindex,
      searches: searchOutcomes,
      outbox: backlog,
      workerJobFailures: worker.count('job failed'),
      apiAlive: api.alive(),
      workerAlive: worker.alive(),
    };

    if (convergedAfterMs === null || convergedAfterMs > CONVERGE_WITHIN_MS) {
      failures.push(
        `index ${convergedAfterMs === null ? 'never converged' : `converged after ${convergedAfterMs} ms`} (≤ ${CONVERGE_WITHIN_MS}); last mismatches ${JSON.stringify(lastMismatch)}`,
      );
    }
    if (regressions.length > 0) {
      failures.push(
        `${regressions.length} times a product's indexed version went down (a stale overwrite)`,
      );
    }
    if (!reindex.identical || reindex.mismatchesWithPostgres > 0) {
      failures.push(
        `search:reindex twice: identical ${reindex.identical}, ${reindex.mismatchesWithPostgres} mismatches with PostgreSQL`,
      );
    }
    if (searchBad > 0) {
      failures.push(
        `${searchBad} searches answered neither 200 nor a 503 problem with Retry-After`,
      );
    }
    if (!api.alive() || !worker.alive()) {
      failures.push('the API or the worker exited');
    }
    if (contentDiffers > 0) {
      notes.push(
        `${contentDiffers} indexed documents differ from PostgreSQL's beyond id and version`,
      );
    }
    if (writes.failed > 0) {
      // Writes go to PostgreSQL and the outbox only: Meilisearch must not be able to fail them.
      notes.push(`${writes.failed} product writes failed while only Meilisearch was faulted`);
    }
    if (!restartCommand) {
      notes.push('Meilisearch restart skipped: MEILI_RESTART_CMD not set');
    }
    if (watchSamples < 10) {
      notes.push(
        `only ${watchSamples} samples of the index during the run: the stale check saw little`,
      );
    }
    await worker.close();
    await api.close();
    return { passed: failures.length === 0, figures, notes: [...failures, ...notes] };
  } finally {
    await meili.deleteIndex().catch(() => undefined);
    await proxy.close();
    await stack.teardown();
  }
}

export const meilisearchScenarios: ReliabilityScenario[] = [
  {
    id: 'F6',
    title: 'Meilisearch behind a fault proxy (503, timeouts, failed tasks, delays, a restart)',
    run: meilisearchFaults,
  },
];
