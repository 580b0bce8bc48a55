/** Timing helpers shared by the fault scenarios. */
import { performance } from 'node:perf_hooks';

export const sleep = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Polls `condition` every `intervalMs` until it holds: how long that took, or ok: false on timeout. */
export async function waitUntil(
  condition: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs: number },
): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  for (;;) {
    try {
      if (await condition()) {
        return { ok: true, ms: performance.now() - started };
      }
    } catch {
      // The thing polled may be down for a moment (a database restarting): try again.
    }
    if (performance.now() - started > options.timeoutMs) {
      return { ok: false, ms: performance.now() - started };
    }
    await sleep(options.intervalMs);
  }
}

export type ReadyWatch = {
  /** Every poll: when it was sent, how long it took, and the status (0 = no answer). */
  polls: { at: number; ms: number; status: number }[];
  stop: (
    faultAt: number,
    recoveredAt: number,
  ) => { falseAfterMs: number | null; trueAfterRecoveryMs: number | null; slowestMs: number };
};

/** Polls `/ready` every 100 ms (each with a 2 s timeout) until stopped. */
export function watchReady(apiUrl: string): ReadyWatch {
  const polls: ReadyWatch['polls'] = [];
  let stopped = false;
  void (async () => {
    while (!stopped) {
      const at = performance.now();
      let status = 0;
      try {
        const response = await fetch(`${apiUrl}/ready`, { signal: AbortSignal.timeout(2000) });
        await response.arrayBuffer();
        status = response.status;
      } catch {
        status = 0;
      }
      polls.push({ at, ms: performance.now() - at, status });
      await sleep(100 - (performance.now() - at));
    }
  })();
  return {
    polls,
    stop(faultAt, recoveredAt) {
      stopped = true;
      // When the first poll sent after the fault that saw "not ready" came back.
      const firstFalse = polls.find((p) => p.at >= faultAt && p.status !== 200);
      const firstTrue = polls.find((p) => p.at >= recoveredAt && p.status === 200);
      return {
        falseAfterMs: firstFalse ? Math.round(firstFalse.at + firstFalse.ms - faultAt) : null,
        trueAfterRecoveryMs: firstTrue
          ? Math.round(firstTrue.at + firstTrue.ms - recoveredAt)
          : null,
        slowestMs: Math.round(Math.max(0, ...polls.map((p) => p.ms))),
      };
    },
  };
}
