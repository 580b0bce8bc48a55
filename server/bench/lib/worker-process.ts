/**
 * The real worker (`node --import tsx src/worker.ts`, as `npm run start:worker` runs it) in its own
 * process, so its parsing and inserts do not share the bench's event loop. It listens on no port:
 * it is ready when it logs "worker started" (it runs at LOG_LEVEL=info for that, on stdout).
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { benchEnv, log, serverDir } from './harness.ts';

export type WorkerProcess = { pid: number; startupToReadyMs: number; close: () => Promise<void> };

const live = new Set<() => void>();
// Last resort: never leave a worker behind if this process dies without running cleanup.
process.on('exit', () => {
  for (const kill of live) {
    kill();
  }
});

/** Spawns the worker with benchEnv(env) and waits (≤ timeoutMs) until it has started. */
export async function spawnBenchWorker(
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<WorkerProcess> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/worker.ts'], {
    cwd: serverDir,
    env: { ...process.env, ...benchEnv({ LOG_LEVEL: 'info', ...env }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () => child.kill('SIGKILL');
  live.add(kill);

  let output = '';
  let ready: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const keep = (chunk: string) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  // Always drained, so a chatty worker never blocks on a full pipe.
  child.stdout.on('data', (chunk: string) => {
    keep(chunk);
    if (output.includes('"msg":"worker started"')) {
      ready();
    }
  });
  child.stderr.on('data', keep);

  const state: { exited: { code: number | null; signal: NodeJS.Signals | null } | null } = {
    exited: null,
  };
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      state.exited = { code, signal };
      live.delete(kill);
      resolve();
    });
  });
  const close = async () => {
    if (state.exited) {
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(kill, 5000);
    await exit;
    clearTimeout(timer);
  };

  const timeoutMs = options.timeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    readyPromise.then(() => 'ready' as const),
    exit.then(() => 'exited' as const),
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    }),
  ]);
  clearTimeout(timer);
  if (outcome !== 'ready') {
    await close();
    throw new Error(
      outcome === 'exited'
        ? `worker exited before ready (code ${String(state.exited?.code)}, signal ${String(state.exited?.signal)}):\n${output}`
        : `worker not ready after ${timeoutMs} ms:\n${output}`,
    );
  }
  const startupToReadyMs = Math.round(performance.now() - started);
  log(`worker (pid ${child.pid}) ready in ${startupToReadyMs} ms`);
  return { pid: child.pid!, startupToReadyMs, close };
}
