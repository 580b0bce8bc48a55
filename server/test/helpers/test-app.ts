import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Redis } from 'ioredis';
import pino from 'pino';
import { inject } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { createDatabase, type Database } from '../../src/db/client.ts';
import { startWorkerRuntime, type WorkerRuntime } from '../../src/jobs/runtime.ts';
import { adminUrl, databaseUrl, TEST_DB_PREFIX } from './databases.ts';

export type TestContext = {
  app: FastifyInstance;
  config: Config;
  database: Database;
  /** Starts the real BullMQ workers and outbox relay against this file's database and prefix. */
  startWorker: (options?: { lockDuration?: number }) => Promise<WorkerRuntime>;
  close: () => Promise<void>;
};

/**
 * One isolated world per test file: a database cloned from the migrated template, a unique
 * BullMQ/Redis key prefix, a temporary mail folder, and the app built exactly as in production.
 * `close()` removes all of it.
 */
export async function createTestContext(env: Record<string, string> = {}): Promise<TestContext> {
  const suffix = randomBytes(4).toString('hex');
  const name = `${TEST_DB_PREFIX}${suffix}_${inject('runId')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  await admin.query(`create database "${name}" template "${inject('templateDatabase')}"`);
  await admin.end();

  const mailDir = await mkdtemp(join(tmpdir(), 'ketnoi-mail-'));
  const prefix = `test-${suffix}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl(name),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: prefix,
    MAIL_DIR: mailDir,
    WEB_DIST: '/nonexistent',
    OUTBOX_POLL_MS: '200',
    OUTBOX_RECONCILE_AFTER_MS: '1000',
    // Tests change rows directly in the database; each request must see them.
    SESSION_CACHE_MS: '0',
    PUBLIC_CACHE_MS: '0',
    ...env,
  });
  const app = await buildApp(config);
  await app.ready();
  const database = createDatabase(config.DATABASE_URL, { max: 3 });
  const runtimes: WorkerRuntime[] = [];

  return {
    app,
    config,
    database,
    async startWorker(options) {
      const runtime = await startWorkerRuntime(config, pino({ level: 'silent' }), options);
      runtimes.push(runtime);
      return runtime;
    },
    async close() {
      await Promise.all(runtimes.map((r) => r.close().catch(() => undefined)));
      await app.close();
      await database.close();
      await deleteRedisKeys(config.REDIS_URL, prefix);
      await rm(mailDir, { recursive: true, force: true });
      const cleanup = new pg.Client({ connectionString: adminUrl() });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}

async function deleteRedisKeys(url: string, prefix: string) {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) {
        await redis.del(...keys);
      }
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
