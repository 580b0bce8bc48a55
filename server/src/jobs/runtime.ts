import { resolve } from 'node:path';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { createDatabase } from '../db/client.ts';
import { createMailer } from '../lib/mailer.ts';
import { createLocalStorage } from '../modules/storage/local-storage.ts';
import { markOutboxFailed } from '../modules/outbox/outbox.repository.ts';
import { OutboxRelay } from './outbox-relay.ts';
import { createMaintenanceProcessor } from './processors/maintenance.processor.ts';
import { createImportsProcessor } from './processors/imports.processor.ts';
import { createMatchingProcessor } from './processors/matching.processor.ts';
import { createNotificationsProcessor } from './processors/notifications.processor.ts';
import { createSearchSyncProcessor } from './processors/search-sync.processor.ts';
import { createSearchEngine } from '../modules/search/create-search-engine.ts';
import { matchingSettingsFrom } from '../modules/matching/matching.settings.ts';
import { publicViewsChannel } from '../modules/search/search-sync.ts';
import {
  closeQueues,
  createQueues,
  outboxJobId,
  redisOptionsFromUrl,
  topicRoutes,
  type OutboxJobData,
  type QueueName,
} from './queues.ts';
import { assertNoEviction, RedisEvictionPolicyError } from './redis-eviction-policy.ts';
import { registerJobSchedules } from './schedules.ts';
import { redisRetryStrategy, startWorkerWatchdog } from './watchdog.ts';

export type WorkerRuntime = {
  relay: OutboxRelay;
  /** Settles once the repeatable jobs (queues.ts `jobSchedules`) are registered in Redis. */
  schedulesReady: Promise<void>;
  close: () => Promise<void>;
};

/**
 * Everything the worker process runs: one BullMQ Worker per queue, the outbox relay and its
 * reconciler. Tests start it in-process with their own database and queue prefix.
 */
export async function startWorkerRuntime(
  config: Config,
  log: Logger,
  options: { lockDuration?: number } = {},
): Promise<WorkerRuntime> {
  const database = createDatabase(config.DATABASE_URL, {
    max: config.DATABASE_POOL_MAX,
    applicationName: 'ketnoi-worker',
    onError: (err) => log.warn({ err }, 'idle PostgreSQL client lost its connection'),
  });
  // Producers fail fast (no offline queue) so a relay transaction never waits on a dead Redis;
  // workers block on Redis by design and need maxRetriesPerRequest: null.
  const producer = new Redis(config.REDIS_URL, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: redisRetryStrategy,
  });
  producer.on('error', () => undefined);
  // Refuse a Redis that evicts keys (queued jobs would vanish); if Redis is down, start anyway.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    producer.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  if (producer.status === 'ready') {
    try {
      await assertNoEviction(producer);
    } catch (err) {
      if (err instanceof RedisEvictionPolicyError) {
        producer.disconnect();
        await database.close();
        throw err;
      }
    }
  }
  const queues = createQueues(producer, config.QUEUE_PREFIX);
  for (const queue of Object.values(queues)) {
    queue.on('error', (err) =>
      log.warn({ queue: queue.name, err: err.message }, 'queue connection error'),
    );
  }
  const mailer = createMailer({
    smtpUrl: config.SMTP_URL,
    mailDir: config.MAIL_DIR,
    from: config.MAIL_FROM,
  });

  const searchEngine = await createSearchEngine(config, database.db);
  // An engine that is down at start must not keep the other queues from working.
  await searchEngine
    .applySettings()
    .catch((err: unknown) =>
      log.error({ err }, 'search engine settings not applied; sync jobs will retry'),
    );
  const processors: Record<QueueName, (job: Job) => Promise<unknown>> = {
    'search-sync': createSearchSyncProcessor({
      db: database.db,
      engine: searchEngine,
      announce: (ids) =>
        void producer
          .publish(publicViewsChannel(config.QUEUE_PREFIX), ids.join(','))
          .catch(() => undefined),
    }),
    matching: createMatchingProcessor({
      db: database.db,
      engine: searchEngine,
      settings: matchingSettingsFrom(config),
    }),
    notifications: createNotificationsProcessor({ db: database.db, mailer }),
    maintenance: createMaintenanceProcessor({ db: database.db, publicUrl: config.PUBLIC_URL }),
    imports: createImportsProcessor({
      db: database.db,
      storage: createLocalStorage(resolve(process.cwd(), config.STORAGE_DIR)),
    }),
  };

  // Imports parse and validate on this thread and write in large batches: one at a time per
  // worker process leaves the second core to the API and the other queues.
  const concurrency: Partial<Record<QueueName, number>> = { imports: 1 };
  const workerConnection = {
    ...redisOptionsFromUrl(config.REDIS_URL),
    maxRetriesPerRequest: null,
    // BullMQ's own back-off grows to 20 s between reconnects: after a long Redis outage the
    // workers would sit idle that long after Redis is back (RELIABILITY-TESTS F1: ≤ 5 s).
    retryStrategy: redisRetryStrategy,
  };
  const workers = Object.entries(processors).map(([name, processor]) => {
    const worker = new Worker(name, processor, {
      connection: workerConnection,
      prefix: config.QUEUE_PREFIX,
      concurrency: concurrency[name as QueueName] ?? 4,
      // How long a worker waits before asking Redis for jobs again after a failed fetch (15 s
      // by default): short, so it resumes within a second or two of Redis coming back.
      runRetryDelay: 1000,
      ...(options.lockDuration
        ? { lockDuration: options.lockDuration, stalledInterval: options.lockDuration / 2 }
        : {}),
    });
    worker.on('failed', (job, err) => {
      log.warn({ queue: name, jobId: job?.id, err }, 'job failed');
      // A bad payload will never succeed: park the row now instead of letting the reconciler retry it.
      const final =
        err instanceof UnrecoverableError ||
        (job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1));
      // Only jobs that came through the outbox have a row to park; scheduled jobs do not.
      const outboxId = (job?.data as Partial<OutboxJobData> | undefined)?.outboxId;
      if (final && typeof outboxId === 'number') {
        void markOutboxFailed(
          database.db,
          outboxId,
          err.message,
          err instanceof UnrecoverableError,
        ).catch(() => undefined);
      }
    });
    worker.on('error', (err) => log.warn({ queue: name, err }, 'worker error'));
    return worker;
  });

  const relay = new OutboxRelay({
    pool: database.pool,
    databaseUrl: config.DATABASE_URL,
    queues,
    log,
    pollMs: config.OUTBOX_POLL_MS,
    reconcileAfterMs: config.OUTBOX_RECONCILE_AFTER_MS,
    // The same processor the BullMQ job would run; outbox processors read only the job's id,
    // name and data.
    direct: {
      run: async (row) => {
        const route = topicRoutes[row.topic];
        const job = {
          id: outboxJobId(row),
          name: route.job,
          data: { outboxId: row.id, topic: row.topic, payload: row.payload },
        };
        await processors[route.queue](job as unknown as Job);
      },
      ping: () => producer.ping(),
    },
  });
  await relay.start();
  let schedules = registerJobSchedules(queues, log);
  const watchdog = startWorkerWatchdog({
    workers,
    producer,
    log,
    // A Redis that comes back may have lost everything (this one keeps nothing on disk): look
    // at every dispatched row now rather than when the periodic reconcile comes round, and put
    // the repeatable jobs back.
    onRedisBack: () => {
      relay.wake();
      void relay.reconcile({ minAgeMs: 0 });
      schedules.stop();
      schedules = registerJobSchedules(queues, log);
    },
  });
  log.info({ queues: Object.keys(processors) }, 'worker started');

  return {
    relay,
    schedulesReady: schedules.ready,
    /** Stops taking work, lets active jobs finish, then closes connections. */
    async close() {
      watchdog.stop();
      schedules.stop();
      await relay.stop();
      await Promise.all(workers.map((w) => w.close()));
      // Closing queues waits for Redis; during an outage, give up after a few seconds.
      await Promise.race([
        closeQueues(queues),
        new Promise((resolve) => setTimeout(resolve, 3000).unref()),
      ]);
      producer.disconnect();
      mailer.close();
      await database.close();
    },
  };
}
