import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../server/src/db/client.ts';
import { migrateDatabase } from '../../server/src/db/migrate.ts';
import { seedDemo } from '../../server/src/db/seed/demo.ts';
import { seedProgrammeEvents } from '../../server/src/db/seed/programmes-events.ts';
import { seedReference } from '../../server/src/db/seed/reference.ts';
import { createPostgresSearchEngine } from '../../server/src/modules/search/postgres-search-engine.ts';
import { reindexAll } from '../../server/src/modules/search/reindex.ts';
import { CHROMIUM_PATH, screenshotDir } from './browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the API serves the built SPA, e.g. `http://127.0.0.1:41234`. */
    e2eBaseUrl: string;
    /** The worker writes e-mails here as `.eml` files (no SMTP in tests). */
    e2eMailDir: string;
  }
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const serverDir = join(repoRoot, 'server');
// E2E_WEB_DIST builds into a folder of its own, so two runs side by side never share one build.
const webDist = process.env.E2E_WEB_DIST ?? join(repoRoot, 'web', 'dist');

const POSTGRES_URL = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432';
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
const DB_PREFIX = 'ketnoi_e2e_';

function databaseUrl(name: string) {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Once per run: build the SPA, create and seed a fresh database, start the real API and worker
 * on a free port with their own queue prefix, and hand the URL to the tests. The teardown stops
 * both processes and removes everything the run created.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e: ${CHROMIUM_PATH} is missing (apt-get install chromium)`);
  }
  const runId = randomBytes(4).toString('hex');
  const database = `${DB_PREFIX}${runId}`;
  const queuePrefix = `e2e_${runId}`;
  const tempDir = await mkdtemp(join(tmpdir(), 'ketnoi-e2e-'));
  const children: Child[] = [];

  const admin = new pg.Client({ connectionString: databaseUrl('postgres') });
  await admin.connect();

  const teardown = async () => {
    await Promise.all(children.map((child) => child.stop()));
    await admin.query(`drop database if exists "${database}" with (force)`).catch(report);
    await admin.end().catch(report);
    await deleteRedisKeys(queuePrefix).catch(report);
    await rm(tempDir, { recursive: true, force: true });
  };

  try {
    // Screenshots are this run's record: none left over from an earlier one.
    await rm(screenshotDir, { recursive: true, force: true });
    await dropStaleDatabases(admin);
    await admin.query(`create database "${database}"`);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      // Only what a process needs: a developer's shell or .env must not leak into the run.
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? tempDir,
      // tsx keeps its compile cache in the system temp dir: a warm cache halves the boot.
      ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      DATABASE_URL: databaseUrl(database),
      DATABASE_POOL_MAX: '4',
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'warn',
      WEB_DIST: webDist,
      MAIL_DIR: join(tempDir, 'mail'),
      STORAGE_DIR: join(tempDir, 'storage'),
      // The outbox relay polls fast so e-mails appear within a test step.
      OUTBOX_POLL_MS: '200',
    };

    // The build runs alongside the database and the worker, which do not need the SPA; the API
    // looks for web/dist when it boots, so it starts once the build is done.
    const started = Date.now();
    const [buildMs, databaseMs] = await Promise.all([
      timed(buildWeb),
      timed(async () => {
        await prepareDatabase(databaseUrl(database));
        children.push(startChild('worker', 'src/worker.ts', env));
      }),
    ]);
    const apiStarted = Date.now();
    children.push(startChild('api', 'src/server.ts', env));
    await waitForReady(`${baseUrl}/ready`, children);
    console.log(
      `e2e: ready at ${baseUrl} in ${seconds(Date.now() - started)} ` +
        `(build ${seconds(buildMs)}, database ${seconds(databaseMs)}, API boot ${seconds(Date.now() - apiStarted)})`,
    );

    project.provide('e2eBaseUrl', baseUrl);
    project.provide('e2eMailDir', env.MAIL_DIR);
  } catch (err) {
    await teardown();
    throw err;
  }
  return teardown;
}

async function buildWeb() {
  if (process.env.E2E_SKIP_BUILD === '1') {
    if (!existsSync(join(webDist, 'index.html'))) {
      throw new Error('e2e: E2E_SKIP_BUILD=1 but web/dist has no index.html');
    }
    return;
  }
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
  const outDir = ['--', '--outDir', webDist, '--emptyOutDir'];
  const { code, output } = await run(
    'npm',
    ['run', 'build', '-w', '@ketnoi/web', ...outDir],
    repoRoot,
    {
      ...process.env,
      NODE_ENV: 'production',
    },
  );
  if (code !== 0) {
    throw new Error(`e2e: web build failed (exit ${code}):\n${output}`);
  }
}

async function prepareDatabase(url: string) {
  await migrateDatabase(url);
  const seeded = createDatabase(url, { max: 2, applicationName: 'ketnoi-e2e-seed' });
  try {
    await seedReference(seeded.db);
    await seedDemo(seeded.db);
    // The published conference (demo producer and distributor accepted) and the KPI targets.
    await seedProgrammeEvents(seeded.db);
    // The seed writes rows directly, not through the outbox (as `npm run db:seed` does next):
    // index the demo catalogue so the catalogue scenarios search a realistic one.
    await reindexAll(seeded.db, createPostgresSearchEngine(seeded.db));
  } finally {
    await seeded.close();
  }
}

type Child = {
  name: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
};

/** The real process, as production starts it (`node --import tsx`), its output prefixed. */
function startChild(name: string, entry: string, env: Record<string, string>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: serverDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    // LOG_LEVEL=warn: whatever gets here is worth seeing next to the test output.
    for (const line of text.split('\n').filter(Boolean)) {
      process.stderr.write(`[e2e ${name}] ${line}\n`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      child.kill('SIGTERM');
      // Both processes close gracefully well within this; a hang is killed, not waited on.
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function waitForReady(url: string, children: Child[], timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const dead = children.find((c) => c.process.exitCode !== null || c.process.signalCode !== null);
    if (dead) {
      throw new Error(`e2e: the ${dead.name} process exited during startup:\n${dead.output()}`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) {
        return;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      throw new Error(
        `e2e: ${url} not ready after ${timeoutMs} ms:\n${children.map((c) => `[${c.name}] ${c.output()}`).join('\n')}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

/** Every key of this run: BullMQ queues, rate-limit and login-limit counters share the prefix. */
async function deleteRedisKeys(prefix: string) {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) {
        await redis.unlink(...keys);
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Databases of runs that were killed before their teardown, more than an hour ago. */
async function dropStaleDatabases(admin: pg.Client) {
  const { rows } = await admin.query<{ datname: string }>(
    `select d.datname from pg_database d
      where d.datname like $1
        and (pg_stat_file('base/' || d.oid || '/PG_VERSION')).modification < now() - interval '1 hour'`,
    [`${DB_PREFIX}%`],
  );
  for (const { datname } of rows) {
    await admin.query(`drop database if exists "${datname}" with (force)`);
  }
}

async function timed(work: () => Promise<void>) {
  const started = Date.now();
  await work();
  return Date.now() - started;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function report(err: unknown) {
  console.error('[e2e teardown]', err);
}
