import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, register, verifyOrganization } from '../helpers/fixtures.ts';
import { pollUntil } from '../helpers/poll.ts';

/** With the public-view cache on (as in production), owners still see their working copy. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ PUBLIC_CACHE_MS: '300000' });
});
afterAll(async () => ctx?.close());

describe('public product view cache', () => {
  it('serves anonymous readers the approved version and never gives the owner a cached public view', async () => {
    const producer = await register(ctx.app, 'producer');
    await verifyOrganization(ctx.database, producer.organizationId);
    const coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: authHeader(producer.accessToken),
      payload: {
        nameVi: 'Chè búp Tân Cương',
        descriptionVi: 'Chè búp sao tay.',
        ocopGroup: 'beverage',
        category: 'tea',
        province: 'Thái Nguyên',
        unit: 'kg',
        moq: 5,
      },
    });
    const id = created.json().id as string;
    const submitted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/products/${id}/submit`,
      headers: authHeader(producer.accessToken),
      payload: { version: 1 },
    });
    await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/products/${id}/approve`,
      headers: authHeader(coordinator.accessToken),
      payload: { version: submitted.json().version },
    });

    const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/v1/products/${id}` });
    expect(anonymous.json().nameVi).toBe('Chè búp Tân Cương');
    const edit = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${id}`,
      headers: authHeader(producer.accessToken),
      payload: { version: 3, nameVi: 'Chè búp Tân Cương loại đặc biệt' },
    });
    expect(edit.statusCode).toBe(200);

    const owner = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/products/${id}`,
      headers: authHeader(producer.accessToken),
    });
    expect(owner.json()).toMatchObject({
      nameVi: 'Chè búp Tân Cương loại đặc biệt',
      status: 'pending_review',
    });
    const again = await ctx.app.inject({ method: 'GET', url: `/api/v1/products/${id}` });
    expect(again.json()).toMatchObject({ nameVi: 'Chè búp Tân Cương', status: 'published' });
    expect(again.json()).not.toHaveProperty('reviewNote');
  });

  it('drops the cached view as soon as the search-sync worker re-indexes the product', async () => {
    await ctx.startWorker();
    const producer = await register(ctx.app, 'producer');
    await verifyOrganization(ctx.database, producer.organizationId);
    const coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: authHeader(producer.accessToken),
      payload: {
        nameVi: 'Mật ong bạc hà',
        descriptionVi: 'Mật ong cao nguyên đá.',
        ocopGroup: 'food',
        category: 'honey',
        province: 'Hà Giang',
        unit: 'l',
        moq: 5,
      },
    });
    const id = created.json().id as string;
    const submitted = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/products/${id}/submit`,
      headers: authHeader(producer.accessToken),
      payload: { version: 1 },
    });
    const approved = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/products/${id}/approve`,
      headers: authHeader(coordinator.accessToken),
      payload: { version: submitted.json().version },
    });
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/products/${id}` })).statusCode,
    ).toBe(200);
    await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/products/${id}?version=${approved.json().version}`,
      headers: authHeader(producer.accessToken),
    });
    await pollUntil(
      async () =>
        (await ctx.app.inject({ method: 'GET', url: `/api/v1/products/${id}` })).statusCode,
      (status) => status === 404,
      { timeoutMs: 10_000, what: 'the archived product to leave the public cache' },
    );
  });
});
