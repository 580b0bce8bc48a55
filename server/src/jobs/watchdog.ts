import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** Reconnect every 200 ms, 400 ms, … at most every second: a Redis that is back is used at once. */
export const redisRetryStrategy = (attempt: number) => Math.min(attempt * 200, 1000);

const CHECK_EVERY_MS = 5000;

/**
 * Keeps the worker process working through Redis outages without a restart:
 * - BullMQ workers have been seen to stop fetching after a Redis restart (their run loop ends on
 *   an error): every 5 s, any worker that is not running and not closing is started again, and
 *   each such recovery is logged ("worker watchdog: restarted a stuck worker") so it can be
 *   counted;
 * - when the producer connection comes back after losing Redis, `onRedisBack` runs (the relay
 *   re-checks dispatched rows whose jobs Redis may have lost).
 * @see https://docs.bullmq.io/guide/going-to-production
 */
export function startWorkerWatchdog(options: {
  workers: Worker[];
  producer: Redis;
  log: Logger;
  onRedisBack: () => void;
}): { stop: () => void } {
  const { workers, producer, log } = options;
  let stopped = false;
  let recoveries = 0;
  const timer = setInterval(() => {
    for (const worker of workers) {
      if (!stopped && !worker.closing && !worker.isRunning()) {
        recoveries += 1;
        log.warn({ queue: worker.name, recoveries }, 'worker watchdog: restarted a stuck worker');
        worker
          .run()
          .catch((err: unknown) => log.warn({ queue: worker.name, err }, 'worker run failed'));
      }
    }
  }, CHECK_EVERY_MS);
  timer.unref();

  let lost = false;
  const onLost = () => {
    lost = true;
  };
  const onReady = () => {
    if (lost && !stopped) {
      lost = false;
      log.info('Redis is back: reconciling the outbox');
      options.onRedisBack();
    }
  };
  producer.on('close', onLost);
  producer.on('ready', onReady);
  return {
    stop() {
      stopped = true;
      clearInterval(timer);
      producer.off('close', onLost);
      producer.off('ready', onReady);
    },
  };
}
