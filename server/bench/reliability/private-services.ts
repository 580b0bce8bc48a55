/**
 * Private PostgreSQL and Redis servers for the fault scenarios: each on a free port of 127.0.0.1,
 * in its own temporary folder, started, stopped, restarted, paused and killed by the bench. The
 * shared services on 5432 and 6379 are never touched (RELIABILITY-TESTS "F: faults").
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { freePort } from '../lib/harness.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { createDatabase } from '../../src/db/client.ts';
import { seedReference } from '../../src/db/seed/reference.ts';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything started here, stopped if the bench process dies without its cleanup. */
const live = new Set<() => void>();
process.on('exit', () => {
  for (const kill of live) {
    kill();
  }
});

// ---------------------------------------------------------------------------------------------
// Redis

export type PrivateRedis = {
  url: string;
  port: number;
  /** Whether a restart keeps the data (append-only file) or starts empty. */
  persistent: boolean;
  /** `SHUTDOWN` (with the AOF: data kept) or `SHUTDOWN NOSAVE`, and wait for the exit. */
  stop: (options?: { nosave?: boolean }) => Promise<void>;
  /** Starts it again on the same port and folder. */
  start: () => Promise<void>;
  /** SIGSTOP: the process holds its sockets but answers nothing (a hung server). */
  pause: () => void;
  resume: () => void;
  /** Stops it for good and removes its folder. */
  destroy: () => Promise<void>;
};

export async function startPrivateRedis(
  options: { persistent?: boolean; extraArgs?: string[] } = {},
): Promise<PrivateRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(os.tmpdir(), 'ketnoi-rel-redis-'));
  const persistent = options.persistent ?? false;
  const args = [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    persistent ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    '--dir',
    dir,
    '--daemonize',
    'no',
    ...(options.extraArgs ?? []),
  ];
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const kill = () => child?.kill('SIGKILL');
  const url = `redis://127.0.0.1:${port}`;

  const start = async () => {
    const proc = spawn('redis-server', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    child = proc;
    live.add(kill);
    exited = new Promise((resolve) => proc.once('exit', () => resolve()));
    const deadline = Date.now() + 10_000;
    for (;;) {
      const probe = new Redis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        retryStrategy: () => null,
      });
      probe.on('error', () => undefined);
      try {
        await probe.connect();
        // With the AOF, loading may take a moment; PING answers LOADING until it is done.
        if ((await probe.ping()) === 'PONG') {
          return;
        }
      } catch {
        // Not up yet.
      } finally {
        probe.disconnect();
      }
      if (Date.now() > deadline) {
        throw new Error(`private redis on ${port} did not start`);
      }
      await sleep(50);
    }
  };

  const stop = async ({ nosave = false } = {}) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) {
      return;
    }
    const client = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.call('shutdown', nosave ? 'nosave' : 'save').catch(() => undefined);
    } catch {
      child.kill('SIGTERM');
    } finally {
      client.disconnect();
    }
    const timer = setTimeout(kill, 5000);
    await exited;
    clearTimeout(timer);
    live.delete(kill);
  };

  await start();
  return {
    url,
    port,
    persistent,
    stop,
    start,
    pause: () => child?.kill('SIGSTOP'),
    resume: () => child?.kill('SIGCONT'),
    destroy: async () => {
      child?.kill('SIGCONT');
      kill();
      await exited;
      live.delete(kill);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

export type PrivatePostgres = {
  port: number;
  /** The server's own `postgres` database. */
  adminUrl: string;
  /** A database on this server: created, migrated and reference-seeded. */
  createDatabase: (name: string) => Promise<string>;
  /** `pg_ctl restart -m fast`: every connection is cut, the server is back in about a second. */
  restart: () => Promise<void>;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  destroy: () => Promise<void>;
};

/**
 * A throw-away cluster (`initdb` + `pg_ctl`) on a free port. As root, the cluster belongs to the
 * `postgres` user (PostgreSQL refuses to run as root). Durability is off: it holds bench data only.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const port = await freePort();
  const dir = mkdtempSync(join(os.tmpdir(), 'ketnoi-rel-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, cmdArgs: string[]) => {
    const [file, fileArgs] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...cmdArgs]]
      : [join(PG_BIN, cmd), cmdArgs];
    const result = spawnSync(file, fileArgs, { encoding: 'utf8' });
    if (result.status !== 0) {
      throw new Error(`${cmd} ${cmdArgs.join(' ')} failed: ${result.stderr || result.stdout}`);
    }
  };
  if (asRoot) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  const serverOptions = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=200',
    '-c shared_buffers=128MB',
  ].join(' ');
  const pgCtl = (action: string, extra: string[] = []) =>
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', ...extra, action]);
  const start = async () => {
    pgCtl('start', ['-o', serverOptions]);
  };
  const stop = async () => {
    pgCtl('stop', ['-m', 'fast']);
  };
  const kill = () => {
    try {
      pgCtl('stop', ['-m', 'immediate']);
    } catch {
      // Already stopped.
    }
  };
  await start();
  live.add(kill);
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    port,
    adminUrl,
    async createDatabase(name) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        await admin.query(`create database "${name}"`);
      } finally {
        await admin.end();
      }
      const url = `postgres://postgres@127.0.0.1:${port}/${name}`;
      await migrateDatabase(url);
      const seeding = createDatabase(url, { max: 1, applicationName: 'ketnoi-bench-seed' });
      try {
        await seedReference(seeding.db);
      } finally {
        await seeding.close();
      }
      return url;
    },
    restart: async () => {
      pgCtl('restart', ['-m', 'fast', '-o', serverOptions]);
    },
    stop,
    start,
    destroy: async () => {
      kill();
      live.delete(kill);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function userIds(name: string): { uid: number; gid: number } {
  const out = (flag: string) =>
    Number(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout.trim());
  return { uid: out('-u'), gid: out('-g') };
}
