import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { Queue } from 'bullmq';
import { eq, sql } from 'drizzle-orm';
import { matches, outbox } from '../../src/db/schema/index.ts';
import { outboxJobId, redisOptionsFromUrl } from '../../src/jobs/queues.ts';
import { matchDemand } from '../../src/modules/matching/matching.service.ts';
import { matchingSettingsFrom } from '../../src/modules/matching/matching.settings.ts';
import { createSearchEngine } from '../../src/modules/search/create-search-engine.ts';
import { pollUntil } from '../helpers/poll.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { buildCatalogue, type Catalogue } from '../modules/matching/matching-catalogue.ts';

/**
 * RELIABILITY-TESTS F3(b): the worker process is SIGKILLed while a matching job is half done
 * (it has read and scored, and waits to write). A fresh worker finds the job stalled once the
 * dead one's 2 s lock lapses, runs it again, and the demand ends with exactly the proposals a
 * clean run gives — no duplicates, nothing half-written.
 */
let ctx: TestContext;
let cat: Catalogue;
let queue: Queue;

beforeAll(async () => {
  ctx = await createTestContext();
  cat = await buildCatalogue(ctx, await createSearchEngine(ctx.config, ctx.database.db));
  queue = new Queue('matching', {
    connection: redisOptionsFromUrl(ctx.config.REDIS_URL),
    prefix: ctx.config.QUEUE_PREFIX,
  });
});
afterAll(async () => {
  await queue?.close();
  await ctx?.close();
});

function spawnWorker() {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join('test', 'jobs', 'matching-worker-child.ts')],
    {
      cwd: join(import.meta.dirname, '..', '..'),
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATABASE_URL: ctx.config.DATABASE_URL,
        REDIS_URL: ctx.config.REDIS_URL,
        QUEUE_PREFIX: ctx.config.QUEUE_PREFIX,
        MAIL_DIR: ctx.config.MAIL_DIR,
        OUTBOX_POLL_MS: '200',
        OUTBOX_RECONCILE_AFTER_MS: '1000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('worker ready')) {
        resolve();
      }
    });
    void exited.then(() => reject(new Error('the worker exited before it was ready')));
  });
  return { child, exited, ready };
}

describe('a matching worker killed mid-job', () => {
  it('completes the job after a restart, once, with no duplicate or missing proposals', async () => {
    const demand = cat.demands.honey!;
    // Hold the matches table so the job stops right before its writes.
    const blocker = new pg.Client({ connectionString: ctx.config.DATABASE_URL });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table matches in exclusive mode');

    const [row] = await ctx.database.db
      .insert(outbox)
      .values({
        topic: 'matching.demand',
        payload: { demandId: demand.id, version: demand.version },
      })
      .returning();
    const worker = spawnWorker();
    try {
      await worker.ready;
      // Polled from another connection: inside the blocker's transaction the view is a snapshot.
      await pollUntil(
        async () =>
          (
            await ctx.database.db.execute<{ n: number }>(
              sql`select count(*)::int as n from pg_stat_activity
                   where datname = current_database() and wait_event_type = 'Lock'`,
            )
          ).rows[0]!.n,
        (waiting) => waiting > 0,
        { what: 'the job to wait on the matches table', timeoutMs: 20_000 },
      );
      worker.child.kill('SIGKILL');
      await worker.exited;
    } finally {
      worker.child.kill('SIGKILL');
      await blocker.query('rollback');
      await blocker.end();
    }
    expect(await ctx.database.db.$count(matches, eq(matches.demandId, demand.id))).toBe(0);
    const [pending] = await ctx.database.db.select().from(outbox).where(eq(outbox.id, row!.id));
    expect(pending!.doneAt).toBeNull();

    await ctx.startWorker({ lockDuration: 2000 });
    const [done] = await pollUntil(
      () => ctx.database.db.select().from(outbox).where(eq(outbox.id, row!.id)),
      (rows) => Boolean(rows[0]?.doneAt),
      { what: 'the job to complete after the restart', timeoutMs: 25_000 },
    );
    expect(done!.failedAt).toBeNull();
    const job = await queue.getJob(outboxJobId(row!));
    // It was recovered from the stalled state, not started fresh by another dispatch.
    expect(job?.stalledCounter).toBe(1);
    expect(job?.finishedOn).toBeGreaterThan(0);

    const { rows: counts } = await ctx.database.db.execute<{ n: number; pairs: number }>(sql`
      select count(*)::int as n, count(distinct product_id)::int as pairs from matches
       where demand_id = ${demand.id}`);
    expect(counts[0]!.n).toBeGreaterThan(0);
    expect(counts[0]!.n).toBe(counts[0]!.pairs);
    // A clean run now changes nothing: the recovered job left exactly what it should have.
    const clean = await matchDemand(
      ctx.database.db,
      await createSearchEngine(ctx.config, ctx.database.db),
      demand.id,
      matchingSettingsFrom(ctx.config),
    );
    expect(clean).toMatchObject({ written: 0, removed: 0, proposed: counts[0]!.n });
  }, 90_000);
});
