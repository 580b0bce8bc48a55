import pg from 'pg';
import type { Logger } from 'pino';
import { directTopics, outboxJobId, topicRoutes, type OutboxTopic, type Queues } from './queues.ts';

type Row = {
  id: string;
  topic: OutboxTopic;
  payload: Record<string, unknown>;
  dispatch_count: number;
  created_at: Date;
};

const jobIdOf = (row: Row) => outboxJobId({ id: Number(row.id), createdAt: row.created_at });

/** Rows the relay runs itself per batch while Redis is away, and how many at once. */
const DIRECT_BATCH = 16;
const DIRECT_CONCURRENCY = 4;

export type DirectRow = {
  id: number;
  topic: OutboxTopic;
  payload: Record<string, unknown>;
  createdAt: Date;
};

/** After this many dispatches of one row the reconciler gives up and marks it failed for a person to look at. */
const MAX_DISPATCHES = 3;

/**
 * BullMQ waits for Redis rather than failing, so every Redis call here is bounded: a relay
 * transaction must never sit open (holding row locks) through a Redis outage.
 */
const REDIS_TIMEOUT_MS = 3000;
function withTimeout<T>(promise: Promise<T>, what: string, ms = REDIS_TIMEOUT_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Moves outbox rows into BullMQ. Woken by NOTIFY on commit, and polling as a fallback, it locks
 * a batch of pending rows (SKIP LOCKED, so several workers share the load), adds one job per row
 * with jobId `outboxJobId(row)` and marks them dispatched in the same transaction: if Redis
 * refuses, the transaction rolls back and the rows stay pending. A reconciler re-adds dispatched
 * rows whose jobs vanished (Redis here keeps nothing on disk) or failed for good.
 * @see https://microservices.io/patterns/data/transactional-outbox.html
 */
export class OutboxRelay {
  private listener: pg.Client | undefined;
  private timers: NodeJS.Timeout[] = [];
  private running: Promise<void> | undefined;
  private reconciling = false;
  private reconcileAgainMinAgeMs: number | undefined;
  private again = false;
  private stopped = false;
  /** Set when an enqueue failed; cleared once Redis answers again. */
  private redisDown = false;
  private readonly directRunning = new Set<number>();

  constructor(
    private readonly options: {
      pool: pg.Pool;
      databaseUrl: string;
      queues: Queues;
      log: Logger;
      pollMs: number;
      reconcileAfterMs: number;
      batchSize?: number;
      /**
       * While Redis is away: `run` does a row of a `direct` topic in this process (the worker's
       * processor for it, which marks the row done) and `ping` tells when Redis is back.
       * Without it, rows wait for Redis.
       */
      direct?: { run: (row: DirectRow) => Promise<void>; ping: () => Promise<unknown> };
    },
  ) {}

  async start(): Promise<void> {
    await this.listen();
    this.timers.push(setInterval(() => this.wake(), this.options.pollMs));
    this.timers.push(
      setInterval(() => void this.reconcile(), Math.max(this.options.reconcileAfterMs / 2, 500)),
    );
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.timers.forEach(clearInterval);
    await this.running;
    while (this.reconciling) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await this.listener?.end().catch(() => undefined);
  }

  /** Runs dispatch now, or once more after the current run if one is under way. */
  wake(): void {
    if (this.stopped) {
      return;
    }
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      do {
        this.again = false;
        while (!this.stopped && (await this.step())) {
          // A full batch: there may be more waiting.
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
    });
  }

  /** One batch, to BullMQ or (Redis away) run here; true when there may be more waiting. */
  private async step(): Promise<boolean> {
    if (this.redisDown && this.options.direct) {
      if (!(await this.redisAnswers())) {
        return (await this.runDirectBatch()) === DIRECT_BATCH;
      }
      this.redisDown = false;
      this.options.log.info('Redis answers again; outbox rows go to BullMQ');
    }
    return (await this.dispatchBatch()) === (this.options.batchSize ?? 500);
  }

  private async redisAnswers(): Promise<boolean> {
    try {
      await withTimeout(this.options.direct!.ping(), 'ping', 500);
      return true;
    } catch {
      return false;
    }
  }

  /**
   * While Redis is away: claims pending rows of the `direct` topics (SKIP LOCKED, marked
   * dispatched as BullMQ rows are) and runs them here. A row whose run fails stays dispatched and
   * not done: once Redis is back the reconciler finds no job for it and sends it to BullMQ, with
   * its retries. Returns how many rows it claimed.
   */
  async runDirectBatch(): Promise<number> {
    const { pool, log, direct } = this.options;
    if (!direct) {
      return 0;
    }
    let rows: Row[];
    try {
      ({ rows } = await pool.query<Row>(
        `update outbox set dispatched_at = now(), dispatch_count = dispatch_count + 1
          where id in (select id from outbox
                        where dispatched_at is null and topic = any($1::text[])
                        order by id limit $2 for update skip locked)
          returning id, topic, payload, dispatch_count, created_at`,
        [directTopics, DIRECT_BATCH],
      ));
    } catch (err) {
      log.warn({ err }, 'outbox direct claim failed; will try again');
      return 0;
    }
    rows.sort((a, b) => Number(a.id) - Number(b.id));
    const queue = [...rows];
    const runOne = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        const id = Number(row.id);
        this.directRunning.add(id);
        try {
          await direct.run({
            id,
            topic: row.topic,
            payload: row.payload,
            createdAt: row.created_at,
          });
        } catch (err) {
          log.warn(
            { err, outboxId: id, topic: row.topic },
            'outbox row run here failed; BullMQ retries it when Redis is back',
          );
        } finally {
          this.directRunning.delete(id);
        }
      }
    };
    await Promise.all(Array.from({ length: DIRECT_CONCURRENCY }, runOne));
    if (rows.length > 0) {
      log.info({ rows: rows.length }, 'Redis unreachable: outbox rows run by the relay');
    }
    return rows.length;
  }

  /** Dispatches one batch; returns how many rows it moved (0 on error: the poll retries). */
  async dispatchBatch(): Promise<number> {
    const { pool, queues, log } = this.options;
    let client: pg.PoolClient | undefined;
    try {
      client = await pool.connect();
      await client.query('begin');
      const { rows } = await client.query<Row>(
        `select id, topic, payload, dispatch_count, created_at from outbox
          where dispatched_at is null order by id limit $1 for update skip locked`,
        [this.options.batchSize ?? 500],
      );
      const routable = rows.filter((r) => topicRoutes[r.topic] !== undefined);
      const unroutable = rows.filter((r) => topicRoutes[r.topic] === undefined);
      if (routable.length > 0) {
        await this.enqueue(queues, routable).catch((err: unknown) => {
          this.redisDown = true;
          throw err;
        });
        await client.query(
          'update outbox set dispatched_at = now(), dispatch_count = dispatch_count + 1 where id = any($1::bigint[])',
          [routable.map((r) => r.id)],
        );
      }
      // A topic this version does not know (say, written by a newer release mid-deploy) must not
      // block the rows behind it: park it as failed for a person, or a later release, to handle.
      if (unroutable.length > 0) {
        await client.query(
          `update outbox set failed_at = now(), last_error = 'no queue for topic ' || topic where id = any($1::bigint[])`,
          [unroutable.map((r) => r.id)],
        );
        log.error(
          { ids: unroutable.map((r) => r.id) },
          'outbox rows with unknown topics parked as failed',
        );
      }
      await client.query('commit');
      return rows.length;
    } catch (err) {
      await client?.query('rollback').catch(() => undefined);
      log.warn({ err }, 'outbox dispatch failed; rows stay pending and will be retried');
      return 0;
    } finally {
      client?.release();
    }
  }

  private async enqueue(queues: Queues, rows: Row[]): Promise<void> {
    const byQueue = new Map<string, Row[]>();
    for (const row of rows) {
      const route = topicRoutes[row.topic];
      if (!route) {
        throw new Error(`No queue for outbox topic ${row.topic}`);
      }
      byQueue.set(route.queue, [...(byQueue.get(route.queue) ?? []), row]);
    }
    for (const [queueName, queueRows] of byQueue) {
      await withTimeout(
        queues[queueName as keyof Queues].addBulk(
          queueRows.map((row) => ({
            name: topicRoutes[row.topic].job,
            data: { outboxId: Number(row.id), topic: row.topic, payload: row.payload },
            opts: { jobId: jobIdOf(row) },
          })),
        ),
        'enqueue',
      );
    }
  }

  /**
   * Re-dispatches rows whose job was lost or failed; marks rows done whose job completed. Looks
   * at rows dispatched at least `reconcileAfterMs` ago, or `minAgeMs` (0 when Redis has just come
   * back and may have lost every job).
   */
  async reconcile(options: { minAgeMs?: number } = {}): Promise<void> {
    const { pool, queues, log } = this.options;
    const reconcileAfterMs = options.minAgeMs ?? this.options.reconcileAfterMs;
    if (this.stopped) {
      return;
    }
    if (this.reconciling) {
      // A run under way may have started before Redis came back: run again right after it.
      if (options.minAgeMs !== undefined) {
        this.reconcileAgainMinAgeMs = options.minAgeMs;
      }
      return;
    }
    this.reconciling = true;
    try {
      const { rows } = await pool.query<Row>(
        `select id, topic, payload, dispatch_count, created_at from outbox
          where dispatched_at < now() - make_interval(secs => $1::double precision / 1000)
            and done_at is null and failed_at is null
          order by id limit 500`,
        [reconcileAfterMs],
      );
      for (const row of rows) {
        const id = Number(row.id);
        const route = topicRoutes[row.topic];
        if (!route || this.directRunning.has(id)) {
          continue;
        }
        // The job id carries created_at: a job found here is this row's, never one left in Redis
        // by an earlier database life's row with the same id (that one would read `completed`).
        const job = await withTimeout(queues[route.queue].getJob(jobIdOf(row)), 'getJob');
        const state = job ? await withTimeout(job.getState(), 'getState') : 'missing';
        if (state === 'completed') {
          await pool.query('update outbox set done_at = now() where id = $1 and done_at is null', [
            id,
          ]);
        } else if (state === 'missing' || state === 'unknown' || state === 'failed') {
          if (row.dispatch_count >= MAX_DISPATCHES) {
            await pool.query(
              'update outbox set failed_at = now(), last_error = coalesce(last_error, $2) where id = $1',
              [id, job?.failedReason ?? 'job lost'],
            );
            log.error(
              { outboxId: id, topic: row.topic },
              'outbox row failed after repeated dispatches',
            );
            continue;
          }
          await job?.remove().catch(() => undefined);
          await this.enqueue(queues, [row]);
          await pool.query(
            'update outbox set dispatched_at = now(), dispatch_count = dispatch_count + 1 where id = $1',
            [id],
          );
          log.warn({ outboxId: id, topic: row.topic, state }, 'outbox row re-dispatched');
        }
      }
    } catch (err) {
      log.warn({ err }, 'outbox reconcile failed; will try again');
    } finally {
      this.reconciling = false;
      const again = this.reconcileAgainMinAgeMs;
      this.reconcileAgainMinAgeMs = undefined;
      if (again !== undefined) {
        void this.reconcile({ minAgeMs: again });
      }
    }
  }

  /** A dedicated connection for LISTEN that reconnects by itself; the poll covers any gap. */
  private async listen(): Promise<void> {
    if (this.stopped) {
      return;
    }
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: 'ketnoi-outbox-listen',
    });
    const retry = () => {
      if (this.listener === client) {
        this.listener = undefined;
        setTimeout(() => void this.listen(), 1000).unref();
      }
    };
    client.on('error', (err) => {
      this.options.log.warn({ err }, 'outbox LISTEN connection lost; reconnecting');
      retry();
    });
    client.on('end', retry);
    client.on('notification', () => this.wake());
    this.listener = client;
    try {
      await client.connect();
      await client.query('listen outbox');
      this.wake();
    } catch (err) {
      this.options.log.warn({ err }, 'outbox LISTEN failed; polling until it reconnects');
      await client.end().catch(() => undefined);
      retry();
    }
  }
}
