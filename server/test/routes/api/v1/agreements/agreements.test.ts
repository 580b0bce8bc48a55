import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { agreements, auditLog } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';
import { insertDemand, insertMatch, insertPublishedProduct } from '../matches/match-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producer: Account;
let distributor: Account;
let otherProducer: Account;
let otherDistributor: Account;
let product: { id: string; producerOrgId: string };
let introduced: { id: string; productId: string };

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producer, distributor, otherProducer, otherDistributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const account of [producer, distributor, otherProducer, otherDistributor]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  product = await insertPublishedProduct(ctx.database, producer.organizationId);
  introduced = await insertMatch(
    ctx.database,
    await insertDemand(ctx.database, distributor),
    product,
    {
      status: 'negotiating',
    },
  );
});
afterAll(async () => ctx?.close());

const post = (payload: Record<string, unknown>, token?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/agreements',
    headers: token ? authHeader(token) : {},
    payload,
  });
const list = (query: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/agreements${query}`,
    headers: token ? authHeader(token) : {},
  });
const mou = (overrides: Record<string, unknown> = {}) => ({
  kind: 'mou',
  title: 'Biên bản ghi nhớ hợp tác tiêu thụ mật ong',
  producerOrgId: producer.organizationId,
  distributorOrgId: distributor.organizationId,
  signedOn: '2025-11-20',
  ...overrides,
});

describe('POST /api/v1/agreements', () => {
  it('lets a coordinator record an MoU between two parties, audited', async () => {
    const response = await post(
      mou({ value: 300_000_000, currency: 'VND', productIds: [product.id] }),
      coordinator.accessToken,
    );
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      kind: 'mou',
      matchId: null,
      producer: { id: producer.organizationId },
      distributor: { id: distributor.organizationId },
      signedOn: '2025-11-20',
      value: 300_000_000,
      currency: 'VND',
      productIds: [product.id],
    });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, body.id));
    expect(audit).toMatchObject([{ action: 'agreement.create', actorId: coordinator.user.id }]);
  });

  it('takes the parties and the product from a match', async () => {
    const response = await post(
      {
        kind: 'contract',
        title: 'Hợp đồng cung ứng 2026',
        matchId: introduced.id,
        signedOn: '2026-01-05',
      },
      admin.accessToken,
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      matchId: introduced.id,
      producer: { id: producer.organizationId },
      distributor: { id: distributor.organizationId },
      productIds: [introduced.productId],
      value: null,
    });
  });

  it('refuses what does not hold together, writing nothing', async () => {
    const foreign = await insertPublishedProduct(ctx.database, otherProducer.organizationId);
    const proposal = await insertMatch(
      ctx.database,
      await insertDemand(ctx.database, distributor),
      foreign,
    );
    const before = (await ctx.database.db.select().from(agreements)).length;
    const cases: [Record<string, unknown>, number, string | null][] = [
      [mou({ value: 100 }), 400, '/currency'],
      [mou({ currency: 'USD' }), 400, '/value'],
      [mou({ productIds: [foreign.id] }), 400, '/productIds'],
      [mou({ producerOrgId: undefined }), 400, '/producerOrgId'],
      [mou({ distributorOrgId: otherProducer.organizationId }), 400, '/distributorOrgId'],
      [mou({ signedOn: '2999-12-31' }), 400, '/signedOn'],
      [mou({ signedOn: 'yesterday' }), 400, '/signedOn'],
      [mou({ kind: 'promise' }), 400, '/kind'],
      [
        { ...mou(), matchId: introduced.id, producerOrgId: otherProducer.organizationId },
        400,
        '/producerOrgId',
      ],
      [{ kind: 'mou', title: 'Ghi nhớ', matchId: proposal.id, signedOn: '2025-01-01' }, 409, null],
      [{ kind: 'mou', title: 'Ghi nhớ', matchId: uuidv7(), signedOn: '2025-01-01' }, 404, null],
    ];
    for (const [payload, status, path] of cases) {
      const response = await post(payload, coordinator.accessToken);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      if (path) {
        expect(response.json().errors[0].path, JSON.stringify(payload)).toBe(path);
      }
    }
    expect((await ctx.database.db.select().from(agreements)).length).toBe(before);
  });

  it('is for coordinators and admins only', async () => {
    for (const account of [producer, distributor]) {
      expect((await post(mou(), account.accessToken)).statusCode, account.email).toBe(403);
    }
    expect((await post(mou())).statusCode).toBe(401);
  });
});

describe('GET /api/v1/agreements', () => {
  it("shows each party its own organization's agreements, staff all of them, filtered by year and match", async () => {
    const other = await post(
      mou({
        producerOrgId: otherProducer.organizationId,
        distributorOrgId: otherDistributor.organizationId,
        signedOn: '2024-06-01',
      }),
      coordinator.accessToken,
    );
    expect(other.statusCode).toBe(201);
    const all = await list('', coordinator.accessToken);
    expect(all.statusCode).toBe(200);
    const total = all.json().total as number;
    expect(total).toBeGreaterThanOrEqual(3);
    // Newest signature first.
    const dates = all.json().items.map((a: { signedOn: string }) => a.signedOn);
    expect(dates).toEqual([...dates].sort().reverse());

    for (const account of [producer, distributor]) {
      const own = (await list('', account.accessToken)).json();
      expect(own.items.length, account.email).toBeGreaterThanOrEqual(2);
      expect(own.items.map((a: { id: string }) => a.id)).not.toContain(other.json().id);
    }
    expect(
      (await list('', otherDistributor.accessToken)).json().items.map((a: { id: string }) => a.id),
    ).toEqual([other.json().id]);
    expect(
      (await list('?year=2024', admin.accessToken)).json().items.map((a: { id: string }) => a.id),
    ).toEqual([other.json().id]);
    const byMatch = (await list(`?matchId=${introduced.id}`, producer.accessToken)).json();
    expect(byMatch.items.every((a: { matchId: string }) => a.matchId === introduced.id)).toBe(true);
    expect(byMatch.total).toBeGreaterThanOrEqual(1);
    expect((await list('?year=1999', coordinator.accessToken)).statusCode).toBe(400);
    expect((await list('')).statusCode).toBe(401);
  });
});
