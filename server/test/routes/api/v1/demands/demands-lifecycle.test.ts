import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, demands } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../../../../helpers/quick-accounts.ts';
import {
  createDemand,
  inDays,
  matchProducer,
  matchingJobsFor,
  openDemand,
} from './demand-fixtures.ts';

let ctx: TestContext;
let distributor: Account;
let unverified: Account;
let otherDistributor: Account;
let producer: Account;
let coordinator: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [distributor, unverified, otherDistributor, producer, coordinator] = await Promise.all([
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    createStaff(ctx.app, ctx.database, 'coordinator'),
  ]);
  await Promise.all(
    [distributor, otherDistributor, producer].map((a) =>
      verifyOrganization(ctx.database, a.organizationId),
    ),
  );
});
afterAll(async () => ctx?.close());

const post = (url: string, account: Account | null, payload: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/demands${url}`,
    headers: account ? authHeader(account.accessToken) : {},
    payload,
  });
const patch = (id: string, account: Account | null, payload: object) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/demands/${id}`,
    headers: account ? authHeader(account.accessToken) : {},
    payload,
  });
const statusOf = async (id: string) =>
  (await ctx.database.db.select().from(demands).where(eq(demands.id, id)))[0]!;
const auditActions = async (id: string) =>
  (
    await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, id), eq(auditLog.entityType, 'demand')))
      .orderBy(asc(auditLog.id))
  ).map((a) => a.action);

describe('PATCH /demands/:id', () => {
  it('edits a draft with the current version and queues no matching', async () => {
    const demand = await createDemand(ctx.app, distributor);
    const response = await patch(demand.id, distributor, {
      version: 1,
      title: 'Mật ong rừng U Minh',
      preferredProvinces: ['Cà Mau'],
      neededBy: null,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      title: 'Mật ong rừng U Minh',
      preferredProvinces: ['ca-mau'],
      neededBy: null,
      version: 2,
      category: 'honey', // kept
    });
    expect(await matchingJobsFor(ctx.database, demand.id)).toEqual([]);
    expect(await auditActions(demand.id)).toEqual(['demand.create', 'demand.update']);
  });

  it('refuses a stale version with 409 VERSION_CONFLICT and the current version', async () => {
    const demand = await createDemand(ctx.app, distributor);
    await patch(demand.id, distributor, { version: 1, title: 'Lần sửa thứ nhất' });
    const stale = await patch(demand.id, distributor, { version: 1, title: 'Lần sửa cũ' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    expect((await statusOf(demand.id)).title).toBe('Lần sửa thứ nhất');
  });

  it('checks a partial edit against the values it keeps', async () => {
    const demand = await createDemand(ctx.app, distributor, {
      destinationCountry: 'JP',
      incoterm: 'CIF',
      incotermPlace: 'Tokyo',
    });
    const home = await patch(demand.id, distributor, { version: 1, destinationCountry: 'VN' });
    expect(home.statusCode).toBe(400);
    expect(home.json().errors[0].path).toBe('/incoterm');
    const group = await patch(demand.id, distributor, { version: 1, ocopGroup: 'beverage' });
    expect(group.json().errors[0].path).toBe('/category');
    const price = await patch(demand.id, distributor, { version: 1, priceMax: 1000 });
    expect(price.json().errors[0].path).toBe('/priceMax');
    expect((await patch(demand.id, distributor, { version: 1 })).statusCode).toBe(400);
    expect((await statusOf(demand.id)).version).toBe(1);
  });

  it('other distributor 404, producer introduced 403, coordinator 403, anonymous 401', async () => {
    const demand = await openDemand(ctx.app, distributor, await createDemand(ctx.app, distributor));
    await matchProducer(ctx.database, demand, producer.organizationId, 'negotiating');
    const body = { version: demand.version, title: 'Đổi tên' };
    expect((await patch(demand.id, otherDistributor, body)).statusCode).toBe(404);
    expect((await patch(demand.id, producer, body)).statusCode).toBe(403);
    expect((await patch(demand.id, coordinator, body)).statusCode).toBe(403);
    expect((await patch(demand.id, null, body)).statusCode).toBe(401);
    for (const action of ['open', 'close']) {
      expect((await post(`/${demand.id}/${action}`, otherDistributor, body)).statusCode).toBe(400);
      const payload = { version: demand.version };
      expect((await post(`/${demand.id}/${action}`, otherDistributor, payload)).statusCode).toBe(
        404,
      );
      expect((await post(`/${demand.id}/${action}`, producer, payload)).statusCode).toBe(403);
      expect((await post(`/${demand.id}/${action}`, coordinator, payload)).statusCode).toBe(403);
      expect((await post(`/${demand.id}/${action}`, null, payload)).statusCode).toBe(401);
    }
    expect(await statusOf(demand.id)).toMatchObject({ status: 'open', title: demand.title });
  });
});

describe('open and close', () => {
  it('will not open a demand of an unverified organization (409 ORGANIZATION_NOT_VERIFIED)', async () => {
    const demand = await createDemand(ctx.app, unverified);
    const response = await post(`/${demand.id}/open`, unverified, { version: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('ORGANIZATION_NOT_VERIFIED');
    expect((await statusOf(demand.id)).status).toBe('draft');
    expect(await matchingJobsFor(ctx.database, demand.id)).toEqual([]);
  });

  it('walks draft → open → closed → open, one matching job per open version, every step audited', async () => {
    const draft = await createDemand(ctx.app, distributor);
    const opened = await openDemand(ctx.app, distributor, draft);
    expect(opened).toMatchObject({ status: 'open', version: 2, allowedActions: ['edit', 'close'] });
    expect(opened.openedAt).not.toBeNull();

    const again = await post(`/${draft.id}/open`, distributor, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['edit', 'close'] });

    const edited = await patch(draft.id, distributor, { version: 2, quantityPerOrder: 800 });
    expect(edited.json()).toMatchObject({ version: 3, status: 'open', quantityPerOrder: 800 });

    const closed = await post(`/${draft.id}/close`, distributor, { version: 3 });
    expect(closed.json()).toMatchObject({ status: 'closed', version: 4, allowedActions: ['open'] });
    expect(closed.json().closedAt).not.toBeNull();

    const closeAgain = await post(`/${draft.id}/close`, distributor, { version: 4 });
    expect(closeAgain.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['open'] });
    const editClosed = await patch(draft.id, distributor, { version: 4, title: 'Sửa khi đã đóng' });
    expect(editClosed.statusCode).toBe(409);
    expect(editClosed.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['open'] });

    const reopened = await post(`/${draft.id}/open`, distributor, { version: 4 });
    expect(reopened.json()).toMatchObject({ status: 'open', version: 5, closedAt: null });

    expect(await matchingJobsFor(ctx.database, draft.id)).toEqual([
      { version: 2, dedupeKey: `matching.demand:${draft.id}:2` },
      { version: 3, dedupeKey: `matching.demand:${draft.id}:3` },
      { version: 5, dedupeKey: `matching.demand:${draft.id}:5` },
    ]);
    expect(await auditActions(draft.id)).toEqual([
      'demand.create',
      'demand.open',
      'demand.update',
      'demand.close',
      'demand.open',
    ]);
  });

  it('will not close a draft (409 listing what is allowed)', async () => {
    const draft = await createDemand(ctx.app, distributor);
    const response = await post(`/${draft.id}/close`, distributor, { version: 1 });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      allowed: ['edit', 'open'],
    });
  });

  it('will not open a demand whose needed-by date has passed', async () => {
    const draft = await createDemand(ctx.app, distributor);
    await ctx.database.db
      .update(demands)
      .set({ neededBy: inDays(-2) })
      .where(eq(demands.id, draft.id));
    const response = await post(`/${draft.id}/open`, distributor, { version: 1 });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].path).toBe('/neededBy');
    expect((await statusOf(draft.id)).status).toBe('draft');
  });

  it('opens once when the same version is sent twice at the same time', async () => {
    const draft = await createDemand(ctx.app, distributor);
    const responses = await Promise.all([
      post(`/${draft.id}/open`, distributor, { version: 1 }),
      post(`/${draft.id}/open`, distributor, { version: 1 }),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(responses.find((r) => r.statusCode === 409)!.json().code).toBe('VERSION_CONFLICT');
    expect(await matchingJobsFor(ctx.database, draft.id)).toHaveLength(1);
    expect((await auditActions(draft.id)).filter((a) => a === 'demand.open')).toHaveLength(1);
  });

  it('a member of the same organization may act on it', async () => {
    const { account: colleague } = await quickMember(
      ctx.app,
      ctx.database,
      distributor.organizationId,
      { role: 'distributor' },
    );
    const draft = await createDemand(ctx.app, distributor);
    const response = await post(`/${draft.id}/open`, colleague!, { version: 1 });
    expect(response.statusCode).toBe(200);
  });
});
