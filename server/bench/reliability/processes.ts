/**
 * The API and the worker as child processes the fault scenarios can signal (SIGTERM, SIGKILL)
 * and watch exit, with their JSON log lines kept and counted by message. Unlike
 * `lib/harness.ts`'s `spawnBenchServer`, the child itself is exposed: the scenarios are about
 * what happens to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { apiNodeOptions, benchEnv, freePort, serverDir } from '../lib/harness.ts';

export type Exit = { code: number | null; signal: NodeJS.Signals | null; at: number };

export type AppProcess = {
  child: ChildProcess;
  pid: number;
  /** `http://127.0.0.1:<port>` for the API; '' for a worker. */
  url: string;
  startupToReadyMs: number;
  exited: Promise<Exit>;
  /** Whether it is still running. */
  alive: () => boolean;
  /** Log lines seen so far whose `msg` is this (JSON logs at LOG_LEVEL=info). */
  count: (msg: string) => number;
  /** How many lines of each message it logged. */
  messages: () => Record<string, number>;
  /** The last few kB of output, for error messages. */
  tail: () => string;
  /** Log lines (parsed) whose `msg` is this. */
  lines: (msg: string) => Record<string, unknown>[];
  signal: (signal: NodeJS.Signals) => void;
  /** SIGTERM, then SIGKILL after 15 s; resolves on exit. */
  close: () => Promise<void>;
};

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) {
    child.kill('SIGKILL');
  }
});

/** Stops every child still running (the bench's last cleanup step). */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/**
 * `node <nodeArgs> --import tsx <script>` (cwd server/) with benchEnv(env) at LOG_LEVEL=info. An
 * API (`ready: 'http'`) gets a free port and is ready at its first 200 from /ready; a worker
 * (`ready: 'log'`) when it logs `readyMessage`.
 */
export async function spawnApp(
  script: string,
  env: Record<string, string>,
  options: {
    ready: 'http' | 'log';
    readyMessage?: string;
    timeoutMs?: number;
    label?: string;
    nodeArgs?: readonly string[];
  },
): Promise<AppProcess> {
  const port = options.ready === 'http' ? await freePort() : 0;
  const url = options.ready === 'http' ? `http://127.0.0.1:${port}` : '';
  const label = options.label ?? script;
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), '--import', 'tsx', script], {
    cwd: serverDir,
    env: {
      ...process.env,
      ...benchEnv({ LOG_LEVEL: 'info', ...env }),
      ...(port ? { HOST: '127.0.0.1', PORT: String(port) } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const counts = new Map<string, number>();
  const kept = new Map<string, Record<string, unknown>[]>();
  let tail = '';
  let partial = '';
  const readyMessage = options.readyMessage ?? 'worker started';
  let onReadyLine: () => void = () => undefined;
  const readyLine = new Promise<void>((resolve) => {
    onReadyLine = resolve;
  });
  const take = (chunk: string) => {
    tail = (tail + chunk).slice(-6000);
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) {
        continue;
      }
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        const msg = typeof entry.msg === 'string' ? entry.msg : '';
        counts.set(msg, (counts.get(msg) ?? 0) + 1);
        // Only the messages the scenarios look at, and not too many of them.
        const list = kept.get(msg) ?? [];
        if (list.length < 200) {
          list.push(entry);
          kept.set(msg, list);
        }
        if (msg === readyMessage) {
          onReadyLine();
        }
      } catch {
        // Not JSON: kept in the tail only.
      }
    }
  };
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  // Always drained, so a chatty process never blocks on a full pipe.
  child.stdout.on('data', take);
  child.stderr.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-6000);
  });
  const state: { exit: Exit | null } = { exit: null };
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      state.exit = { code, signal, at: performance.now() };
      running.delete(child);
      resolve(state.exit);
    });
  });
  const close = async () => {
    if (state.exit) {
      return;
    }
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = started + (options.timeoutMs ?? 120_000);
  if (options.ready === 'http') {
    for (;;) {
      if (state.exit) {
        throw new Error(`${label} exited before ready (${JSON.stringify(state.exit)}):\n${tail}`);
      }
      try {
        const response = await fetch(`${url}/ready`, { signal: AbortSignal.timeout(1000) });
        await response.arrayBuffer();
        if (response.status === 200) {
          break;
        }
      } catch {
        // Not listening yet.
      }
      if (performance.now() > deadline) {
        await close();
        throw new Error(`${label} not ready in time:\n${tail}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } else {
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      readyLine.then(() => 'ready' as const),
      exited.then(() => 'exited' as const),
      new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), deadline - performance.now());
      }),
    ]);
    clearTimeout(timer);
    if (outcome !== 'ready') {
      await close();
      throw new Error(`${label} ${outcome} before "${readyMessage}":\n${tail}`);
    }
  }
  return {
    child,
    pid: child.pid!,
    url,
    startupToReadyMs: Math.round(performance.now() - started),
    exited,
    alive: () => state.exit === null,
    count: (msg) => counts.get(msg) ?? 0,
    messages: () => Object.fromEntries(counts),
    lines: (msg) => kept.get(msg) ?? [],
    tail: () => tail,
    signal: (signal) => {
      if (!state.exit) {
        child.kill(signal);
      }
    },
    close,
  };
}

/** The real API, as `npm start` runs it (its node options included). */
export const spawnApi = (env: Record<string, string>) =>
  spawnApp('src/server.ts', env, { ready: 'http', label: 'API', nodeArgs: apiNodeOptions });

/** The real worker, as `npm run start:worker` runs it. */
export const spawnWorker = (env: Record<string, string>) =>
  spawnApp('src/worker.ts', env, { ready: 'log', label: 'worker' });

/**
 * The worker runtime with the catalogue's test lock settings (lockDuration 2 s, stalled check
 * every 1 s), so a killed job is found stalled within seconds (F3).
 */
export const spawnShortLockWorker = (env: Record<string, string>) =>
  spawnApp('bench/reliability/short-lock-worker.ts', env, {
    ready: 'log',
    label: 'worker (2 s lock)',
  });

/** The distinct errors behind the API's "request failed" lines (5xx), with counts. */
export function errorsLogged(app: AppProcess): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of app.lines('request failed')) {
    const err = line.err as { message?: string; code?: string; type?: string } | undefined;
    // drizzle puts the driver's message last, after the statement and its parameters.
    const message = (err?.message ?? '?').split('\n').at(-1)!.slice(-140);
    const key = `${err?.type ?? ''} ${err?.code ?? ''} ${message}`.replace(/\s+/g, ' ').trim();
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
