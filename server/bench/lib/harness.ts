/**
 * The shared benchmark harness. Every bench follows the same shape:
 *
 *   runBench('name', async ({ args, cleanup }) => {
 *     const database = await createBenchDatabase('name');   // fresh, migrated, reference-seeded
 *     cleanup.add(database.drop);
 *     …set up data (startBenchServer() + app.inject, or direct inserts)…
 *     const calibration = await calibrate(args);             // hello + select-1 on this machine, now
 *     const api = await spawnBenchServer({ DATABASE_URL: database.url });
 *     cleanup.add(api.close);
 *     const results = { scenario: await runScenario('scenario', { url: `${api.url}/…`, ...args }) };
 *     report('name', dataset, calibration, results);         // ONE JSON line, last on stdout
 *   });
 *
 * Progress goes to stderr; stdout carries only the final JSON line. Cleanup runs on success,
 * on error and on SIGINT/SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createDatabase } from '../../src/db/client.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { seedReference } from '../../src/db/seed/reference.ts';

/** The server workspace root (cwd for child servers). */
export const serverDir = fileURLToPath(new URL('../../', import.meta.url));

/** One id per bench process: names its Redis key prefix and temporary folder. */
const RUN_ID = `${process.pid}-${randomBytes(3).toString('hex')}`;
const QUEUE_PREFIX = `bench-${RUN_ID}`;
const TMP_DIR = join(os.tmpdir(), `ketnoi-bench-${RUN_ID}`);
const BENCH_DB_PREFIX = 'ketnoi_bench_';

export const log = (...parts: unknown[]) => {
  process.stderr.write(
    `[bench] ${parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ')}\n`,
  );
};

// ---------------------------------------------------------------------------------------------
// Arguments

export type BenchArgs = {
  /** Measured seconds per scenario. */
  duration: number;
  /** Discarded warm-up seconds before each scenario (JIT, pools, caches). */
  warmup: number;
  connections: number;
  /** Every `--name value`, `--name=value` or bare `--flag`, including the common ones. */
  options: Record<string, string | true>;
  /** A bench-specific integer option, e.g. `args.int('products', 1000)`. */
  int: (name: string, fallback: number) => number;
  string: (name: string, fallback: string) => string;
  flag: (name: string) => boolean;
};

/**
 * `--duration` (s, default 10), `--warmup` (s, default 2), `--connections` (default 16), plus any
 * bench-specific ones (`--products 5000`), all passed through in `options`.
 */
export function parseArgs(argv: string[] = process.argv.slice(2)): BenchArgs {
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i]!;
    if (!token.startsWith('--')) {
      // `npm run bench:x -- --duration 3` at the repo root loses the option names to npm (the root
      // script runs `npm run … -w`), leaving bare values: there, pass options after `-- --`.
      throw new Error(
        `Unexpected argument "${token}": options are --name value; from the repo root use \`npm run bench:… -- -- --duration 3\``,
      );
    }
    const eq = token.indexOf('=');
    if (eq > 0) {
      options[token.slice(2, eq)] = token.slice(eq + 1);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      options[token.slice(2)] = next;
      i += 1;
    } else {
      options[token.slice(2)] = true;
    }
  }
  const number = (name: string, fallback: number, integer: boolean) => {
    const raw = options[name];
    if (raw === undefined) {
      return fallback;
    }
    const value = Number(raw);
    if (
      raw === true ||
      !Number.isFinite(value) ||
      value < 0 ||
      (integer && !Number.isInteger(value))
    ) {
      throw new Error(
        `--${name} must be a non-negative ${integer ? 'integer' : 'number'}, got ${String(raw)}`,
      );
    }
    return value;
  };
  const connections = number('connections', 16, true);
  if (connections < 1) {
    throw new Error('--connections must be at least 1');
  }
  return {
    duration: number('duration', 10, false),
    warmup: number('warmup', 2, false),
    connections,
    options,
    int: (name, fallback) => number(name, fallback, true),
    string: (name, fallback) => {
      const raw = options[name];
      return typeof raw === 'string' ? raw : fallback;
    },
    flag: (name) => options[name] !== undefined && options[name] !== 'false',
  };
}

// ---------------------------------------------------------------------------------------------
// Cleanup and the bench entry point

export class Cleanup {
  private readonly steps: { label: string; fn: () => unknown }[] = [];

  /** Registers a step; steps run last-in first-out, each once, errors logged not thrown. */
  add(fn: () => unknown, label = fn.name || 'cleanup') {
    this.steps.push({ label, fn });
  }

  async run() {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!;
      try {
        await step.fn();
      } catch (err) {
        log(
          `cleanup step "${step.label}" failed:`,
          err instanceof Error ? err.message : String(err),
        );
      }
    }
  }
}

export type BenchContext = { args: BenchArgs; cleanup: Cleanup };

/**
 * Runs one bench: parses arguments, removes this run's Redis keys and temp folder at the end,
 * runs every registered cleanup step on success, failure or Ctrl-C, then exits.
 */
export function runBench(name: string, main: (context: BenchContext) => Promise<void>): void {
  const cleanup = new Cleanup();
  cleanup.add(
    () => deleteRedisKeys(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `${QUEUE_PREFIX}:*`),
    'redis keys',
  );
  cleanup.add(() => rm(TMP_DIR, { recursive: true, force: true }), 'temp dir');

  let finishing = false;
  const finish = async (code: number) => {
    if (finishing) {
      return;
    }
    finishing = true;
    await stopChildren();
    await cleanup.run();
    // Let stderr/stdout drain, then leave even if a stray handle would keep the loop alive.
    process.stdout.write('', () => process.exit(code));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      void finish(130);
    });
  }

  const started = performance.now();
  void (async () => {
    try {
      const args = parseArgs();
      log(
        `${name}: duration ${args.duration}s, warm-up ${args.warmup}s, ${args.connections} connections, ${os.cpus().length} CPUs, Node ${process.version}`,
      );
      await main({ args, cleanup });
      log(`${name}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      await finish(0);
    } catch (err) {
      log(`${name} failed:`, err instanceof Error ? (err.stack ?? err.message) : String(err));
      await finish(1);
    }
  })();
}

// ---------------------------------------------------------------------------------------------
// Databases

function serverUrl(database: string): string {
  const url = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  url.pathname = `/${database}`;
  return url.toString();
}

export type BenchDatabase = { name: string; url: string; drop: () => Promise<void> };

/** A fresh database `ketnoi_bench_<label>_<rand>` on DATABASE_URL's server: migrated, reference data seeded. */
export async function createBenchDatabase(label: string): Promise<BenchDatabase> {
  const started = performance.now();
  const name = `${BENCH_DB_PREFIX}${label.toLowerCase().replace(/[^a-z0-9]+/g, '_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl('postgres') });
  await admin.connect();
  try {
    await dropStaleBenchDatabases(admin);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = serverUrl(name);
  const drop = async () => {
    const client = new pg.Client({ connectionString: serverUrl('postgres') });
    await client.connect();
    try {
      await client.query(`drop database if exists "${name}" with (force)`);
    } finally {
      await client.end();
    }
  };
  try {
    await migrateDatabase(url);
    const seeding = createDatabase(url, { max: 1, applicationName: 'ketnoi-bench-seed' });
    try {
      await seedReference(seeding.db);
    } finally {
      await seeding.close();
    }
  } catch (err) {
    await drop().catch(() => undefined);
    throw err;
  }
  log(`database ${name} ready in ${Math.round(performance.now() - started)} ms`);
  return { name, url, drop };
}

/** Bench databases left by a run killed more than an hour ago. */
async function dropStaleBenchDatabases(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    `select d.datname from pg_database d
      where d.datname like $1
        and (pg_stat_file('base/' || d.oid || '/PG_VERSION')).modification < now() - interval '1 hour'`,
    [`${BENCH_DB_PREFIX}%`],
  );
  for (const { datname } of rows) {
    log(`dropping stale ${datname}`);
    await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}

async function deleteRedisKeys(url: string, pattern: string) {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    lazyConnect: true,
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

// ---------------------------------------------------------------------------------------------
// Servers

/**
 * The environment every bench server gets (in-process or child): the test profile, no logs, a
 * rate limit too high to cap the bench, this run's own Redis prefix and temp folders, no SPA.
 */
export function benchEnv(env: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    RATE_LIMIT_PER_MINUTE: '1000000000',
    QUEUE_PREFIX,
    MAIL_DIR: join(TMP_DIR, 'mail'),
    STORAGE_DIR: join(TMP_DIR, 'storage'),
    WEB_DIST: '/nonexistent',
    ...env,
  };
}

export type InProcessServer = { url: string; app: FastifyInstance; close: () => Promise<void> };

/** The real app, built in this process and listening on 127.0.0.1:<random>. For setup (`app.inject`), not for measuring. */
export async function startBenchServer(env: Record<string, string>): Promise<InProcessServer> {
  const config = loadConfig(benchEnv({ HOST: '127.0.0.1', PORT: '0', ...env }));
  const app = await buildApp(config);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (err) {
    await app.close();
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

/** A port free right now on 127.0.0.1 (the child binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Live child servers and how to stop each; runBench stops any left before its cleanup steps. */
const children = new Map<ChildProcess, () => Promise<void>>();
// Last resort: never leave a server behind if this process dies without running cleanup.
process.on('exit', () => {
  for (const child of children.keys()) {
    child.kill('SIGKILL');
  }
});

async function stopChildren() {
  await Promise.all([...children.values()].map((close) => close().catch(() => undefined)));
}

export type ChildServer = {
  url: string;
  pid: number;
  /** From spawn to the first 200 on the ready path, polled every 100 ms. */
  startupToReadyMs: number;
  close: () => Promise<void>;
};

/**
 * Spawns `node --import tsx <script>` (cwd server/) on a free port of 127.0.0.1 and polls
 * `readyPath` every 100 ms until it answers 200.
 */
export async function spawnNodeServer(
  script: string,
  env: Record<string, string>,
  options: { readyPath: string; timeoutMs?: number; label?: string; nodeArgs?: string[] },
): Promise<ChildServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const label = options.label ?? script;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', script], {
    cwd: serverDir,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  // A holder, not a `let`: it is set from a callback, which flow analysis does not see.
  const state: { exited: { code: number | null; signal: NodeJS.Signals | null } | null } = {
    exited: null,
  };
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      state.exited = { code, signal };
      children.delete(child);
      resolve();
    });
  });

  const close = async () => {
    if (state.exited) {
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
  };
  children.set(child, close);

  const deadline = started + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (state.exited) {
      const { code, signal } = state.exited;
      throw new Error(
        `${label} exited before ready (code ${String(code)}, signal ${String(signal)}):\n${stderr}`,
      );
    }
    try {
      const response = await fetch(`${url}${options.readyPath}`, {
        signal: AbortSignal.timeout(1000),
      });
      await response.arrayBuffer();
      if (response.status === 200) {
        break;
      }
    } catch {
      // Not listening yet.
    }
    if (performance.now() > deadline) {
      await close();
      throw new Error(`${label} not ready after ${options.timeoutMs ?? 30_000} ms:\n${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const startupToReadyMs = Math.round(performance.now() - started);
  log(`${label} (pid ${child.pid}) ready at ${url} in ${startupToReadyMs} ms`);
  return { url, pid: child.pid!, startupToReadyMs, close };
}

/**
 * The node options of `npm start` (server/package.json's `start`: `node <options> --import tsx
 * src/server.ts`), e.g. the API's heap size, so that every API a bench spawns runs as production's
 * does (docs/deployment.md). Read from the script itself, so the two cannot drift apart.
 */
export const apiNodeOptions: readonly string[] = (() => {
  const manifest = JSON.parse(readFileSync(join(serverDir, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const words = manifest.scripts.start!.trim().split(/\s+/);
  const end = words.indexOf('--import');
  if (words[0] !== 'node' || end < 0) {
    throw new Error(`server/package.json "start" is not \`node <options> --import tsx <file>\``);
  }
  return words.slice(1, end);
})();

/**
 * The real API exactly as `npm start` runs it (src/server.ts, apiNodeOptions), in its own process,
 * with benchEnv(env). `--cpu-prof <dir>` on the bench's command line makes this child write a V8
 * CPU profile there on exit.
 */
export function spawnBenchServer(
  env: Record<string, string>,
  options: { timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<ChildServer> {
  const profileDir = process.argv.includes('--cpu-prof') ? parseArgs().string('cpu-prof', '') : '';
  const nodeArgs = [
    ...apiNodeOptions,
    ...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []),
    ...(options.nodeArgs ?? []),
  ];
  return spawnNodeServer('src/server.ts', benchEnv(env), {
    readyPath: '/ready',
    label: 'API',
    ...options,
    nodeArgs,
  });
}

// ---------------------------------------------------------------------------------------------
// Load

export type ScenarioOptions = {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds; run first and discarded. */
  warmup: number;
  /** The server's pid, to log its CPU use next to the load generator's, PostgreSQL's and the machine's. */
  serverPid?: number;
  /**
   * Paths (with query) requested in turn, round-robin over all connections, instead of `url`'s
   * path — e.g. one product id after another. Each request is built as it is sent.
   */
  paths?: readonly string[];
};

export type ScenarioResult = {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  rps: number;
  errors: number;
  non2xx: number;
};

type Cannon = { result: autocannon.Result; latencies: Float64Array };

function fire(options: ScenarioOptions, duration: number, collect: boolean): Promise<Cannon> {
  const headers = { ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    if (
      typeof options.body !== 'string' &&
      !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')
    ) {
      headers['content-type'] = 'application/json';
    }
  }
  let latencies = new Float64Array(collect ? 1 << 16 : 0);
  let count = 0;
  const paths = options.paths;
  let next = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? 'GET',
        headers,
        ...(body !== undefined ? { body } : {}),
        ...(paths && paths.length > 0
          ? {
              requests: [
                {
                  setupRequest: (request: autocannon.Request) => {
                    const path = paths[next % paths.length]!;
                    next += 1;
                    return { ...request, path };
                  },
                },
              ],
            }
          : {}),
        connections: options.connections,
        duration,
        timeout: 10,
      },
      (err, result) => {
        if (err) {
          reject(err instanceof Error ? err : new Error(String(err)));
        } else {
          resolve({ result, latencies: latencies.subarray(0, count) });
        }
      },
    );
    if (collect) {
      // autocannon 9 reports p50/p97_5/p99 only, from an HDR histogram of whole milliseconds;
      // keep every response time (float ms from process.hrtime) to get exact p50/p95/p99.
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        if (count === latencies.length) {
          const grown = new Float64Array(latencies.length * 2);
          grown.set(latencies);
          latencies = grown;
        }
        latencies[count] = responseTime;
        count += 1;
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// CPU accounting (Linux /proc; elsewhere it reports nothing): where the cores went during a run.

type CpuSnapshot = {
  at: number;
  machineBusy: number;
  machineTotal: number;
  server: number;
  postgres: Map<string, number>;
  self: number;
};

async function processTicks(pid: number | string): Promise<{ ticks: number; comm: string } | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const close = stat.lastIndexOf(')');
    const comm = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // Fields 14 and 15 (utime, stime) are at 11 and 12 once pid and comm are cut off.
    return { ticks: Number(fields[11]) + Number(fields[12]), comm };
  } catch {
    return null;
  }
}

async function cpuSnapshot(serverPid?: number): Promise<CpuSnapshot | null> {
  try {
    const line = (await readFile('/proc/stat', 'utf8'))
      .split('\n')[0]!
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const idle = (line[3] ?? 0) + (line[4] ?? 0);
    const total = line.slice(0, 8).reduce((a, b) => a + b, 0);
    // Per backend pid: connections come and go during a run.
    const postgres = new Map<string, number>();
    for (const entry of await readdir('/proc')) {
      if (/^\d+$/.test(entry)) {
        const p = await processTicks(entry);
        if (p && p.comm.startsWith('postgres')) {
          postgres.set(entry, p.ticks);
        }
      }
    }
    const server = serverPid ? ((await processTicks(serverPid))?.ticks ?? 0) : 0;
    const self = (await processTicks(process.pid))?.ticks ?? 0;
    return {
      at: performance.now(),
      machineBusy: total - idle,
      machineTotal: total,
      server,
      postgres,
      self,
    };
  } catch {
    return null;
  }
}

function describeCpu(
  before: CpuSnapshot | null,
  after: CpuSnapshot | null,
  hasServer: boolean,
): string {
  if (!before || !after) {
    return '';
  }
  const seconds = (after.at - before.at) / 1000;
  const ticks = 100 * seconds; // USER_HZ is 100 on Linux
  const pct = (d: number) => `${Math.round((d / ticks) * 100)}%`;
  const cores = os.cpus().length;
  let postgres = 0;
  for (const [pid, ticks] of after.postgres) {
    postgres += ticks - (before.postgres.get(pid) ?? 0);
  }
  const machine = Math.round(
    ((after.machineBusy - before.machineBusy) /
      Math.max(1, after.machineTotal - before.machineTotal)) *
      cores *
      100,
  );
  return [
    hasServer ? `server ${pct(after.server - before.server)}` : '',
    `load generator ${pct(after.self - before.self)}`,
    `postgres ${pct(postgres)}`,
    `machine ${machine}% of ${cores * 100}%`,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) {
    return 0;
  }
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Warm-up run (discarded), then the measured run, against one URL with keep-alive connections. */
export async function runScenario(name: string, options: ScenarioOptions): Promise<ScenarioResult> {
  if (options.warmup > 0) {
    log(`${name}: warming up ${options.warmup}s`);
    await fire(options, options.warmup, false);
  }
  log(
    `${name}: measuring ${options.duration}s × ${options.connections} connections → ${options.method ?? 'GET'} ${options.url}${options.paths?.length ? ` (path: ${options.paths.length} in turn, e.g. ${options.paths[0]})` : ''}`,
  );
  const before = await cpuSnapshot(options.serverPid);
  const { result, latencies } = await fire(options, options.duration, true);
  const cpu = describeCpu(
    before,
    await cpuSnapshot(options.serverPid),
    options.serverPid !== undefined,
  );
  latencies.sort();
  const seconds = result.duration > 0 ? result.duration : options.duration;
  const scenario: ScenarioResult = {
    p50Ms: round(percentile(latencies, 50), 2),
    p95Ms: round(percentile(latencies, 95), 2),
    p99Ms: round(percentile(latencies, 99), 2),
    rps: Math.round(result.requests.total / seconds),
    errors: result.errors,
    non2xx: result.non2xx,
  };
  log(
    `${name}: ${scenario.rps} req/s, p50 ${scenario.p50Ms} ms, p95 ${scenario.p95Ms} ms, p99 ${scenario.p99Ms} ms, errors ${scenario.errors} (timeouts ${result.timeouts}), non-2xx ${scenario.non2xx}`,
  );
  if (cpu) {
    log(`${name}: CPU (100% = one core) ${cpu}`);
  }
  if (scenario.non2xx > 0 || scenario.errors > 0) {
    log(`${name}: status codes ${JSON.stringify(result.statusCodeStats)}`);
  }
  return scenario;
}

// ---------------------------------------------------------------------------------------------
// Calibration and the report

export type Calibration = { helloRps: number; selectOneRps: number };

/**
 * This machine's ceilings, measured now with the same load settings: a bare Fastify `GET /hello`
 * and a bare route doing `pool.query('select 1')` on a pg Pool of 10, served by a child process
 * exactly as the API under test is. Ratios to these compare across noisy or different machines.
 */
export async function calibrate(
  args: Pick<BenchArgs, 'connections' | 'duration' | 'warmup'>,
): Promise<Calibration> {
  const server = await spawnNodeServer(
    'bench/lib/calibration-server.ts',
    { DATABASE_URL: serverUrl('postgres') },
    { readyPath: '/hello', label: 'calibration server' },
  );
  try {
    const load = { connections: args.connections, duration: args.duration, warmup: args.warmup };
    const hello = await runScenario('calibration hello', {
      url: `${server.url}/hello`,
      serverPid: server.pid,
      ...load,
    });
    const selectOne = await runScenario('calibration select-1', {
      url: `${server.url}/select-1`,
      serverPid: server.pid,
      ...load,
    });
    for (const [label, r] of [
      ['hello', hello],
      ['select-1', selectOne],
    ] as const) {
      if (r.errors > 0 || r.non2xx > 0) {
        throw new Error(
          `calibration ${label} had ${r.errors} errors and ${r.non2xx} non-2xx responses`,
        );
      }
    }
    return { helloRps: hello.rps, selectOneRps: selectOne.rps };
  } finally {
    await server.close();
  }
}

export type ReportedResult = ScenarioResult & { ratioToHello: number };

export type Report = {
  bench: string;
  dataset: Record<string, unknown>;
  calibration: Calibration;
  results: Record<string, ReportedResult>;
};

/** Prints the one JSON line (last on stdout) and returns it as an object. */
export function report(
  bench: string,
  dataset: Record<string, unknown>,
  calibration: Calibration,
  results: Record<string, ScenarioResult>,
): Report {
  const reported: Record<string, ReportedResult> = {};
  for (const [name, r] of Object.entries(results)) {
    reported[name] = {
      p50Ms: r.p50Ms,
      p95Ms: r.p95Ms,
      p99Ms: r.p99Ms,
      rps: r.rps,
      ratioToHello: calibration.helloRps > 0 ? round(r.rps / calibration.helloRps, 3) : 0,
      errors: r.errors,
      non2xx: r.non2xx,
    };
  }
  const output: Report = {
    bench,
    dataset,
    calibration: { helloRps: calibration.helloRps, selectOneRps: calibration.selectOneRps },
    results: reported,
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
  return output;
}
