import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  auditLog,
  campaigns,
  certificates,
  marketGuides,
  products,
  users,
} from '../../../../../src/db/schema/index.ts';
import { seedProgrammesMarkets } from '../../../../../src/db/seed/programmes-markets.ts';
import { requirementsForCountry } from '../../../../../src/modules/market-guides/market-guides.requirements.ts';
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
} from '../campaigns/programmes-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producerA: Account;
let producerB: Account;
let distributor: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producerA, producerB, distributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
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

type Guide = { id: string; version: number; status: string; [key: string]: unknown };
const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token?: string, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1/market-guides${url}`,
    headers: token ? authHeader(token) : {},
    ...(payload ? { payload } : {}),
  });

const usGuide = {
  country: 'US',
  title: { vi: 'Hoa Kỳ — thực phẩm nhập khẩu', en: 'United States — imported food' },
  requiredCertifications: ['haccp', 'fda-ffr'],
  anyOfCertifications: ['iso22000', 'fssc22000'],
  labelLanguages: ['en'],
  minShelfLifeDays: 180,
  minRemainingShelfLifePercent: 50,
  transitDays: 35,
  documents: [{ vi: 'Thông báo trước (Prior Notice)' }],
  typicalMoq: { quantity: 500, unit: 'kg', text: { vi: 'Ghép container' } },
  contacts: [{ name: 'FDA', website: 'https://www.fda.gov/food' }],
};

async function createGuide(body: object = usGuide, token = coordinator.accessToken) {
  const response = await call('POST', '', token, body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Guide>();
}

async function publishedGuide(body: object = usGuide) {
  const guide = await createGuide(body);
  const response = await call('POST', `/${guide.id}/publish`, coordinator.accessToken, {
    version: guide.version,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Guide>();
}

describe('market guides: who may do what', () => {
  it('only coordinators and admins write; everyone else is refused before anything is stored', async () => {
    for (const [token, status] of [
      [undefined, 401],
      [producerA.accessToken, 403],
      [distributor.accessToken, 403],
    ] as const) {
      const response = await call('POST', '', token, usGuide);
      expect(response.statusCode).toBe(status);
    }
    expect(await ctx.database.db.select().from(marketGuides)).toHaveLength(0);
    await createGuide(usGuide, admin.accessToken);

    const guide = await createGuide();
    for (const [token, status] of [
      [undefined, 401],
      [producerA.accessToken, 403],
      [distributor.accessToken, 403],
    ] as const) {
      expect(
        (await call('PATCH', `/${guide.id}`, token, { version: 1, country: 'JP' })).statusCode,
      ).toBe(status);
      expect((await call('POST', `/${guide.id}/publish`, token, { version: 1 })).statusCode).toBe(
        status,
      );
      expect((await call('POST', `/${guide.id}/unpublish`, token, { version: 1 })).statusCode).toBe(
        status,
      );
    }
    const [row] = await ctx.database.db
      .select()
      .from(marketGuides)
      .where(eq(marketGuides.id, guide.id));
    expect(row).toMatchObject({ version: 1, status: 'draft', country: 'US' });
  });

  it('drafts are staff-only: a 404 for the public, absent from their list', async () => {
    const draft = await createGuide({ ...usGuide, country: 'KR' });
    const published = await publishedGuide({
      ...usGuide,
      country: 'KR',
      retailerName: 'Lotte Mart',
    });
    for (const token of [undefined, producerA.accessToken, distributor.accessToken]) {
      expect((await call('GET', `/${draft.id}`, token)).statusCode).toBe(404);
      expect((await call('GET', `/${published.id}`, token)).statusCode).toBe(200);
      const list = await call('GET', '?country=KR', token);
      expect(list.json<{ items: Guide[] }>().items.map((g) => g.id)).toEqual([published.id]);
      expect((await call('GET', '?status=draft', token)).json()).toMatchObject({ total: 0 });
    }
    for (const token of [coordinator.accessToken, admin.accessToken]) {
      expect((await call('GET', `/${draft.id}`, token)).statusCode).toBe(200);
      const list = await call('GET', '?country=KR', token);
      // Market-wide guide first, then the retailer's.
      expect(list.json<{ items: Guide[] }>().items.map((g) => g.id)).toEqual([
        draft.id,
        published.id,
      ]);
      const retailers = await call('GET', '?country=KR&retailer=true', token);
      expect(retailers.json<{ items: Guide[] }>().items.map((g) => g.id)).toEqual([published.id]);
    }
  });
});

describe('market guides: content, versions and status', () => {
  it('stores both languages (English optional) and the checkable requirements', async () => {
    const guide = await createGuide();
    expect(guide).toMatchObject({
      status: 'draft',
      version: 1,
      country: 'US',
      retailerName: null,
      title: usGuide.title,
      requirements: {
        requiredCertifications: ['haccp', 'fda-ffr'],
        anyOfCertifications: ['iso22000', 'fssc22000'],
        labelLanguages: ['en'],
        minShelfLifeDays: 180,
        minRemainingShelfLifePercent: 50,
        transitDays: 35,
      },
      documents: [{ vi: 'Thông báo trước (Prior Notice)', en: null }],
      typicalMoq: { quantity: 500, unit: 'kg', text: { vi: 'Ghép container', en: null } },
      contacts: [{ name: 'FDA', website: 'https://www.fda.gov/food', email: null }],
      labelling: null,
      publishedAt: null,
    });
  });

  it('refuses what a guide cannot mean, naming the field', async () => {
    const cases: [object, string][] = [
      [{ ...usGuide, typicalMoq: { unit: 'kg' } }, '/typicalMoq/quantity'],
      [{ ...usGuide, anyOfCertifications: ['iso22000'] }, '/anyOfCertifications'],
      [{ ...usGuide, anyOfCertifications: ['haccp', 'iso22000'] }, '/anyOfCertifications'],
      [{ ...usGuide, requiredCertifications: ['fda'] }, '/requiredCertifications/0'],
      [{ ...usGuide, title: { en: 'No Vietnamese' } }, '/title/vi'],
      [{ ...usGuide, country: 'usa' }, '/country'],
      [{ ...usGuide, status: 'published' }, '/status'],
      [{ ...usGuide, minRemainingShelfLifePercent: 100 }, '/minRemainingShelfLifePercent'],
    ];
    const before = (await ctx.database.db.select().from(marketGuides)).length;
    for (const [body, path] of cases) {
      const response = await call('POST', '', coordinator.accessToken, body);
      expect(response.statusCode, path).toBe(400);
      expect(response.json<{ code: string }>().code).toBe('VALIDATION_FAILED');
      expect(response.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toContain(
        path,
      );
    }
    expect(await ctx.database.db.select().from(marketGuides)).toHaveLength(before);
  });

  it('edits with the current version only; publish and unpublish move one way each, audited', async () => {
    const guide = await createGuide();
    const edited = await call('PATCH', `/${guide.id}`, coordinator.accessToken, {
      version: 1,
      notes: { vi: 'Cập nhật 2026', en: 'Updated 2026' },
      anyOfCertifications: [],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, notes: { vi: 'Cập nhật 2026' } });

    const stale = await call('PATCH', `/${guide.id}`, coordinator.accessToken, {
      version: 1,
      country: 'JP',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });

    const unpublishDraft = await call('POST', `/${guide.id}/unpublish`, coordinator.accessToken, {
      version: 2,
    });
    expect(unpublishDraft.statusCode).toBe(409);
    expect(unpublishDraft.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      allowed: ['published'],
    });

    const published = await call('POST', `/${guide.id}/publish`, coordinator.accessToken, {
      version: 2,
    });
    expect(published.json()).toMatchObject({ status: 'published', version: 3 });
    expect(published.json<{ publishedAt: string }>().publishedAt).toBeTruthy();
    const again = await call('POST', `/${guide.id}/publish`, coordinator.accessToken, {
      version: 3,
    });
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['draft'] });
    const unpublished = await call('POST', `/${guide.id}/unpublish`, coordinator.accessToken, {
      version: 3,
    });
    expect(unpublished.json()).toMatchObject({ status: 'draft', version: 4 });

    const audits = await ctx.database.db
      .select({ action: auditLog.action, actorId: auditLog.actorId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'market_guide'), eq(auditLog.entityId, guide.id)))
      .orderBy(auditLog.id);
    expect(audits.map((a) => a.action)).toEqual([
      'market_guide.create',
      'market_guide.update',
      'market_guide.publish',
      'market_guide.unpublish',
    ]);
    expect(new Set(audits.map((a) => a.actorId))).toEqual(new Set([coordinator.user.id]));
  });
});

describe('gap checklist', () => {
  it('checks valid certificates only, shelf life and export experience against the guide', async () => {
    const guide = await publishedGuide();
    const product = await insertPublishedProduct(ctx.database, producerA.organizationId, {
      exportedTo: ['US'],
    });
    const verifiedBy = coordinator.user.id;
    const org = producerA.organizationId;
    await insertCertificate(ctx.database, { organizationId: org, scheme: 'haccp', verifiedBy });
    await insertCertificate(ctx.database, {
      organizationId: org,
      productId: product.id,
      scheme: 'fda-ffr',
      expiresOn: '2024-12-31',
      verifiedBy,
    });
    const iso = await insertCertificate(ctx.database, {
      organizationId: org,
      productId: product.id,
      scheme: 'iso22000',
      verified: false,
      verifiedBy,
    });
    const checklist = async (token?: string) => {
      const response = await call('GET', `/${guide.id}/checklist?productId=${product.id}`, token);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{
        ready: boolean;
        metCount: number;
        gapCount: number;
        toConfirmCount: number;
        items: { code: string; met: boolean | null; message: { vi: string; en: string } }[];
      }>();
    };
    const first = await checklist();
    expect(first).toMatchObject({ ready: false, metCount: 5, gapCount: 2, toConfirmCount: 1 });
    expect(first.items.map((i) => [i.code, i.met])).toEqual([
      ['certification', true],
      ['certification', false],
      ['certification-any', false],
      ['label-language', null],
      ['shelf-life-days', true],
      ['shelf-life-remaining', true],
      ['moq', true],
      ['export-experience', true],
    ]);
    expect(first.items[0]!.message.en).toBe('Has HACCP ✓');
    expect(first.items[1]!.message.en).toBe('Needs US FDA food facility registration ✗');

    // Verifying the ISO 22000 certificate and renewing FDA registration make it ready.
    await ctx.database.db
      .update(certificates)
      .set({ verifiedAt: new Date(), verifiedBy })
      .where(eq(certificates.id, iso.id));
    await insertCertificate(ctx.database, {
      organizationId: org,
      productId: product.id,
      scheme: 'fda-ffr',
      expiresOn: '2098-12-31',
      verifiedBy,
    });
    for (const token of [
      undefined,
      producerB.accessToken,
      distributor.accessToken,
      coordinator.accessToken,
    ]) {
      expect(await checklist(token)).toMatchObject({ ready: true, gapCount: 0, toConfirmCount: 1 });
    }
  });

  it('the public checks the approved version; the owner and staff check the working copy of drafts', async () => {
    const guide = await publishedGuide();
    const live = await insertPublishedProduct(ctx.database, producerA.organizationId);
    // An edit in review: the working copy says 30 days, the approved version 365.
    await ctx.database.db
      .update(products)
      .set({ shelfLifeDays: 30, status: 'pending_review' })
      .where(eq(products.id, live.id));
    const shelf = async (productId: string, token?: string) => {
      const response = await call('GET', `/${guide.id}/checklist?productId=${productId}`, token);
      return {
        status: response.statusCode,
        met:
          response.statusCode === 200
            ? response
                .json<{ items: { code: string; met: boolean }[] }>()
                .items.find((i) => i.code === 'shelf-life-days')?.met
            : undefined,
      };
    };
    expect(await shelf(live.id)).toEqual({ status: 200, met: true });
    expect(await shelf(live.id, producerB.accessToken)).toEqual({ status: 200, met: true });
    expect(await shelf(live.id, producerA.accessToken)).toEqual({ status: 200, met: false });
    expect(await shelf(live.id, coordinator.accessToken)).toEqual({ status: 200, met: false });

    const draft = await insertDraftProduct(ctx.database, producerA.organizationId);
    expect((await shelf(draft.id)).status).toBe(404);
    expect((await shelf(draft.id, producerB.accessToken)).status).toBe(404);
    expect((await shelf(draft.id, distributor.accessToken)).status).toBe(404);
    expect(await shelf(draft.id, producerA.accessToken)).toEqual({ status: 200, met: true });
    expect((await shelf(draft.id, admin.accessToken)).status).toBe(200);
    expect((await shelf('01900000-0000-7000-8000-000000000000')).status).toBe(404);
  });

  it('a draft guide has no checklist for the public; a bad product id is a 400', async () => {
    const draft = await createGuide();
    const product = await insertPublishedProduct(ctx.database, producerA.organizationId);
    expect((await call('GET', `/${draft.id}/checklist?productId=${product.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await call('GET', `/${draft.id}/checklist?productId=${product.id}`, coordinator.accessToken))
        .statusCode,
    ).toBe(200);
    const bad = await call('GET', `/${draft.id}/checklist?productId=nope`, coordinator.accessToken);
    expect(bad.statusCode).toBe(400);
    expect((await call('GET', `/${draft.id}/checklist`)).statusCode).toBe(400);
  });
});

describe('requirements for the matching engine', () => {
  it('reads the published market-wide guide; member states fall back to the EU guide', async () => {
    await createGuide({ ...usGuide, country: 'TH' });
    expect(await requirementsForCountry(ctx.database.db, 'TH')).toBeNull();
    const eu = await publishedGuide({
      ...usGuide,
      country: 'EU',
      requiredCertifications: ['haccp'],
    });
    await publishedGuide({
      ...usGuide,
      country: 'DE',
      retailerName: 'REWE',
      requiredCertifications: ['ifs'],
    });
    const de = await requirementsForCountry(ctx.database.db, 'de');
    expect(de).toMatchObject({
      guideId: eu.id,
      country: 'EU',
      requirements: {
        requiredCertifications: ['haccp'],
        country: 'EU',
        moq: { quantity: 500, unit: 'kg' },
      },
    });
    expect(await requirementsForCountry(ctx.database.db, 'BR')).toBeNull();
  });
});

describe('demo seed', () => {
  it('writes four published guides and one open campaign, once', async () => {
    await ctx.database.db
      .insert(users)
      .values({
        email: 'coordinator@ketnoi.vn',
        passwordHash: 'x',
        name: 'Điều phối',
        role: 'coordinator',
      })
      .onConflictDoNothing();
    // The seed keys guides by country and retailer: start from none (earlier tests made some).
    await ctx.database.db.delete(marketGuides);
    expect(await seedProgrammesMarkets(ctx.database.db)).toEqual({ guides: 4, campaigns: 1 });
    expect(await seedProgrammesMarkets(ctx.database.db)).toEqual({ guides: 0, campaigns: 0 });
    const seeded = await ctx.database.db
      .select()
      .from(marketGuides)
      .where(eq(marketGuides.status, 'published'));
    const keys = seeded.map((g) => `${g.country}:${g.retailerName ?? ''}`);
    expect(keys).toEqual(expect.arrayContaining(['JP:', 'EU:', 'US:', 'JP:AEON Japan']));
    for (const guide of seeded) {
      const response = await call('GET', `/${guide.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json<{ documents: unknown[] }>().documents.length).toBeGreaterThan(0);
    }
    const [campaign] = await ctx.database.db.select().from(campaigns);
    expect(campaign).toMatchObject({ status: 'open', country: 'JP', retailerName: 'AEON Japan' });
    expect(campaign!.marketGuideId).toBe(seeded.find((g) => g.retailerName === 'AEON Japan')!.id);
  });
});
