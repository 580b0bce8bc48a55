/**
 * What every load scenario (load.ts) starts from: its own bench database with the synthetic
 * catalogue (`--products`, default 100,000), optionally the PostgreSQL search index, open demands
 * of verified distributors, and a realistic set of people — producers with their own products, distributors,
 * a coordinator — each able to log in and given an access token signed by the app. Plus the
 * probes the scenarios read off the child processes: resident memory and TCP connections to
 * PostgreSQL and Redis, from /proc.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readdir, readFile, readlink } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { uuidv7 } from 'uuidv7';
import { createDatabase, type Database } from '../../src/db/client.ts';
import { hashPassword } from '../../src/modules/auth/passwords.ts';
import { createPostgresSearchEngine } from '../../src/modules/search/postgres-search-engine.ts';
import { reindexAll } from '../../src/modules/search/reindex.ts';
import { generateCatalogue } from '../lib/generate-catalogue.ts';
import {
  apiNodeOptions,
  benchEnv,
  createBenchDatabase,
  freePort,
  serverDir,
  spawnBenchServer,
  startBenchServer,
  type BenchArgs,
  type BenchDatabase,
  type ChildServer,
  Cleanup,
} from '../lib/harness.ts';
import { generateDemands } from '../lib/synthetic-demands.ts';
import { spawnBenchWorker, type WorkerProcess } from '../lib/worker-process.ts';

/** Every seeded account's password (argon2id-hashed once). */
export const LOAD_PASSWORD = 'KetNoi@2026-load';

/**
 * The child API's settings for load, on top of benchEnv (which already raises the limiter):
 * the production default of 600 requests/min per IP would refuse a load generator that sends
 * everything from 127.0.0.1, so the limit is 10⁹/min (the limiter still does its Redis round
 * trip on every request); access tokens live an hour so a 12-minute soak never sees one expire.
 */
export const LOAD_API_ENV = {
  RATE_LIMIT_PER_MINUTE: '1000000000',
  ACCESS_TOKEN_TTL_SECONDS: '3600',
} as const;

export type SeededUser = { id: string; orgId: string; email: string; token: string };
export type SeededProducer = SeededUser & { products: { id: string; version: number }[] };
export type SeededDistributor = SeededUser & { demands: { id: string; version: number }[] };

export type LoadWorld = {
  database: BenchDatabase;
  /**
   * This scenario's own BullMQ/Redis prefix: no job an earlier scenario left is in its queues. (Outbox
   * ids start at 1 in every new database; before job ids carried `created_at`, a shared prefix
   * made a new row's job be taken for an earlier scenario's and never run.)
   */
  queuePrefix: string;
  /** `--api-log-dir`: API children log at `warn` into `<dir>/<label>-api-<n>.log` (else silent). */
  apiLogDir: string;
  label: string;
  /** A small pool of the bench's own, for setup and checks. */
  db: Database;
  products: number;
  producers: SeededProducer[];
  distributors: SeededDistributor[];
  coordinator: SeededUser;
  /** Published products of verified producers (what a buyer can open), a sample. */
  publicProductIds: string[];
  /** Verified producer organizations (public profiles), a sample. */
  producerOrgIds: string[];
  setupSeconds: number;
};

export type WorldOptions = {
  /** Build the PostgreSQL search index (only what searches or matches needs it). */
  index: boolean;
  /** Producers with a user (each owns ≥ 5 products). */
  producers: number;
  /** Distributors with a user, each with 50 open demands (lib/synthetic-demands.ts). */
  distributors: number;
};

/** The scenario's database, filled and indexed, with its users and tokens. */
export async function prepareWorld(
  label: string,
  args: BenchArgs,
  cleanup: Cleanup,
  log: (message: string) => void,
  options: WorldOptions,
): Promise<LoadWorld> {
  const started = performance.now();
  const products = args.int('products', 100_000);
  const database = await createBenchDatabase(`load_${label}`);
  cleanup.add(database.drop, 'drop database');
  const queuePrefix = `${benchEnv().QUEUE_PREFIX}-${label}`;
  cleanup.add(() => deleteRedisKeys(`${queuePrefix}:*`), 'redis keys');
  await generateCatalogue(database.url, {
    products,
    writers: 2,
    log: (m) => log(`catalogue: ${m}`),
  });
  const db = createDatabase(database.url, { max: 4, applicationName: 'ketnoi-bench-load' });
  cleanup.add(db.close, 'close bench pool');
  // generateDemands makes one distributor (with a user) per 50 open demands.
  await generateDemands(database.url, { demands: Math.max(1, options.distributors) * 50 });
  if (options.index) {
    const indexStarted = performance.now();
    const engine = createPostgresSearchEngine(db.db);
    const indexed = await reindexAll(db.db, engine);
    await db.pool.query('analyze');
    log(
      `search index: ${indexed.indexed} public products in ${((performance.now() - indexStarted) / 1000).toFixed(1)} s`,
    );
  }

  const passwordHash = await hashPassword(LOAD_PASSWORD);
  const { pool } = db;
  // Distributors: the generated ones get a real password so they can log in too.
  const { rows: distributorRows } = await pool.query<{ id: string; org: string; email: string }>(
    `update users set password_hash = $1 where role = 'distributor'
      returning id, organization_id as org, email`,
    [passwordHash],
  );
  distributorRows.sort((a, b) => a.org.localeCompare(b.org));
  const chosenDistributors = distributorRows.slice(0, options.distributors);
  // Producers: verified organizations with at least 5 products, one user each.
  const { rows: producerOrgs } = await pool.query<{ id: string }>(
    `select o.id from organizations o
      where o.kind = 'producer' and o.verification_status = 'verified'
        and (select count(*) from products p where p.producer_org_id = o.id and p.status <> 'archived') >= 5
      order by o.id limit $1`,
    [options.producers],
  );
  const producerUsers = producerOrgs.map((o, i) => ({
    id: uuidv7(),
    org: o.id,
    email: `bench-producer-${i + 1}-${o.id.slice(-6)}@example.vn`,
  }));
  if (producerUsers.length > 0) {
    await pool.query(
      `insert into users (id, email, password_hash, name, role, organization_id)
       select u.id, u.email, $4, 'Nhà sản xuất thử tải', 'producer', u.org
         from unnest($1::uuid[], $2::text[], $3::uuid[]) as u(id, email, org)`,
      [
        producerUsers.map((u) => u.id),
        producerUsers.map((u) => u.email),
        producerUsers.map((u) => u.org),
        passwordHash,
      ],
    );
  }
  const coordinatorId = uuidv7();
  const coordinatorEmail = `bench-coordinator-${coordinatorId.slice(-6)}@ketnoi.vn`;
  await pool.query(
    `insert into users (id, email, password_hash, name, role) values ($1, $2, $3, 'Điều phối thử tải', 'coordinator')`,
    [coordinatorId, coordinatorEmail, passwordHash],
  );

  const { rows: ownProducts } = await pool.query<{ id: string; org: string; version: number }>(
    `select id, producer_org_id as org, version from products
      where producer_org_id = any($1::uuid[]) and status <> 'archived' order by id`,
    [producerUsers.map((u) => u.org)],
  );
  const { rows: ownDemands } = await pool.query<{ id: string; org: string; version: number }>(
    `select id, distributor_org_id as org, version from demands
      where distributor_org_id = any($1::uuid[]) order by id`,
    [chosenDistributors.map((d) => d.org)],
  );
  const { rows: publicRows } = await pool.query<{ id: string }>(
    `select p.id from products p join organizations o on o.id = p.producer_org_id
      where p.status = 'published' and o.verification_status = 'verified'
      order by md5(p.id::text) limit 5000`,
  );
  const { rows: orgRows } = await pool.query<{ id: string }>(
    `select id from organizations where kind = 'producer' and verification_status = 'verified'
      order by md5(id::text) limit 2000`,
  );

  // Tokens signed by the app itself (as a login would), valid from a moment after the users' rows.
  const setup = await startBenchServer({
    DATABASE_URL: database.url,
    QUEUE_PREFIX: queuePrefix,
    ...LOAD_API_ENV,
  });
  let sign: (id: string) => string;
  try {
    const ims = Date.now() + 1000;
    const app = setup.app;
    sign = (id) => app.jwt.sign({ sub: id, typ: 'access', ims });
    // Sign everything now, while the app is up.
    const signed = new Map<string, string>();
    for (const id of [
      coordinatorId,
      ...producerUsers.map((u) => u.id),
      ...chosenDistributors.map((d) => d.id),
    ]) {
      signed.set(id, sign(id));
    }
    sign = (id) => signed.get(id)!;
  } finally {
    await setup.close();
  }

  const world: LoadWorld = {
    database,
    queuePrefix,
    apiLogDir: args.string('api-log-dir', ''),
    label,
    db,
    products,
    producers: producerUsers.map((u) => ({
      id: u.id,
      orgId: u.org,
      email: u.email,
      token: sign(u.id),
      products: ownProducts
        .filter((p) => p.org === u.org)
        .map((p) => ({ id: p.id, version: p.version })),
    })),
    distributors: chosenDistributors.map((d) => ({
      id: d.id,
      orgId: d.org,
      email: d.email,
      token: sign(d.id),
      demands: ownDemands
        .filter((x) => x.org === d.org)
        .map((x) => ({ id: x.id, version: x.version })),
    })),
    coordinator: {
      id: coordinatorId,
      orgId: '',
      email: coordinatorEmail,
      token: sign(coordinatorId),
    },
    publicProductIds: publicRows.map((r) => r.id),
    producerOrgIds: orgRows.map((r) => r.id),
    setupSeconds: 0,
  };
  // The tokens' `ims` is a second ahead: let it pass before the first request.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  world.setupSeconds = Math.round((performance.now() - started) / 100) / 10;
  log(
    `world ready in ${world.setupSeconds} s: ${products} products, ${world.producers.length} producers, ${world.distributors.length} distributors (${ownDemands.length} demands), 1 coordinator`,
  );
  return world;
}

/** The API child for load (benchEnv + LOAD_API_ENV + `env`). */
export async function spawnLoadApi(
  world: LoadWorld,
  cleanup: Cleanup,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  if (world.apiLogDir) {
    const api = await spawnLoggingApi(world, {
      DATABASE_URL: world.database.url,
      QUEUE_PREFIX: world.queuePrefix,
      ...LOAD_API_ENV,
      ...env,
    });
    cleanup.add(api.close, 'stop API');
    return api;
  }
  const api = await spawnBenchServer(
    { DATABASE_URL: world.database.url, QUEUE_PREFIX: world.queuePrefix, ...LOAD_API_ENV, ...env },
    { timeoutMs: 120_000 },
  );
  cleanup.add(api.close, 'stop API');
  return api;
}

export async function spawnLoadWorker(
  world: LoadWorld,
  cleanup: Cleanup,
  env: Record<string, string> = {},
): Promise<WorkerProcess> {
  const worker = await spawnBenchWorker(
    { DATABASE_URL: world.database.url, QUEUE_PREFIX: world.queuePrefix, ...env },
    { timeoutMs: 180_000 },
  );
  cleanup.add(worker.close, 'stop worker');
  return worker;
}

/** Deletes the keys matching `pattern` (this scenario's prefix) from the shared Redis. */
async function deleteRedisKeys(pattern: string): Promise<void> {
  const redis = new Redis(benchEnv().REDIS_URL!, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) {
        await redis.del(...keys);
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

let apiCount = 0;

/**
 * The API as spawnBenchServer starts it, but logging at `warn` (pino, on stdout) into a file:
 * to see what a 500 was. The harness's children ignore stdout.
 */
async function spawnLoggingApi(
  world: LoadWorld,
  env: Record<string, string>,
): Promise<ChildServer> {
  await mkdir(world.apiLogDir, { recursive: true });
  apiCount += 1;
  const file = join(world.apiLogDir, `${world.label}-api-${apiCount}.log`);
  const out = openSync(file, 'a');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child = spawn(process.execPath, [...apiNodeOptions, '--import', 'tsx', 'src/server.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      ...benchEnv({ ...env, LOG_LEVEL: 'warn' }),
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  const close = async () => {
    if (child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 5000);
    await exited;
    clearTimeout(timer);
  };
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`API exited before ready; see ${file}`);
    }
    try {
      const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(1000) });
      await response.arrayBuffer();
      if (response.status === 200) {
        break;
      }
    } catch {
      // Not listening yet.
    }
    if (performance.now() - started > 120_000) {
      await close();
      throw new Error(`API not ready after 120 s; see ${file}`);
    }
    await sleep(100);
  }
  const startupToReadyMs = Math.round(performance.now() - started);
  return { url, pid: child.pid!, startupToReadyMs, close };
}

// ---------------------------------------------------------------------------------------------
// Probes (Linux /proc)

/** Resident set size of a process, bytes (0 when it is gone). */
export async function rssBytes(pid: number): Promise<number> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Established TCP connections from `pid` to `port` (5432: PostgreSQL, 6379: Redis): the socket
 * inodes among its file descriptors, looked up in its network namespace's tcp tables. What
 * `connected_clients` of a private Redis would show for this process, without the other
 * clients a shared Redis has.
 */
export async function tcpConnectionsTo(pid: number, port: number): Promise<number> {
  try {
    const inodes = new Set<string>();
    for (const fd of await readdir(`/proc/${pid}/fd`)) {
      const target = await readlink(`/proc/${pid}/fd/${fd}`).catch(() => '');
      const match = /^socket:\[(\d+)\]$/.exec(target);
      if (match) {
        inodes.add(match[1]!);
      }
    }
    const portHex = port.toString(16).toUpperCase().padStart(4, '0');
    let count = 0;
    for (const table of ['tcp', 'tcp6']) {
      const text = await readFile(`/proc/${pid}/net/${table}`, 'utf8').catch(() => '');
      for (const line of text.split('\n').slice(1)) {
        const fields = line.trim().split(/\s+/);
        // local_address rem_address st … inode (index 9)
        if (
          fields.length > 9 &&
          fields[2]!.endsWith(`:${portHex}`) &&
          fields[3] === '01' &&
          inodes.has(fields[9]!)
        ) {
          count += 1;
        }
      }
    }
    return count;
  } catch {
    return 0;
  }
}

/** CPU time a process has used so far, in seconds (utime + stime; 0 when it is gone). */
export async function cpuSeconds(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15, i.e. 11 and 12 once pid and comm are cut off.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * What share of a core each process got over `run` (100 = one core), and how busy the whole
 * machine was: on a shared box, a slow run with a starved API is not a slow API.
 */
export async function measureCpu<T>(
  pids: Record<string, number>,
  run: () => Promise<T>,
): Promise<{ result: T; cpuPercent: Record<string, number> }> {
  const machine = async () => {
    const line = (await readFile('/proc/stat', 'utf8'))
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const idle = (line[3] ?? 0) + (line[4] ?? 0);
    const total = line.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  };
  const started = performance.now();
  const before = await Promise.all(Object.values(pids).map((pid) => cpuSeconds(pid)));
  const machineBefore = await machine().catch(() => ({ busy: 0, total: 0 }));
  const result = await run();
  const seconds = (performance.now() - started) / 1000;
  const after = await Promise.all(Object.values(pids).map((pid) => cpuSeconds(pid)));
  const machineAfter = await machine().catch(() => ({ busy: 0, total: 0 }));
  const cpuPercent: Record<string, number> = {};
  Object.keys(pids).forEach((name, i) => {
    cpuPercent[name] = Math.round(((after[i]! - before[i]!) / seconds) * 100);
  });
  const cores = os.cpus().length;
  cpuPercent.machine = Math.round(
    ((machineAfter.busy - machineBefore.busy) /
      Math.max(1, machineAfter.total - machineBefore.total)) *
      cores *
      100,
  );
  cpuPercent.machineMax = cores * 100;
  return { result, cpuPercent };
}

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentiles of a list of milliseconds. */
export function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return {
    count: sorted.length,
    p50Ms: round(at(50), 2),
    p95Ms: round(at(95), 2),
    p99Ms: round(at(99), 2),
    maxMs: round(sorted.at(-1) ?? 0, 2),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Runs `body` with a cleanup list that always runs, even when the scenario throws. */
export async function withCleanup<T>(body: (cleanup: Cleanup) => Promise<T>): Promise<T> {
  const cleanup = new Cleanup();
  try {
    return await body(cleanup);
  } finally {
    await cleanup.run();
  }
}

/** Waits until every outbox row is done or failed; how long it took in s (null: timed out). */
export async function drainOutbox(world: LoadWorld, timeoutMs = 180_000): Promise<number | null> {
  const started = performance.now();
  for (;;) {
    const { rows } = await world.db.pool.query<{ n: number }>(
      'select count(*)::int as n from outbox where done_at is null and failed_at is null',
    );
    if (rows[0]!.n === 0) {
      return round((performance.now() - started) / 1000, 1);
    }
    if (performance.now() - started > timeoutMs) {
      return null;
    }
    await sleep(250);
  }
}

/** The machine's 1/5/15-minute load: on a shared box, compare runs at similar loads. */
export const loadAverage = () => os.loadavg().map((l) => round(l, 2));
