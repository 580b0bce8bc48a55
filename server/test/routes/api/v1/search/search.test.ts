import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  register,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { pollUntil } from '../../../../helpers/poll.ts';

const waitFor = (probe: () => Promise<boolean>, options: { timeoutMs: number }) =>
  pollUntil(probe, (found) => found, { ...options, what: 'the search index to catch up' });

/** The whole path: a coordinator publishes → outbox → relay → search-sync worker → the index → the API. */
let ctx: TestContext;
let producer: Account;
let coordinator: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.startWorker();
  producer = await register(ctx.app, 'producer', { province: 'Thái Nguyên' });
  await verifyOrganization(ctx.database, producer.organizationId);
  coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
});
afterAll(async () => ctx?.close());

async function createProduct(nameVi: string, extra: Record<string, unknown> = {}) {
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/products',
    headers: authHeader(producer.accessToken),
    payload: {
      nameVi,
      descriptionVi: 'Sản phẩm đặc sản của hợp tác xã, đóng gói cẩn thận.',
      ocopGroup: 'food',
      category: 'processed-foods',
      province: 'Bắc Kạn',
      unit: 'kg',
      moq: 10,
      ...extra,
    },
  });
  expect(created.statusCode).toBe(201);
  return created.json<{ id: string; version: number }>();
}

async function publish(nameVi: string, extra: Record<string, unknown> = {}) {
  const product = await createProduct(nameVi, extra);
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
    payload: { version: submitted.json().version },
  });
  expect(approved.statusCode).toBe(200);
  return approved.json<{ id: string; version: number }>();
}

const search = async (query: string) => {
  const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/search/products?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{
    total: number;
    hits: { id: string; nameVi: string; highlights: Record<string, [number, number][]> }[];
    facets: Record<string, Record<string, number>>;
    engine: string;
  }>();
};

describe('GET /api/v1/search/products', () => {
  it('finds a product within seconds of its approval, without diacritics and by its old province name', async () => {
    const product = await publish('Miến dong Bắc Kạn đặc biệt');
    await waitFor(
      async () => (await search('q=mien%20dong')).hits.some((h) => h.id === product.id),
      { timeoutMs: 10_000 },
    );
    const result = await search(`q=${encodeURIComponent('miến dong bac kan')}`);
    expect(result.engine).toBe('postgres');
    expect(result.hits[0]?.id).toBe(product.id);
    expect(result.hits[0]?.highlights.nameVi?.length).toBeGreaterThan(0);
    const byOldProvince = await search(`province=${encodeURIComponent('Bắc Kạn')}`);
    expect(byOldProvince.hits.map((h) => h.id)).toContain(product.id);
    expect(byOldProvince.facets.province).toEqual({ 'thai-nguyen': byOldProvince.total });
  });

  it('never shows drafts, and drops archived products from the index', async () => {
    const draft = await createProduct('Bánh chưng nháp chưa gửi');
    const product = await publish('Bánh chưng Bờ Đậu gói lá dong');
    await waitFor(
      async () => (await search('q=banh%20chung')).hits.some((h) => h.id === product.id),
      { timeoutMs: 10_000 },
    );
    expect((await search('q=banh%20chung')).hits.map((h) => h.id)).not.toContain(draft.id);
    const archived = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/v1/products/${product.id}?version=${product.version}`,
      headers: authHeader(producer.accessToken),
    });
    expect(archived.statusCode).toBe(200);
    await waitFor(
      async () => !(await search('q=banh%20chung')).hits.some((h) => h.id === product.id),
      { timeoutMs: 10_000 },
    );
  });

  it('answers hostile or odd queries with 200, and deep paging with a clear 400', async () => {
    for (const q of [
      "' & | ! ( ) :*",
      '%_\\',
      'x'.repeat(200),
      '"; drop table products; --',
      '<script>alert(1)</script>',
    ]) {
      await search(`q=${encodeURIComponent(q)}`);
    }
    const nul = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/search/products?q=${encodeURIComponent('mien\u0000dong')}`,
    });
    expect(nul.statusCode).toBeLessThan(500);
    const deep = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/search/products?page=51&limit=20',
    });
    expect(deep.statusCode).toBe(400);
    expect(deep.json().errors[0].path).toBe('/query/page');
    const unknownProvince = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/search/products?province=Atlantis',
    });
    expect(unknownProvince.json().code).toBe('UNKNOWN_PROVINCE');
  });
});
