import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { agreements, auditLog, events } from '../../../../../src/db/schema/index.ts';
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
let event: { id: string; titleVi: string };

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
  const [inserted] = await ctx.database.db
    .insert(events)
    .values({
      kind: 'trade_connection_conference',
      status: 'published',
      titleVi: 'Hội nghị kết nối cung cầu 2025',
      titleEn: 'Supply–demand connection conference 2025',
      startsAt: new Date('2025-11-18T01:00:00Z'),
      endsAt: new Date('2025-11-18T10:00:00Z'),
      registrationDeadline: new Date('2025-11-10T10:00:00Z'),
      place: 'Trung tâm Hội chợ Triển lãm Sài Gòn (SECC)',
      createdBy: coordinator.user.id,
    })
    .returning();
  event = inserted!;
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

  it('links the event it was signed at, and refuses an unknown one', async () => {
    const response = await post(mou({ eventId: event.id }), coordinator.accessToken);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      event: {
        id: event.id,
        titleVi: 'Hội nghị kết nối cung cầu 2025',
        titleEn: 'Supply–demand connection conference 2025',
      },
      province: null,
      document: null,
    });
    const before = (await ctx.database.db.select().from(agreements)).length;
    const unknown = await post(mou({ eventId: uuidv7() }), coordinator.accessToken);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/eventId' }],
    });
    expect((await post(mou({ eventId: 'x' }), coordinator.accessToken)).statusCode).toBe(400);
    expect((await ctx.database.db.select().from(agreements)).length).toBe(before);
  });

  it('records a province ↔ city MoU without organizations, by code or by name', async () => {
    const local = await insertPublishedProduct(ctx.database, producer.organizationId, {
      provinceCode: 'lao-cai',
    });
    const response = await post(
      {
        kind: 'mou',
        title: 'Biên bản ghi nhớ hợp tác giữa Lào Cai và thành phố',
        provinceCode: 'lao-cai',
        eventId: event.id,
        signedOn: '2025-11-18',
        productIds: [local.id],
      },
      coordinator.accessToken,
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      producer: null,
      distributor: null,
      matchId: null,
      province: { code: 'lao-cai', vi: 'Lào Cai', en: 'Lao Cai' },
      event: { id: event.id },
      productIds: [local.id],
    });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, response.json().id));
    expect(audit).toMatchObject([
      { action: 'agreement.create', after: { provinceCode: 'lao-cai', eventId: event.id } },
    ]);
    // A pre-2025 name resolves to the province it merged into.
    const byName = await post(
      {
        kind: 'mou',
        title: 'Ghi nhớ với Yên Bái',
        provinceCode: 'Yên Bái',
        signedOn: '2025-10-01',
      },
      admin.accessToken,
    );
    expect(byName.statusCode, byName.body).toBe(201);
    expect(byName.json().province.code).toBe('lao-cai');
  });

  it('refuses a province MoU that also names organizations, a match, an unknown province or foreign products', async () => {
    const base = {
      kind: 'mou',
      title: 'Ghi nhớ tỉnh – thành phố',
      provinceCode: 'tuyen-quang',
      signedOn: '2025-11-01',
    };
    const before = (await ctx.database.db.select().from(agreements)).length;
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...base, producerOrgId: producer.organizationId }, 'VALIDATION_FAILED', '/producerOrgId'],
      [
        { ...base, distributorOrgId: distributor.organizationId },
        'VALIDATION_FAILED',
        '/distributorOrgId',
      ],
      [{ ...base, matchId: introduced.id }, 'VALIDATION_FAILED', '/matchId'],
      [{ ...base, provinceCode: 'atlantis' }, 'UNKNOWN_PROVINCE', '/provinceCode'],
      // `product` is made in Tuyên Quang, not in Hà Nội.
      [
        { ...base, provinceCode: 'ha-noi', productIds: [product.id] },
        'VALIDATION_FAILED',
        '/productIds',
      ],
      [{ ...base, eventId: uuidv7() }, 'VALIDATION_FAILED', '/eventId'],
    ];
    for (const [payload, code, path] of cases) {
      const response = await post(payload, coordinator.accessToken);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json(), JSON.stringify(payload)).toMatchObject({ code, errors: [{ path }] });
    }
    expect((await ctx.database.db.select().from(agreements)).length).toBe(before);
  });

  it('is held by the database too: organizations or a province, never both or neither', async () => {
    const row = {
      kind: 'mou',
      title: 'Ghi nhớ',
      signedOn: '2025-01-01',
      createdBy: coordinator.user.id,
    };
    for (const values of [
      { ...row },
      { ...row, producerOrgId: producer.organizationId },
      {
        ...row,
        producerOrgId: producer.organizationId,
        distributorOrgId: distributor.organizationId,
        provinceCode: 'ha-noi',
      },
      { ...row, provinceCode: 'ha-noi', matchId: introduced.id },
    ]) {
      await expect(ctx.database.db.insert(agreements).values(values)).rejects.toMatchObject({
        cause: { constraint: 'agreements_parties_check' },
      });
    }
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
    // Province ↔ city agreements have no organization party: only staff see them.
    const province = await post(
      {
        kind: 'mou',
        title: 'Ghi nhớ với Cao Bằng',
        provinceCode: 'cao-bang',
        signedOn: '2024-03-01',
      },
      coordinator.accessToken,
    );
    expect(province.statusCode).toBe(201);
    expect(
      (await list('?year=2024', coordinator.accessToken))
        .json()
        .items.map((a: { id: string }) => a.id),
    ).toContain(province.json().id);
    for (const account of [producer, distributor, otherProducer, otherDistributor]) {
      expect(
        (await list('', account.accessToken)).json().items.map((a: { id: string }) => a.id),
        account.email,
      ).not.toContain(province.json().id);
    }
    // By event.
    const atEvent = await post(
      mou({ eventId: event.id, title: 'Ghi nhớ tại hội nghị' }),
      admin.accessToken,
    );
    expect(atEvent.statusCode).toBe(201);
    const byEvent = (await list(`?eventId=${event.id}`, coordinator.accessToken)).json();
    expect(byEvent.items.length).toBeGreaterThanOrEqual(1);
    expect(byEvent.items.every((a: { event: { id: string } }) => a.event.id === event.id)).toBe(
      true,
    );
    expect((await list(`?eventId=${event.id}`, otherDistributor.accessToken)).json().items).toEqual(
      [],
    );
    expect(
      (await list(`?eventId=${event.id}`, producer.accessToken))
        .json()
        .items.map((a: { id: string }) => a.id),
    ).toContain(atEvent.json().id);
    expect((await list('')).statusCode).toBe(401);
  });
});
