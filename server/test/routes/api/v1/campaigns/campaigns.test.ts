import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, campaigns, products } from '../../../../../src/db/schema/index.ts';
import {
  addDays,
  todayInVietnam,
} from '../../../../../src/modules/certificates/certificates.validity.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import {
  insertCertificate,
  insertDraftProduct,
  insertPublishedProduct,
} from './programmes-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producerA: Account;
let producerB: Account;
let distributor: Account;
let pendingProducer: Account;
let pendingDistributor: Account;

const today = todayInVietnam();

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producerA, producerB, distributor, pendingProducer, pendingDistributor] =
    await Promise.all([
      createStaff(ctx.app, ctx.database, 'coordinator'),
      createStaff(ctx.app, ctx.database, 'admin'),
      quickAccount(ctx.app, ctx.database, 'producer'),
      quickAccount(ctx.app, ctx.database, 'producer'),
      quickAccount(ctx.app, ctx.database, 'distributor'),
      quickAccount(ctx.app, ctx.database, 'producer'),
      quickAccount(ctx.app, ctx.database, 'distributor'),
    ]);
  for (const a of [producerA, producerB, distributor]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
});
afterAll(async () => {
  await ctx?.close();
});

type CampaignBody = { id: string; version: number; status: string; [key: string]: unknown };
const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token?: string, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1/campaigns${url}`,
    headers: token ? authHeader(token) : {},
    ...(payload ? { payload } : {}),
  });

const goodsWeek = {
  title: { vi: 'Tuần hàng Việt Nam tại Nhật Bản', en: 'Vietnam Goods Week in Japan' },
  retailerName: 'AEON Japan',
  country: 'JP',
  eventStartsOn: addDays(today, 60),
  eventEndsOn: addDays(today, 66),
  applicationDeadline: addDays(today, 30),
  ocopGroups: ['food', 'beverage'],
  requiredCertifications: ['haccp'],
  minShelfLifeDays: 180,
  minRemainingShelfLifePercent: 67,
  transitDays: 21,
  labelLanguages: ['ja'],
  moq: { quantity: 1000, unit: 'kg' },
  incoterm: 'CIF',
};

async function createCampaign(body: object = goodsWeek) {
  const response = await call('POST', '', coordinator.accessToken, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<CampaignBody>();
}

async function step(campaign: CampaignBody, action: 'open' | 'close' | 'complete') {
  const response = await call('POST', `/${campaign.id}/${action}`, coordinator.accessToken, {
    version: campaign.version,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CampaignBody>();
}

describe('campaigns: who may do what', () => {
  it('only staff create, edit and move campaigns', async () => {
    for (const [token, status] of [
      [undefined, 401],
      [producerA.accessToken, 403],
      [distributor.accessToken, 403],
    ] as const) {
      expect((await call('POST', '', token, goodsWeek)).statusCode).toBe(status);
    }
    expect(await ctx.database.db.select().from(campaigns)).toHaveLength(0);
    const byAdmin = await call('POST', '', admin.accessToken, goodsWeek);
    expect(byAdmin.statusCode).toBe(201);

    const campaign = await createCampaign();
    for (const [token, status] of [
      [undefined, 401],
      [producerA.accessToken, 403],
      [distributor.accessToken, 403],
    ] as const) {
      const edit = await call('PATCH', `/${campaign.id}`, token, { version: 1, country: 'TH' });
      expect(edit.statusCode).toBe(status);
      for (const action of ['open', 'close', 'complete']) {
        expect(
          (await call('POST', `/${campaign.id}/${action}`, token, { version: 1 })).statusCode,
        ).toBe(status);
      }
      expect((await call('GET', `/${campaign.id}/eligible`, token)).statusCode).toBe(status);
    }
    const [row] = await ctx.database.db
      .select()
      .from(campaigns)
      .where(eq(campaigns.id, campaign.id));
    expect(row).toMatchObject({ status: 'draft', version: 1, country: 'JP' });
  });

  it('open campaigns are visible to verified producers and distributors; drafts to staff only', async () => {
    const draft = await createCampaign({ ...goodsWeek, country: 'TH', retailerName: 'Central' });
    const open = await step(await createCampaign({ ...goodsWeek, country: 'TH' }), 'open');
    for (const account of [producerA, distributor]) {
      const list = await call('GET', '?country=TH', account.accessToken);
      expect(list.statusCode).toBe(200);
      expect(list.json<{ items: CampaignBody[] }>().items.map((c) => c.id)).toEqual([open.id]);
      expect((await call('GET', `/${draft.id}`, account.accessToken)).statusCode).toBe(404);
      const seen = await call('GET', `/${open.id}`, account.accessToken);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({
        acceptingApplications: true,
        criteria: { ocopGroups: ['food', 'beverage'] },
      });
      // Entry counts are the centre's business.
      expect(seen.json()).not.toHaveProperty('entryCounts');
      expect((await call('GET', '?status=draft', account.accessToken)).json()).toMatchObject({
        total: 0,
      });
    }
    for (const account of [pendingProducer, pendingDistributor]) {
      expect((await call('GET', '', account.accessToken)).statusCode).toBe(403);
      expect((await call('GET', `/${open.id}`, account.accessToken)).statusCode).toBe(403);
    }
    expect((await call('GET', '')).statusCode).toBe(401);
    const staffList = await call('GET', '?country=TH', coordinator.accessToken);
    expect(staffList.json<{ total: number }>().total).toBe(2);
    const staffView = await call('GET', `/${open.id}`, coordinator.accessToken);
    expect(staffView.json()).toMatchObject({ entryCounts: {} });
  });
});

describe('OpenAPI', () => {
  it('documents every campaign and market-guide route', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/campaigns/',
        '/api/v1/campaigns/entries',
        '/api/v1/campaigns/{id}',
        '/api/v1/campaigns/{id}/open',
        '/api/v1/campaigns/{id}/close',
        '/api/v1/campaigns/{id}/complete',
        '/api/v1/campaigns/{id}/eligible',
        '/api/v1/campaigns/{id}/entries',
        '/api/v1/campaigns/{id}/invitations',
        '/api/v1/campaigns/{id}/entries/{entryId}',
        '/api/v1/campaigns/{id}/entries/{entryId}/reorders',
        '/api/v1/market-guides/',
        '/api/v1/market-guides/{id}',
        '/api/v1/market-guides/{id}/publish',
        '/api/v1/market-guides/{id}/unpublish',
        '/api/v1/market-guides/{id}/checklist',
      ]),
    );
  });
});

describe('campaigns: dates, versions and status', () => {
  it('refuses impossible dates, unknown guides and server-owned fields, storing nothing', async () => {
    const before = (await ctx.database.db.select().from(campaigns)).length;
    const cases: [object, string][] = [
      [{ ...goodsWeek, eventEndsOn: addDays(today, 59) }, '/eventEndsOn'],
      [{ ...goodsWeek, applicationDeadline: addDays(today, 61) }, '/applicationDeadline'],
      [{ ...goodsWeek, marketGuideId: '01900000-0000-7000-8000-000000000000' }, '/marketGuideId'],
      [{ ...goodsWeek, moq: { quantity: 5 } }, '/moq/unit'],
      [{ ...goodsWeek, status: 'open' }, '/status'],
      [{ ...goodsWeek, ocopGroups: ['snacks'] }, '/ocopGroups/0'],
      [{ ...goodsWeek, incoterm: 'FOB Hải Phòng' }, '/incoterm'],
    ];
    for (const [body, path] of cases) {
      const response = await call('POST', '', coordinator.accessToken, body);
      expect(response.statusCode, path).toBe(400);
      expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
        path,
      );
    }
    expect(await ctx.database.db.select().from(campaigns)).toHaveLength(before);
    const campaign = await createCampaign();
    const moved = await call('PATCH', `/${campaign.id}`, coordinator.accessToken, {
      version: 1,
      eventStartsOn: addDays(today, 20),
      eventEndsOn: addDays(today, 22),
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json<{ errors: { path: string }[] }>().errors[0]!.path).toBe(
      '/applicationDeadline',
    );
  });

  it('moves draft → open → closed → completed one step at a time, audited', async () => {
    let campaign = await createCampaign();
    const early = await call('POST', `/${campaign.id}/close`, coordinator.accessToken, {
      version: 1,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['open'] });
    campaign = await step(campaign, 'open');
    expect(campaign).toMatchObject({ status: 'open', version: 2, acceptingApplications: true });
    const twice = await call('POST', `/${campaign.id}/open`, coordinator.accessToken, {
      version: 2,
    });
    expect(twice.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['closed'] });
    const skip = await call('POST', `/${campaign.id}/complete`, coordinator.accessToken, {
      version: 2,
    });
    expect(skip.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['closed'] });
    const stale = await call('POST', `/${campaign.id}/close`, coordinator.accessToken, {
      version: 1,
    });
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    campaign = await step(campaign, 'close');
    expect(campaign).toMatchObject({ status: 'closed', acceptingApplications: false });
    campaign = await step(campaign, 'complete');
    expect(campaign.completedAt).toBeTruthy();
    const done = await call('POST', `/${campaign.id}/open`, coordinator.accessToken, {
      version: campaign.version,
    });
    expect(done.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    const edit = await call('PATCH', `/${campaign.id}`, coordinator.accessToken, {
      version: campaign.version,
      retailerName: 'AEON Kyushu',
    });
    expect(edit.json()).toMatchObject({ code: 'INVALID_STATE' });
    const actions = await ctx.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'campaign'), eq(auditLog.entityId, campaign.id)))
      .orderBy(auditLog.id);
    expect(actions.map((a) => a.action)).toEqual([
      'campaign.create',
      'campaign.open',
      'campaign.closed',
      'campaign.completed',
    ]);
  });

  it('cannot open once the application deadline has passed', async () => {
    const campaign = await createCampaign({
      ...goodsWeek,
      applicationDeadline: addDays(today, -1),
      eventStartsOn: addDays(today, 5),
    });
    const response = await call('POST', `/${campaign.id}/open`, coordinator.accessToken, {
      version: 1,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('pre-screening the catalogue', () => {
  it('finds exactly the products that meet every blocker, with each product’s gaps', async () => {
    const db = ctx.database;
    const verifiedBy = coordinator.user.id;
    const a = producerA.organizationId;
    const b = producerB.organizationId;
    // Producer B holds a producer-level HACCP: it counts for every product of B.
    await insertCertificate(db, { organizationId: b, scheme: 'haccp', verifiedBy });
    const withOwnHaccp = async (
      overrides: Parameters<typeof insertPublishedProduct>[2],
      cert: { verified?: boolean; expiresOn?: string } = {},
    ) => {
      const p = await insertPublishedProduct(db, a, overrides);
      await insertCertificate(db, {
        organizationId: a,
        productId: p.id,
        scheme: 'haccp',
        verifiedBy,
        ...cert,
      });
      return p;
    };
    const p1 = await withOwnHaccp({
      nameVi: 'P1 cà phê',
      ocopGroup: 'beverage',
      shelfLifeDays: 365,
    });
    const p2 = await insertPublishedProduct(db, b, {
      nameVi: 'P2 mắm',
      ocopGroup: 'food',
      shelfLifeDays: 200,
    });
    const p3 = await withOwnHaccp(
      { nameVi: 'P3 hết hạn', shelfLifeDays: 365 },
      { expiresOn: addDays(today, -1) },
    );
    const p4 = await withOwnHaccp(
      { nameVi: 'P4 chưa xác minh', shelfLifeDays: 365 },
      { verified: false },
    );
    const p5 = await insertPublishedProduct(db, b, {
      nameVi: 'P5 mây tre',
      ocopGroup: 'handicraft',
      category: 'wood-bamboo-rattan',
      shelfLifeDays: 999,
    });
    const p6 = await insertPublishedProduct(db, b, {
      nameVi: 'P6 hạn ngắn',
      ocopGroup: 'food',
      shelfLifeDays: 150,
    });
    const p7 = await insertPublishedProduct(db, b, {
      nameVi: 'P7 không hạn',
      ocopGroup: 'food',
      shelfLifeDays: null,
    });
    const p8 = await insertPublishedProduct(db, b, {
      nameVi: 'P8 vừa đủ',
      ocopGroup: 'food',
      shelfLifeDays: 180,
    });
    // Approved at 365 days; an edit in review says 10: the public version is what is screened.
    const p9 = await insertPublishedProduct(db, b, {
      nameVi: 'P9 đang sửa',
      ocopGroup: 'food',
      shelfLifeDays: 365,
    });
    await db.db
      .update(products)
      .set({ shelfLifeDays: 10, status: 'pending_review' })
      .where(eq(products.id, p9.id));
    // Never public: a draft, an archived product, a product of an unverified producer.
    await insertDraftProduct(db, b, { nameVi: 'Nháp' });
    const archived = await insertPublishedProduct(db, b, {
      nameVi: 'Đã lưu trữ',
      ocopGroup: 'food',
    });
    await db.db.update(products).set({ status: 'archived' }).where(eq(products.id, archived.id));
    await insertPublishedProduct(db, pendingProducer.organizationId, { nameVi: 'Chưa xác minh' });

    const campaign = await createCampaign();
    type Screened = {
      items: {
        product: { id: string };
        eligible: boolean;
        gaps: { code: string; met: boolean | null; severity: string }[];
      }[];
      total: number;
    };
    const screen = async (query: string) => {
      const response = await call(
        'GET',
        `/${campaign.id}/eligible${query}`,
        coordinator.accessToken,
      );
      expect(response.statusCode, response.body).toBe(200);
      return response.json<Screened>();
    };
    const eligible = await screen('?limit=100');
    const expected = [p1, p2, p8, p9].map((p) => p.id);
    expect(eligible.total).toBe(4);
    expect(eligible.items.map((i) => i.product.id).sort()).toEqual([...expected].sort());
    // SQL and the checklist agree, and the only line left is the label to confirm.
    for (const item of eligible.items) {
      expect(item.eligible).toBe(true);
      expect(item.gaps.filter((g) => g.severity === 'blocker').map((g) => [g.code, g.met])).toEqual(
        [['label-language', null]],
      );
      // Advice stays visible: none of these has exported to Japan yet.
      expect(item.gaps.find((g) => g.code === 'export-experience')).toMatchObject({
        met: false,
        severity: 'warning',
      });
    }

    const all = await screen('?filter=all&limit=100');
    expect(all.total).toBe(9);
    expect(all.items.slice(0, 4).every((i) => i.eligible)).toBe(true);
    for (const item of all.items) {
      expect(item.eligible).toBe(expected.includes(item.product.id));
    }
    const gapsOf = (id: string) =>
      all.items
        .find((i) => i.product.id === id)!
        .gaps.filter((g) => g.met === false && g.severity === 'blocker')
        .map((g) => g.code);
    expect(gapsOf(p3.id)).toEqual(['certification']);
    expect(gapsOf(p4.id)).toEqual(['certification']);
    expect(gapsOf(p5.id)).toEqual(['ocop-group']);
    expect(gapsOf(p6.id)).toEqual(['shelf-life-days']);
    expect(gapsOf(p7.id)).toEqual(['shelf-life-days', 'shelf-life-remaining']);

    const page1 = await screen('?limit=3&page=1');
    const page2 = await screen('?limit=3&page=2');
    expect(page1.items).toHaveLength(3);
    expect(page2.items).toHaveLength(1);
    expect(new Set([...page1.items, ...page2.items].map((i) => i.product.id))).toEqual(
      new Set(expected),
    );

    // A campaign with no criteria takes every public product.
    const open = await createCampaign({
      ...goodsWeek,
      ocopGroups: [],
      requiredCertifications: [],
      minShelfLifeDays: null,
      minRemainingShelfLifePercent: null,
    });
    const everything = await call('GET', `/${open.id}/eligible`, coordinator.accessToken);
    expect(everything.json<Screened>().total).toBe(9);
    expect(
      (await call('GET', '/01900000-0000-7000-8000-000000000000/eligible', coordinator.accessToken))
        .statusCode,
    ).toBe(404);
  });
});
