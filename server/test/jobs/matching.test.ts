import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue, QueueEvents } from 'bullmq';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { MatchBreakdown } from '@ketnoi/shared';
import {
  jobCheckpoints,
  matches,
  organizations,
  outbox,
  products,
} from '../../src/db/schema/index.ts';
import { redisOptionsFromUrl } from '../../src/jobs/queues.ts';
import { matchDemand } from '../../src/modules/matching/matching.service.ts';
import { matchingSettingsFrom } from '../../src/modules/matching/matching.settings.ts';
import { createSearchEngine } from '../../src/modules/search/create-search-engine.ts';
import type { SearchEngine } from '../../src/modules/search/search-engine.ts';
import { authHeader, createStaff, type Account } from '../helpers/fixtures.ts';
import { pollUntil } from '../helpers/poll.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { buildCatalogue, type Catalogue } from '../modules/matching/matching-catalogue.ts';
import { readyForRetail } from '../modules/matching/matching-fixtures.ts';

let ctx: TestContext;
let engine: SearchEngine;
let cat: Catalogue;
let queue: Queue;
let events: QueueEvents;

beforeAll(async () => {
  ctx = await createTestContext();
  engine = await createSearchEngine(ctx.config, ctx.database.db);
  cat = await buildCatalogue(ctx, engine);
  await ctx.startWorker();
  const connection = redisOptionsFromUrl(ctx.config.REDIS_URL);
  queue = new Queue('matching', { connection, prefix: ctx.config.QUEUE_PREFIX });
  events = new QueueEvents('matching', { connection, prefix: ctx.config.QUEUE_PREFIX });
  await events.waitUntilReady();
});
afterAll(async () => {
  await events?.close();
  await queue?.close();
  await ctx?.close();
});

const db = () => ctx.database.db;
const settings = () => matchingSettingsFrom(ctx.config);

/** Queues matching work the way services do, and waits for the worker to finish it. */
async function viaOutbox(topic: 'matching.demand' | 'matching.product', payloads: object[]) {
  const rows = await db()
    .insert(outbox)
    .values(payloads.map((payload) => ({ topic, payload: payload as Record<string, unknown> })))
    .returning({ id: outbox.id });
  const ids = rows.map((r) => r.id);
  return pollUntil(
    () => db().select().from(outbox).where(inArray(outbox.id, ids)),
    (found) => found.every((r) => r.doneAt !== null || r.failedAt !== null),
    { what: `${topic} jobs done`, timeoutMs: 20_000 },
  );
}

const demandMatches = (demandId: string) =>
  db()
    .select()
    .from(matches)
    .where(eq(matches.demandId, demandId))
    .orderBy(desc(matches.score), asc(matches.productId));

const matchDemandJob = (key: keyof Catalogue['demands']) => ({
  demandId: cat.demands[key]!.id,
  version: cat.demands[key]!.version,
});

describe('matching jobs on a fixture catalogue', () => {
  it('puts each demand’s expected product in its top 3, with the breakdown stored', async () => {
    const done = await viaOutbox(
      'matching.demand',
      Object.keys(cat.demands).map((k) => matchDemandJob(k)),
    );
    expect(done.every((r) => r.doneAt !== null)).toBe(true);
    for (const key of ['honey', 'fishSauce', 'coffee', 'rice', 'tea', 'lychee']) {
      const rows = await demandMatches(cat.demands[key]!.id);
      const top3 = rows.slice(0, 3).map((r) => r.productId);
      expect(top3, key).toContain(cat.demands[key]!.expected);
      expect(rows.every((r) => r.status === 'proposed' && r.origin === 'engine')).toBe(true);
      const best = rows.find((r) => r.productId === cat.demands[key]!.expected)!;
      const breakdown = best.breakdown as MatchBreakdown;
      expect(breakdown.score).toBe(best.score);
      expect(breakdown.features).toHaveLength(12);
      expect(breakdown.demandVersion).toBe(cat.demands[key]!.version);
    }
    // The winner beats the same honey from a producer without VAT invoices or barcodes, whose gaps say why.
    const honey = await demandMatches(cat.demands.honey!.id);
    expect(honey[0]!.productId).toBe(cat.products.honeyUMinh);
    const coop = honey.find((r) => r.productId === cat.products.honeyUMinhCoop)!;
    expect((coop.breakdown as MatchBreakdown).gaps.map((g) => g.code)).toEqual(
      expect.arrayContaining(['VAT_INVOICE', 'BARCODE', 'PAYMENT_TERMS']),
    );
    // Hard filters: an expired HACCP certificate and another category never come back.
    const fish = (await demandMatches(cat.demands.fishSauce!.id)).map((r) => r.productId);
    expect(fish).not.toContain(cat.products.fishSauceExpired);
    expect(fish).not.toContain(cat.products.chiliSauce);
    expect(fish[0]).toBe(cat.products.fishSauce);
  });

  it('never proposes alone a product out of season or short of the volume; pools one province’s producers', async () => {
    const coffee = (await demandMatches(cat.demands.coffee!.id)).map((r) => r.productId);
    expect(coffee).not.toContain(cat.products.coffeeGiaLai); // harvest Nov–Feb, needed in June
    expect(coffee).not.toContain(cat.products.coffeeWeasel); // 50 kg a month for 500
    expect(coffee).toContain(cat.products.coffeeBmt);

    const pomelo = await demandMatches(cat.demands.pomelo!.id);
    const pooled = [cat.products.pomeloA, cat.products.pomeloB, cat.products.pomeloC].sort();
    expect(pomelo.map((r) => r.productId).sort()).toEqual(pooled);
    const poolIds = new Set(pomelo.map((r) => r.poolId));
    expect(poolIds.size).toBe(1);
    expect([...poolIds][0]).toMatch(/^[0-9a-f-]{36}$/);
    for (const row of pomelo) {
      const b = row.breakdown as MatchBreakdown;
      expect(b.pool).toMatchObject({
        id: row.poolId,
        provinceCode: 'vinh-long',
        combinedMonthlyCapacity: 11_500,
      });
      expect([...b.pool!.productIds].sort()).toEqual(pooled);
      expect(b.gaps.find((g) => g.code === 'CAPACITY_SHORT')?.severity).toBe('warning');
    }
  });

  it('is idempotent: the same job again leaves the same rows, untouched', async () => {
    const ids = Object.values(cat.demands).map((d) => d.id);
    const snapshot = async () =>
      db()
        .select()
        .from(matches)
        .where(inArray(matches.demandId, ids))
        .orderBy(asc(matches.demandId), asc(matches.productId));
    const before = await snapshot();
    expect(before.length).toBeGreaterThan(20);
    await viaOutbox('matching.demand', [matchDemandJob('honey'), matchDemandJob('pomelo')]);
    const again = await matchDemand(db(), engine, cat.demands.rice!.id, settings());
    expect(again).toMatchObject({ written: 0, removed: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('re-scoring leaves approved and rejected matches exactly as the coordinator saw them', async () => {
    const rows = await demandMatches(cat.demands.honey!.id);
    const [approve, reject, stays] = [rows[0]!, rows[1]!, rows[2]!];
    await db()
      .update(matches)
      .set({ status: 'approved', decidedAt: new Date(), version: sql`${matches.version} + 1` })
      .where(eq(matches.id, approve.id));
    await db()
      .update(matches)
      .set({ status: 'rejected', decidedAt: new Date(), version: sql`${matches.version} + 1` })
      .where(eq(matches.id, reject.id));
    const decided = await db()
      .select()
      .from(matches)
      .where(inArray(matches.id, [approve.id, reject.id]))
      .orderBy(asc(matches.id));
    // Every honey producer's price drops below a third of the target: all scores would change.
    const honeyIds = [approve, reject, stays].map((r) => r.productId);
    for (const id of honeyIds) {
      await db()
        .update(products)
        .set({
          publicFacts: sql`${products.publicFacts} || '{"priceMin": 1000, "priceMax": 2000, "monthsAvailable": [1,2,3]}'::jsonb`,
          updatedAt: new Date(),
        })
        .where(eq(products.id, id));
    }
    // Through the worker: the nightly job, run now.
    const job = await queue.add('rescore-changed', {});
    const report = (await job.waitUntilFinished(events, 30_000)) as {
      demands: number;
      products: number;
      demandsPerSecond: number;
    };
    expect(report.demands).toBe(Object.keys(cat.demands).length);
    const after = await db()
      .select()
      .from(matches)
      .where(inArray(matches.id, [approve.id, reject.id]))
      .orderBy(asc(matches.id));
    expect(after).toEqual(decided);
    const [rescored] = await db().select().from(matches).where(eq(matches.id, stays.id));
    expect(rescored!.score).not.toBe(stays.score);
    expect((rescored!.breakdown as MatchBreakdown).gaps.map((g) => g.code)).toContain(
      'SEASONAL_SUPPLY',
    );
    const [checkpoint] = await db()
      .select()
      .from(jobCheckpoints)
      .where(eq(jobCheckpoints.name, 'matching-rescore'));
    expect(checkpoint?.detail).toMatchObject({ demands: report.demands });

    // The next run takes only what changed since: nothing.
    const second = await queue.add('rescore-changed', {});
    expect(await second.waitUntilFinished(events, 30_000)).toMatchObject({
      demands: 0,
      products: 0,
    });
  });
});

describe('a product published through the API', () => {
  let coordinator: Account;
  let producer: Account;

  beforeAll(async () => {
    coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
    producer = await quickAccount(ctx.app, ctx.database, 'producer', { provinceCode: 'ca-mau' });
    await db()
      .update(organizations)
      .set({
        verificationStatus: 'verified',
        verifiedAt: new Date(),
        retailReadiness: readyForRetail,
      })
      .where(eq(organizations.id, producer.organizationId));
  });

  it('is matched against the open demands through the outbox, once per version', async () => {
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: authHeader(producer.accessToken),
      payload: {
        nameVi: 'Mật ong rừng U Minh thượng hạng',
        descriptionVi: 'Mật ong tràm thu hoạch tự nhiên.',
        ocopGroup: 'food',
        category: 'honey',
        ocopStars: 5,
        province: 'Cà Mau',
        unit: 'kg',
        moq: 20,
        monthlyCapacity: 2000,
        priceMin: 250_000,
        priceMax: 300_000,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const product = created.json<{ id: string; version: number }>();
    const submitted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/products/${product.id}/submit`,
      headers: authHeader(producer.accessToken),
      payload: { version: product.version },
    });
    const approved = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/products/${product.id}/approve`,
      headers: authHeader(coordinator.accessToken),
      payload: { version: submitted.json<{ version: number }>().version },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const version = approved.json<{ version: number }>().version;

    const [row] = await pollUntil(
      () =>
        db()
          .select()
          .from(outbox)
          .where(
            and(
              eq(outbox.topic, 'matching.product'),
              eq(outbox.dedupeKey, `matching.product:${product.id}:${version}`),
            ),
          ),
      (found) => Boolean(found[0]?.doneAt),
      { what: 'the matching.product job', timeoutMs: 20_000 },
    );
    expect(row!.payload).toEqual({ productId: product.id, version });
    const proposed = await db().select().from(matches).where(eq(matches.productId, product.id));
    expect(proposed.map((m) => m.demandId)).toEqual([cat.demands.honey!.id]);
    expect(proposed[0]).toMatchObject({ status: 'proposed', origin: 'engine', poolId: null });
  });

  it('fails a bad payload for good, without retries', async () => {
    const [row] = await viaOutbox('matching.demand', [{ demandId: 'not-a-uuid', version: 1 }]);
    expect(row!.failedAt).not.toBeNull();
    expect(row!.lastError).toContain('Invalid payload');
    const jobs = await queue.getJobs(['failed']);
    const failed = jobs.find((j) => (j.data as { outboxId: number }).outboxId === row!.id);
    expect(failed?.attemptsMade).toBe(1);
  });
});
