/**
 * At most `limit` tasks run at once; up to `maxWaiting` more wait their turn in arrival order.
 * Beyond that `run` fails at once with `onFull()`, so a burst is shed instead of queued
 * without bound (each waiting upload holds its file in memory).
 */
export function createSemaphore(options: {
  limit: number;
  maxWaiting: number;
  onFull: () => Error;
}) {
  let active = 0;
  const waiting: (() => void)[] = [];

  function release() {
    const next = waiting.shift();
    if (next) {
      // The slot passes straight to the next task; `active` stays the same.
      next();
    } else {
      active -= 1;
    }
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < options.limit) {
        active += 1;
      } else if (waiting.length < options.maxWaiting) {
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        throw options.onFull();
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}

export type Semaphore = ReturnType<typeof createSemaphore>;
