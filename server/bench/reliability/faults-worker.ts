/**
 * F3 and F5 (RELIABILITY-TESTS): the worker SIGKILLed in the middle of (a) a 10,000-row import,
 * (b) a matching run for one demand (K = 200), (c) a search-sync batch of 1,000 products, at
 * seeded random points; and the worker SIGTERMed with 4 matching jobs active. Each job must end
 * exactly once with the same rows a run without a crash leaves.
 */
import { performance } from 'node:perf_hooks';
import { Queue } from 'bullmq';
import pg from 'pg';
import { outboxJobId, redisOptionsFromUrl } from '../../src/jobs/queues.ts';
import { benchEnv } from '../lib/harness.ts';
import { random } from '../lib/synthetic-catalogue.ts';
import { importRows, xlsxOf } from '../lib/import-file.ts';
import { spawnApi, spawnShortLockWorker, spawnWorker, type AppProcess } from './processes.ts';
import type { ReliabilityScenario, ScenarioContext, ScenarioResult } from './scenario.ts';
import { createAccounts, startStack, type Stack } from './stack.ts';
import { sleep, waitUntil } from './wait.ts';

/** The catalogue's bound for a killed job to complete after the restart (test lock settings). */
const COMPLETE_AFTER_RESTART_MS = 15_000;

type Trial = {
  killAfterMs: number;
  /** Whether the job was still running when the worker died (else it had already finished). */
  killedMidJob: boolean;
  workerStartupMs: number;
  completedAfterRestartMs: number | null;
  identical: boolean;
  duplicates: number;
  stalledCounter: number | null;
};

async function outboxDone(stack: Stack, id: number): Promise<boolean> {
  const { rows } = await stack.check.pool.query<{ done: boolean }>(
    'select done_at is not null as done from outbox where id = $1',
    [id],
  );
  return rows[0]?.done === true;
}

async function insertOutbox(stack: Stack, topic: string, payload: unknown): Promise<number> {
  const { rows } = await stack.check.pool.query<{ id: string }>(
    'insert into outbox (topic, payload) values ($1, $2) returning id',
    [topic, JSON.stringify(payload)],
  );
  return Number(rows[0]!.id);
}

async function hashOf(stack: Stack, query: string, params: unknown[]): Promise<string> {
  const { rows } = await stack.check.pool.query<{ h: string | null }>(
    `select md5(coalesce(string_agg(r::text, '|'), '')) as h from (${query}) as r`,
    params,
  );
  return rows[0]!.h ?? '';
}

/**
 * Runs `kills` trials of one job kind: `start()` queues the job (returns its outbox id and a
 * way to know its progress), the worker is SIGKILLed at the seeded point, a fresh worker is
 * started, and the result is compared with the no-crash reference.
 */
async function killTrials(
  ctx: ScenarioContext,
  stack: Stack,
  options: {
    label: string;
    kills: number;
    rand: () => number;
    /** Resets the state the job writes and queues it again; resolves with its outbox id. */
    start: (trial: number) => Promise<number>;
    /**
     * Resolves when the kill point is reached; by default `fraction` of the reference run's
     * time after the job was queued.
     */
    killPoint?: (
      fraction: number,
      outboxId: number,
      referenceMs: number,
      startedAt: number,
    ) => Promise<void>;
    /** The rows the job leaves, as one hash (ids and timestamps left out). */
    hash: (trial: number) => Promise<string>;
    duplicates: (trial: number) => Promise<number>;
  },
): Promise<{ reference: { ms: number }; trials: Trial[] }> {
  const { log } = ctx;
  const queues = new Map<string, Queue>();
  const queueOf = (name: string) => {
    const queue =
      queues.get(name) ??
      new Queue(name, {
        connection: redisOptionsFromUrl(stack.redis.url),
        prefix: benchEnv().QUEUE_PREFIX,
      });
    queues.set(name, queue);
    return queue;
  };
  let worker: AppProcess = await spawnShortLockWorker(stack.env);
  try {
    // The reference: the same job, no crash.
    const refStarted = performance.now();
    const refId = await options.start(-1);
    const ref = await waitUntil(() => outboxDone(stack, refId), {
      timeoutMs: 180_000,
      intervalMs: 50,
    });
    if (!ref.ok) {
      throw new Error(`${options.label}: the reference job did not finish`);
    }
    const refMs = performance.now() - refStarted;
    const refHash = await options.hash(-1);
    log(`${options.label}: reference run ${Math.round(refMs)} ms`);
    const trials: Trial[] = [];
    for (let k = 0; k < options.kills; k += 1) {
      const fraction = 0.2 + 0.6 * options.rand();
      const startedAt = performance.now();
      const id = await options.start(k);
      await (options.killPoint
        ? options.killPoint(fraction, id, refMs, startedAt)
        : sleep(startedAt + fraction * refMs - performance.now()));
      const killAfterMs = performance.now() - startedAt;
      worker.signal('SIGKILL');
      await worker.exited;
      const killedMidJob = !(await outboxDone(stack, id));
      const restarted = performance.now();
      worker = await spawnShortLockWorker(stack.env);
      const ready = performance.now();
      const done = await waitUntil(() => outboxDone(stack, id), {
        timeoutMs: 120_000,
        intervalMs: 50,
      });
      const completedAt = performance.now();
      const hash = await options.hash(k);
      const { rows } = await stack.check.pool.query<{ topic: string; created_at: Date }>(
        'select topic, created_at from outbox where id = $1',
        [id],
      );
      const route =
        rows[0]!.topic === 'import.products'
          ? 'imports'
          : rows[0]!.topic === 'search.product'
            ? 'search-sync'
            : 'matching';
      const job = await queueOf(route).getJob(outboxJobId({ id, createdAt: rows[0]!.created_at }));
      const trial: Trial = {
        killAfterMs: Math.round(killAfterMs),
        killedMidJob,
        workerStartupMs: Math.round(ready - restarted),
        // From the new worker being up (it logged "worker started") to the row marked done.
        completedAfterRestartMs: done.ok ? Math.round(completedAt - ready) : null,
        identical: hash === refHash,
        duplicates: await options.duplicates(k),
        stalledCounter: job?.stalledCounter ?? null,
      };
      trials.push(trial);
      log(
        `${options.label}: kill ${k + 1}/${options.kills} at ${Math.round(fraction * 100)} % → ${JSON.stringify(trial)}`,
      );
    }
    return { reference: { ms: Math.round(refMs) }, trials };
  } finally {
    await worker.close();
    await Promise.all([...queues.values()].map((q) => q.close()));
  }
}

function judge(label: string, trials: Trial[], failures: string[]) {
  trials.forEach((t, i) => {
    const name = `${label} kill ${i + 1}`;
    if (t.completedAfterRestartMs === null) {
      failures.push(`${name}: never completed`);
    } else if (t.completedAfterRestartMs > COMPLETE_AFTER_RESTART_MS) {
      failures.push(
        `${name}: completed ${t.completedAfterRestartMs} ms after the restart (≤ ${COMPLETE_AFTER_RESTART_MS})`,
      );
    }
    if (!t.identical) {
      failures.push(`${name}: final rows differ from the no-crash run`);
    }
    if (t.duplicates > 0) {
      failures.push(`${name}: ${t.duplicates} duplicates`);
    }
  });
  if (!trials.some((t) => t.killedMidJob)) {
    failures.push(`${label}: no kill landed mid-job (every job had finished first)`);
  }
}

/** F3a: a 10,000-row import, killed at ~20–80 % of its rows. */
async function importKill(ctx: ScenarioContext, stack: Stack, rand: () => number, kills: number) {
  const rows = ctx.args.int('import-rows', 10_000);
  const api = await spawnApi(stack.env);
  try {
    const accounts = await createAccounts(stack, api.url, {
      producers: kills + 1,
      distributors: 0,
    });
    const file = await xlsxOf(importRows(rows, ctx.args.int('seed', 1)));
    const importIds: string[] = [];
    const upload = async (trial: number) => {
      // A producer per run: the same file twice from one producer is the same import.
      const token = accounts.producers[trial + 1]!.token;
      const form = new FormData();
      form.append(
        'file',
        new Blob([file], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
        'reliability.xlsx',
      );
      const response = await fetch(`${api.url}/api/v1/imports/products`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      if (response.status !== 202) {
        throw new Error(`upload: ${response.status} ${await response.text()}`);
      }
      const { id } = (await response.json()) as { id: string };
      importIds[trial + 1] = id;
      const { rows: outboxRows } = await stack.check.pool.query<{ id: string }>(
        `select id from outbox where topic = 'import.products' and payload->>'importId' = $1`,
        [id],
      );
      return Number(outboxRows[0]!.id);
    };
    const result = await killTrials(ctx, stack, {
      label: 'import',
      kills,
      rand,
      start: upload,
      killPoint: async (fraction) => {
        const id = importIds.at(-1)!;
        await waitUntil(
          async () => {
            const { rows: r } = await stack.check.pool.query<{ done: number; status: string }>(
              'select rows_done as done, status from imports where id = $1',
              [id],
            );
            return r[0]!.done >= fraction * rows || r[0]!.status === 'done';
          },
          { timeoutMs: 180_000, intervalMs: 20 },
        );
      },
      // The products an import created, by row: what they say, not their ids or times.
      hash: (trial) =>
        hashOf(
          stack,
          `select import_row, name_vi, category, unit, moq, price_min, price_max, status, province_code
             from products where import_id = $1 order by import_row`,
          [importIds[trial + 1]],
        ),
      duplicates: async (trial) => {
        const { rows: r } = await stack.check.pool.query<{ d: number; missing: number }>(
          `select (count(*) - count(distinct import_row))::int as d from products where import_id = $1`,
          [importIds[trial + 1]],
        );
        return r[0]!.d;
      },
    });
    const { rows: imports } = await stack.check.pool.query<{
      status: string;
      created: number;
      n: number;
    }>(
      `select i.status, i.rows_created as created, (select count(*)::int from products p where p.import_id = i.id) as n
         from imports i where i.id = any($1::uuid[])`,
      [importIds.filter(Boolean)],
    );
    return {
      rows,
      ...result,
      imports: imports.map((i) => ({ status: i.status, rowsCreated: i.created, products: i.n })),
    };
  } finally {
    await api.close();
  }
}

/** F3b: matching one demand (K = 200), killed at a random point or at its write. */
async function matchingKill(ctx: ScenarioContext, stack: Stack, rand: () => number, kills: number) {
  const api = await spawnApi(stack.env);
  let demand: { id: string; version: number };
  try {
    const accounts = await createAccounts(stack, api.url, { producers: 0, distributors: 1 });
    const token = accounts.distributors[0]!.token;
    const post = async (path: string, body: unknown) => {
      const response = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      if (response.status >= 300) {
        throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
      }
      return (await response.json()) as { id: string; version: number };
    };
    const created = await post('/api/v1/demands', {
      title: 'Mật ong rừng cho chuỗi cửa hàng đặc sản',
      description: 'Mật ong, đóng chai, có hóa đơn VAT; thử độ tin cậy.',
      category: 'honey',
      quantityPerOrder: 100,
      quantityPerMonth: 300,
      unit: 'kg',
      priceMin: 50_000,
      priceMax: 600_000,
      currency: 'VND',
      destinationCountry: 'VN',
    });
    demand = await post(`/api/v1/demands/${created.id}/open`, { version: created.version });
  } finally {
    await api.close();
  }
  // The outbox row the API wrote is the first run; the trials queue the same work again.
  const { rows: first } = await stack.check.pool.query<{ id: string }>(
    `select id from outbox where topic = 'matching.demand' and payload->>'demandId' = $1`,
    [demand.id],
  );
  let blocker: pg.Client | undefined;
  const result = await killTrials(ctx, stack, {
    label: 'matching',
    kills,
    rand,
    start: async (trial) => {
      if (trial < 0) {
        return Number(first[0]!.id);
      }
      await stack.check.pool.query('delete from matches where demand_id = $1', [demand.id]);
      if (trial === kills - 1) {
        // The last kill lands exactly at the write: hold the table so the job waits there.
        blocker = new pg.Client({ connectionString: stack.databaseUrl });
        await blocker.connect();
        await blocker.query('begin');
        await blocker.query('lock table matches in exclusive mode');
      }
      return insertOutbox(stack, 'matching.demand', {
        demandId: demand.id,
        version: demand.version,
      });
    },
    // The last trial is killed at the write; the others at a random point of the job's time.
    killPoint: async (fraction, _outboxId, referenceMs, startedAt) => {
      if (!blocker) {
        await sleep(startedAt + fraction * referenceMs - performance.now());
        return;
      }
      await waitUntil(
        async () =>
          (
            await stack.check.pool.query<{ n: number }>(
              `select count(*)::int as n from pg_stat_activity
                where datname = current_database() and wait_event_type = 'Lock'`,
            )
          ).rows[0]!.n > 0,
        { timeoutMs: 30_000, intervalMs: 20 },
      );
      const held = blocker;
      blocker = undefined;
      // Let go just after the kill, so the next worker can write.
      setTimeout(() => void held.query('rollback').then(() => held.end()), 200);
    },
    hash: () =>
      hashOf(
        stack,
        `select product_id, status, score, to_jsonb(m) - array['id', 'scored_at', 'created_at', 'updated_at', 'pool_id'] as rest
           from matches m where demand_id = $1 order by product_id`,
        [demand.id],
      ),
    duplicates: async () => {
      const { rows } = await stack.check.pool.query<{ d: number }>(
        'select (count(*) - count(distinct product_id))::int as d from matches where demand_id = $1',
        [demand.id],
      );
      return rows[0]!.d;
    },
  });
  const { rows: counted } = await stack.check.pool.query<{ n: number }>(
    'select count(*)::int as n from matches where demand_id = $1',
    [demand.id],
  );
  return { proposals: counted[0]!.n, ...result };
}

/** F3c: a search-sync batch of 1,000 products, killed at a random point. */
async function searchSyncKill(
  ctx: ScenarioContext,
  stack: Stack,
  rand: () => number,
  kills: number,
) {
  const ids = stack.publicProducts.slice(0, ctx.args.int('sync-batch', 1000)).map((p) => p.id);
  let lastOutboxId = 0;
  const result = await killTrials(ctx, stack, {
    label: 'search-sync',
    kills,
    rand,
    start: async () => {
      await stack.check.pool.query(
        'delete from product_search where product_id = any($1::uuid[])',
        [ids],
      );
      lastOutboxId = await insertOutbox(stack, 'search.product', { productIds: ids });
      return lastOutboxId;
    },
    hash: () =>
      hashOf(
        stack,
        `select to_jsonb(ps) - 'indexed_at' as doc,
                (select to_jsonb(d) from product_search_documents d where d.product_id = ps.product_id) as shown
           from product_search ps where product_id = any($1::uuid[]) order by product_id`,
        [ids],
      ),
    duplicates: async () => {
      // The sync queues nothing itself: any outbox row after the trial's own is a duplicate.
      const { rows } = await stack.check.pool.query<{ d: number }>(
        'select count(*)::int as d from outbox where id > $1',
        [lastOutboxId],
      );
      return rows[0]!.d;
    },
  });
  return { batch: ids.length, ...result };
}

async function workerKill(
  ctx: ScenarioContext,
  kind: 'import' | 'matching' | 'search-sync',
): Promise<ScenarioResult> {
  const { args, log } = ctx;
  const kills = args.int('kills', 3);
  const rand = random(
    args.int('seed', 1) + (kind === 'import' ? 11 : kind === 'matching' ? 13 : 17),
  );
  const stack = await startStack({
    products: kind === 'import' ? 500 : args.int('products', kind === 'matching' ? 20_000 : 5000),
    seed: args.int('seed', 1),
    log,
  });
  try {
    const failures: string[] = [];
    let figures: Record<string, unknown>;
    if (kind === 'import') {
      figures = await importKill(ctx, stack, rand, kills);
    } else if (kind === 'matching') {
      figures = await matchingKill(ctx, stack, rand, kills);
    } else {
      figures = await searchSyncKill(ctx, stack, rand, kills);
    }
    judge(kind, figures.trials as Trial[], failures);
    return { passed: failures.length === 0, figures, notes: failures };
  } finally {
    await stack.teardown();
  }
}

/**
 * F5: the worker SIGTERMed with 4 matching jobs active (held at their write by a table lock,
 * released a moment after the signal): the jobs finish, the worker exits by itself, and the next
 * worker sees no stalled job.
 */
async function workerTerm(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { args, log } = ctx;
  const failures: string[] = [];
  const stack = await startStack({
    products: args.int('products', 5000),
    seed: args.int('seed', 1),
    log,
  });
  try {
    const api = await spawnApi(stack.env);
    const accounts = await createAccounts(stack, api.url, { producers: 0, distributors: 1 });
    const token = accounts.distributors[0]!.token;
    const demands: { id: string; version: number }[] = [];
    for (let i = 0; i < 4; i += 1) {
      const call = async (path: string, body: unknown) => {
        const response = await fetch(`${api.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(body),
        });
        return (await response.json()) as { id: string; version: number };
      };
      const created = await call('/api/v1/demands', {
        title: `Mật ong cho siêu thị ${i}`,
        description: 'Mật ong, đóng chai, có hóa đơn VAT; thử tắt worker.',
        category: 'honey',
        quantityPerOrder: 100,
        unit: 'kg',
        currency: 'VND',
        destinationCountry: 'VN',
      });
      demands.push(await call(`/api/v1/demands/${created.id}/open`, { version: created.version }));
    }
    await api.close();
    const blocker = new pg.Client({ connectionString: stack.databaseUrl });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('lock table matches in exclusive mode');
    const worker = await spawnWorker(stack.env);
    const active = await waitUntil(
      async () =>
        (
          await stack.check.pool.query<{ n: number }>(
            `select count(*)::int as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock' and application_name = 'ketnoi-worker'`,
          )
        ).rows[0]!.n >= 4,
      { timeoutMs: 60_000, intervalMs: 50 },
    );
    const termAt = performance.now();
    worker.signal('SIGTERM');
    await sleep(1000);
    await blocker.query('rollback');
    await blocker.end();
    const exit = await worker.exited;
    const exitMs = Math.round(exit.at - termAt);
    const { rows: outbox } = await stack.check.pool.query<{
      id: string;
      done: boolean;
      created_at: Date;
    }>(
      `select id, done_at is not null as done, created_at from outbox where topic = 'matching.demand'`,
    );
    const doneAtExit = outbox.filter((r) => r.done).length;
    // A new worker: nothing of the old one's may come back as stalled.
    const next = await spawnWorker(stack.env);
    await sleep(args.int('stalled-watch', 5) * 1000);
    const queue = new Queue('matching', {
      connection: redisOptionsFromUrl(stack.redis.url),
      prefix: benchEnv().QUEUE_PREFIX,
    });
    let stalled = 0;
    let found = 0;
    for (const row of outbox) {
      const job = await queue.getJob(
        outboxJobId({ id: Number(row.id), createdAt: row.created_at }),
      );
      found += job ? 1 : 0;
      stalled += job?.stalledCounter ?? 0;
    }
    await queue.close();
    await next.close();
    const figures = {
      activeJobsAtSigterm: active.ok ? 4 : 'fewer than 4',
      exitCode: exit.code,
      exitSignal: exit.signal,
      exitAfterSigtermMs: exitMs,
      jobsDoneAtExit: `${doneAtExit}/${outbox.length}`,
      stalledAfterRestart: stalled,
      jobsFoundInRedis: found,
    };
    if (!active.ok) failures.push('4 jobs were never active at once');
    if (exit.code !== 0)
      failures.push(`the worker exited with ${String(exit.code ?? exit.signal)}`);
    if (doneAtExit !== outbox.length)
      failures.push(`${outbox.length - doneAtExit} jobs not finished at exit`);
    if (stalled !== 0) failures.push(`${stalled} stalled jobs after the restart`);
    if (found !== outbox.length)
      failures.push(`only ${found} of ${outbox.length} jobs found in Redis`);
    return { passed: failures.length === 0, figures, notes: failures };
  } finally {
    await stack.teardown();
  }
}

export const workerScenarios: ReliabilityScenario[] = [
  {
    id: 'F3a',
    title: 'Worker SIGKILLed in the middle of a 10,000-row import',
    run: (ctx) => workerKill(ctx, 'import'),
  },
  {
    id: 'F3b',
    title: 'Worker SIGKILLed in the middle of matching one demand (K = 200)',
    run: (ctx) => workerKill(ctx, 'matching'),
  },
  {
    id: 'F3c',
    title: 'Worker SIGKILLed in the middle of a search-sync batch of 1,000',
    run: (ctx) => workerKill(ctx, 'search-sync'),
  },
  { id: 'F5', title: 'Worker SIGTERMed with 4 active matching jobs', run: workerTerm },
];
