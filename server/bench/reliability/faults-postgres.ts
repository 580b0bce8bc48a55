/**
 * F2 and F8 (RELIABILITY-TESTS): the private PostgreSQL stopped and started again (`pg_ctl stop
 * -m fast` … `start`), and separately every app connection terminated every 5 s for 30 s, under
 * 32 clients; then the worker's LISTEN connection killed before 10 publishes.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { errorsLogged, spawnApi, spawnWorker } from './processes.ts';
import type { ReliabilityScenario, ScenarioContext, ScenarioResult } from './scenario.ts';
import {
  createAccounts,
  duplicateMatches,
  outboxBacklog,
  startStack,
  type Stack,
} from './stack.ts';
import { percentile, phaseFigures, startTraffic, type Sample } from './traffic.ts';
import { sleep, waitUntil, watchReady } from './wait.ts';

/** The pool's `connectionTimeoutMillis` (db/client.ts): the longest a request may wait for PostgreSQL. */
const CONNECTION_TIMEOUT_MS = 2000;

/** Rows a crash could have half-written: each must be zero (F2 invariants). */
async function invariants(stack: Stack, benchOrgIds: string[]) {
  const { rows } = await stack.check.pool.query<{
    published_without_outbox: number;
    open_demands_without_matching: number;
    dangling_matches: number;
  }>(
    `select
       (select count(*)::int from products p
         where p.producer_org_id = any($1::uuid[]) and p.status = 'published'
           and not exists (select 1 from outbox o where o.topic = 'search.product'
                             and o.payload->'productIds' ? p.id::text)) as published_without_outbox,
       (select count(*)::int from demands d
         where d.distributor_org_id = any($1::uuid[]) and d.status = 'open'
           and not exists (select 1 from outbox o where o.topic = 'matching.demand'
                             and o.payload->>'demandId' = d.id::text
                             and (o.payload->>'version')::int = d.version)) as open_demands_without_matching,
       (select count(*)::int from matches m
         where not exists (select 1 from demands d where d.id = m.demand_id)
            or not exists (select 1 from products p where p.id = m.product_id)) as dangling_matches`,
    [benchOrgIds],
  );
  return {
    publishedWithoutOutbox: rows[0]!.published_without_outbox,
    openDemandsWithoutMatching: rows[0]!.open_demands_without_matching,
    danglingMatches: rows[0]!.dangling_matches,
    duplicateMatches: await duplicateMatches(stack),
  };
}

/** Acknowledged writes the database does not have (a 2xx for a write that was lost). */
async function lostWrites(
  stack: Stack,
  products: string[],
  demands: { id: string; version: number }[],
) {
  const { rows } = await stack.check.pool.query<{ products: number; demands: number }>(
    `select
       (select count(*)::int from unnest($1::uuid[]) as t(id)
         where not exists (select 1 from products p where p.id = t.id and p.status = 'published')) as products,
       (select count(*)::int from unnest($2::uuid[], $3::int[]) as t(id, v)
         where not exists (select 1 from demands d where d.id = t.id and d.version >= t.v)) as demands`,
    [products, demands.map((d) => d.id), demands.map((d) => d.version)],
  );
  return rows[0]!;
}

/** 5xx answers that are not the promised fast 503 problem with Retry-After. */
function badFailures(samples: Sample[]) {
  const failures = samples.filter((s) => s.status >= 500 || s.status === 0);
  const bad = failures.filter(
    (s) =>
      s.status !== 503 || !s.retryAfter || !s.problemJson || s.ms > CONNECTION_TIMEOUT_MS + 100,
  );
  const latencies = failures.map((s) => s.ms).sort((a, b) => a - b);
  return {
    failed: failures.length,
    status503: failures.filter((s) => s.status === 503).length,
    notFast503Problem: bad.length,
    failedP50Ms: Math.round(percentile(latencies, 50)),
    failedMaxMs: Math.round(latencies.at(-1) ?? 0),
    examples: bad
      .slice(0, 3)
      .map((s) => ({ route: s.route, status: s.status, ms: Math.round(s.ms), error: s.error })),
  };
}

/** From `from` until the last failed request (≥ 500 or no answer) sent after it came back, in ms. */
function recoveryMs(samples: Sample[], from: number): number {
  const failures = samples.filter((s) => s.at >= from && (s.status >= 500 || s.status === 0));
  return failures.length === 0
    ? 0
    : Math.round(Math.max(...failures.map((s) => s.at + s.ms)) - from);
}

async function postgresFault(
  ctx: ScenarioContext,
  variant: 'restart' | 'terminate',
): Promise<ScenarioResult> {
  const { args, log } = ctx;
  const before = args.int('before', 20) * 1000;
  const outage = (variant === 'restart' ? args.int('pg-outage', 5) : args.int('outage', 30)) * 1000;
  const after = args.int('after', 30) * 1000;
  const clients = args.int('clients', 32);
  const failures: string[] = [];
  const notes: string[] = [];
  const stack = await startStack({
    products: args.int('products', 5000),
    seed: args.int('seed', 1),
    log,
  });
  let admin: pg.Client | undefined;
  try {
    const api = await spawnApi(stack.env);
    const worker = await spawnWorker(stack.env);
    const accounts = await createAccounts(stack, api.url, {
      producers: Math.ceil(clients / 4),
      distributors: Math.ceil(clients / 4),
    });
    const traffic = startTraffic(api.url, stack, accounts, {
      writers: clients / 2,
      readers: clients / 2,
      thinkMs: args.int('think-ms', 250),
    });
    const t0 = performance.now();
    await sleep(before);
    const tFault = performance.now();
    const ready = watchReady(api.url);
    let kills = 0;
    if (variant === 'restart') {
      await stack.postgres.stop();
      log(`PostgreSQL stopped (-m fast) for ${outage / 1000} s`);
      await sleep(outage - (performance.now() - tFault));
      await stack.postgres.start();
    } else {
      admin = new pg.Client({
        connectionString: stack.postgres.adminUrl,
        application_name: 'ketnoi-bench-admin',
      });
      await admin.connect();
      while (performance.now() - tFault < outage) {
        const { rowCount } = await admin.query(
          `select pg_terminate_backend(pid) from pg_stat_activity
            where application_name in ('ketnoi-api', 'ketnoi-worker', 'ketnoi-outbox-listen')`,
        );
        kills += rowCount ?? 0;
        await sleep(5000);
      }
      log(`${kills} app connections terminated over ${outage / 1000} s`);
    }
    const tRecovered = performance.now();
    await sleep(after);
    await traffic.stop();
    const tEnd = performance.now();
    const readiness = ready.stop(tFault, tRecovered);
    const drain = await waitUntil(async () => (await outboxBacklog(stack)).open === 0, {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    const backlog = await outboxBacklog(stack);
    const orgIds = [...accounts.producers, ...accounts.distributors].map((a) => a.organizationId);
    const held = await invariants(stack, orgIds);
    const lost = await lostWrites(
      stack,
      traffic.acknowledged.products.map((p) => p.id),
      traffic.acknowledged.demands,
    );
    const during = traffic.samples.filter((s) => s.at >= tFault && s.at < tRecovered);
    const failed = badFailures(traffic.samples.filter((s) => s.at >= t0));
    // For a kill every 5 s, "back" is after the last kill.
    const recovered = recoveryMs(
      traffic.samples,
      variant === 'restart' ? tRecovered : tRecovered - 5000,
    );
    const figures = {
      clients,
      secondsBeforeDuringAfter: [before / 1000, outage / 1000, after / 1000],
      ...(variant === 'terminate' ? { connectionsTerminated: kills } : {}),
      baseline: phaseFigures(traffic.samples, t0 + Math.min(5000, before / 3), tFault),
      outage: phaseFigures(traffic.samples, tFault, tRecovered),
      after: phaseFigures(traffic.samples, tRecovered, tEnd),
      failures: failed,
      readyFalseAfterMs: readiness.falseAfterMs,
      readyTrueAfterRecoveryMs: readiness.trueAfterRecoveryMs,
      recoveryMs: recovered,
      acknowledged: {
        products: traffic.acknowledged.products.length,
        demandVersions: traffic.acknowledged.demands.length,
        sampleRequests: traffic.acknowledged.sampleRequests.length,
      },
      acknowledgedButLost: lost,
      invariants: held,
      drainMs: drain.ok ? Math.round(drain.ms) : null,
      outboxOpen: backlog.open,
      outboxFailed: backlog.failed,
      apiExited: !api.alive(),
      workerExited: !worker.alive(),
      apiErrors: errorsLogged(api),
      listenReconnects: worker.count('outbox LISTEN connection lost; reconnecting'),
    };
    const check = (ok: boolean, note: string) => {
      if (!ok) {
        failures.push(note);
      }
    };
    check(api.alive() && worker.alive(), 'a process exited');
    check(
      failed.notFast503Problem === 0,
      `${failed.notFast503Problem} failures were not a fast 503 problem with Retry-After`,
    );
    check(recovered <= 5000, `errors until ${recovered} ms after recovery (≤ 5,000)`);
    if (variant === 'restart') {
      check(
        readiness.falseAfterMs !== null && readiness.falseAfterMs <= 1000,
        `/ready turned false after ${String(readiness.falseAfterMs)} ms (≤ 1,000)`,
      );
      check(during.length > 0, 'no request was sent during the outage');
    }
    check(
      lost.products === 0 && lost.demands === 0,
      `acknowledged writes lost: ${JSON.stringify(lost)}`,
    );
    check(
      Object.values(held).every((n) => n === 0),
      `invariants broken: ${JSON.stringify(held)}`,
    );
    check(
      drain.ok && backlog.failed === 0,
      `outbox: ${backlog.open} open, ${backlog.failed} failed`,
    );
    const all = phaseFigures(traffic.samples, t0, tEnd);
    if (all.status4xx > 0) {
      notes.push(`${all.status4xx} × 4xx: ${JSON.stringify(all.outcomes)}`);
    }
    await worker.close();
    await api.close();
    return { passed: failures.length === 0, figures, notes: [...failures, ...notes] };
  } finally {
    await admin?.end().catch(() => undefined);
    await stack.teardown();
  }
}

/**
 * F8: the relay's LISTEN connection terminated, then 10 products published one after another;
 * each must be searchable within the poll interval + 1 s of its approval, and the LISTEN client
 * must be back.
 */
async function listenKilled(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { args, log } = ctx;
  const pollMs = 1000;
  const failures: string[] = [];
  const stack = await startStack({
    products: 500,
    seed: args.int('seed', 1),
    env: { OUTBOX_POLL_MS: String(pollMs) },
    log,
  });
  try {
    const api = await spawnApi(stack.env);
    const worker = await spawnWorker(stack.env);
    const accounts = await createAccounts(stack, api.url, { producers: 1, distributors: 0 });
    const listening = async () =>
      (
        await stack.check.pool.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity
            where application_name = 'ketnoi-outbox-listen' and query ilike 'listen%'`,
        )
      ).rows[0]!.n;
    await waitUntil(async () => (await listening()) > 0, { timeoutMs: 10_000, intervalMs: 100 });
    const { rows } = await stack.check.pool.query<{ ok: boolean }>(
      `select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = 'ketnoi-outbox-listen'`,
    );
    log(`LISTEN connection terminated (${rows.length})`);
    // Watched from the kill on, while the publishes go ahead.
    const back = sleep(50).then(() =>
      waitUntil(async () => (await listening()) > 0, { timeoutMs: 20_000, intervalMs: 50 }),
    );
    const post = async <T>(path: string, token: string, body: unknown): Promise<T> => {
      const response = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (response.status >= 300) {
        throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      }
      return (await response.json()) as T;
    };
    const latencies: number[] = [];
    const producer = accounts.producers[0]!.token;
    for (let i = 0; i < 10; i += 1) {
      const created = await post<{ id: string; version: number }>('/api/v1/products', producer, {
        nameVi: `Mật ong thử LISTEN ${i}`,
        descriptionVi: 'Mật ong rừng, thử kết nối LISTEN của bộ chuyển outbox.',
        ocopGroup: 'food',
        category: 'honey',
        province: 'ca-mau',
        unit: 'kg',
        moq: 10,
      });
      const submitted = await post<{ version: number }>(
        `/api/v1/products/${created.id}/submit`,
        producer,
        {
          version: created.version,
        },
      );
      await post(`/api/v1/review/products/${created.id}/approve`, accounts.coordinator, {
        version: submitted.version,
      });
      // Timed from the approval's answer: waitUntil starts its clock now.
      const indexed = await waitUntil(
        async () =>
          (
            await stack.check.pool.query('select 1 from product_search where product_id = $1', [
              created.id,
            ])
          ).rowCount === 1,
        { timeoutMs: 15_000, intervalMs: 20 },
      );
      latencies.push(indexed.ok ? indexed.ms : Infinity);
    }
    const reconnected = await back;
    const limit = pollMs + 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const figures = {
      publishes: latencies.length,
      pollMs: pollMs,
      approvalToIndexedP50Ms: Math.round(percentile(sorted, 50)),
      approvalToIndexedMaxMs: Number.isFinite(sorted.at(-1)!) ? Math.round(sorted.at(-1)!) : null,
      limitMs: limit,
      listenBackAfterKillMs: reconnected.ok ? Math.round(reconnected.ms + 50) : null,
      listenReconnectsLogged: worker.count('outbox LISTEN connection lost; reconnecting'),
    };
    if (!(sorted.at(-1)! <= limit)) {
      failures.push(
        `slowest publish searchable after ${String(figures.approvalToIndexedMaxMs)} ms (≤ ${limit})`,
      );
    }
    if (!reconnected.ok) {
      failures.push('the LISTEN client did not reconnect');
    }
    await worker.close();
    await api.close();
    return { passed: failures.length === 0, figures, notes: failures };
  } finally {
    await stack.teardown();
  }
}

export const postgresScenarios: ReliabilityScenario[] = [
  {
    id: 'F2',
    title: 'PostgreSQL stopped and started again under 32 clients',
    run: (ctx) => postgresFault(ctx, 'restart'),
  },
  {
    id: 'F2b',
    title: 'Every app connection to PostgreSQL terminated every 5 s for 30 s under 32 clients',
    run: (ctx) => postgresFault(ctx, 'terminate'),
  },
  {
    id: 'F8',
    title: "The relay's LISTEN connection killed, then 10 publishes",
    run: listenKilled,
  },
];
