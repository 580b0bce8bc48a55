import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { createDatabase } from '../db/client.ts';
import { createMailer } from '../lib/mailer.ts';
import { markOutboxFailed } from '../modules/outbox/outbox.repository.ts';
import { OutboxRelay } from './outbox-relay.ts';
import { createNotificationsProcessor } from './processors/notifications.processor.ts';
import { closeQueues, createQueues, redisOptionsFromUrl, type OutboxJobData, type QueueName } from './queues.ts';

export type WorkerRuntime = { relay: OutboxRelay; close: () => Promise<void> };

/**
 * Everything the worker process runs: one BullMQ Worker per queue, the outbox relay and its
 * reconciler. Tests start it in-process with their own database and queue prefix.
 */
export async function startWorkerRuntime(config: Config, log: Logger, options: { lockDuration?: number } = {}): Promise<WorkerRuntime> {
  const database = createDatabase(config.DATABASE_URL, {
    max: config.DATABASE_POOL_MAX,
    applicationName: 'ketnoi-worker',
    onError: (err) => log.warn({ err }, 'idle PostgreSQL client lost its connection'),
  });
  // Producers fail fast (no offline queue) so a relay transaction never waits on a dead Redis;
  // workers block on Redis by design and need maxRetriesPerRequest: null.
  const producer = new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  producer.on('error', () => undefined);
  const queues = createQueues(producer, config.QUEUE_PREFIX);
  for (const queue of Object.values(queues)) {
    queue.on('error', (err) => log.warn({ queue: queue.name, err: err.message }, 'queue connection error'));
  }
  const mailer = createMailer({ smtpUrl: config.SMTP_URL, mailDir: config.MAIL_DIR, from: config.MAIL_FROM });

  const processors: Record<QueueName, (job: Job<OutboxJobData>) => Promise<void>> = {
    notifications: createNotificationsProcessor({ db: database.db, mailer }),
  };

  const workerConnection = { ...redisOptionsFromUrl(config.REDIS_URL), maxRetriesPerRequest: null };
  const workers = Object.entries(processors).map(([name, processor]) => {
    const worker = new Worker<OutboxJobData>(name, processor, {
      connection: workerConnection,
      prefix: config.QUEUE_PREFIX,
      concurrency: 4,
      ...(options.lockDuration ? { lockDuration: options.lockDuration, stalledInterval: options.lockDuration / 2 } : {}),
    });
    worker.on('failed', (job, err) => {
      log.warn({ queue: name, jobId: job?.id, err }, 'job failed');
      // A bad payload will never succeed: park the row now instead of letting the reconciler retry it.
      const final = err instanceof UnrecoverableError || (job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1));
      if (job && final) {
        void markOutboxFailed(database.db, job.data.outboxId, err.message, err instanceof UnrecoverableError).catch(() => undefined);
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
  });
  await relay.start();
  log.info({ queues: Object.keys(processors) }, 'worker started');

  return {
    relay,
    /** Stops taking work, lets active jobs finish, then closes connections. */
    async close() {
      await relay.stop();
      await Promise.all(workers.map((w) => w.close()));
      // Closing queues waits for Redis; during an outage, give up after a few seconds.
      await Promise.race([closeQueues(queues), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      producer.disconnect();
      mailer.close();
      await database.close();
    },
  };
}
