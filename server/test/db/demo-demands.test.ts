import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DemandPage } from '@ketnoi/shared';
import { demands, organizations, outbox } from '../../src/db/schema/index.ts';
import { seedDemoDemands } from '../../src/db/seed/demo-demands.ts';
import { DEMO_PASSWORD, seedDemo } from '../../src/db/seed/demo.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, login } from '../helpers/fixtures.ts';

let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemo(ctx.database.db);
});
afterAll(async () => ctx?.close());

const listAs = async (email: string) => {
  const account = await login(ctx.app, email, DEMO_PASSWORD);
  const response = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/demands?limit=100',
    headers: authHeader(account.accessToken),
  });
  return response.json<DemandPage>();
};

describe('demo demands', () => {
  it('seeds standing requirements and demands once; a second run creates nothing', async () => {
    const first = await seedDemoDemands(ctx.database.db);
    expect(first.demands).toBeGreaterThanOrEqual(4);
    const rows = await ctx.database.db.select().from(demands);
    expect(await seedDemoDemands(ctx.database.db)).toEqual({ demands: 0 });
    expect(await ctx.database.db.select().from(demands)).toHaveLength(rows.length);
  });

  it('gives the supermarket chain open demands with matching queued and its listing terms', async () => {
    const page = await listAs('distributor@ketnoi.vn');
    expect(page.items.length).toBeGreaterThanOrEqual(3);
    for (const demand of page.items) {
      expect(demand.status).toBe('open');
      expect(demand.effectiveRequirements).toMatchObject({
        requiresVatInvoice: true,
        requiresGs1Barcode: true,
      });
      expect(demand.effectiveRequirements.paymentDays).toBeGreaterThanOrEqual(30);
    }
    const jobs = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.topic, 'matching.demand'));
    for (const demand of page.items) {
      expect(jobs.filter((j) => j.payload.demandId === demand.id)).toHaveLength(1);
    }
    // Coordinators see them: open demands of a verified distributor.
    const staff = await listAs('coordinator@ketnoi.vn');
    expect(staff.items.map((d) => d.id)).toEqual(
      expect.arrayContaining(page.items.map((d) => d.id)),
    );
  });

  it('keeps the pending importer’s demands as drafts, with Japanese label terms', async () => {
    const page = await listAs('importer@ketnoi.vn');
    expect(page.items.length).toBeGreaterThanOrEqual(2);
    for (const demand of page.items) {
      expect(demand).toMatchObject({ status: 'draft', destinationCountry: 'JP' });
      expect(demand.incoterm).not.toBeNull();
      expect(demand.effectiveRequirements.labelLanguages).toEqual(['en', 'ja']);
      expect(demand.effectiveRequirements.minRemainingShelfLifePercent).toBeGreaterThanOrEqual(60);
    }
  });

  it('leaves requirements a demo user changed as they are', async () => {
    const [org] = await ctx.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.legalName, 'Tokyo Asian Foods K.K.'));
    const edited = { ...org!.requirements!, paymentDays: 90 };
    await ctx.database.db
      .update(organizations)
      .set({ requirements: edited })
      .where(eq(organizations.id, org!.id));
    await seedDemoDemands(ctx.database.db);
    const [after] = await ctx.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, org!.id));
    expect(after!.requirements).toEqual(edited);
  });
});
