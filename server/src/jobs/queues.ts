import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';

/**
 * The one registry of queues, job names and outbox topics. Request handlers never enqueue:
 * they write an outbox row (modules/outbox) and the worker's relay turns it into a job here.
 */
export const queueNames = [
  'notifications',
  'maintenance',
  'imports',
  'search-sync',
  'matching',
] as const;
export type QueueName = (typeof queueNames)[number];

/**
 * Repeatable jobs, registered by every worker at start with `upsertJobScheduler` (idempotent:
 * one schedule per id however many workers start). Patterns are read in Vietnam's time zone.
 * - `certificate-reminders`: 07:00 every day, a working-hours morning for the e-mail to land in.
 * - `search-expired-certificates`: 00:05, just after a day's expiries take effect.
 * - `matching-rescore`: 02:00, re-scores what changed since the last run, in the quietest hours.
 * - `sourcing-reminders`: hourly, nudges sample requests and introductions unanswered for 3 days.
 */
export const jobSchedules = [
  {
    queue: 'maintenance',
    id: 'search-expired-certificates',
    job: 'search-expired-certificates',
    pattern: '5 0 * * *',
    tz: 'Asia/Ho_Chi_Minh',
  },
  {
    queue: 'maintenance',
    id: 'certificate-reminders',
    job: 'certificate-reminders',
    pattern: '0 7 * * *',
    tz: 'Asia/Ho_Chi_Minh',
  },
  {
    queue: 'matching',
    id: 'matching-rescore',
    job: 'rescore-changed',
    pattern: '0 2 * * *',
    tz: 'Asia/Ho_Chi_Minh',
  },
  {
    queue: 'maintenance',
    id: 'sourcing-reminders',
    job: 'sourcing-reminders',
    pattern: '15 * * * *',
    tz: 'Asia/Ho_Chi_Minh',
  },
] as const satisfies readonly {
  queue: QueueName;
  id: string;
  job: string;
  pattern: string;
  tz: string;
}[];

export type EmailPayload = { to: string; subject: string; text: string; html?: string };

/** Each outbox topic, the payload it carries, and the queue and job name it becomes. */
export type TopicPayloads = {
  'notify.email': EmailPayload;
  /** Read an uploaded spreadsheet and create its drafts (modules/imports/imports.runner.ts). */
  'import.products': { importId: string };
  /** Re-read these products and update the search index (modules/search/search-sync.ts). */
  'search.product': { productIds: string[] };
  /** A demand opened or edited: retrieve, score and upsert its proposals (modules/matching). */
  'matching.demand': { demandId: string; version: number };
  /** A product published or edited: score it against the open demands it could serve. */
  'matching.product': { productId: string; version: number };
};
export type OutboxTopic = keyof TopicPayloads;

/**
 * `direct`: while Redis is unreachable the relay runs the row itself (OutboxRelay.runDirect), so
 * the search index and match proposals keep up through an outage. Only short, idempotent work:
 * an import needs BullMQ's lock and progress, and an e-mail run twice (the relay's and a
 * re-dispatched job's, when Redis returns mid-run) would reach the recipient twice.
 */
export const topicRoutes: Record<OutboxTopic, { queue: QueueName; job: string; direct?: true }> = {
  'notify.email': { queue: 'notifications', job: 'send-email' },
  'import.products': { queue: 'imports', job: 'import-products' },
  'search.product': { queue: 'search-sync', job: 'sync-products', direct: true },
  'matching.demand': { queue: 'matching', job: 'match-demand', direct: true },
  'matching.product': { queue: 'matching', job: 'match-product', direct: true },
};
export const directTopics = (Object.keys(topicRoutes) as OutboxTopic[]).filter(
  (topic) => topicRoutes[topic].direct,
);

/** Every job carries the outbox row it came from, so finishing it can mark that row done. */
export type OutboxJobData<T extends OutboxTopic = OutboxTopic> = {
  outboxId: number;
  topic: T;
  payload: TopicPayloads[T];
};

/**
 * `outbox-<id>-<created_at in epoch ms>`: deterministic, so a relay that dispatches a row twice
 * creates one job. The id alone is not enough: ids start again in a database restored from a
 * backup or recreated, while Redis still holds the old rows' jobs (completed ones for an hour),
 * and adding a job under a taken id is a silent no-op — the new row's work would never run.
 */
export const outboxJobId = (row: { id: number; createdAt: Date }) =>
  `outbox-${row.id}-${row.createdAt.getTime()}`;

export const defaultJobOptions: DefaultJobOptions = {
  // 5 attempts with exponential backoff from 1 s: ~31 s in all, enough to ride out a restart.
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  // Finished jobs are only needed for the dashboard and the reconciler: keep an hour of them.
  removeOnComplete: { age: 3600, count: 5000 },
  // Failed jobs stay a week so someone can read why.
  removeOnFail: { age: 7 * 24 * 3600 },
};

export type Queues = Record<QueueName, Queue>;

export function createQueues(connection: ConnectionOptions, prefix: string): Queues {
  return Object.fromEntries(
    queueNames.map((name) => [name, new Queue(name, { connection, prefix, defaultJobOptions })]),
  ) as Queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close()));
}

/** BullMQ takes ioredis options, not a URL. */
export function redisOptionsFromUrl(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: Number(parsed.port || 6379),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    db: Number(parsed.pathname.slice(1) || 0),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
