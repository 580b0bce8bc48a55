/**
 * F4 and F7 (RELIABILITY-TESTS): the API SIGTERMed under 32 keep-alive connections (a mix with
 * a slow route, sign-in: argon2id), and the API and worker started on a Redis that evicts keys.
 */
import { performance } from 'node:perf_hooks';
import { PASSWORD } from '../../test/helpers/fixtures.ts';
import { spawnApi, spawnWorker } from './processes.ts';
import type { ReliabilityScenario, ScenarioContext, ScenarioResult } from './scenario.ts';
import { createAccounts, startStack } from './stack.ts';
import { errorCode, percentile } from './traffic.ts';
import { sleep } from './wait.ts';

type Outcome = { at: number; ms: number; route: string; status: number; error?: string };

async function apiSigterm(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { args, log } = ctx;
  const connections = args.int('connections-f4', 32);
  const termAfter = args.int('sigterm-at', 5) * 1000;
  const failures: string[] = [];
  const stack = await startStack({
    products: args.int('products', 2000),
    seed: args.int('seed', 1),
    log,
  });
  try {
    const api = await spawnApi(stack.env);
    const accounts = await createAccounts(stack, api.url, { producers: 0, distributors: 1 });
    // One account signs in over and over: the login route is the slow one (argon2id).
    const { rows } = await stack.check.pool.query<{ email: string }>(
      `select email from users where role = 'distributor' limit 1`,
    );
    const email = rows[0]!.email;
    const token = accounts.distributors[0]!.token;
    const routes = [
      { route: 'GET /health', path: '/health' },
      {
        route: 'GET /products/:id',
        path: () =>
          `/api/v1/products/${stack.publicProducts[Math.floor(Math.random() * stack.publicProducts.length)]!.id}`,
      },
      { route: 'GET /search/products', path: '/api/v1/search/products?q=mat%20ong' },
      { route: 'GET /me', path: '/api/v1/me', token },
      {
        route: 'POST /auth/login',
        path: '/api/v1/auth/login',
        body: { email, password: PASSWORD },
      },
    ] as const;
    const outcomes: Outcome[] = [];
    let running = true;
    const loop = async (index: number) => {
      for (let step = 0; running; step += 1) {
        const r = routes[(index + step) % routes.length]!;
        const path = typeof r.path === 'function' ? r.path() : r.path;
        const at = performance.now();
        try {
          const response = await fetch(`${api.url}${path}`, {
            method: 'body' in r ? 'POST' : 'GET',
            headers: {
              ...('body' in r ? { 'content-type': 'application/json' } : {}),
              ...('token' in r ? { authorization: `Bearer ${r.token}` } : {}),
            },
            ...('body' in r ? { body: JSON.stringify(r.body) } : {}),
            signal: AbortSignal.timeout(15_000),
          });
          await response.arrayBuffer();
          outcomes.push({
            at,
            ms: performance.now() - at,
            route: r.route,
            status: response.status,
          });
        } catch (err) {
          outcomes.push({
            at,
            ms: performance.now() - at,
            route: r.route,
            status: 0,
            error: errorCode(err),
          });
          if (!api.alive()) {
            await sleep(50);
          }
        }
      }
    };
    const loops = Array.from({ length: connections }, (_, i) => loop(i));
    const t0 = performance.now();
    await sleep(termAfter);
    const termAt = performance.now();
    api.signal('SIGTERM');
    const exit = await Promise.race([api.exited, sleep(30_000).then(() => null)]);
    // Keep knocking a moment after the exit: those must be refused, not hang.
    await sleep(1000);
    running = false;
    await Promise.all(loops);

    const before = outcomes.filter((o) => o.at < termAt);
    const after = outcomes.filter((o) => o.at >= termAt);
    const latencies = before
      .filter((o) => o.route === 'POST /auth/login')
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    const count = (list: Outcome[], pred: (o: Outcome) => boolean) => list.filter(pred).length;
    const errorsBefore = before.filter((o) => o.status === 0);
    const inFlightAtTerm = count(before, (o) => o.at + o.ms > termAt);
    const afterKinds: Record<string, number> = {};
    for (const o of after) {
      const key = o.status === 0 ? `error ${o.error}` : String(o.status);
      afterKinds[key] = (afterKinds[key] ?? 0) + 1;
    }
    const figures = {
      connections,
      sigtermAtS: Math.round((termAt - t0) / 100) / 10,
      requestsBeforeSigterm: before.length,
      inFlightAtSigterm: inFlightAtTerm,
      socketErrorsBeforeSigterm: errorsBefore.length,
      non2xxBeforeSigterm: count(
        before,
        (o) => o.status !== 0 && (o.status < 200 || o.status > 299),
      ),
      errorKindsBeforeSigterm: [...new Set(errorsBefore.map((o) => o.error))],
      loginP50Ms: Math.round(percentile(latencies, 50)),
      loginMaxMs: Math.round(latencies.at(-1) ?? 0),
      afterSigterm: afterKinds,
      resetsAfterSigterm: count(after, (o) => o.status === 0 && o.error !== 'ECONNREFUSED'),
      exitAfterSigtermMs: exit ? Math.round(exit.at - termAt) : null,
      exitCode: exit?.code ?? null,
    };
    if (errorsBefore.length > 0) {
      failures.push(
        `${errorsBefore.length} requests sent before SIGTERM failed (${figures.errorKindsBeforeSigterm.join(', ')})`,
      );
    }
    if (figures.non2xxBeforeSigterm > 0) {
      failures.push(`${figures.non2xxBeforeSigterm} requests sent before SIGTERM answered non-2xx`);
    }
    if (!exit || exit.at - termAt > 10_000) {
      failures.push(`exit ${figures.exitAfterSigtermMs ?? '> 30,000'} ms after SIGTERM (≤ 10,000)`);
    } else if (exit.code !== 0) {
      failures.push(`exit code ${String(exit.code ?? exit.signal)}`);
    }
    const notes = [...failures];
    if (figures.resetsAfterSigterm > 0) {
      notes.push(
        `${figures.resetsAfterSigterm} requests sent after SIGTERM met a closed keep-alive socket (the client races the close)`,
      );
    }
    return { passed: failures.length === 0, figures, notes };
  } finally {
    await stack.teardown();
  }
}

/** F7: an eviction policy that would lose queued jobs makes the API and the worker refuse to start. */
async function evictingRedis(ctx: ScenarioContext): Promise<ScenarioResult> {
  const { args, log } = ctx;
  const stack = await startStack({
    products: 100,
    seed: args.int('seed', 1),
    redis: { extraArgs: ['--maxmemory', '64mb', '--maxmemory-policy', 'allkeys-lru'] },
    log,
  });
  try {
    const attempt = async (label: string, start: () => Promise<{ close: () => Promise<void> }>) => {
      const started = performance.now();
      try {
        const app = await start();
        await app.close();
        return {
          refused: false,
          namesPolicy: false,
          ms: Math.round(performance.now() - started),
          message: `${label} started`,
        };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const line =
          message.split('\n').find((l) => l.includes('maxmemory-policy')) ?? message.slice(0, 300);
        return {
          refused: true,
          namesPolicy: message.includes('maxmemory-policy'),
          ms: Math.round(performance.now() - started),
          message: line.trim(),
        };
      }
    };
    const api = await attempt('API', () => spawnApi(stack.env));
    const worker = await attempt('worker', () => spawnWorker(stack.env));
    const failures: string[] = [];
    for (const [label, r] of [
      ['API', api],
      ['worker', worker],
    ] as const) {
      if (!r.refused || !r.namesPolicy) {
        failures.push(`${label}: ${r.message}`);
      }
    }
    return { passed: failures.length === 0, figures: { api, worker }, notes: failures };
  } finally {
    await stack.teardown();
  }
}

export const apiScenarios: ReliabilityScenario[] = [
  { id: 'F4', title: 'API SIGTERMed under 32 keep-alive connections', run: apiSigterm },
  { id: 'F7', title: 'Redis with maxmemory-policy allkeys-lru', run: evictingRedis },
];
