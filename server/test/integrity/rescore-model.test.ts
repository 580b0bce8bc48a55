import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eq, sql } from 'drizzle-orm';
import { matchTransitionsFrom, type MatchStatus } from '@ketnoi/shared';
import { demands, matches, products } from '../../src/db/schema/index.ts';
import { matchDemand, matchProduct } from '../../src/modules/matching/matching.service.ts';
import {
  matchingSettingsFrom,
  type MatchingSettings,
} from '../../src/modules/matching/matching.settings.ts';
import { createSearchEngine } from '../../src/modules/search/create-search-engine.ts';
import type { SearchEngine } from '../../src/modules/search/search-engine.ts';
import { productFacts } from '../../src/modules/products/products.input.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, verifyOrganization, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';
import {
  indexProducts,
  openDemand,
  producerOrg,
  publicProduct,
} from '../modules/matching/matching-fixtures.ts';

/**
 * D7: a re-score never overwrites a human decision. Model-based (fast-check `fc.commands`): random
 * sequences of {engine proposes for a demand, coordinator proposes by hand, approve, reject,
 * advance the pipeline, re-score everything, product edit, demand edit}, run against the real
 * engine, routes and database. After every step the database must agree with the model:
 * - every decided match (any status but `proposed`) has exactly the status, version, score,
 *   breakdown and decider the model recorded when a person last moved it;
 * - a coordinator's own proposal is never withdrawn by the engine while undecided;
 * - the engine never creates a decided row, and never brings a rejected pair back.
 *
 * INTEGRITY_D7_RUNS (default 25) sequences of up to INTEGRITY_D7_STEPS (default 12) commands.
 * The catalogue asks ≥ 1,000 sequences: `INTEGRITY_D7_RUNS=1000` runs them (minutes, not for CI).
 */
const runs = Number(process.env.INTEGRITY_D7_RUNS ?? 25);
const maxSteps = Number(process.env.INTEGRITY_D7_STEPS ?? 12);

type Decided = {
  status: MatchStatus;
  version: number;
  score: number;
  breakdown: unknown;
  decidedBy: string | null;
  decidedAt: string | null;
};
type Model = {
  /** Rows a person decided: exactly what the database must still hold. */
  decided: Map<string, Decided>;
  /** Undecided rows by origin (engine rows may come and go; coordinator rows must stay). */
  proposed: Map<string, { origin: string }>;
  /** Pairs that exist (demand:product), so a manual proposal picks a free one. */
  pairs: Set<string>;
  demandVersions: number[];
};
type Real = { steps: string[] };

let ctx: TestContext;
let engine: SearchEngine;
let settings: MatchingSettings;
let coordinator: Account;
let distributor: Account;
const demandIds: string[] = [];
const productIds: string[] = [];
let executedSequences = 0;
let executedCommands = 0;

beforeAll(async () => {
  ctx = await createTestContext({ RATE_LIMIT_PER_MINUTE: '1000000' });
  engine = await createSearchEngine(ctx.config, ctx.database.db);
  // Every proposal above a low floor, so the engine has work on most pairs.
  settings = { ...matchingSettingsFrom(ctx.config), minScore: 1, topN: 3 };
  coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
  distributor = await quickAccount(ctx.app, ctx.database, 'distributor');
  await verifyOrganization(ctx.database, distributor.organizationId);
  const provinces = ['tuyen-quang', 'dak-lak', 'ca-mau', 'lam-dong', 'thai-nguyen'];
  for (const [i, province] of provinces.entries()) {
    const org = await producerOrg(ctx, province);
    const product = await publicProduct(ctx.database.db, org, {
      nameVi: [
        'Mật ong bạc hà',
        'Mật ong hoa cà phê',
        'Mật ong rừng U Minh',
        'Mật ong hoa nhãn',
        'Mật ong rừng Tam Đảo',
      ][i]!,
      ocopGroup: 'food',
      category: 'honey',
      provinceCode: province,
      ocopStars: 3 + (i % 3),
      priceMin: 150_000 + i * 20_000,
      priceMax: 250_000 + i * 20_000,
      monthlyCapacity: 500 + i * 300,
    });
    productIds.push(product.id);
  }
  await indexProducts(ctx.database.db, engine, productIds);
  for (const title of ['Mật ong nguyên chất cho chuỗi siêu thị', 'Mật ong rừng đóng chai 500 ml']) {
    const demand = await openDemand(
      ctx.database.db,
      { orgId: distributor.organizationId, userId: distributor.user.id },
      { title, category: 'honey', ocopGroup: 'food', quantityPerOrder: 100, currency: 'VND' },
    );
    demandIds.push(demand.id);
  }
});
afterAll(async () => ctx?.close());

const api = (method: 'POST' | 'PATCH', url: string, who: Account, payload: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: authHeader(who.accessToken), payload });

async function allMatches() {
  return ctx.database.db.select().from(matches);
}

/** The model's check after every command: decided rows exact, manual proposals kept, nothing invented. */
async function assertAgrees(model: Model, step: string) {
  const rows = await allMatches();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const [id, expected] of model.decided) {
    const row = byId.get(id);
    expect(row, `${step}: decided match ${id} gone`).toBeDefined();
    expect(
      {
        status: row!.status,
        version: row!.version,
        score: row!.score,
        breakdown: row!.breakdown,
        decidedBy: row!.decidedBy,
        decidedAt: row!.decidedAt?.toISOString() ?? null,
      },
      `${step}: decided match ${id}`,
    ).toEqual(expected);
  }
  for (const [id, { origin }] of model.proposed) {
    if (origin !== 'engine') {
      expect(byId.get(id)?.status, `${step}: manual proposal ${id} withdrawn`).toBe('proposed');
    }
  }
  for (const row of rows) {
    if (row.status !== 'proposed') {
      expect(model.decided.has(row.id), `${step}: ${row.status} row ${row.id} nobody decided`).toBe(
        true,
      );
    }
  }
  // Engine rows come and go: the model follows them (after checking the rules above).
  model.proposed = new Map(
    rows.filter((r) => r.status === 'proposed').map((r) => [r.id, { origin: r.origin }]),
  );
  model.pairs = new Set(rows.map((r) => `${r.demandId}:${r.productId}`));
}

function remember(model: Model, row: typeof matches.$inferSelect) {
  model.decided.set(row.id, {
    status: row.status,
    version: row.version,
    score: row.score,
    breakdown: row.breakdown,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  });
  model.proposed.delete(row.id);
}
const rowOf = async (id: string) =>
  (await ctx.database.db.select().from(matches).where(eq(matches.id, id)))[0]!;

const pick = <T>(items: T[], n: number) => items[n % items.length]!;
const sortedKeys = (map: Map<string, unknown>) => [...map.keys()].sort();

class EnginePropose implements fc.AsyncCommand<Model, Real> {
  constructor(readonly demand: number) {}
  check = () => true;
  async run(model: Model, real: Real) {
    await matchDemand(ctx.database.db, engine, demandIds[this.demand]!, settings);
    await assertAgrees(model, this.toString());
    real.steps.push(this.toString());
  }
  toString = () => `engine proposes for demand ${this.demand}`;
}

class ManualPropose implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly demand: number,
    readonly product: number,
  ) {}
  check = (model: Readonly<Model>) =>
    !model.pairs.has(`${demandIds[this.demand]}:${productIds[this.product]}`);
  async run(model: Model, real: Real) {
    const response = await api('POST', '/matches', coordinator, {
      demandId: demandIds[this.demand],
      productId: productIds[this.product],
      note: 'Đề xuất của điều phối viên',
    });
    expect(response.statusCode, `${this.toString()}: ${response.body}`).toBe(201);
    await assertAgrees(model, this.toString());
    expect(model.proposed.get(response.json().id)).toEqual({ origin: 'coordinator' });
    real.steps.push(this.toString());
  }
  toString = () => `coordinator proposes demand ${this.demand} × product ${this.product}`;
}

class Decide implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly approve: boolean,
    readonly which: number,
  ) {}
  check = (model: Readonly<Model>) => model.proposed.size > 0;
  async run(model: Model, real: Real) {
    const id = pick(sortedKeys(model.proposed), this.which);
    const { version } = await rowOf(id);
    const response = this.approve
      ? await api('POST', `/matches/${id}/approve`, coordinator, { version })
      : await api('POST', `/matches/${id}/reject`, coordinator, {
          version,
          reason: 'Chưa phù hợp',
        });
    expect(response.statusCode, `${this.toString()}: ${response.body}`).toBe(200);
    remember(model, await rowOf(id));
    expect(model.decided.get(id)!.status).toBe(this.approve ? 'introduced' : 'rejected');
    await assertAgrees(model, this.toString());
    real.steps.push(this.toString());
  }
  toString = () => `${this.approve ? 'approve' : 'reject'} proposal #${this.which}`;
}

class Advance implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly which: number,
    readonly step: number,
  ) {}
  private open = (model: Readonly<Model>) =>
    [...model.decided.entries()]
      .filter(([, d]) => matchTransitionsFrom(d.status).length > 0)
      .map(([id]) => id)
      .sort();
  check = (model: Readonly<Model>) => this.open(model).length > 0;
  async run(model: Model, real: Real) {
    const id = pick(this.open(model), this.which);
    const current = model.decided.get(id)!;
    const to = pick(matchTransitionsFrom(current.status), this.step);
    const response = await api('PATCH', `/matches/${id}`, distributor, {
      status: to,
      version: current.version,
      ...(to === 'lost' ? { lostReason: 'Giá chưa thống nhất' } : {}),
    });
    expect(response.statusCode, `${this.toString()} → ${to}: ${response.body}`).toBe(200);
    remember(model, await rowOf(id));
    expect(model.decided.get(id)).toMatchObject({ status: to, version: current.version + 1 });
    await assertAgrees(model, `${this.toString()} → ${to}`);
    real.steps.push(`${this.toString()} → ${to}`);
  }
  toString = () => `advance decided match #${this.which}`;
}

class Rescore implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(model: Model, real: Real) {
    for (const id of demandIds) {
      await matchDemand(ctx.database.db, engine, id, settings);
    }
    for (const id of productIds) {
      await matchProduct(ctx.database.db, id, settings);
    }
    await assertAgrees(model, this.toString());
    real.steps.push(this.toString());
  }
  toString = () => 're-score every demand and product';
}

class ProductEdit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly product: number,
    readonly capacity: number,
    readonly price: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    // An approved edit: the public facts change and the version moves, as review would leave it.
    const id = productIds[this.product]!;
    const [row] = await ctx.database.db
      .update(products)
      .set({
        monthlyCapacity: this.capacity,
        priceMin: this.price,
        priceMax: this.price * 2,
        version: sql`${products.version} + 1`,
      })
      .where(eq(products.id, id))
      .returning();
    await ctx.database.db
      .update(products)
      .set({ publicFacts: productFacts(row!) })
      .where(eq(products.id, id));
    await indexProducts(ctx.database.db, engine, [id]);
    await matchProduct(ctx.database.db, id, settings);
    await assertAgrees(model, this.toString());
    real.steps.push(this.toString());
  }
  toString = () => `edit product ${this.product} (capacity ${this.capacity}, price ${this.price})`;
}

class DemandEdit implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly demand: number,
    readonly quantity: number,
  ) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const id = demandIds[this.demand]!;
    const [{ version }] = (await ctx.database.db
      .select({ version: demands.version })
      .from(demands)
      .where(eq(demands.id, id))) as [{ version: number }];
    const response = await api('PATCH', `/demands/${id}`, distributor, {
      version,
      quantityPerOrder: this.quantity,
    });
    expect(response.statusCode, `${this.toString()}: ${response.body}`).toBe(200);
    // What the demand's matching job would do next.
    await matchDemand(ctx.database.db, engine, id, settings);
    await assertAgrees(model, this.toString());
    real.steps.push(this.toString());
  }
  toString = () => `edit demand ${this.demand} (quantity ${this.quantity})`;
}

const commands = [
  fc.integer({ min: 0, max: 1 }).map((d) => new EnginePropose(d)),
  fc
    .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 4 }))
    .map(([d, p]) => new ManualPropose(d, p)),
  fc.tuple(fc.boolean(), fc.nat(20)).map(([approve, n]) => new Decide(approve, n)),
  fc.tuple(fc.boolean(), fc.nat(20)).map(([, n]) => new Decide(true, n)),
  fc.tuple(fc.nat(20), fc.nat(5)).map(([n, s]) => new Advance(n, s)),
  fc.tuple(fc.nat(20), fc.nat(5)).map(([n, s]) => new Advance(n, s)),
  fc.constant(new Rescore()),
  fc
    .tuple(
      fc.integer({ min: 0, max: 4 }),
      fc.integer({ min: 10, max: 5000 }),
      fc.integer({ min: 1, max: 50 }),
    )
    .map(([p, c, price]) => new ProductEdit(p, c, price * 10_000)),
  fc
    .tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 1, max: 4000 }))
    .map(([d, q]) => new DemandEdit(d, q)),
];

describe('D7: re-scoring never overwrites a human decision (model-based)', () => {
  it(`agrees with the model after every step of ${runs} random sequences`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.commands(commands, { maxCommands: maxSteps, size: '+1' }),
        async (cmds) => {
          // Each sequence starts from no matches (the catalogue and demands stay).
          await ctx.database.pool.query('delete from matches');
          const model: Model = {
            decided: new Map(),
            proposed: new Map(),
            pairs: new Set(),
            demandVersions: [],
          };
          const real: Real = { steps: [] };
          await fc.asyncModelRun(() => ({ model, real }), cmds);
          executedSequences += 1;
          executedCommands += real.steps.length;
        },
      ),
      { numRuns: runs },
    );
    console.info(
      JSON.stringify({ suite: 'D7', sequences: executedSequences, commands: executedCommands }),
    );
    expect(executedSequences).toBeGreaterThanOrEqual(runs);
  }, 600_000);

  it('the sequences reach decided rows and re-scores (the property is not vacuous)', async () => {
    // One fixed sequence: propose, approve, reject, advance, edit both sides, re-score.
    await ctx.database.pool.query('delete from matches');
    const model: Model = {
      decided: new Map(),
      proposed: new Map(),
      pairs: new Set(),
      demandVersions: [],
    };
    const real: Real = { steps: [] };
    await fc.asyncModelRun(
      () => ({ model, real }),
      [
        new EnginePropose(0),
        new EnginePropose(1),
        new Decide(true, 0),
        new Decide(false, 0),
        new Advance(0, 0),
        new ProductEdit(0, 20, 900_000),
        new DemandEdit(0, 3000),
        new Rescore(),
        new ManualPropose(0, 4),
        new Rescore(),
      ],
    );
    expect(model.decided.size).toBeGreaterThanOrEqual(2);
    expect([...model.decided.values()].map((d) => d.status)).toEqual(
      expect.arrayContaining(['rejected']),
    );
    expect(real.steps.length).toBeGreaterThanOrEqual(8);

    // And the check bites: a re-score that overwrote a decided row would be caught.
    const [decidedId] = [...model.decided.keys()];
    await ctx.database.db
      .update(matches)
      .set({ score: sql`${matches.score} + 1` })
      .where(eq(matches.id, decidedId!));
    await expect(assertAgrees(model, 'forged')).rejects.toThrow(/decided match/);
  });
});
