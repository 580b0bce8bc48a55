import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq } from 'drizzle-orm';
import {
  introducedMatchStatuses,
  matchStatuses,
  type KpiReport,
  type MatchStatus,
} from '@ketnoi/shared';
import { agreements, demands, matches, organizations } from '../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';
import { breakdownFixture, insertProduct } from '../helpers/sourcing-fixtures.ts';

/**
 * D5: KPI actuals are computed from the data, never typed in. A property test writes random
 * histories of matches (statuses, introduction times around Vietnam's new year, domestic and
 * foreign distributors, the same product through several demands) and agreements (MoUs and
 * contracts around the year's ends), then compares the report's actuals and monthly breakdowns
 * with a recomputation here, in TypeScript, from the generated history alone. And no request body
 * in the API has a field through which an actual could be written.
 * (Metrics over events, meetings and campaigns have a known-answer fixture in
 * modules/kpis/metrics.test.ts.)
 *
 * INTEGRITY_D5_RUNS sets the number of random histories (default 30).
 */
const runs = Number(process.env.INTEGRITY_D5_RUNS ?? 30);
const YEAR = 2025;

let ctx: TestContext;
let coordinator: Account;
const productIds: string[] = [];
/** Demands by index, with whether their distributor is in Vietnam. */
const demandRows: { id: string; distributorOrgId: string; domestic: boolean }[] = [];
let producerOrgId: string;
let userId: string;

beforeAll(async () => {
  ctx = await createTestContext({ RATE_LIMIT_PER_MINUTE: '100000' });
  coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
  const producer = await quickAccount(ctx.app, ctx.database, 'producer');
  producerOrgId = producer.organizationId;
  userId = coordinator.user.id;
  for (let i = 0; i < 5; i += 1) {
    productIds.push((await insertProduct(ctx.database, producerOrgId)).id);
  }
  for (const country of ['VN', 'VN', 'JP']) {
    const distributor = await quickAccount(ctx.app, ctx.database, 'distributor');
    await ctx.database.db
      .update(organizations)
      .set({ country })
      .where(eq(organizations.id, distributor.organizationId));
    for (let d = 0; d < 2; d += 1) {
      const [row] = await ctx.database.db
        .insert(demands)
        .values({
          distributorOrgId: distributor.organizationId,
          createdBy: distributor.user.id,
          title: `Nhu cầu ${country} ${d}`,
          status: 'open',
          quantityPerOrder: 10,
          unit: 'kg',
        })
        .returning();
      demandRows.push({
        id: row!.id,
        distributorOrgId: distributor.organizationId,
        domestic: country === 'VN',
      });
    }
  }
});
afterAll(async () => ctx?.close());

/** Vietnam is UTC+7 all year: its 1 January 00:00 is 31 December 17:00 UTC. */
const vnNewYear = (year: number) => Date.UTC(year - 1, 11, 31, 17);
const vnYear = (ms: number) => new Date(ms + 7 * 3_600_000).getUTCFullYear();
const vnMonth = (ms: number) => new Date(ms + 7 * 3_600_000).getUTCMonth() + 1;

/** Instants that cluster around the year's edges (within a day) and spread over the year. */
const instant = fc.oneof(
  fc.integer({ min: vnNewYear(YEAR) - 86_400_000, max: vnNewYear(YEAR) + 86_400_000 }),
  fc.integer({ min: vnNewYear(YEAR + 1) - 86_400_000, max: vnNewYear(YEAR + 1) + 86_400_000 }),
  fc.integer({ min: vnNewYear(YEAR), max: vnNewYear(YEAR + 1) - 1 }),
);
const day = fc
  .integer({ min: Date.UTC(YEAR - 1, 11, 25), max: Date.UTC(YEAR + 1, 0, 6) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const history = fc.record({
  matches: fc.uniqueArray(
    fc.record({
      demand: fc.nat(5),
      product: fc.nat(4),
      status: fc.constantFrom(...matchStatuses),
      introducedAt: fc.option(instant, { nil: null }),
    }),
    { selector: (m) => `${m.demand}:${m.product}`, maxLength: 30 },
  ),
  agreements: fc.array(fc.record({ kind: fc.constantFrom('mou', 'contract'), signedOn: day }), {
    maxLength: 12,
  }),
});
type History = typeof history extends fc.Arbitrary<infer T> ? T : never;

/** The expected actuals, from the generated history only. */
function recompute(h: History) {
  const introduced = introducedMatchStatuses as readonly MatchStatus[];
  const firstByProduct = new Map<number, number>();
  for (const m of h.matches) {
    if (
      m.introducedAt !== null &&
      introduced.includes(m.status) &&
      demandRows[m.demand]!.domestic &&
      vnYear(m.introducedAt) === YEAR
    ) {
      const seen = firstByProduct.get(m.product);
      firstByProduct.set(
        m.product,
        seen === undefined ? m.introducedAt : Math.min(seen, m.introducedAt),
      );
    }
  }
  const monthsOf = (values: number[]) => {
    const months: Record<number, number> = {};
    for (const month of values) {
      months[month] = (months[month] ?? 0) + 1;
    }
    return months;
  };
  const mous = h.agreements.filter((a) => a.kind === 'mou' && a.signedOn.startsWith(`${YEAR}-`));
  return {
    products_introduced_city: {
      actual: firstByProduct.size,
      months: monthsOf([...firstByProduct.values()].map(vnMonth)),
    },
    mous_signed: {
      actual: mous.length,
      months: monthsOf(mous.map((a) => Number(a.signedOn.slice(5, 7)))),
    },
  };
}

async function store(h: History) {
  await ctx.database.pool.query('delete from agreements; delete from matches;');
  if (h.matches.length > 0) {
    await ctx.database.db.insert(matches).values(
      h.matches.map((m) => ({
        demandId: demandRows[m.demand]!.id,
        productId: productIds[m.product]!,
        distributorOrgId: demandRows[m.demand]!.distributorOrgId,
        producerOrgId,
        status: m.status,
        score: 50,
        breakdown: breakdownFixture,
        introducedAt: m.introducedAt === null ? null : new Date(m.introducedAt),
      })),
    );
  }
  if (h.agreements.length > 0) {
    await ctx.database.db.insert(agreements).values(
      h.agreements.map((a, i) => ({
        kind: a.kind,
        title: `Thỏa thuận ${i}`,
        signedOn: a.signedOn,
        producerOrgId,
        distributorOrgId: demandRows[0]!.distributorOrgId,
        createdBy: userId,
      })),
    );
  }
}

async function report(): Promise<KpiReport> {
  const response = await ctx.app.inject({
    method: 'GET',
    url: `/api/v1/reports/kpis?year=${YEAR}`,
    headers: authHeader(coordinator.accessToken),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<KpiReport>();
}

describe('D5: KPI actuals are computed, never typed in', () => {
  it(`report actuals equal a recomputation from ${runs} random histories`, async () => {
    let nonZero = 0;
    await fc.assert(
      fc.asyncProperty(history, async (h) => {
        await store(h);
        const got = await report();
        const want = recompute(h);
        for (const metric of ['products_introduced_city', 'mous_signed'] as const) {
          const m = got.metrics.find((x) => x.metric === metric)!;
          expect(m.actual, metric).toBe(want[metric].actual);
          const months = Object.fromEntries(
            m.byMonth.filter((b) => b.value > 0).map((b) => [b.month, b.value]),
          );
          expect(months, metric).toEqual(want[metric].months);
          nonZero += m.actual > 0 ? 1 : 0;
        }
      }),
      { numRuns: runs },
    );
    // The histories exercised non-empty answers, not just zeros.
    expect(nonZero).toBeGreaterThan(runs / 2);
  }, 300_000);

  it('no request body or query in the API carries an `actual` (or `actuals`) field', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json<{ paths: Record<string, Record<string, unknown>> }>();
    const offending: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => walk(n, `${where}[${i}]`));
      } else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' && value && typeof value === 'object') {
            for (const name of Object.keys(value)) {
              if (/^actuals?$/i.test(name)) {
                offending.push(`${where}.${name}`);
              }
            }
          }
          walk(value, `${where}.${key}`);
        }
      }
    };
    let bodies = 0;
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const op = operation as { requestBody?: unknown; parameters?: { name: string }[] };
        if (op.requestBody) {
          bodies += 1;
          walk(op.requestBody, `${method.toUpperCase()} ${path}`);
        }
        for (const parameter of op.parameters ?? []) {
          if (/^actuals?$/i.test(parameter.name)) {
            offending.push(`${method.toUpperCase()} ${path} ?${parameter.name}`);
          }
        }
      }
    }
    expect(bodies).toBeGreaterThan(20);
    expect(offending).toEqual([]);
  });

  it('a target written with an `actual` is refused, and the report ignores what it was sent', async () => {
    const response = await ctx.app.inject({
      method: 'PUT',
      url: `/api/v1/kpi-targets?year=${YEAR}`,
      headers: authHeader(coordinator.accessToken),
      payload: { targets: [{ metric: 'mous_signed', target: 10, actual: 999 }] },
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ path: expect.stringMatching(/actual/) })],
    });
    const mous = (await report()).metrics.find((m) => m.metric === 'mous_signed')!;
    expect(mous.actual).not.toBe(999);
  });
});
