import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UnrecoverableError, type Job } from 'bullmq';
import { eq } from 'drizzle-orm';
import { demands, matches, outbox } from '../../src/db/schema/index.ts';
import { createMatchingProcessor } from '../../src/jobs/processors/matching.processor.ts';
import { outboxJobId, type OutboxJobData } from '../../src/jobs/queues.ts';
import { matchingSettingsFrom } from '../../src/modules/matching/matching.settings.ts';
import { scoreOnePair } from '../../src/modules/matching/matching.service.ts';
import { createSearchEngine } from '../../src/modules/search/create-search-engine.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import {
  distributorOrg,
  indexProducts,
  openDemand,
  producerOrg,
  publicProduct,
} from '../modules/matching/matching-fixtures.ts';

/**
 * The processor called directly (no worker runs in this file, so no relay races the test for the
 * outbox rows): which jobs it skips and which payloads it refuses for good.
 */
let ctx: TestContext;
let run: ReturnType<typeof createMatchingProcessor>;
let demandId: string;
let productId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const engine = await createSearchEngine(ctx.config, ctx.database.db);
  run = createMatchingProcessor({
    db: ctx.database.db,
    engine,
    settings: matchingSettingsFrom(ctx.config),
  });
  const producer = await producerOrg(ctx, 'ca-mau');
  const product = await publicProduct(ctx.database.db, producer, {
    nameVi: 'Mật ong rừng U Minh Hạ',
    ocopGroup: 'food',
    category: 'honey',
    provinceCode: 'ca-mau',
    ocopStars: 5,
  });
  productId = product.id;
  await indexProducts(ctx.database.db, engine, [productId]);
  const distributor = await distributorOrg(ctx, { requiresVatInvoice: true });
  const demand = await openDemand(ctx.database.db, distributor, {
    title: 'Mật ong rừng',
    category: 'honey',
    ocopGroup: 'food',
    quantityPerOrder: 50,
  });
  demandId = demand.id;
});
afterAll(async () => ctx?.close());

async function outboxJob(topic: 'matching.demand' | 'matching.product', payload: object) {
  const [row] = await ctx.database.db
    .insert(outbox)
    .values({ topic, payload: payload as Record<string, unknown> })
    .returning();
  const name = topic === 'matching.demand' ? 'match-demand' : 'match-product';
  return {
    row: row!,
    job: {
      id: outboxJobId(row!),
      name,
      data: { outboxId: row!.id, topic, payload },
    } as unknown as Job<OutboxJobData>,
  };
}

const proposals = () =>
  ctx.database.db.select().from(matches).where(eq(matches.demandId, demandId));

describe('matching processor', () => {
  it('skips a job for an older version while a job for the newer one is pending', async () => {
    await ctx.database.db.update(demands).set({ version: 3 }).where(eq(demands.id, demandId));
    const newer = await outboxJob('matching.demand', { demandId, version: 3 });
    const older = await outboxJob('matching.demand', { demandId, version: 2 });
    await run(older.job);
    expect(await proposals()).toEqual([]);
    const [skipped] = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.id, older.row.id));
    expect(skipped!.doneAt).not.toBeNull();

    await run(newer.job);
    expect((await proposals()).map((m) => m.productId)).toEqual([productId]);
  });

  it('still runs an older job when no newer one is coming (the bump queued no matching work)', async () => {
    await ctx.database.db.delete(matches).where(eq(matches.demandId, demandId));
    const stale = await outboxJob('matching.demand', { demandId, version: 1 });
    await run(stale.job);
    expect((await proposals()).map((m) => m.productId)).toEqual([productId]);
  });

  it('refuses a bad payload or an unknown job with UnrecoverableError', async () => {
    const bad = await outboxJob('matching.product', { productId: 'nope', version: 1 });
    await expect(run(bad.job)).rejects.toBeInstanceOf(UnrecoverableError);
    const noVersion = await outboxJob('matching.demand', { demandId });
    await expect(run(noVersion.job)).rejects.toBeInstanceOf(UnrecoverableError);
    await expect(run({ name: 'nonsense', data: {} } as Job)).rejects.toBeInstanceOf(
      UnrecoverableError,
    );
  });

  it('scoreOnePair scores a pair as the engine does, and 404s what is not there', async () => {
    const { score, breakdown } = await scoreOnePair(
      ctx.database.db,
      { demandId, productId },
      matchingSettingsFrom(ctx.config),
    );
    const [stored] = await proposals();
    expect(score).toBe(stored!.score);
    expect(breakdown).toEqual(stored!.breakdown);
    await expect(
      scoreOnePair(ctx.database.db, { demandId, productId: demandId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
