import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { SampleRequest } from '@ketnoi/shared';
import {
  auditLog,
  matches,
  notifications,
  outbox,
  sampleRequests,
} from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount, quickMember } from '../../../../helpers/quick-accounts.ts';
import { insertMatch, insertProduct } from '../../../../helpers/sourcing-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
/** Producer A (two members, verified) lists `product`; producer B is a verified stranger. */
let producerA: Account;
let producerA2: Account;
let producerB: Account;
/** Distributor X requests; Y is another verified distributor; `pending` is not verified. */
let distributorX: Account;
let distributorY: Account;
let pending: Account;
let product: { id: string; producerOrgId: string };
let draft: { id: string; producerOrgId: string };

const address = '12 Lê Lợi, phường Sài Gòn, TP. Hồ Chí Minh';

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producerA, producerB, distributorX, distributorY, pending] =
    await Promise.all([
      createStaff(ctx.app, ctx.database, 'coordinator'),
      createStaff(ctx.app, ctx.database, 'admin'),
      quickAccount(ctx.app, ctx.database, 'producer'),
      quickAccount(ctx.app, ctx.database, 'producer'),
      quickAccount(ctx.app, ctx.database, 'distributor', { locale: 'en' }),
      quickAccount(ctx.app, ctx.database, 'distributor'),
      quickAccount(ctx.app, ctx.database, 'distributor'),
    ]);
  for (const a of [producerA, producerB, distributorX, distributorY]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
  producerA2 = (
    await quickMember(ctx.app, ctx.database, producerA.organizationId, { locale: 'en' })
  ).account!;
  product = await insertProduct(ctx.database, producerA.organizationId);
  draft = await insertProduct(ctx.database, producerA.organizationId, { published: false });
});
afterAll(async () => ctx?.close());

const call = (
  method: 'GET' | 'POST',
  url: string,
  token?: string,
  payload?: Record<string, unknown>,
  headers: Record<string, string> = {},
) =>
  ctx.app.inject({
    method,
    url: `/api/v1/sample-requests${url}`,
    headers: { ...(token ? authHeader(token) : {}), ...headers },
    ...(payload ? { payload } : {}),
  });

const request = (token: string, body: Record<string, unknown> = {}) =>
  call('POST', '', token, {
    productId: product.id,
    quantity: 3,
    unit: 'jar',
    deliveryAddress: address,
    note: 'Gửi trong giờ hành chính',
    ...body,
  });

async function created(body: Record<string, unknown> = {}, token = distributorX.accessToken) {
  const res = await request(token, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<SampleRequest>();
}

const evaluation = {
  fitToSpecification: 5,
  tasteOrQuality: 4,
  packaging: 3,
  labelCompliance: 4,
  remainingShelfLife: 5,
  priceAcceptance: 2,
  comment: 'Vị ngon, giá hơi cao',
  decision: 'go',
};

async function notesFor(userId: string, sampleId: string) {
  const rows = await ctx.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId));
  return rows.filter((n) => (n.data as { sampleRequestId?: string }).sampleRequestId === sampleId);
}

describe('authentication and roles', () => {
  it('refuses anonymous callers on every route with 401', async () => {
    const id = uuidv7();
    const routes: ['GET' | 'POST', string][] = [
      ['POST', ''],
      ['GET', ''],
      ['GET', `/${id}`],
      ...['accept', 'decline', 'ship', 'deliver', 'evaluate'].map(
        (a) => ['POST', `/${id}/${a}`] as ['POST', string],
      ),
    ];
    for (const [method, url] of routes) {
      const res = await call(method, url, undefined, method === 'POST' ? {} : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('lets only distributors of verified organizations request samples', async () => {
    for (const who of [producerA, coordinator, admin]) {
      const res = await request(who.accessToken);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    const unverified = await request(pending.accessToken);
    expect(unverified.statusCode).toBe(409);
    expect(unverified.json()).toMatchObject({ code: 'ORGANIZATION_NOT_VERIFIED' });
    const rows = await ctx.database.db
      .select()
      .from(sampleRequests)
      .where(eq(sampleRequests.distributorOrgId, pending.organizationId));
    expect(rows).toHaveLength(0);
  });

  it('validates the body with stable codes and never writes a row for bad input', async () => {
    const bad: Record<string, unknown>[] = [
      { quantity: 0 },
      { quantity: -1 },
      { unit: 'barrel' },
      { deliveryAddress: '' },
      { deliveryAddress: '        ' },
      { productId: 'not-a-uuid' },
      { status: 'evaluated' },
      { note: 'a\u0000b' },
    ];
    for (const body of bad) {
      const res = await request(distributorY.accessToken, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    const missing = await call('POST', '', distributorY.accessToken, { productId: product.id });
    expect(missing.statusCode).toBe(400);
    // A draft or unknown product is not public: 404, as if it did not exist.
    for (const productId of [draft.id, uuidv7()]) {
      const res = await request(distributorY.accessToken, { productId });
      expect(res.statusCode).toBe(404);
    }
    const rows = await ctx.database.db
      .select()
      .from(sampleRequests)
      .where(eq(sampleRequests.distributorOrgId, distributorY.organizationId));
    expect(rows).toHaveLength(0);
  });
});

describe('a sample request from the product page', () => {
  it('is created, audited and announced to every member of the producer', async () => {
    const sample = await created();
    expect(sample).toMatchObject({
      status: 'requested',
      product: { id: product.id },
      producer: { id: producerA.organizationId },
      distributor: { id: distributorX.organizationId },
      matchId: null,
      quantity: 3,
      unit: 'jar',
      deliveryAddress: address,
      allowed: ['accept', 'decline'],
      evaluation: null,
      version: 1,
    });
    for (const member of [producerA, producerA2]) {
      const notes = await notesFor(member.user.id, sample.id);
      expect(notes.map((n) => n.kind)).toEqual(['sample.requested']);
    }
    expect((await notesFor(producerA2.user.id, sample.id))[0]!.title).toContain('Mint honey');
    const mails = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.topic, 'notify.email'));
    const to = mails.map((m) => (m.payload as { to: string }).to);
    expect(to).toEqual(expect.arrayContaining([producerA.email, producerA2.email]));
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, sample.id));
    expect(audit.map((a) => a.action)).toEqual(['sample_request.create']);
  });

  it('is seen by its parties and staff only; lists are scoped by organization', async () => {
    const sample = await created();
    for (const who of [producerA, producerA2, distributorX, coordinator, admin]) {
      const res = await call('GET', `/${sample.id}`, who.accessToken);
      expect(res.statusCode).toBe(200);
    }
    for (const who of [producerB, distributorY, pending]) {
      const res = await call('GET', `/${sample.id}`, who.accessToken);
      expect(res.statusCode).toBe(404);
    }
    const ids = async (who: Account, query = '') =>
      (await call('GET', query, who.accessToken))
        .json<{ items: SampleRequest[] }>()
        .items.map((s) => s.id);
    expect(await ids(producerA)).toContain(sample.id);
    expect(await ids(distributorX)).toContain(sample.id);
    expect(await ids(coordinator)).toContain(sample.id);
    expect(await ids(producerB)).not.toContain(sample.id);
    expect(await ids(distributorY)).not.toContain(sample.id);
    expect(await ids(producerA, `?status=accepted`)).not.toContain(sample.id);
    expect(await ids(producerA, `?productId=${product.id}&status=requested`)).toContain(sample.id);
    expect(await ids(producerA, `?productId=${draft.id}`)).toEqual([]);
    const page = (await call('GET', '?limit=1&page=1', distributorX.accessToken)).json<{
      items: unknown[];
      total: number;
      limit: number;
    }>();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect((await call('GET', '?limit=500', producerA.accessToken)).statusCode).toBe(400);
  });
});

describe('the steps', () => {
  it('runs requested → accepted → shipped → delivered → evaluated, each by its side, telling the other', async () => {
    const sample = await created();
    const id = sample.id;

    // Wrong side, stranger, staff: 403 / 404 / 403; nothing changes.
    expect((await call('POST', `/${id}/accept`, distributorX.accessToken, {})).statusCode).toBe(
      403,
    );
    expect((await call('POST', `/${id}/accept`, producerB.accessToken, {})).statusCode).toBe(404);
    expect((await call('POST', `/${id}/accept`, coordinator.accessToken, {})).statusCode).toBe(403);
    expect((await call('POST', `/${id}/accept`, distributorY.accessToken, {})).statusCode).toBe(
      404,
    );

    // Illegal: ship before accepting.
    const early = await call('POST', `/${id}/ship`, producerA.accessToken, {
      carrier: 'Viettel Post',
      trackingNumber: 'VTP123',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      allowed: ['accept', 'decline'],
    });
    // A stale version is refused with the current one.
    const stale = await call('POST', `/${id}/accept`, producerA.accessToken, { version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });

    const accepted = await call('POST', `/${id}/accept`, producerA2.accessToken, { version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2, allowed: ['ship'] });
    expect(accepted.json<SampleRequest>().answeredAt).not.toBeNull();
    const again = await call('POST', `/${id}/accept`, producerA.accessToken, {});
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: ['ship'] });

    const noTracking = await call('POST', `/${id}/ship`, producerA.accessToken, {
      carrier: 'Viettel Post',
    });
    expect(noTracking.statusCode).toBe(400);
    const shipped = await call('POST', `/${id}/ship`, producerA.accessToken, {
      carrier: 'Viettel Post',
      trackingNumber: 'VTP123456',
    });
    expect(shipped.json()).toMatchObject({
      status: 'shipped',
      carrier: 'Viettel Post',
      trackingNumber: 'VTP123456',
    });

    expect((await call('POST', `/${id}/deliver`, producerA.accessToken, {})).statusCode).toBe(403);
    const delivered = await call('POST', `/${id}/deliver`, distributorX.accessToken, {});
    expect(delivered.json()).toMatchObject({ status: 'delivered', allowed: ['evaluate'] });

    for (const wrong of [
      { ...evaluation, packaging: 6 },
      { ...evaluation, priceAcceptance: 0 },
      { ...evaluation, tasteOrQuality: 2.5 },
      { ...evaluation, decision: 'maybe' },
      { fitToSpecification: 5, decision: 'go' },
    ]) {
      const res = await call('POST', `/${id}/evaluate`, distributorX.accessToken, wrong);
      expect(res.statusCode, JSON.stringify(wrong)).toBe(400);
    }
    expect(
      (await call('POST', `/${id}/evaluate`, producerA.accessToken, evaluation)).statusCode,
    ).toBe(403);
    const evaluated = await call('POST', `/${id}/evaluate`, distributorX.accessToken, evaluation);
    expect(evaluated.statusCode, evaluated.body).toBe(200);
    expect(evaluated.json()).toMatchObject({ status: 'evaluated', allowed: [] });

    // The producer sees the whole evaluation.
    const seen = await call('GET', `/${id}`, producerA.accessToken);
    expect(seen.json<SampleRequest>().evaluation).toEqual(evaluation);
    const final = await call('POST', `/${id}/evaluate`, distributorX.accessToken, evaluation);
    expect(final.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });

    // Each step told the other side (every member), never the side that took it.
    expect((await notesFor(distributorX.user.id, id)).map((n) => n.kind).sort()).toEqual(
      ['sample.accepted', 'sample.shipped'].sort(),
    );
    expect((await notesFor(producerA.user.id, id)).map((n) => n.kind).sort()).toEqual(
      ['sample.delivered', 'sample.evaluated', 'sample.requested'].sort(),
    );
    const shippedNote = (await notesFor(distributorX.user.id, id)).find(
      (n) => n.kind === 'sample.shipped',
    )!;
    expect(shippedNote.body).toContain('VTP123456');
    const audit = await ctx.database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action).sort()).toEqual(
      [
        'sample_request.create',
        'sample_request.accept',
        'sample_request.ship',
        'sample_request.deliver',
        'sample_request.evaluate',
      ].sort(),
    );
  });

  it('declines only with a reason, and a declined request is final', async () => {
    const { id } = await created();
    for (const body of [{}, { reason: '' }, { reason: '     ' }]) {
      const res = await call('POST', `/${id}/decline`, producerA.accessToken, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    // A stranger learns nothing, even with a bad body.
    expect(
      (await call('POST', `/${id}/decline`, producerB.accessToken, { reason: '     ' })).statusCode,
    ).toBe(404);
    const declined = await call('POST', `/${id}/decline`, producerA.accessToken, {
      reason: 'Hết hàng mùa này',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'Hết hàng mùa này',
      allowed: [],
    });
    const note = (await notesFor(distributorX.user.id, id)).find(
      (n) => n.kind === 'sample.declined',
    )!;
    expect(note.body).toContain('Hết hàng mùa này');
    for (const [action, body] of [
      ['accept', {}],
      ['ship', { carrier: 'x', trackingNumber: 'y' }],
    ] as const) {
      const res = await call('POST', `/${id}/${action}`, producerA.accessToken, body);
      expect(res.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    }
    const [row] = await ctx.database.db
      .select()
      .from(sampleRequests)
      .where(eq(sampleRequests.id, id));
    expect(row).toMatchObject({ status: 'declined', version: 2, carrier: null });
  });

  it('lets exactly one of two simultaneous answers through', async () => {
    const { id } = await created();
    const results = await Promise.all([
      call('POST', `/${id}/accept`, producerA.accessToken, {}),
      call('POST', `/${id}/decline`, producerA2.accessToken, { reason: 'Không đủ hàng' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [row] = await ctx.database.db
      .select()
      .from(sampleRequests)
      .where(eq(sampleRequests.id, id));
    expect(row!.version).toBe(2);
  });
});

describe('a sample request from a match', () => {
  it('needs an introduced match of the distributor, for its product, and leaves the match as it was', async () => {
    const { match } = await insertMatch(ctx.database, distributorX, product);
    const sample = await created({ matchId: match.id });
    expect(sample.matchId).toBe(match.id);
    const [after] = await ctx.database.db.select().from(matches).where(eq(matches.id, match.id));
    expect(after).toMatchObject({ status: 'introduced', version: 1 });
    const listed = await call('GET', `?matchId=${match.id}`, producerA.accessToken);
    expect(listed.json<{ items: SampleRequest[] }>().items.map((s) => s.id)).toEqual([sample.id]);

    // Someone else's match is invisible; a proposed one is not introduced yet.
    const foreign = await request(distributorY.accessToken, { matchId: match.id });
    expect(foreign.statusCode).toBe(404);
    const { match: proposed } = await insertMatch(ctx.database, distributorX, product, {
      status: 'proposed',
    });
    const early = await request(distributorX.accessToken, { matchId: proposed.id });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'INVALID_STATE' });
    const otherProduct = await insertProduct(ctx.database, producerB.organizationId);
    const mismatch = await request(distributorX.accessToken, {
      matchId: match.id,
      productId: otherProduct.id,
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json()).toMatchObject({ errors: [{ path: '/productId' }] });

    // Introduced parties may ask for a sample of a product that is not (yet) public.
    const { match: onDraft } = await insertMatch(ctx.database, distributorX, draft);
    const fromDraft = await request(distributorX.accessToken, {
      matchId: onDraft.id,
      productId: draft.id,
    });
    expect(fromDraft.statusCode).toBe(201);
  });
});

describe('responsiveness', () => {
  it('counts requests on creation, answers with their median hours, shown on the producer and its products', async () => {
    const producerC = await quickAccount(ctx.app, ctx.database, 'producer');
    await verifyOrganization(ctx.database, producerC.organizationId);
    const productC = await insertProduct(ctx.database, producerC.organizationId);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      ids.push((await created({ productId: productC.id })).id);
    }
    const org = async () =>
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/organizations/${producerC.organizationId}`,
          headers: authHeader(distributorY.accessToken),
        })
      ).json<{ responsiveness: unknown }>().responsiveness;
    expect(await org()).toEqual({ requests: 4, answered: 0, rate: 0, medianResponseHours: null });

    // Made 10, 20 and 60 hours ago; answered now: the median is 20 hours.
    const hoursAgo = [10, 20, 60];
    for (const [i, hours] of hoursAgo.entries()) {
      await ctx.database.db
        .update(sampleRequests)
        .set({ createdAt: new Date(Date.now() - hours * 3600_000) })
        .where(eq(sampleRequests.id, ids[i]!));
    }
    await call('POST', `/${ids[0]}/accept`, producerC.accessToken, {});
    await call('POST', `/${ids[1]}/decline`, producerC.accessToken, { reason: 'Hết hàng' });
    await call('POST', `/${ids[2]}/accept`, producerC.accessToken, {});
    expect(await org()).toEqual({
      requests: 4,
      answered: 3,
      rate: 0.75,
      medianResponseHours: 20,
    });
    const page = await ctx.app.inject({ method: 'GET', url: `/api/v1/products/${productC.id}` });
    expect(page.json()).toMatchObject({
      producer: {
        responsiveness: { requests: 4, answered: 3, rate: 0.75, medianResponseHours: 20 },
      },
    });
    // A distributor has no such badge.
    const distributorOrg = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/organizations/${distributorX.organizationId}`,
      headers: authHeader(distributorX.accessToken),
    });
    expect(distributorOrg.json()).not.toHaveProperty('responsiveness');
  });
});

describe('Idempotency-Key', () => {
  it('creates one sample request however often the same request is retried', async () => {
    const key = `sample-${uuidv7()}`;
    const headers = { 'idempotency-key': key };
    const body = { productId: product.id, quantity: 2, unit: 'jar', deliveryAddress: address };
    const first = await call('POST', '', distributorY.accessToken, body, headers);
    expect(first.statusCode, first.body).toBe(201);
    const retry = await call('POST', '', distributorY.accessToken, body, headers);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json<SampleRequest>().id).toBe(first.json<SampleRequest>().id);
    const reused = await call(
      'POST',
      '',
      distributorY.accessToken,
      { ...body, quantity: 5 },
      headers,
    );
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    const rows = await ctx.database.db
      .select()
      .from(sampleRequests)
      .where(
        and(
          eq(sampleRequests.distributorOrgId, distributorY.organizationId),
          inArray(sampleRequests.productId, [product.id]),
        ),
      );
    expect(rows).toHaveLength(1);
  });

  it('is documented in OpenAPI with every step and the quotes routes', async () => {
    const spec = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    }>();
    expect(spec.paths['/api/v1/sample-requests/']!.post!.parameters).toContainEqual(
      expect.objectContaining({ in: 'header', name: 'idempotency-key' }),
    );
    for (const step of ['accept', 'decline', 'ship', 'deliver', 'evaluate']) {
      expect(spec.paths[`/api/v1/sample-requests/{id}/${step}`]).toHaveProperty('post');
    }
    for (const step of ['accept', 'decline', 'request-revision']) {
      expect(spec.paths[`/api/v1/quotes/{id}/${step}`]).toHaveProperty('post');
    }
  });
});
