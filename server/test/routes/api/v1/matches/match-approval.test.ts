import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { products } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../../../../helpers/quick-accounts.ts';
import { pollUntil } from '../../../../helpers/poll.ts';
import {
  CONTACTS,
  auditOf,
  insertDemand,
  insertMatch,
  insertPublishedProduct,
  mailsTo,
  matchRow,
  notificationsOf,
  setContacts,
} from './match-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producer: Account;
let producerMember: Account;
let distributor: Account;
let otherDistributor: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  const quick = (role: 'producer' | 'distributor', locale: 'vi' | 'en' = 'vi') =>
    quickAccount(ctx.app, ctx.database, role, { locale });
  [coordinator, admin, producer, distributor, otherDistributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quick('producer'),
    quick('distributor', 'en'),
    quick('distributor'),
  ]);
  producerMember = (
    await quickMember(ctx.app, ctx.database, producer.organizationId, { locale: 'en' })
  ).account!;
  for (const account of [producer, distributor, otherDistributor]) {
    await verifyOrganization(ctx.database, account.organizationId);
  }
  await setContacts(ctx.database, producer.organizationId, CONTACTS.producer);
  await setContacts(ctx.database, distributor.organizationId, CONTACTS.distributor);
});
afterAll(async () => ctx?.close());

const post = (url: string, payload: unknown, token?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: token ? authHeader(token) : {},
    payload: payload as Record<string, unknown>,
  });
const get = (url: string, token: string) =>
  ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: authHeader(token) });

async function proposed(score = 70) {
  const demand = await insertDemand(ctx.database, distributor);
  const product = await insertPublishedProduct(ctx.database, producer.organizationId);
  return insertMatch(ctx.database, demand, product, { score });
}

const CONTACT_KEYS = ['contactName', 'contactEmail', 'contactPhone', 'taxCode'];

describe('POST /api/v1/matches/:id/approve', () => {
  it('introduces the parties: in-app notifications and e-mails to both sides, contacts visible both ways, audited', async () => {
    const match = await proposed();
    // Before approval nobody sees the other side: not the match, not the contacts.
    expect((await get(`/matches/${match.id}`, distributor.accessToken)).statusCode).toBe(404);
    expect((await get(`/matches/${match.id}`, producer.accessToken)).statusCode).toBe(404);
    for (const [viewer, org] of [
      [distributor, producer.organizationId],
      [producer, distributor.organizationId],
    ] as const) {
      const body = (await get(`/organizations/${org}`, viewer.accessToken)).json();
      for (const key of CONTACT_KEYS) {
        expect(Object.keys(body)).not.toContain(key);
      }
    }

    const response = await post(
      `/matches/${match.id}/approve`,
      { note: 'Hai bên đã gặp ở hội nghị kết nối', version: 1 },
      coordinator.accessToken,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id: match.id,
      status: 'introduced',
      decidedBy: coordinator.user.id,
      decisionNote: 'Hai bên đã gặp ở hội nghị kết nối',
      version: 2,
      allowedTransitions: ['sample_requested', 'negotiating', 'lost'],
    });
    expect(body.introducedAt).toEqual(expect.any(String));
    expect(Object.keys(body)).not.toContain('counterpart');
    expect(await matchRow(ctx.database, match.id)).toMatchObject({
      status: 'introduced',
      decidedBy: coordinator.user.id,
    });

    const audit = await auditOf(ctx.database, match.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: coordinator.user.id,
      action: 'match.approve',
      before: { status: 'proposed', version: 1 },
      after: { status: 'introduced', version: 2 },
    });

    // Every member of both organizations, in their own language.
    for (const [account, lang] of [
      [producer, 'vi'],
      [producerMember, 'en'],
      [distributor, 'en'],
    ] as const) {
      const rows = await notificationsOf(ctx.database, account.user.id);
      expect(rows, account.email).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kind: 'match.introduced', link: `/app/matches/${match.id}` });
      expect(rows[0]!.title).toContain(lang === 'vi' ? 'Trung tâm' : 'The centre');
      expect(rows[0]!.body).toContain('Hai bên đã gặp ở hội nghị kết nối');
      expect(await mailsTo(ctx.database, account.email), account.email).toHaveLength(1);
    }
    expect(await notificationsOf(ctx.database, otherDistributor.user.id)).toHaveLength(0);

    // The worker sends them as .eml files.
    await ctx.startWorker();
    const files = await pollUntil(
      async () => (await readdir(ctx.config.MAIL_DIR)).filter((f) => f.endsWith('.eml')),
      (f) => f.length >= 3,
      { what: 'three .eml files' },
    );
    const texts = await Promise.all(
      files.map((f) => readFile(join(ctx.config.MAIL_DIR, f), 'utf8')),
    );
    for (const account of [producer, producerMember, distributor]) {
      expect(
        texts.some((t) => t.includes(`To: ${account.email}`)),
        account.email,
      ).toBe(true);
    }

    // Now both sides see each other's contacts, on the organization and on the match.
    const producerOrg = (
      await get(`/organizations/${producer.organizationId}`, distributor.accessToken)
    ).json();
    expect(producerOrg).toMatchObject(CONTACTS.producer);
    expect(Object.keys(producerOrg)).not.toContain('verificationNote');
    const distributorOrg = (
      await get(`/organizations/${distributor.organizationId}`, producer.accessToken)
    ).json();
    expect(distributorOrg).toMatchObject(CONTACTS.distributor);
    expect(
      (await get(`/matches/${match.id}`, distributor.accessToken)).json().counterpart,
    ).toMatchObject({
      id: producer.organizationId,
      ...CONTACTS.producer,
    });
    expect(
      (await get(`/matches/${match.id}`, producerMember.accessToken)).json().counterpart,
    ).toMatchObject({
      id: distributor.organizationId,
      ...CONTACTS.distributor,
    });
    // A distributor that was not introduced still sees nothing.
    const outsider = (
      await get(`/organizations/${producer.organizationId}`, otherDistributor.accessToken)
    ).json();
    for (const key of CONTACT_KEYS) {
      expect(Object.keys(outsider)).not.toContain(key);
    }
    expect((await get(`/matches/${match.id}`, otherDistributor.accessToken)).statusCode).toBe(404);
  });

  it('refuses producers and distributors (403) and anonymous callers (401), changing nothing', async () => {
    const match = await proposed();
    for (const account of [producer, distributor]) {
      const response = await post(`/matches/${match.id}/approve`, {}, account.accessToken);
      expect(response.statusCode, account.email).toBe(403);
      expect(response.json().code).toBe('FORBIDDEN');
    }
    expect((await post(`/matches/${match.id}/approve`, {})).statusCode).toBe(401);
    expect((await matchRow(ctx.database, match.id)).status).toBe('proposed');
    expect(await auditOf(ctx.database, match.id)).toHaveLength(0);
  });

  it('lets an admin approve; a decided match → 409 INVALID_TRANSITION listing what is allowed; a stale version → 409', async () => {
    const match = await proposed();
    const stale = await post(`/matches/${match.id}/approve`, { version: 7 }, admin.accessToken);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });

    expect((await post(`/matches/${match.id}/approve`, {}, admin.accessToken)).statusCode).toBe(
      200,
    );
    const again = await post(`/matches/${match.id}/approve`, {}, coordinator.accessToken);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 409,
      currentStatus: 'introduced',
      allowed: ['sample_requested', 'negotiating', 'lost'],
    });
    const reject = await post(
      `/matches/${match.id}/reject`,
      { reason: 'Trùng' },
      coordinator.accessToken,
    );
    expect(reject.statusCode).toBe(409);
    expect(reject.json().code).toBe('INVALID_TRANSITION');
    expect(await auditOf(ctx.database, match.id)).toHaveLength(1);
  });

  it('refuses to introduce an organization that is no longer verified (409 ORGANIZATION_NOT_VERIFIED), writing nothing', async () => {
    const unverified = await quickAccount(ctx.app, ctx.database, 'producer');
    const demand = await insertDemand(ctx.database, distributor);
    const product = await insertPublishedProduct(ctx.database, unverified.organizationId);
    const match = await insertMatch(ctx.database, demand, product);
    const response = await post(`/matches/${match.id}/approve`, {}, coordinator.accessToken);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'ORGANIZATION_NOT_VERIFIED',
      organizationId: unverified.organizationId,
    });
    expect(await matchRow(ctx.database, match.id)).toMatchObject({
      status: 'proposed',
      version: 1,
    });
    expect(await notificationsOf(ctx.database, unverified.user.id)).toHaveLength(0);
    expect(await auditOf(ctx.database, match.id)).toHaveLength(0);
  });

  it('answers an unknown id with 404 and a malformed one with 400', async () => {
    expect(
      (await post(`/matches/${uuidv7()}/approve`, {}, coordinator.accessToken)).statusCode,
    ).toBe(404);
    const bad = await post('/matches/not-a-uuid/approve', {}, coordinator.accessToken);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/params/id');
  });
});

describe('POST /api/v1/matches/:id/reject', () => {
  it('rejects with a reason, audits it and tells nobody outside the centre', async () => {
    const match = await proposed();
    const before = {
      producer: (await notificationsOf(ctx.database, producer.user.id)).length,
      distributor: (await notificationsOf(ctx.database, distributor.user.id)).length,
    };
    const response = await post(
      `/matches/${match.id}/reject`,
      { reason: 'Nhà sản xuất không đủ sản lượng', version: 1 },
      coordinator.accessToken,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'rejected',
      decisionNote: 'Nhà sản xuất không đủ sản lượng',
      introducedAt: null,
      allowedTransitions: [],
    });
    expect((await auditOf(ctx.database, match.id))[0]).toMatchObject({ action: 'match.reject' });
    expect((await notificationsOf(ctx.database, producer.user.id)).length).toBe(before.producer);
    expect((await notificationsOf(ctx.database, distributor.user.id)).length).toBe(
      before.distributor,
    );
    expect((await get(`/matches/${match.id}`, distributor.accessToken)).statusCode).toBe(404);
  });

  it('needs a real reason (400) and a coordinator (403 before any reason check)', async () => {
    const match = await proposed();
    for (const payload of [{}, { reason: '   ' }, { reason: 'ok' }]) {
      const response = await post(`/matches/${match.id}/reject`, payload, coordinator.accessToken);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const producerTry = await post(`/matches/${match.id}/reject`, {}, producer.accessToken);
    expect(producerTry.statusCode).toBe(400);
    for (const account of [producer, distributor]) {
      const withReason = await post(
        `/matches/${match.id}/reject`,
        { reason: 'Không phù hợp' },
        account.accessToken,
      );
      expect(withReason.statusCode, account.email).toBe(403);
    }
    expect(
      (await post(`/matches/${match.id}/reject`, { reason: 'Không phù hợp' })).statusCode,
    ).toBe(401);
    expect((await matchRow(ctx.database, match.id)).status).toBe('proposed');
  });
});

describe('POST /api/v1/matches/approve (bulk)', () => {
  it('approves each id in its own transaction and reports every outcome in order', async () => {
    const [a, b, decided] = [await proposed(81), await proposed(82), await proposed(83)];
    await post(
      `/matches/${decided.id}/reject`,
      { reason: 'Không phù hợp' },
      coordinator.accessToken,
    );
    const unverified = await quickAccount(ctx.app, ctx.database, 'producer');
    const blocked = await insertMatch(
      ctx.database,
      await insertDemand(ctx.database, distributor),
      await insertPublishedProduct(ctx.database, unverified.organizationId),
    );
    const missing = uuidv7();
    const response = await post(
      '/matches/approve',
      { ids: [a.id, decided.id, missing, blocked.id, b.id], note: 'Đợt duyệt tháng 7' },
      coordinator.accessToken,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      approved: 2,
      failed: 3,
      results: [
        { id: a.id, ok: true, status: 'introduced', version: 2 },
        {
          id: decided.id,
          ok: false,
          code: 'INVALID_TRANSITION',
          detail: expect.any(String),
          status: 'rejected',
          allowed: [],
        },
        { id: missing, ok: false, code: 'NOT_FOUND', detail: expect.any(String) },
        {
          id: blocked.id,
          ok: false,
          code: 'ORGANIZATION_NOT_VERIFIED',
          detail: expect.any(String),
        },
        { id: b.id, ok: true, status: 'introduced', version: 2 },
      ],
    });
    for (const [id, status] of [
      [a.id, 'introduced'],
      [b.id, 'introduced'],
      [decided.id, 'rejected'],
      [blocked.id, 'proposed'],
    ] as const) {
      expect((await matchRow(ctx.database, id)).status, id).toBe(status);
    }
    expect((await auditOf(ctx.database, b.id))[0]).toMatchObject({ action: 'match.approve' });
  });

  it('is for coordinators only and takes 1–200 distinct ids', async () => {
    const match = await proposed();
    for (const account of [producer, distributor]) {
      const response = await post('/matches/approve', { ids: [match.id] }, account.accessToken);
      expect(response.statusCode, account.email).toBe(403);
    }
    expect((await post('/matches/approve', { ids: [match.id] })).statusCode).toBe(401);
    for (const ids of [[], [match.id, match.id], Array.from({ length: 201 }, () => uuidv7())]) {
      const response = await post('/matches/approve', { ids }, coordinator.accessToken);
      expect(response.statusCode, `${ids.length} ids`).toBe(400);
    }
    expect((await matchRow(ctx.database, match.id)).status).toBe('proposed');
  });
});

describe('POST /api/v1/matches (manual proposal)', () => {
  it('scores the pair, stores it as a coordinator proposal, and refuses the same pair twice', async () => {
    const demand = await insertDemand(ctx.database, distributor);
    const product = await insertPublishedProduct(ctx.database, producer.organizationId);
    const payload = { demandId: demand.id, productId: product.id, note: 'Gặp tại hội chợ' };
    const response = await post('/matches', payload, coordinator.accessToken);
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      origin: 'coordinator',
      status: 'proposed',
      decisionNote: 'Gặp tại hội chợ',
      demand: { id: demand.id },
      product: { id: product.id, producer: { id: producer.organizationId } },
    });
    expect(body.score).toBe(body.breakdown.score);
    expect(body.breakdown.features.length).toBeGreaterThan(0);
    expect((await auditOf(ctx.database, body.id))[0]).toMatchObject({ action: 'match.propose' });

    const again = await post('/matches', payload, coordinator.accessToken);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'MATCH_EXISTS', matchId: body.id });
  });

  it('replays a retry with the same Idempotency-Key instead of failing or creating twice', async () => {
    const demand = await insertDemand(ctx.database, distributor);
    const product = await insertPublishedProduct(ctx.database, producer.organizationId);
    const send = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/matches',
        headers: { ...authHeader(coordinator.accessToken), 'idempotency-key': `k-${demand.id}` },
        payload: { demandId: demand.id, productId: product.id },
      });
    const first = await send();
    const second = await send();
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
  });

  it('needs an open demand and a public product, and a coordinator', async () => {
    const closed = await insertDemand(ctx.database, distributor, { status: 'closed' });
    const open = await insertDemand(ctx.database, distributor);
    const product = await insertPublishedProduct(ctx.database, producer.organizationId);
    const hidden = await insertPublishedProduct(ctx.database, producer.organizationId);
    await ctx.database.db
      .update(products)
      .set({ status: 'archived' })
      .where(eq(products.id, hidden.id));

    const cases = [
      [{ demandId: closed.id, productId: product.id }, 409, 'INVALID_STATE'],
      [{ demandId: open.id, productId: hidden.id }, 409, 'INVALID_STATE'],
      [{ demandId: uuidv7(), productId: product.id }, 404, 'NOT_FOUND'],
      [{ demandId: open.id, productId: uuidv7() }, 404, 'NOT_FOUND'],
    ] as const;
    for (const [payload, status, code] of cases) {
      const response = await post('/matches', payload, coordinator.accessToken);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().code).toBe(code);
    }
    for (const account of [producer, distributor]) {
      const response = await post(
        '/matches',
        { demandId: open.id, productId: product.id },
        account.accessToken,
      );
      expect(response.statusCode).toBe(403);
    }
    expect((await post('/matches', { demandId: open.id, productId: product.id })).statusCode).toBe(
      401,
    );
  });
});
