import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Quote } from '@ketnoi/shared';
import { auditLog, matches, notifications, quotes } from '../../../../../src/db/schema/index.ts';
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
import { insertMatch, insertProduct } from '../../../../helpers/sourcing-fixtures.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
/** Producer A and distributor X are introduced; B and Y are verified strangers to them. */
let producerA: Account;
let producerB: Account;
let distributorX: Account;
let distributorY: Account;
let product: { id: string; producerOrgId: string };

const today = todayInVietnam();

beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producerA, producerB, distributorX, distributorY] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor', { locale: 'en' }),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
  for (const a of [producerA, producerB, distributorX, distributorY]) {
    await verifyOrganization(ctx.database, a.organizationId);
  }
  product = await insertProduct(ctx.database, producerA.organizationId);
});
afterAll(async () => ctx?.close());

const call = (method: 'GET' | 'POST', url: string, token?: string, payload?: object) =>
  ctx.app.inject({
    method,
    url: `/api/v1/quotes${url}`,
    headers: token ? authHeader(token) : {},
    ...(payload ? { payload } : {}),
  });

const terms = {
  pricePerUnit: 185_000,
  currency: 'VND',
  unit: 'jar',
  moq: 200,
  leadTimeDays: 14,
  paymentTerms: 'Công nợ 30 ngày',
  validUntil: addDays(today, 30),
};

async function introduced() {
  return (await insertMatch(ctx.database, distributorX, product)).match;
}

async function sent(matchId: string, body: Record<string, unknown> = {}) {
  const res = await call('POST', '', producerA.accessToken, { matchId, ...terms, ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<Quote>();
}

async function kindsFor(userId: string, quoteId: string) {
  const rows = await ctx.database.db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId));
  return rows
    .filter((n) => (n.data as { quoteId?: string }).quoteId === quoteId)
    .map((n) => n.kind);
}

describe('authentication and roles', () => {
  it('refuses anonymous callers on every route with 401', async () => {
    const id = uuidv7();
    for (const [method, url] of [
      ['POST', ''],
      ['GET', ''],
      ['GET', `/${id}`],
      ['POST', `/${id}/accept`],
      ['POST', `/${id}/decline`],
      ['POST', `/${id}/request-revision`],
    ] as const) {
      const res = await call(method, url, undefined, method === 'POST' ? {} : undefined);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
    }
  });

  it('lets only the introduced producer quote, on an open introduction', async () => {
    const match = await introduced();
    const body = { matchId: match.id, ...terms };
    for (const who of [distributorX, coordinator, admin]) {
      expect((await call('POST', '', who.accessToken, body)).statusCode).toBe(403);
    }
    // A producer that is not a party does not learn that the match exists.
    expect((await call('POST', '', producerB.accessToken, body)).statusCode).toBe(404);
    expect(
      (await call('POST', '', producerA.accessToken, { ...body, matchId: uuidv7() })).statusCode,
    ).toBe(404);
    for (const status of ['proposed', 'rejected', 'won', 'lost'] as const) {
      const { match: other } = await insertMatch(ctx.database, distributorX, product, { status });
      const res = await call('POST', '', producerA.accessToken, { ...body, matchId: other.id });
      expect(res.statusCode, status).toBe(409);
      expect(res.json()).toMatchObject({ code: 'INVALID_STATE' });
    }
    expect(await ctx.database.db.select().from(quotes)).toHaveLength(0);
  });

  it('validates terms: price, currency, Incoterm with its place, validity from today', async () => {
    const match = await introduced();
    const cases: [Record<string, unknown>, string | null][] = [
      [{ pricePerUnit: 0 }, null],
      [{ pricePerUnit: 12.5 }, null],
      [{ currency: 'XYZ' }, null],
      [{ unit: 'barrel' }, null],
      [{ moq: 0 }, null],
      [{ leadTimeDays: -1 }, null],
      [{ validUntil: '2026-02-30' }, null],
      [{ incoterm: 'FOB2' }, null],
      [{ status: 'accepted' }, null],
      [{ validUntil: addDays(today, -1) }, '/validUntil'],
      [{ incoterm: 'FOB' }, '/namedPlace'],
      [{ incoterm: 'FOB', namedPlace: '   ' }, '/namedPlace'],
      [{ namedPlace: 'Cảng Cát Lái' }, '/incoterm'],
    ];
    for (const [change, path] of cases) {
      const res = await call('POST', '', producerA.accessToken, {
        matchId: match.id,
        ...terms,
        ...change,
      });
      expect(res.statusCode, JSON.stringify(change)).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
      if (path) {
        expect(res.json()).toMatchObject({ errors: [{ path }] });
      }
    }
    const valid = await sent(match.id, {
      incoterm: 'FOB',
      namedPlace: 'Cảng Cát Lái',
      validUntil: today,
    });
    expect(valid).toMatchObject({ incoterm: 'FOB', namedPlace: 'Cảng Cát Lái', validUntil: today });
  });
});

describe('a quote', () => {
  it('is sent, announced to the distributor, seen by the parties and staff only', async () => {
    const match = await introduced();
    const quote = await sent(match.id, { note: 'Giá đã gồm VAT' });
    expect(quote).toMatchObject({
      matchId: match.id,
      status: 'sent',
      pricePerUnit: 185_000,
      product: { id: product.id },
      producer: { id: producerA.organizationId },
      distributor: { id: distributorX.organizationId },
      revisionOf: null,
      allowed: ['accept', 'decline', 'request-revision'],
    });
    expect(await kindsFor(distributorX.user.id, quote.id)).toEqual(['quote.sent']);
    const [note] = await ctx.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, distributorX.user.id), eq(notifications.kind, 'quote.sent')),
      );
    expect(note!.body).toContain('₫185,000');
    expect(await kindsFor(producerA.user.id, quote.id)).toEqual([]);

    for (const who of [producerA, distributorX, coordinator, admin]) {
      expect((await call('GET', `/${quote.id}`, who.accessToken)).statusCode).toBe(200);
      const list = await call('GET', `?matchId=${match.id}`, who.accessToken);
      expect(list.json<{ items: Quote[] }>().items.map((q) => q.id)).toEqual([quote.id]);
    }
    for (const who of [producerB, distributorY]) {
      expect((await call('GET', `/${quote.id}`, who.accessToken)).statusCode).toBe(404);
      expect((await call('GET', `?matchId=${match.id}`, who.accessToken)).statusCode).toBe(404);
      const own = await call('GET', '', who.accessToken);
      expect(own.json<{ items: Quote[] }>().items.map((q) => q.id)).not.toContain(quote.id);
    }
    const mine = await call('GET', '?status=sent', distributorX.accessToken);
    expect(mine.json<{ items: Quote[] }>().items.map((q) => q.id)).toContain(quote.id);
  });

  it('withdraws the quote still sent on the match when a new one is sent', async () => {
    const match = await introduced();
    const first = await sent(match.id);
    const second = await sent(match.id, { pricePerUnit: 179_000 });
    const rows = await ctx.database.db.select().from(quotes).where(eq(quotes.matchId, match.id));
    expect(rows.filter((q) => q.status === 'sent').map((q) => q.id)).toEqual([second.id]);
    const old = await call('GET', `/${first.id}`, distributorX.accessToken);
    expect(old.json()).toMatchObject({ status: 'withdrawn', allowed: [] });
    const accept = await call('POST', `/${first.id}/accept`, distributorX.accessToken, {});
    expect(accept.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, first.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['quote.create', 'quote.withdraw']);
  });

  it('is answered by the distributor only: accept, with a version check', async () => {
    const match = await introduced();
    const quote = await sent(match.id);
    for (const who of [producerA, coordinator, admin]) {
      expect((await call('POST', `/${quote.id}/accept`, who.accessToken, {})).statusCode).toBe(403);
    }
    for (const who of [producerB, distributorY]) {
      expect((await call('POST', `/${quote.id}/accept`, who.accessToken, {})).statusCode).toBe(404);
    }
    const stale = await call('POST', `/${quote.id}/accept`, distributorX.accessToken, {
      version: 5,
    });
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    const accepted = await call('POST', `/${quote.id}/accept`, distributorX.accessToken, {
      version: 1,
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', version: 2, allowed: [] });
    expect(await kindsFor(producerA.user.id, quote.id)).toEqual(['quote.accepted']);
    const declineAfter = await call('POST', `/${quote.id}/decline`, distributorX.accessToken, {});
    expect(declineAfter.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    // The match's pipeline is not ours to move.
    const [after] = await ctx.database.db.select().from(matches).where(eq(matches.id, match.id));
    expect(after!.status).toBe('introduced');
  });

  it('is declined with an optional reason the producer reads', async () => {
    const match = await introduced();
    const quote = await sent(match.id);
    const declined = await call('POST', `/${quote.id}/decline`, distributorX.accessToken, {
      reason: 'Giá cao hơn ngân sách',
    });
    expect(declined.json()).toMatchObject({
      status: 'declined',
      responseNote: 'Giá cao hơn ngân sách',
    });
    const [note] = await ctx.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.userId, producerA.user.id), eq(notifications.kind, 'quote.declined')),
      );
    expect(note!.body).toContain('Giá cao hơn ngân sách');
    const plain = await sent(match.id);
    const res = await call('POST', `/${plain.id}/decline`, distributorX.accessToken, {});
    expect(res.json()).toMatchObject({ status: 'declined', responseNote: null });
  });
});

describe('revisions', () => {
  it('allows one revision per quote chain, answered once by a new quote', async () => {
    const match = await introduced();
    const original = await sent(match.id);
    for (const body of [{}, { note: '  ' }, { note: '     ' }]) {
      const res = await call(
        'POST',
        `/${original.id}/request-revision`,
        distributorX.accessToken,
        body,
      );
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(
      (
        await call('POST', `/${original.id}/request-revision`, producerA.accessToken, {
          note: 'Giảm giá',
        })
      ).statusCode,
    ).toBe(403);
    // Revising a quote nobody sent back is not a step that exists.
    const premature = await call('POST', '', producerA.accessToken, {
      matchId: match.id,
      ...terms,
      revisionOf: original.id,
    });
    expect(premature.json()).toMatchObject({ code: 'INVALID_TRANSITION' });

    const back = await call('POST', `/${original.id}/request-revision`, distributorX.accessToken, {
      note: 'Xin giảm giá cho đơn 1.000 hũ',
    });
    expect(back.json()).toMatchObject({
      status: 'revision_requested',
      responseNote: 'Xin giảm giá cho đơn 1.000 hũ',
      allowed: [],
    });
    expect(await kindsFor(producerA.user.id, original.id)).toEqual(['quote.revision_requested']);

    const revision = await sent(match.id, { revisionOf: original.id, pricePerUnit: 170_000 });
    expect(revision).toMatchObject({ revisionOf: original.id, allowed: ['accept', 'decline'] });
    expect(await kindsFor(distributorX.user.id, revision.id)).toEqual(['quote.revised']);

    const twice = await call('POST', '', producerA.accessToken, {
      matchId: match.id,
      ...terms,
      revisionOf: original.id,
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'INVALID_TRANSITION' });

    const again = await call('POST', `/${revision.id}/request-revision`, distributorX.accessToken, {
      note: 'Giảm thêm nữa',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'INVALID_TRANSITION',
      allowed: ['accept', 'decline'],
    });

    // A quote of another match cannot be "revised" here.
    const otherMatch = await introduced();
    const other = await sent(otherMatch.id);
    await call('POST', `/${other.id}/request-revision`, distributorX.accessToken, {
      note: 'Đổi điều kiện giao hàng',
    });
    const crossed = await call('POST', '', producerA.accessToken, {
      matchId: match.id,
      ...terms,
      revisionOf: other.id,
    });
    expect(crossed.statusCode).toBe(400);
    expect(crossed.json()).toMatchObject({ errors: [{ path: '/revisionOf' }] });

    expect(
      (await call('POST', `/${revision.id}/accept`, distributorX.accessToken, {})).json(),
    ).toMatchObject({
      status: 'accepted',
    });
    expect(
      (await ctx.database.db.select().from(quotes).where(eq(quotes.revisionOf, original.id)))
        .length,
    ).toBe(1);
  });
});

describe('expiry', () => {
  const pastDue = (id: string) =>
    ctx.database.db
      .update(quotes)
      .set({ validUntil: addDays(today, -1) })
      .where(eq(quotes.id, id));

  it('refuses to accept a quote past its date with QUOTE_EXPIRED and marks it expired', async () => {
    const match = await introduced();
    const quote = await sent(match.id);
    await pastDue(quote.id);
    const res = await call('POST', `/${quote.id}/accept`, distributorX.accessToken, { version: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'QUOTE_EXPIRED' });
    const [row] = await ctx.database.db.select().from(quotes).where(eq(quotes.id, quote.id));
    expect(row).toMatchObject({ status: 'expired', respondedAt: null });
    const again = await call('POST', `/${quote.id}/accept`, distributorX.accessToken, {});
    expect(again.json()).toMatchObject({ code: 'QUOTE_EXPIRED' });
    const revise = await call('POST', `/${quote.id}/request-revision`, distributorX.accessToken, {
      note: 'Gia hạn báo giá',
    });
    expect(revise.json()).toMatchObject({ code: 'INVALID_TRANSITION', allowed: [] });
    const audit = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, quote.id));
    expect(audit.filter((a) => a.action === 'quote.expire')).toHaveLength(1);
  });

  it('marks sent quotes past their date expired when they are read', async () => {
    const match = await introduced();
    const one = await sent(match.id);
    await pastDue(one.id);
    expect((await call('GET', `/${one.id}`, producerA.accessToken)).json()).toMatchObject({
      status: 'expired',
      allowed: [],
    });
    const other = await introduced();
    const two = await sent(other.id);
    await pastDue(two.id);
    const list = await call('GET', `?matchId=${other.id}`, distributorX.accessToken);
    expect(list.json<{ items: Quote[] }>().items[0]).toMatchObject({
      id: two.id,
      status: 'expired',
    });
    // A quote valid until today is still open today.
    const three = await sent(other.id, { validUntil: today });
    expect((await call('GET', `/${three.id}`, producerA.accessToken)).json()).toMatchObject({
      status: 'sent',
    });
  });
});

describe('Idempotency-Key', () => {
  it('sends one quote however often the same request is retried', async () => {
    const match = await introduced();
    const send = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/quotes',
        headers: { ...authHeader(producerA.accessToken), 'idempotency-key': `quote-${match.id}` },
        payload: { matchId: match.id, ...terms },
      });
    const first = await send();
    const retry = await send();
    expect(first.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json<Quote>().id).toBe(first.json<Quote>().id);
    const rows = await ctx.database.db.select().from(quotes).where(eq(quotes.matchId, match.id));
    expect(rows.map((q) => q.status)).toEqual(['sent']);
  });
});
