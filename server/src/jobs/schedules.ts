import type { Logger } from 'pino';
import { jobSchedules, type Queues } from './queues.ts';

/** A Redis call that does not answer within this long is treated as failed and retried later. */
const REDIS_TIMEOUT_MS = 3000;
/** Retries back off from 1 s to at most 60 s while Redis is unreachable. */
const MAX_RETRY_MS = 60_000;

export type ScheduleRegistration = {
  /** Settles once every schedule is registered (never rejects; it keeps retrying instead). */
  ready: Promise<void>;
  stop: () => void;
};

/**
 * Registers the repeatable jobs of `jobSchedules` in the background, so the worker starts (and
 * its relay keeps the outbox pending) even while Redis is down; retried until it succeeds.
 * @see https://docs.bullmq.io/guide/job-schedulers
 */
export function registerJobSchedules(queues: Queues, log: Logger): ScheduleRegistration {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;

  const upsertAll = () =>
    Promise.all(
      jobSchedules.map((s) =>
        queues[s.queue].upsertJobScheduler(
          s.id,
          { pattern: s.pattern, tz: s.tz },
          { name: s.job, data: {} },
        ),
      ),
    );

  const ready = (async () => {
    for (let attempt = 0; !stopped; attempt += 1) {
      try {
        let timeout: NodeJS.Timeout | undefined;
        await Promise.race([
          upsertAll(),
          new Promise((_, reject) => {
            timeout = setTimeout(
              () => reject(new Error(`timed out after ${REDIS_TIMEOUT_MS} ms`)),
              REDIS_TIMEOUT_MS,
            );
          }),
        ]).finally(() => clearTimeout(timeout));
        log.info({ schedules: jobSchedules.map((s) => s.id) }, 'job schedules registered');
        return;
      } catch (err) {
        log.warn({ err, attempt }, 'could not register job schedules; retrying');
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, Math.min(1000 * 2 ** attempt, MAX_RETRY_MS));
        });
      }
    }
  })();

  return {
    ready,
    stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
    },
  };
}
