import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import {
  createWorld,
  installFaults,
  readRow,
  routeScenarios,
  sideTableCounts,
  type Scenario,
} from './route-scenarios.ts';

/**
 * D2: a change and the background work it needs are one transaction. For every outbox-emitting
 * route: a success writes exactly the outbox rows of its topics; a failure after the business
 * write and before commit (a deferred trigger in this test database raises at COMMIT, see
 * installFaults) leaves 0 business changes, 0 outbox rows, 0 audit rows and 0 notifications.
 * A property test then runs random sequences of those routes with faults at random steps.
 *
 * INTEGRITY_D2_RUNS sets the number of random sequences (default 12).
 */

const runs = Number(process.env.INTEGRITY_D2_RUNS ?? 12);

let ctx: TestContext;
let scenarios: Scenario[];
let faults: Awaited<ReturnType<typeof installFaults>>;

beforeAll(async () => {
  ctx = await createTestContext({ RATE_LIMIT_PER_MINUTE: '100000' });
  scenarios = routeScenarios(ctx, await createWorld(ctx)).filter(
    (s) =>
      ![
        'product.submit',
        'demand.close',
        'match.reject',
        'user.disable',
        'certificate.verify',
        'event.publish',
        'event.cancel',
      ].includes(s.action),
  );
  faults = await installFaults(ctx);
});
afterAll(async () => ctx?.close());

const lastOutboxId = async () =>
  Number(
    (await ctx.database.pool.query<{ id: string }>(`select coalesce(max(id), 0) as id from outbox`))
      .rows[0]!.id,
  );
const topicsSince = async (id: number) => {
  const { rows } = await ctx.database.pool.query<{ topic: string; n: number }>(
    `select topic, count(*)::int as n from outbox where id > $1 group by topic`,
    [id],
  );
  return Object.fromEntries(rows.map((r) => [r.topic, r.n]));
};

/** Runs a scenario with or without the commit fault and checks everything the brief asks. */
async function runOnce(scenario: Scenario, faulted: boolean) {
  const prepared = await scenario.prepare();
  const before = await readRow(ctx, prepared.table, prepared.id);
  const counts = await sideTableCounts(ctx);
  const mark = await lastOutboxId();
  if (faulted) {
    await faults.arm('outbox');
  }
  let status: number;
  try {
    status = (await prepared.send()).statusCode;
  } finally {
    if (faulted) {
      await faults.disarm();
    }
  }
  if (faulted) {
    expect(status, `${scenario.name} (fault)`).toBe(500);
    expect(await readRow(ctx, prepared.table, prepared.id), scenario.name).toEqual(before);
    expect(await sideTableCounts(ctx), scenario.name).toEqual(counts);
  } else {
    expect(status, scenario.name).toBeLessThan(300);
    expect(await readRow(ctx, prepared.table, prepared.id), scenario.name).not.toEqual(before);
    // Only outbox-emitting routes are kept here (the filter in beforeAll).
    expect(Object.keys(prepared.topics).length, scenario.name).toBeGreaterThan(0);
    expect(await topicsSince(mark), scenario.name).toEqual(prepared.topics);
  }
}

describe('D2: outbox atomicity', () => {
  it('a success writes exactly one outbox row per required topic (e-mail: one per recipient)', async () => {
    for (const scenario of scenarios) {
      await runOnce(scenario, false);
    }
  });

  it('a failure after the business write and before commit leaves 0 business, outbox, audit and notification rows', async () => {
    for (const scenario of scenarios) {
      await runOnce(scenario, true);
    }
  });

  it('holds over random sequences of routes with faults at random steps', async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            scenario: fc.integer({ min: 0, max: scenarios.length - 1 }),
            faulted: fc.boolean(),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        async (sequence) => {
          for (const step of sequence) {
            await runOnce(scenarios[step.scenario]!, step.faulted);
            steps += 1;
          }
        },
      ),
      { numRuns: runs },
    );
    expect(steps).toBeGreaterThanOrEqual(runs);
  });
});

describe('D2: the routes that emit nothing still commit nothing half-way', () => {
  it('an armed outbox fault does not affect a route without outbox rows', async () => {
    const quiet = routeScenarios(ctx, await createWorld(ctx)).find(
      (s) => s.action === 'product.submit',
    )!;
    const prepared = await quiet.prepare();
    expect(prepared.topics).toEqual({});
    await faults.arm('outbox');
    try {
      expect((await prepared.send()).statusCode).toBe(200);
    } finally {
      await faults.disarm();
    }
  });
});
