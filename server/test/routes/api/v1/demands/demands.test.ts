import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { Demand, DemandPage } from '@ketnoi/shared';
import { auditLog, organizations } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import {
  createDemand,
  demandBody,
  demandCount,
  inDays,
  matchProducer,
  matchingJobsFor,
  openDemand,
} from './demand-fixtures.ts';

let ctx: TestContext;
let distributor: Account;
let otherDistributor: Account;
let producer: Account;
let coordinator: Account;
let admin: Account;

const standing = { requiresVatInvoice: true, paymentDays: 30, labelLanguages: ['vi'] };

beforeAll(async () => {
  ctx = await createTestContext();
  [distributor, otherDistributor, producer, coordinator, admin] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
  ]);
  await Promise.all(
    [distributor, otherDistributor, producer].map((a) =>
      verifyOrganization(ctx.database, a.organizationId),
    ),
  );
  await ctx.database.db
    .update(organizations)
    .set({ requirements: { ...standing } as never })
    .where(eq(organizations.id, distributor.organizationId));
});
afterAll(async () => ctx?.close());

const call = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  account: Account | null,
  payload?: object,
) =>
  ctx.app.inject({
    method,
    url: `/api/v1/demands${url}`,
    headers: account ? authHeader(account.accessToken) : {},
    ...(payload ? { payload } : {}),
  });

describe('POST /demands', () => {
  it('creates a draft of the distributor’s organization, resolving provinces and inheriting requirements', async () => {
    const response = await call('POST', '', distributor, {
      ...demandBody({ preferredProvinces: ['Hà Giang', 'Bắc Kạn', 'thai-nguyen', 'Tuyên Quang'] }),
      requirements: { paymentDays: 45, labelLanguages: ['vi', 'en'] },
    });
    expect(response.statusCode).toBe(201);
    const demand = response.json<Demand>();
    expect(demand).toMatchObject({
      status: 'draft',
      version: 1,
      ocopGroup: 'food', // from the category
      category: 'honey',
      distributor: { id: distributor.organizationId, verified: true },
      preferredProvinces: ['tuyen-quang', 'thai-nguyen'],
      requirements: { paymentDays: 45, labelLanguages: ['vi', 'en'] },
      allowedActions: ['edit', 'open'],
    });
    expect(demand.effectiveRequirements).toMatchObject({
      requiresVatInvoice: true,
      paymentDays: 45,
      labelLanguages: ['en', 'vi'],
      requiresGs1Barcode: false,
    });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, demand.id), eq(auditLog.action, 'demand.create')));
    expect(audit).toHaveLength(1);
    expect(await matchingJobsFor(ctx.database, demand.id)).toEqual([]);
  });

  it('is for distributors only: producer, coordinator, admin 403; anonymous 401', async () => {
    for (const account of [producer, coordinator, admin]) {
      const response = await call('POST', '', account, demandBody());
      expect(response.statusCode, account.user.role).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
    expect((await call('POST', '', null, demandBody())).statusCode).toBe(401);
  });

  it.each([
    ['a missing title', { title: undefined }, '/title', 'VALIDATION_FAILED'],
    ['an unknown unit', { unit: 'bucket' }, '/unit', 'VALIDATION_FAILED'],
    ['a category outside the group', { ocopGroup: 'beverage' }, '/category', 'VALIDATION_FAILED'],
    ['an unknown category', { category: 'spaceships' }, '/category', 'VALIDATION_FAILED'],
    ['min above max price', { priceMin: 300_000 }, '/priceMax', 'VALIDATION_FAILED'],
    ['a fractional price', { priceMin: 1.5 }, '/priceMin', 'VALIDATION_FAILED'],
    ['an unknown currency', { currency: 'XYZ' }, '/currency', 'VALIDATION_FAILED'],
    [
      'an Incoterm without a place',
      { incoterm: 'FOB', destinationCountry: 'JP' },
      '/incotermPlace',
      'VALIDATION_FAILED',
    ],
    [
      'a place without an Incoterm',
      { incotermPlace: 'Cát Lái', destinationCountry: 'JP' },
      '/incoterm',
      'VALIDATION_FAILED',
    ],
    [
      'an Incoterm for the home market',
      { incoterm: 'FOB', incotermPlace: 'Cát Lái' },
      '/incoterm',
      'VALIDATION_FAILED',
    ],
    [
      'an unknown certification',
      { requiredCertifications: ['gold-star'] },
      '/requiredCertifications/0',
      'VALIDATION_FAILED',
    ],
    ['2 OCOP stars', { minOcopStars: 2 }, '/minOcopStars', 'VALIDATION_FAILED'],
    [
      'a lower-case country',
      { destinationCountry: 'jp' },
      '/destinationCountry',
      'VALIDATION_FAILED',
    ],
    [
      'an unknown province',
      { preferredProvinces: ['Hà Nội', 'Narnia'] },
      '/preferredProvinces/1',
      'UNKNOWN_PROVINCE',
    ],
    [
      'an unknown region',
      { preferredRegions: ['atlantis'] },
      '/preferredRegions/0',
      'VALIDATION_FAILED',
    ],
    ['a needed-by date in the past', { neededBy: inDays(-3) }, '/neededBy', 'VALIDATION_FAILED'],
    ['an impossible date', { neededBy: '2030-02-30' }, '/neededBy', 'VALIDATION_FAILED'],
    ['a zero quantity', { quantityPerOrder: 0 }, '/quantityPerOrder', 'VALIDATION_FAILED'],
    ['a server-owned status', { status: 'open' }, '', 'VALIDATION_FAILED'],
    [
      'an unknown requirement',
      { requirements: { freeDelivery: true } },
      '/requirements',
      'VALIDATION_FAILED',
    ],
  ])('refuses %s with 400 and writes nothing', async (_label, overrides, path, code) => {
    const before = await demandCount(ctx.database, distributor.organizationId);
    const response = await call('POST', '', distributor, demandBody(overrides));
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe(code);
    expect(problem.errors.map((e: { path: string }) => e.path).join(' ')).toContain(path);
    expect(await demandCount(ctx.database, distributor.organizationId)).toBe(before);
  });

  it('refuses requirements looser than the standing ones, naming each key, in both languages', async () => {
    const body = demandBody({
      requirements: { requiresVatInvoice: false, paymentDays: 15, labelLanguages: ['en'] },
    });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/demands',
      headers: { ...authHeader(distributor.accessToken), 'accept-language': 'en' },
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
      '/requirements/requiresVatInvoice',
      '/requirements/paymentDays',
      '/requirements/labelLanguages',
    ]);
    expect(problem.errors[1].message).toContain('only tighten');
    const vi = await call('POST', '', distributor, body);
    expect(vi.json().errors[0].message).toContain('chặt hơn');
  });

  it('accepts an export demand with an Incoterm and its place', async () => {
    const demand = await createDemand(ctx.app, distributor, {
      destinationCountry: 'JP',
      incoterm: 'FOB',
      incotermPlace: 'Cảng Cát Lái',
      currency: 'USD',
      priceMin: 500,
      priceMax: 900,
    });
    expect(demand).toMatchObject({ destinationCountry: 'JP', incoterm: 'FOB', currency: 'USD' });
  });
});

describe('who sees a demand', () => {
  let draft: Demand;
  let open: Demand;

  beforeAll(async () => {
    draft = await createDemand(ctx.app, distributor, { title: 'Bản nháp riêng tư' });
    open = await openDemand(
      ctx.app,
      distributor,
      await createDemand(ctx.app, distributor, {
        title: 'Nước mắm Phú Quốc',
        destinationCountry: 'SG',
      }),
    );
  });

  it('owner: every status, with the actions it may take', async () => {
    const response = await call('GET', `/${draft.id}`, distributor);
    expect(response.statusCode).toBe(200);
    expect(response.json().allowedActions).toEqual(['edit', 'open']);
    const list = (await call('GET', '', distributor)).json<DemandPage>();
    expect(list.items.map((d) => d.id)).toEqual(expect.arrayContaining([draft.id, open.id]));
  });

  it('another distributor: 404 and never in its list', async () => {
    expect((await call('GET', `/${draft.id}`, otherDistributor)).statusCode).toBe(404);
    const response = await call('GET', `/${open.id}`, otherDistributor);
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
    const list = (await call('GET', '', otherDistributor)).json<DemandPage>();
    expect(list.items.map((d) => d.distributor.id)).not.toContain(distributor.organizationId);
  });

  it('coordinator and admin: open demands of verified distributors, never drafts', async () => {
    for (const staff of [coordinator, admin]) {
      expect((await call('GET', `/${draft.id}`, staff)).statusCode).toBe(404);
      const response = await call('GET', `/${open.id}`, staff);
      expect(response.statusCode).toBe(200);
      expect(response.json().allowedActions).toEqual([]);
      const list = (await call('GET', '?status=open', staff)).json<DemandPage>();
      expect(list.items.map((d) => d.id)).toContain(open.id);
      expect(list.items.every((d) => d.status === 'open')).toBe(true);
      const all = (await call('GET', '?limit=100', staff)).json<DemandPage>();
      expect(all.items.some((d) => d.status === 'draft')).toBe(false);
    }
  });

  it('hides the demands of a distributor that is no longer verified from staff', async () => {
    const other = await openDemand(
      ctx.app,
      otherDistributor,
      await createDemand(ctx.app, otherDistributor),
    );
    expect((await call('GET', `/${other.id}`, coordinator)).statusCode).toBe(200);
    await ctx.database.db
      .update(organizations)
      .set({ verificationStatus: 'pending' })
      .where(eq(organizations.id, otherDistributor.organizationId));
    try {
      expect((await call('GET', `/${other.id}`, coordinator)).statusCode).toBe(404);
      const list = (await call('GET', '?limit=100', coordinator)).json<DemandPage>();
      expect(list.items.map((d) => d.id)).not.toContain(other.id);
    } finally {
      await verifyOrganization(ctx.database, otherDistributor.organizationId);
    }
  });

  it('producer: only through a match that concerns it, once introduced', async () => {
    expect((await call('GET', `/${open.id}`, producer)).statusCode).toBe(404);
    expect((await call('GET', '', producer)).json<DemandPage>().items).toEqual([]);
    await matchProducer(ctx.database, open, producer.organizationId, 'proposed');
    expect((await call('GET', `/${open.id}`, producer)).statusCode).toBe(404);
    const another = await openDemand(
      ctx.app,
      distributor,
      await createDemand(ctx.app, distributor),
    );
    await matchProducer(ctx.database, another, producer.organizationId, 'introduced');
    const response = await call('GET', `/${another.id}`, producer);
    expect(response.statusCode).toBe(200);
    expect(response.json().allowedActions).toEqual([]);
    const list = (await call('GET', '', producer)).json<DemandPage>();
    expect(list.items.map((d) => d.id)).toEqual([another.id]);
    // Another producer's introduction shows it nothing.
    const stranger = await quickAccount(ctx.app, ctx.database, 'producer');
    expect((await call('GET', `/${another.id}`, stranger)).statusCode).toBe(404);
  });

  it('anonymous: 401; a malformed id: 400; an unknown id: 404', async () => {
    expect((await call('GET', `/${open.id}`, null)).statusCode).toBe(401);
    expect((await call('GET', '', null)).statusCode).toBe(401);
    expect((await call('GET', '/not-a-uuid', distributor)).statusCode).toBe(400);
    expect(
      (await call('GET', '/01900000-0000-7000-8000-000000000000', distributor)).statusCode,
    ).toBe(404);
  });

  it('filters by status, words (ignoring diacritics) and destination', async () => {
    const byWords = (await call('GET', '?q=nuoc%20mam', distributor)).json<DemandPage>();
    expect(byWords.items.map((d) => d.id)).toEqual([open.id]);
    const byCountry = (await call('GET', '?destinationCountry=sg', distributor)).json<DemandPage>();
    expect(byCountry.items.map((d) => d.id)).toEqual([open.id]);
    const drafts = (await call('GET', '?status=draft&limit=100', distributor)).json<DemandPage>();
    expect(drafts.items.every((d) => d.status === 'draft')).toBe(true);
    expect(drafts.items.map((d) => d.id)).toContain(draft.id);
    expect((await call('GET', '?q=%25', distributor)).json<DemandPage>().total).toBe(0);
    expect((await call('GET', '?status=archived', distributor)).statusCode).toBe(400);
  });
});
