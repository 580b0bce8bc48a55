/**
 * Trade programmes at size (issue 7's numbers), in one run:
 * - `kpiDashboard`: `GET /api/v1/reports/kpis?year=` for a year with `--products` products
 *   (100,000), `--matches` matches (20,000) and `--meetings` meetings (5,000), plus events,
 *   registrations, campaign listings and agreements (lib/generate-programmes.ts), under load on
 *   the API child; target p95 ≤ 200 ms;
 * - `kpiWorkbook`: the Excel export of the same year, one request at a time;
 * - `concurrentMeetingRequests`: `--requests` (200) distributors ask the same producer for the
 *   same slot at once, `--rounds` times: exactly one 201, the rest 409 MEETING_CLASH, none lost
 *   (every request answered, no 5xx, one meeting stored).
 * See bench/README.md (`programmes`). Quick check: `--products 5000 --matches 2000 --meetings 500 --duration 3`.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { hashPassword } from '../src/modules/auth/passwords.ts';
import { createDatabase } from '../src/db/client.ts';
import { generateCatalogue } from './lib/generate-catalogue.ts';
import { generateProgrammes } from './lib/generate-programmes.ts';
import {
  calibrate,
  createBenchDatabase,
  log,
  runBench,
  runScenario,
  spawnBenchServer,
  startBenchServer,
} from './lib/harness.ts';
import { generateDemands } from './lib/synthetic-demands.ts';

const TARGETS = { kpiDashboardP95Ms: 200 };
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
  return { p50Ms: round(at(50)), p95Ms: round(at(95)), maxMs: round(sorted.at(-1) ?? 0) };
}

runBench('programmes', async ({ args, cleanup }) => {
  const products = args.int('products', 100_000);
  const matches = args.int('matches', 20_000);
  const meetings = args.int('meetings', 5_000);
  const requests = args.int('requests', 200);
  const rounds = args.int('rounds', 3);
  // A dashboard is opened by a few coordinators at a time, not by a crowd.
  const connections = args.int('dashboard-connections', 2);
  // A whole past year: every event has taken place, so every metric has all of its data.
  const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear() - 1;

  const database = await createBenchDatabase('programmes');
  cleanup.add(database.drop, 'drop database');
  const catalogue = await generateCatalogue(database.url, {
    products,
    writers: 2,
    log: (m) => log(`catalogue: ${m}`),
  });
  // 50 demands per distributor: enough distributors for one request each in the burst.
  const demands = await generateDemands(database.url, { demands: Math.max(requests * 50, 5_000) });
  log(`demands: ${demands.demands} of ${demands.distributors} distributors`);
  const events = Math.ceil(meetings / 100);
  const inserted = await generateProgrammes(
    database.url,
    {
      year,
      matches,
      events,
      meetings,
      registrationsPerEvent: 100,
      campaignEntries: 3_000,
      agreements: 1_000,
    },
    (m) => log(`programmes: ${m}`),
  );

  // Setup through the real app in this process: a coordinator, the burst's event and tokens.
  const { pool, close } = createDatabase(database.url, { max: 2 });
  cleanup.add(close, 'close pool');
  const setup = await startBenchServer({ DATABASE_URL: database.url });
  let coordinatorToken: string;
  let burst: { eventId: string; producerOrgId: string; slots: string[]; tokens: string[] };
  try {
    const { rows: staff } = await pool.query<{ id: string }>(
      `insert into users (id, email, password_hash, name, role) values (gen_random_uuid(), 'bench-coordinator@ketnoi.vn', $1, 'Bench', 'coordinator') returning id`,
      [await hashPassword('bench-only-password')],
    );
    const sign = (id: string) =>
      setup.app.jwt.sign({ sub: id, typ: 'access', ims: Date.now() + 1000 });
    coordinatorToken = sign(staff[0]!.id);
    burst = await prepareBurst(setup.app, pool, coordinatorToken, requests, rounds, sign);
  } finally {
    await setup.close();
  }

  const calibration = await calibrate(args);
  // Tokens are valid from `ims`; the child starts well after it.
  const api = await spawnBenchServer({ DATABASE_URL: database.url }, { timeoutMs: 120_000 });
  cleanup.add(api.close, 'stop API');
  const auth = { authorization: `Bearer ${coordinatorToken}` };
  const kpiDashboard = await runScenario('kpiDashboard', {
    url: `${api.url}/api/v1/reports/kpis?year=${year}`,
    headers: auth,
    connections,
    duration: args.duration,
    warmup: args.warmup,
    serverPid: api.pid,
  });

  const workbookTimes: number[] = [];
  let workbookBytes = 0;
  for (let i = 0; i < 4; i += 1) {
    const started = performance.now();
    const response = await fetch(`${api.url}/api/v1/reports/kpis.xlsx?year=${year}`, {
      headers: auth,
    });
    workbookBytes = (await response.arrayBuffer()).byteLength;
    if (i > 0) {
      workbookTimes.push(performance.now() - started);
    }
  }

  const burstResults = [];
  for (const [r, slot] of burst.slots.entries()) {
    const started = performance.now();
    const latencies: number[] = [];
    const responses = await Promise.all(
      burst.tokens.map(async (token) => {
        const sent = performance.now();
        try {
          const response = await fetch(`${api.url}/api/v1/events/${burst.eventId}/meetings`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({
              counterpartOrganizationId: burst.producerOrgId,
              startsAt: slot,
            }),
          });
          const body = (await response.json()) as { code?: string };
          latencies.push(performance.now() - sent);
          return { status: response.status, code: body.code };
        } catch {
          return { status: 0, code: 'NETWORK' };
        }
      }),
    );
    const wallMs = round(performance.now() - started);
    const { rows } = await pool.query<{ n: number }>(
      `select count(*)::int as n from meetings where event_id = $1 and starts_at = $2 and status in ('requested','accepted','scheduled')`,
      [burst.eventId, slot],
    );
    const result = {
      round: r + 1,
      requests: responses.length,
      created: responses.filter((x) => x.status === 201).length,
      clashes: responses.filter((x) => x.status === 409 && x.code === 'MEETING_CLASH').length,
      serverErrors: responses.filter((x) => x.status >= 500).length,
      other: responses.filter(
        (x) => x.status !== 201 && !(x.status === 409 && x.code === 'MEETING_CLASH'),
      ).length,
      otherCodes: [
        ...new Set(
          responses
            .filter((x) => x.status !== 201 && x.status !== 409)
            .map((x) => `${x.status} ${x.code ?? ''}`),
        ),
      ],
      lost: requests - latencies.length,
      storedInSlot: rows[0]!.n,
      wallMs,
      ...percentiles(latencies),
    };
    log(`burst ${r + 1}: ${JSON.stringify(result)}`);
    burstResults.push(result);
  }
  const burstOk = burstResults.every(
    (b) =>
      b.created === 1 &&
      b.clashes === requests - 1 &&
      b.other === 0 &&
      b.lost === 0 &&
      b.storedInSlot === 1,
  );
  const verdict = {
    kpiDashboardP95: kpiDashboard.p95Ms <= TARGETS.kpiDashboardP95Ms,
    concurrentMeetingRequests: burstOk,
  };
  log(`targets ${JSON.stringify(TARGETS)}; met: ${JSON.stringify(verdict)}`);
  const output = {
    bench: 'programmes',
    dataset: {
      year,
      products,
      producers: catalogue.producers,
      distributors: demands.distributors,
      ...inserted,
      dashboardConnections: connections,
      durationS: args.duration,
      warmupS: args.warmup,
      loadAverage: os.loadavg().map((l) => round(l, 2)),
      cpus: os.cpus().length,
      node: process.version,
    },
    calibration,
    targets: TARGETS,
    verdict,
    results: {
      kpiDashboard: {
        ...kpiDashboard,
        ratioToHello: round(kpiDashboard.rps / Math.max(1, calibration.helloRps), 3),
      },
      kpiWorkbook: {
        runs: workbookTimes.length,
        bytes: workbookBytes,
        ...percentiles(workbookTimes),
      },
      concurrentMeetingRequests: { requestsPerRound: requests, rounds: burstResults },
    },
  };
  process.stdout.write(`${JSON.stringify(output)}\n`);
});

/**
 * A published event a week ahead with one producer and `requests` distributors accepted, the
 * `rounds` slots the bursts aim at, and an access token per distributor (signed by the app,
 * as the API would after a login).
 */
async function prepareBurst(
  app: Awaited<ReturnType<typeof startBenchServer>>['app'],
  pool: pg.Pool,
  coordinatorToken: string,
  requests: number,
  rounds: number,
  sign: (userId: string) => string,
) {
  const startsAt = new Date(Date.now() + 7 * 24 * 3600_000);
  startsAt.setUTCMinutes(0, 0, 0);
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/events',
    headers: { authorization: `Bearer ${coordinatorToken}` },
    payload: {
      kind: 'trade_connection_conference',
      titleVi: 'Hội nghị thử tải đặt lịch',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 8 * 3600_000).toISOString(),
      place: 'SECC',
      tables: 50,
    },
  });
  const event = created.json<{ id: string; version: number }>();
  const published = await app.inject({
    method: 'POST',
    url: `/api/v1/events/${event.id}/publish`,
    headers: { authorization: `Bearer ${coordinatorToken}` },
    payload: { version: event.version },
  });
  if (published.statusCode !== 200) {
    throw new Error(`could not publish the burst's event: ${published.body}`);
  }
  const { rows: producer } = await pool.query<{ id: string }>(
    `select id from organizations where kind = 'producer' and verification_status = 'verified' order by id limit 1`,
  );
  const { rows: distributors } = await pool.query<{ org: string; user: string }>(
    `select o.id as org, min(u.id::text) as user from organizations o join users u on u.organization_id = o.id
      where o.kind = 'distributor' and o.verification_status = 'verified' group by o.id order by o.id limit $1`,
    [requests],
  );
  if (distributors.length < requests) {
    throw new Error(`only ${distributors.length} distributors with a user; need ${requests}`);
  }
  await pool.query(
    `insert into event_registrations (event_id, organization_id, status, registered_by, id)
     select $1, o, 'accepted', $2, gen_random_uuid() from unnest($3::uuid[]) o`,
    [event.id, distributors[0]!.user, [producer[0]!.id, ...distributors.map((d) => d.org)]],
  );
  return {
    eventId: event.id,
    producerOrgId: producer[0]!.id,
    slots: Array.from({ length: rounds }, (_, r) =>
      new Date(startsAt.getTime() + r * 20 * 60_000).toISOString(),
    ),
    tokens: distributors.map((d) => sign(d.user)),
  };
}
