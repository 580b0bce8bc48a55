/**
 * Load, soak and scale-out scenarios of `npm run bench:reliability` (issue 8, points 1 and 4;
 * L1–L7 of the reliability catalogue). Each one builds its own bench database with the
 * synthetic catalogue (`--products`, default 100,000) and its users (load-setup.ts), runs the
 * real API and worker as child processes on the shared PostgreSQL and Redis, and tears all of
 * it down. The concurrency cases (L3, L4, L5, L7) are in load-concurrency.ts.
 *
 * Options: `--products`, `--duration` (L1 and SCALE seconds, default 60), `--warmup` (L1 and SCALE, 10 s),
 * `--connections` (L1/L6/SCALE users, default 64), `--login-seconds` (L2, 30),
 * `--password-hash-concurrency` (L2: the API's PASSWORD_HASH_CONCURRENCY, default its own: one per core),
 * `--soak-minutes` (L6, 10), `--soak-warmup-minutes` (L6, 2), `--import-rows` (SCALE, 500).
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { queueNames } from '../../src/jobs/queues.ts';
import { benchEnv, type BenchArgs } from '../lib/harness.ts';
import type { ReliabilityScenario } from './scenario.ts';
import { concurrencyScenarios } from './load-concurrency.ts';
import { importFile, uploadImport } from './load-imports.ts';
import { createMixState, runMix, summarize, unexpectedSamples, type MixState } from './load-mix.ts';
import {
  drainOutbox,
  LOAD_PASSWORD,
  loadAverage,
  mb,
  measureCpu,
  percentiles,
  prepareWorld,
  round,
  rssBytes,
  sleep,
  spawnLoadApi,
  spawnLoadWorker,
  tcpConnectionsTo,
  withCleanup,
  type LoadWorld,
} from './load-setup.ts';

/** A common option given on the command line, else this scenario's own default. */
const given = (args: BenchArgs, name: string) => args.options[name] !== undefined;
const durationOf = (args: BenchArgs, fallback: number) =>
  given(args, 'duration') ? args.duration : fallback;
const warmupOf = (args: BenchArgs, fallback: number) =>
  given(args, 'warmup') ? args.warmup : fallback;
const usersOf = (args: BenchArgs, fallback: number) =>
  given(args, 'connections') ? args.connections : fallback;

// ---------------------------------------------------------------------------------------------
// L1

const L1: ReliabilityScenario = {
  id: 'L1',
  title: 'Mixed load: 70 % search, 20 % reads, 10 % writes, 64 users × 60 s',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const users = usersOf(args, 64);
      const seconds = durationOf(args, 60);
      const world = await prepareWorld('l1', args, cleanup, log, {
        index: true,
        producers: users,
        distributors: users,
      });
      const api = await spawnLoadApi(world, cleanup);
      const worker = await spawnLoadWorker(world, cleanup);
      const state = createMixState(world);
      const warmup = warmupOf(args, 10);
      if (warmup > 0) {
        log(`warming up ${warmup} s`);
        await runMix(state, { origins: [api.url], users, seconds: warmup });
      }
      log(`measuring ${seconds} s × ${users} users`);
      const { result: stats, cpuPercent } = await measureCpu(
        { api: api.pid, worker: worker.pid, loadGenerator: process.pid },
        () => runMix(state, { origins: [api.url], users, seconds, seed: 2 }),
      );
      const summary = summarize(stats);
      const drainSeconds = await drainOutbox(world);
      const notes = unexpectedSamples(stats);
      log(
        `${summary.rps} req/s, errors ${summary.errors}, 5xx ${summary.serverErrors}, non-2xx ${summary.non2xx}`,
      );
      const passed = summary.errors === 0 && summary.serverErrors === 0;
      if (summary.non2xx > 0) {
        notes.push(`${summary.non2xx} non-2xx answers (4xx): see routes.*.statuses`);
      }
      return {
        passed,
        figures: {
          products: world.products,
          users,
          durationS: seconds,
          warmupS: warmup,
          ...summary,
          created: state.created,
          cpuPercent,
          outboxDrainSeconds: drainSeconds,
          apiRssMb: mb(await rssBytes(api.pid)),
          workerRssMb: mb(await rssBytes(worker.pid)),
          apiEnv: 'RATE_LIMIT_PER_MINUTE=1000000000, ACCESS_TOKEN_TTL_SECONDS=3600',
          loadAverage: loadAverage(),
        },
        notes,
      };
    }),
};

// ---------------------------------------------------------------------------------------------
// L2

type Timed = { status: number; ms: number };

function postJson(
  agent: http.Agent,
  url: URL,
  body: unknown,
  headers: Record<string, string>,
): Promise<Timed> {
  const payload = JSON.stringify(body);
  const sent = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          ...headers,
        },
        timeout: 30_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - sent }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - sent }));
    req.end(payload);
  });
}

function getOnce(agent: http.Agent, url: URL): Promise<Timed> {
  const sent = performance.now();
  return new Promise((resolve) => {
    const req = http.get(
      { agent, host: url.hostname, port: url.port, path: url.pathname, timeout: 10_000 },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - sent }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - sent }));
  });
}

const L2: ReliabilityScenario = {
  id: 'L2',
  title: 'Login storm: 50 concurrent logins (valid and invalid) for 30 s',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const clients = args.int('login-clients', 50);
      const seconds = args.int('login-seconds', 30);
      const hashConcurrency = args.int('password-hash-concurrency', 0);
      const world = await prepareWorld('l2', args, cleanup, log, {
        index: false,
        producers: 0,
        distributors: clients,
      });
      // Each client is its own address (X-Forwarded-For behind a trusted proxy), as people are;
      // the login limiter keeps its production defaults (5 failures per account and address,
      // 50 per address, in 15 minutes).
      // Beyond PASSWORD_HASH_CONCURRENCY checks at once and a queue of 4 × that, logins get
      // 503 AUTH_BUSY + Retry-After at once (modules/auth/passwords.ts): counted as refused below.
      const api = await spawnLoadApi(world, cleanup, {
        TRUST_PROXY: 'true',
        ...(hashConcurrency > 0 ? { PASSWORD_HASH_CONCURRENCY: String(hashConcurrency) } : {}),
      });
      const loginUrl = new URL(`${api.url}/api/v1/auth/login`);
      const healthUrl = new URL(`${api.url}/health`);
      // /health alone first: on a shared machine its p99 without the storm is the yardstick.
      const quiet: Timed[] = [];
      {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const until = performance.now() + 5000;
        while (performance.now() < until) {
          quiet.push(await getOnce(agent, healthUrl));
          await sleep(20);
        }
        agent.destroy();
      }
      const rssBefore = await rssBytes(api.pid);
      let rssMax = rssBefore;
      const outcomes = {
        valid: [] as Timed[],
        invalid: [] as Timed[],
      };
      const health: Timed[] = [];
      const deadline = performance.now() + seconds * 1000;
      let running = true;

      // Half the clients sign in properly, again and again; the other half guess passwords.
      const client = async (i: number) => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        const who = world.distributors[i % world.distributors.length]!;
        const valid = i % 2 === 0;
        const headers = { 'x-forwarded-for': `10.8.${Math.floor(i / 250)}.${(i % 250) + 1}` };
        while (performance.now() < deadline) {
          const answer = await postJson(
            agent,
            loginUrl,
            { email: who.email, password: valid ? LOAD_PASSWORD : `sai-mat-khau-${i}` },
            headers,
          );
          (valid ? outcomes.valid : outcomes.invalid).push(answer);
        }
        agent.destroy();
      };
      const probe = async () => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        while (running) {
          health.push(await getOnce(agent, healthUrl));
          await sleep(20);
        }
        agent.destroy();
      };
      const memory = async () => {
        while (running) {
          rssMax = Math.max(rssMax, await rssBytes(api.pid));
          await sleep(500);
        }
      };
      const background = [probe(), memory()];
      await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
      running = false;
      await Promise.all(background);
      const rssAfter = await rssBytes(api.pid);

      const byStatus = (list: Timed[]) =>
        list.reduce<Record<string, number>>((acc, t) => {
          acc[t.status] = (acc[t.status] ?? 0) + 1;
          return acc;
        }, {});
      const all = [...outcomes.valid, ...outcomes.invalid];
      const ok = all.filter((t) => t.status === 200);
      const refused = all.filter((t) => t.status === 429 || t.status === 503);
      const wrong = all.filter((t) => t.status === 401);
      const healthP = percentiles(health.map((h) => h.ms));
      const loginP = percentiles(ok.map((t) => t.ms));
      const refusedP = percentiles(refused.map((t) => t.ms));
      const figures = {
        products: world.products,
        clients,
        seconds,
        logins: all.length,
        loginsPerSecond: round(all.length / seconds, 1),
        validStatuses: byStatus(outcomes.valid),
        invalidStatuses: byStatus(outcomes.invalid),
        login200: loginP,
        login401: percentiles(wrong.map((t) => t.ms)),
        refused429or503: refusedP,
        health: { ...healthP, non200: health.filter((h) => h.status !== 200).length },
        healthWithoutStorm: percentiles(quiet.map((h) => h.ms)),
        apiRssMb: { before: mb(rssBefore), max: mb(rssMax), after: mb(rssAfter) },
        rssGrowthMb: mb(rssMax - rssBefore),
        apiEnv: `TRUST_PROXY=true (one X-Forwarded-For per client), LOGIN_MAX_ATTEMPTS=5 (default), PASSWORD_HASH_CONCURRENCY=${hashConcurrency > 0 ? hashConcurrency : 'default (one per core)'}`,
        loadAverage: loadAverage(),
      };
      const notes: string[] = [];
      const checks = {
        healthP99: healthP.p99Ms <= 50,
        refusedFast: refused.length === 0 || refusedP.maxMs <= 2000,
        rssGrowth: rssMax - rssBefore < 200 * 1024 * 1024,
        noServerErrors: all.every((t) => t.status !== 0 && (t.status < 500 || t.status === 503)),
      };
      if (!checks.healthP99) {
        notes.push(`/health p99 ${healthP.p99Ms} ms > 50 ms during the storm`);
      }
      if (loginP.p95Ms > 1000) {
        notes.push(`login p95 ${loginP.p95Ms} ms > 1 s (provisional target; reported, not judged)`);
      }
      if (!checks.refusedFast) {
        notes.push(`a refused login took ${refusedP.maxMs} ms (> 2 s)`);
      }
      if (!checks.rssGrowth) {
        notes.push(`API RSS grew ${mb(rssMax - rssBefore)} MB (≥ 200 MB)`);
      }
      if (!checks.noServerErrors) {
        notes.push('some logins ended in a 5xx other than 503 or a socket error');
      }
      log(JSON.stringify({ checks, health: healthP, login: loginP }));
      return {
        passed: Object.values(checks).every(Boolean),
        figures: { ...figures, checks },
        notes,
      };
    }),
};

// ---------------------------------------------------------------------------------------------
// L6

type Sample = {
  atS: number;
  apiRss: number;
  workerRss: number;
  apiPg: number;
  workerPg: number;
  apiRedis: number;
  workerRedis: number;
  databaseBackends: number;
  redisConnectedClients: number;
};

async function redisConnectedClients(redis: Redis): Promise<number> {
  const info = await redis.info('clients');
  return Number(/connected_clients:(\d+)/.exec(info)?.[1] ?? -1);
}

const L6: ReliabilityScenario = {
  id: 'L6',
  title: 'Soak: the L1 mix at half rate for 10 minutes',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const users = usersOf(args, 64);
      const minutes = Number(args.string('soak-minutes', '10'));
      const warmupMinutes = Number(args.string('soak-warmup-minutes', '2'));
      const world = await prepareWorld('l6', args, cleanup, log, {
        index: true,
        producers: users,
        distributors: users,
      });
      const api = await spawnLoadApi(world, cleanup);
      const worker = await spawnLoadWorker(world, cleanup);
      const redis = new Redis(benchEnv().REDIS_URL!, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
      });
      await redis.connect();
      cleanup.add(() => redis.disconnect(), 'redis probe');
      const state = createMixState(world);

      // Full rate first (closed loop, as L1), to know what "half" is on this machine now.
      const full = summarize(await runMix(state, { origins: [api.url], users, seconds: 20 }));
      const rate = Math.max(1, Math.round(full.rps / 2));
      log(
        `full rate ${full.rps} req/s → soak at ${rate} req/s, warm-up ${warmupMinutes} min, then ${minutes} min`,
      );

      const samples: Sample[] = [];
      const started = performance.now();
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          const { rows } = await world.db.pool.query<{ n: number }>(
            'select count(*)::int as n from pg_stat_activity where datname = current_database()',
          );
          samples.push({
            atS: round((performance.now() - started) / 1000, 0),
            apiRss: await rssBytes(api.pid),
            workerRss: await rssBytes(worker.pid),
            apiPg: await tcpConnectionsTo(api.pid, 5432),
            workerPg: await tcpConnectionsTo(worker.pid, 5432),
            apiRedis: await tcpConnectionsTo(api.pid, 6379),
            workerRedis: await tcpConnectionsTo(worker.pid, 6379),
            databaseBackends: rows[0]!.n,
            redisConnectedClients: await redisConnectedClients(redis),
          });
          await sleep(10_000);
        }
      })();
      const { result: soak, cpuPercent } = await measureCpu(
        { api: api.pid, worker: worker.pid, loadGenerator: process.pid },
        () =>
          runMix(state, {
            origins: [api.url],
            users,
            seconds: (warmupMinutes + minutes) * 60,
            ratePerSecond: rate,
            seed: 6,
          }),
      );
      sampling = false;
      await sampler;
      const summary = summarize(soak);
      const after = samples.filter((s) => s.atS >= warmupMinutes * 60);
      const measured = after.length >= 2 ? after : samples;
      // The first and last third of the samples after warm-up: a few samples at one end can
      // straddle a collection that hands memory back (seen: 267 → 190 MB in one 10 s step).
      const edge = Math.max(1, Math.floor(measured.length / 3));
      const mean = (list: Sample[], key: keyof Sample) =>
        list.reduce((a, s) => a + s[key], 0) / Math.max(1, list.length);
      const growth = (key: 'apiRss' | 'workerRss') => {
        const first = mean(measured.slice(0, edge), key);
        const last = mean(measured.slice(-edge), key);
        return {
          startMb: mb(first),
          endMb: mb(last),
          growthPercent: round(((last - first) / first) * 100, 1),
        };
      };
      const spread = (key: keyof Sample) => {
        const values = measured.map((s) => s[key]);
        return { min: Math.min(...values), max: Math.max(...values) };
      };
      const apiRss = growth('apiRss');
      const workerRss = growth('workerRss');
      const connections = {
        apiPg: spread('apiPg'),
        workerPg: spread('workerPg'),
        apiRedis: spread('apiRedis'),
        workerRedis: spread('workerRedis'),
        databaseBackends: spread('databaseBackends'),
        sharedRedisConnectedClients: spread('redisConnectedClients'),
      };
      // A leak shows as a count that climbs over the soak; a pool breathing between its idle
      // timeout and its maximum does not. Flat (± 2) = the mean of the last samples within 2 of
      // the mean of the first; the spread (min–max) is reported as well.
      const drift = (key: keyof Sample) =>
        round(mean(measured.slice(-edge), key) - mean(measured.slice(0, edge), key), 1);
      const drifts = {
        apiPg: drift('apiPg'),
        workerPg: drift('workerPg'),
        databaseBackends: drift('databaseBackends'),
        apiRedis: drift('apiRedis'),
        workerRedis: drift('workerRedis'),
      };

      // Shutdown: both exit on SIGTERM by themselves (the harness SIGKILLs after 5 s: a leaked handle).
      const apiStop = performance.now();
      await api.close();
      const apiExitMs = Math.round(performance.now() - apiStop);
      const workerStop = performance.now();
      await worker.close();
      const workerExitMs = Math.round(performance.now() - workerStop);

      const checks = {
        noErrors: summary.errors === 0 && summary.serverErrors === 0,
        apiRss: apiRss.growthPercent < 10,
        workerRss: workerRss.growthPercent < 10,
        pgFlat: [drifts.apiPg, drifts.workerPg, drifts.databaseBackends].every(
          (d) => Math.abs(d) <= 2,
        ),
        redisFlat: [drifts.apiRedis, drifts.workerRedis].every((d) => Math.abs(d) <= 2),
        cleanExit: apiExitMs < 5000 && workerExitMs < 5000,
      };
      const notes = unexpectedSamples(soak);
      notes.push(
        "Redis flatness is judged on the API and worker processes' own sockets to 6379 (what connected_clients of a private Redis would count); the shared Redis's connected_clients includes other users and is reported only.",
      );
      for (const [name, ok] of Object.entries(checks)) {
        if (!ok) {
          notes.push(`check failed: ${name}`);
        }
      }
      return {
        passed: Object.values(checks).every(Boolean),
        figures: {
          products: world.products,
          users,
          fullRateRps: full.rps,
          targetRps: rate,
          warmupMinutes,
          minutes,
          requests: summary.requests,
          rps: summary.rps,
          errors: summary.errors,
          serverErrors: summary.serverErrors,
          non2xx: summary.non2xx,
          overall: summary.overall,
          cpuPercent,
          apiRss,
          workerRss,
          connections,
          connectionDrift: drifts,
          apiExitMs,
          workerExitMs,
          checks,
          samples: samples.map((s) => ({
            atS: s.atS,
            apiRssMb: mb(s.apiRss),
            workerRssMb: mb(s.workerRss),
            pg: s.apiPg + s.workerPg,
            redis: s.apiRedis + s.workerRedis,
            backends: s.databaseBackends,
          })),
          loadAverage: loadAverage(),
        },
        notes,
      };
    }),
};

// ---------------------------------------------------------------------------------------------
// SCALE

/** Coordinator approvals of products in review (not the mix users'), spread over the APIs. */
async function approveInTurn(
  world: LoadWorld,
  origins: string[],
  until: () => boolean,
): Promise<{ approved: number; other: Record<string, number> }> {
  const mixOrgs = world.producers.map((p) => p.orgId);
  const { rows } = await world.db.pool.query<{ id: string; version: number }>(
    `select p.id, p.version from products p join organizations o on o.id = p.producer_org_id
      where p.status = 'pending_review' and o.verification_status = 'verified'
        and p.producer_org_id <> all($1::uuid[])
      order by p.id limit 2000`,
    [mixOrgs],
  );
  let approved = 0;
  const other: Record<string, number> = {};
  for (const [i, row] of rows.entries()) {
    if (until()) {
      break;
    }
    const response = await fetch(
      `${origins[i % origins.length]}/api/v1/review/products/${row.id}/approve`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${world.coordinator.token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ version: row.version }),
      },
    );
    await response.arrayBuffer();
    if (response.status === 200) {
      approved += 1;
    } else {
      other[response.status] = (other[response.status] ?? 0) + 1;
    }
    await sleep(100);
  }
  return { approved, other };
}

/** How many times BullMQ saw an add for a job id it already had ("duplicated" events kept in its streams). */
async function duplicatedEvents(redis: Redis, prefix: string): Promise<number> {
  let count = 0;
  for (const queue of queueNames) {
    const entries = await redis.xrange(`${prefix}:${queue}:events`, '-', '+');
    for (const [, fields] of entries) {
      // Only outbox jobs: every worker upserting the same job schedulers is expected to dedupe.
      const jobId = fields[fields.indexOf('jobId') + 1] ?? '';
      if (fields[0] === 'event' && fields[1] === 'duplicated' && jobId.startsWith('outbox-')) {
        count += 1;
      }
    }
  }
  return count;
}

const SCALE: ReliabilityScenario = {
  id: 'SCALE',
  title: 'Scale-out: 2 API + 2 worker processes on one PostgreSQL and Redis, the L1 mix',
  run: ({ args, log }) =>
    withCleanup(async (cleanup) => {
      const users = usersOf(args, 64);
      const seconds = durationOf(args, 60);
      const importRows = args.int('import-rows', 500);
      const world = await prepareWorld('scale', args, cleanup, log, {
        index: true,
        producers: users + 4,
        distributors: users,
      });
      // The last 4 producers import files (2 through each API); the mix uses the first `users`.
      const importers = world.producers.slice(users);
      world.producers = world.producers.slice(0, users);
      const apis = [await spawnLoadApi(world, cleanup), await spawnLoadApi(world, cleanup)];
      const workers = [
        await spawnLoadWorker(world, cleanup),
        await spawnLoadWorker(world, cleanup),
      ];
      const origins = apis.map((a) => a.url);
      const redis = new Redis(benchEnv().REDIS_URL!, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
      });
      await redis.connect();
      cleanup.add(() => redis.disconnect(), 'redis probe');
      const state: MixState = createMixState(world);
      const warmup = warmupOf(args, 10);
      if (warmup > 0) {
        await runMix(state, { origins, users, seconds: warmup });
      }
      const files = await Promise.all(importers.map((_, i) => importFile(importRows, 1000 + i)));
      log(
        `measuring ${seconds} s × ${users} users over ${origins.length} APIs, ${importers.length} imports of ${importRows} rows, approvals`,
      );
      let done = false;
      const uploads = Promise.all(
        importers.map(async (p, i) => {
          await sleep(((i + 1) * seconds * 1000) / (importers.length + 2));
          return uploadImport(origins[i % origins.length]!, p.token, files[i]!);
        }),
      );
      const approvals = approveInTurn(world, origins, () => done);
      const { result: stats, cpuPercent } = await measureCpu(
        {
          api1: apis[0]!.pid,
          api2: apis[1]!.pid,
          worker1: workers[0]!.pid,
          worker2: workers[1]!.pid,
          loadGenerator: process.pid,
        },
        () => runMix(state, { origins, users, seconds, seed: 4 }),
      );
      done = true;
      const [uploaded, approvalResult] = await Promise.all([uploads, approvals]);
      const summary = summarize(stats);
      const drainSeconds = await drainOutbox(world);

      const q = async <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
        (await world.db.pool.query<T>(text, params)).rows[0]!;
      const outbox = await q<{
        rows: number;
        redispatched: number;
        notDone: number;
        failed: number;
        maxDispatch: number;
      }>(
        `select count(*)::int as rows, count(*) filter (where dispatch_count > 1)::int as redispatched,
                count(*) filter (where done_at is null)::int as "notDone",
                count(*) filter (where failed_at is not null)::int as failed,
                coalesce(max(dispatch_count), 0)::int as "maxDispatch"
           from outbox`,
      );
      const outboxByTopic = (
        await world.db.pool.query<{ topic: string; n: number }>(
          'select topic, count(*)::int as n from outbox group by topic order by topic',
        )
      ).rows;
      const matches = await q<{ rows: number; pairs: number }>(
        'select count(*)::int as rows, count(distinct (demand_id, product_id))::int as pairs from matches',
      );
      const importIds = uploaded.map((u) => u.body.id).filter((id): id is string => Boolean(id));
      const imports = (
        await world.db.pool.query<{
          id: string;
          status: string;
          rows_created: number | null;
          products: number;
          distinct_rows: number;
        }>(
          `select i.id, i.status::text as status, i.rows_created,
                  (select count(*)::int from products p where p.import_id = i.id) as products,
                  (select count(distinct p.import_row)::int from products p where p.import_id = i.id) as distinct_rows
             from imports i where i.id = any($1::uuid[])`,
          [importIds],
        )
      ).rows;
      // Public = what the engine indexes (search-documents.ts): approved facts, not archived, verified
      // producer. `outdated`: an indexed document whose moq or name differs from the approved facts.
      const search = await q<{
        public: number;
        indexed: number;
        missing: number;
        stale: number;
        outdated: number;
      }>(
        `with pub as (
           select p.id from products p join organizations o on o.id = p.producer_org_id
            where p.public_facts is not null and p.status <> 'archived' and o.verification_status = 'verified')
         select (select count(*)::int from pub) as public,
                (select count(*)::int from product_search) as indexed,
                (select count(*)::int from pub where not exists (select 1 from product_search s where s.product_id = pub.id)) as missing,
                (select count(*)::int from product_search s where not exists (select 1 from pub where pub.id = s.product_id)) as stale,
                (select count(*)::int from product_search_documents d join products p on p.id = d.product_id
                  where d.document->'moq' is distinct from p.public_facts->'moq'
                     or d.document->'nameVi' is distinct from p.public_facts->'nameVi') as outdated`,
      );
      const duplicated = await duplicatedEvents(redis, world.queuePrefix);

      const checks = {
        noErrors: summary.errors === 0 && summary.serverErrors === 0,
        bothApisServed: summary.perOrigin.every((n) => n > 0),
        outboxDrained: drainSeconds !== null && outbox.notDone === 0 && outbox.failed === 0,
        outboxDispatchedOnce: outbox.redispatched === 0 && duplicated === 0,
        noDuplicateMatches: matches.rows === matches.pairs,
        importsOnce:
          uploaded.every((u) => u.status === 202) &&
          imports.length === importers.length &&
          imports.every(
            (i) =>
              i.status === 'done' &&
              i.products === importRows &&
              i.distinct_rows === importRows &&
              i.rows_created === importRows,
          ),
        searchConsistent: search.missing === 0 && search.stale === 0 && search.outdated === 0,
      };
      const notes = unexpectedSamples(stats);
      for (const [name, ok] of Object.entries(checks)) {
        if (!ok) {
          notes.push(`check failed: ${name}`);
        }
      }
      notes.push(
        'The relay claims rows with `select … for update skip locked` and marks them dispatched in the same transaction (src/jobs/outbox-relay.ts); jobs get jobId outbox-<id>-<created_at ms>, so even a second add is a no-op ("duplicated" event).',
      );
      return {
        passed: Object.values(checks).every(Boolean),
        figures: {
          products: world.products,
          users,
          apis: apis.length,
          workers: workers.length,
          durationS: seconds,
          ...summary,
          created: state.created,
          cpuPercent,
          approvals: approvalResult,
          uploads: uploaded.map((u) => u.status),
          imports,
          outboxDrainSeconds: drainSeconds,
          outbox,
          outboxByTopic,
          bullmqDuplicatedEvents: duplicated,
          matches,
          search,
          checks,
          loadAverage: loadAverage(),
        },
        notes,
      };
    }),
};

export const loadScenarios: ReliabilityScenario[] = [L1, L2, ...concurrencyScenarios, L6, SCALE];
