/**
 * bench:api — the API's floor: `GET /health` (framework, plugins, hooks; no I/O) and
 * `GET /api/v1/me` (JWT verification, the Redis rate limiter, the actor lookup and the profile
 * queries), plus time-to-ready of `node --import tsx src/server.ts`.
 * Targets (issue; reported, not asserted): /health ≥ 10,000 req/s, /me ≥ 5,000 req/s, ready ≤ 20 s.
 *
 * The measured API runs as a child process, because autocannon in the server's own process would
 * take half of its single JS thread and understate what the API serves on a 2-core machine.
 *
 *   npm run bench:api [-- --duration 10 --warmup 2 --connections 16]
 */
import os from 'node:os';
import { authHeader, register } from '../test/helpers/fixtures.ts';
import {
  calibrate,
  createBenchDatabase,
  log,
  report,
  runBench,
  runScenario,
  spawnBenchServer,
  startBenchServer,
  type ScenarioResult,
} from './lib/harness.ts';

const TARGETS = { healthRps: 10_000, meRps: 5_000, startupToReadyMs: 20_000 };

runBench('api', async ({ args, cleanup }) => {
  const database = await createBenchDatabase('api');
  cleanup.add(database.drop, 'drop database');

  // Setup in-process: one producer (organization + user) and their access token.
  const setup = await startBenchServer({ DATABASE_URL: database.url });
  let accessToken: string;
  try {
    const producer = await register(setup.app, 'producer');
    accessToken = producer.accessToken;
    log(`registered producer ${producer.email}`);
  } finally {
    await setup.close();
  }

  const calibration = await calibrate(args);

  // The API exactly as `npm start` runs it; its spawn-to-/ready time is the startup figure.
  const api = await spawnBenchServer({ DATABASE_URL: database.url });
  cleanup.add(api.close, 'stop API');

  const load = {
    connections: args.connections,
    duration: args.duration,
    warmup: args.warmup,
    serverPid: api.pid,
  };
  const results: Record<string, ScenarioResult> = {};
  results.health = await runScenario('health', { url: `${api.url}/health`, ...load });
  results.me = await runScenario('me', {
    url: `${api.url}/api/v1/me`,
    headers: authHeader(accessToken),
    ...load,
  });
  await api.close();

  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  log(
    `target /health ≥ ${TARGETS.healthRps} req/s: ${met(results.health.rps >= TARGETS.healthRps)} (${results.health.rps})`,
  );
  log(
    `target /me ≥ ${TARGETS.meRps} req/s: ${met(results.me.rps >= TARGETS.meRps)} (${results.me.rps})`,
  );
  log(
    `target ready ≤ ${TARGETS.startupToReadyMs} ms: ${met(api.startupToReadyMs <= TARGETS.startupToReadyMs)} (${api.startupToReadyMs} ms)`,
  );

  report(
    'api',
    {
      producers: 1,
      users: 1,
      startupToReadyMs: api.startupToReadyMs,
      server: 'child process (node --import tsx src/server.ts)',
      connections: args.connections,
      durationS: args.duration,
      warmupS: args.warmup,
      cpus: os.cpus().length,
      node: process.version,
    },
    calibration,
    results,
  );
});
