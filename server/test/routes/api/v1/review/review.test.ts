import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, count, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  auditLog,
  notifications,
  organizations,
  outbox,
} from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  verifyOrganization,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { registerWithLocale } from '../../../../helpers/accounts.ts';
import { quickAccount, quickMember } from '../../../../helpers/quick-accounts.ts';

let ctx: TestContext;
let coordinator: Account;
let admin: Account;
let producer: Account;
let distributor: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  [coordinator, admin, producer, distributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'coordinator'),
    createStaff(ctx.app, ctx.database, 'admin'),
    quick('producer'),
    quick('distributor'),
  ]);
  await verifyOrganization(ctx.database, distributor.organizationId);
});
afterAll(async () => ctx?.close());

const list = (query: string, token?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/review/organizations${query}`,
    headers: token ? authHeader(token) : {},
  });
const verify = (id: string, token?: string, payload: Record<string, unknown> = {}) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/review/organizations/${id}/verify`,
    headers: token ? authHeader(token) : {},
    payload,
  });
const reject = (
  id: string,
  token?: string,
  payload: Record<string, unknown> = { reason: 'Giấy phép kinh doanh không khớp tên' },
) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/review/organizations/${id}/reject`,
    headers: token ? authHeader(token) : {},
    payload,
  });
const notificationsOf = (token: string, query = '') =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/v1/notifications${query}`,
    headers: authHeader(token),
  });

async function orgRow(id: string) {
  const [row] = await ctx.database.db.select().from(organizations).where(eq(organizations.id, id));
  return row!;
}
const auditsFor = (id: string) =>
  ctx.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.entityId, id))
    .orderBy(asc(auditLog.id));
const notificationCount = async () =>
  (await ctx.database.db.select({ n: count() }).from(notifications))[0]!.n;
const outboxCount = async () => (await ctx.database.db.select({ n: count() }).from(outbox))[0]!.n;

const quick = (role: 'producer' | 'distributor', options: { locale?: 'vi' | 'en' } = {}) =>
  quickAccount(ctx.app, ctx.database, role, options);
const registerEnglish = () => quick('producer', { locale: 'en' });
const addMember = (
  organizationId: string,
  options: { locale?: 'vi' | 'en'; disabled?: boolean } = {},
) => quickMember(ctx.app, ctx.database, organizationId, options);

describe('GET /api/v1/review/organizations', () => {
  it('pages the pending queue oldest first, matching the database exactly', async () => {
    const created: Account[] = [];
    for (let i = 0; i < 3; i += 1) {
      created.push(await quick('producer'));
    }
    const expected = (
      await ctx.database.db
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.verificationStatus, 'pending'))
        .orderBy(asc(organizations.createdAt), asc(organizations.id))
    ).map((r) => r.id);
    expect(expected.length).toBeGreaterThanOrEqual(4);

    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(expected.length / 2); page += 1) {
      const response = await list(`?status=pending&page=${page}&limit=2`, coordinator.accessToken);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ total: expected.length, page, limit: 2 });
      expect(body.items.length).toBeLessThanOrEqual(2);
      for (const item of body.items) {
        expect(item.verificationStatus).toBe('pending');
        // The reviewer needs the tax code to check it.
        expect(item.taxCode).toMatch(/^\d{10}$/);
      }
      seen.push(...body.items.map((o: { id: string }) => o.id));
    }
    expect(seen).toEqual(expected);
    const positions = created.map((a) => seen.indexOf(a.organizationId));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const beyond = await list(
      `?status=pending&page=${Math.ceil(expected.length / 2) + 1}&limit=2`,
      coordinator.accessToken,
    );
    expect(beyond.json()).toMatchObject({ items: [], total: expected.length });
  });

  it('filters by status and kind', async () => {
    const verified = await list('?status=verified&limit=100', coordinator.accessToken);
    expect(verified.statusCode).toBe(200);
    expect(verified.json().items.map((o: { id: string }) => o.id)).toContain(
      distributor.organizationId,
    );
    expect(
      verified
        .json()
        .items.every((o: { verificationStatus: string }) => o.verificationStatus === 'verified'),
    ).toBe(true);

    const distributors = await list('?kind=distributor&limit=100', coordinator.accessToken);
    expect(distributors.json().items.length).toBeGreaterThan(0);
    expect(distributors.json().items.every((o: { kind: string }) => o.kind === 'distributor')).toBe(
      true,
    );
  });

  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['page=0', 'page'],
    ['status=approved', 'status'],
    ['limit=abc', 'limit'],
    ['sort=name', 'sort'],
  ])('refuses ?%s with 400 naming the parameter', async (query, name) => {
    const response = await list(`?${query}`, coordinator.accessToken);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(
      expect.objectContaining({ path: `/query/${name}` }),
    );
  });
});

describe('POST /api/v1/review/organizations/:id/{verify,reject}', () => {
  it('verifies a pending organization: status, verifiedAt, verifiedBy, note and one audit row', async () => {
    const target = await quick('producer');
    const before = await orgRow(target.organizationId);
    const startedAt = Date.now();
    const response = await verify(target.organizationId, coordinator.accessToken, {
      note: 'Đã đối chiếu giấy phép',
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      id: target.organizationId,
      verificationStatus: 'verified',
      verificationNote: 'Đã đối chiếu giấy phép',
      version: before.version + 1,
    });
    expect(Date.parse(body.verifiedAt)).toBeGreaterThanOrEqual(startedAt - 1000);

    expect(await orgRow(target.organizationId)).toMatchObject({
      verificationStatus: 'verified',
      verifiedBy: coordinator.user.id,
      verificationNote: 'Đã đối chiếu giấy phép',
    });

    const audits = (await auditsFor(target.organizationId)).filter((a) =>
      a.action.startsWith('organization.verify'),
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: coordinator.user.id,
      action: 'organization.verify',
      entityType: 'organization',
      entityId: target.organizationId,
      before: { verificationStatus: 'pending', verificationNote: null },
      after: { verificationStatus: 'verified', verificationNote: 'Đã đối chiếu giấy phép' },
      requestId: response.headers['x-request-id'],
    });

    // Now public.
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/organizations/${target.organizationId}`,
        })
      ).statusCode,
    ).toBe(200);
  });

  it('rejects with a reason, audited; the reason is required and at least 3 characters', async () => {
    const target = await quick('producer');
    for (const payload of [{}, { reason: '' }, { reason: 'ab' }, { reason: 42 }]) {
      const response = await reject(target.organizationId, coordinator.accessToken, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors, JSON.stringify(payload)).toContainEqual(
        expect.objectContaining({ path: '/reason' }),
      );
    }
    expect((await orgRow(target.organizationId)).verificationStatus).toBe('pending');
    expect(
      (await auditsFor(target.organizationId)).filter((a) => a.action !== 'organization.register'),
    ).toHaveLength(0);

    const response = await reject(target.organizationId, coordinator.accessToken, {
      reason: 'Mã số thuế không khớp tên',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      verificationStatus: 'rejected',
      verificationNote: 'Mã số thuế không khớp tên',
      verifiedAt: null,
    });
    expect(await orgRow(target.organizationId)).toMatchObject({
      verificationStatus: 'rejected',
      verifiedBy: coordinator.user.id,
    });

    const audits = (await auditsFor(target.organizationId)).filter(
      (a) => a.action === 'organization.reject',
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      actorId: coordinator.user.id,
      entityId: target.organizationId,
      before: { verificationStatus: 'pending' },
      after: { verificationStatus: 'rejected', verificationNote: 'Mã số thuế không khớp tên' },
    });
  });

  it('refuses to verify twice (or reject twice) with 409 INVALID_STATE, writing nothing', async () => {
    const target = await quick('producer');
    expect((await verify(target.organizationId, coordinator.accessToken)).statusCode).toBe(200);
    const snapshot = await orgRow(target.organizationId);
    const [audits, notes, mails] = [
      (await auditsFor(target.organizationId)).length,
      await notificationCount(),
      await outboxCount(),
    ];

    const again = await verify(target.organizationId, coordinator.accessToken);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_STATE', allowed: ['reject'] });
    expect(await orgRow(target.organizationId)).toEqual(snapshot);
    expect(await auditsFor(target.organizationId)).toHaveLength(audits);
    expect(await notificationCount()).toBe(notes);
    expect(await outboxCount()).toBe(mails);

    // A verified organization can still be rejected (e.g. fraud found later), then not rejected twice.
    expect((await reject(target.organizationId, coordinator.accessToken)).statusCode).toBe(200);
    const twice = await reject(target.organizationId, coordinator.accessToken);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'INVALID_STATE', allowed: ['verify'] });
    // And a rejected one can be verified after it fixed its profile.
    const reverified = await verify(target.organizationId, coordinator.accessToken);
    expect(reverified.statusCode).toBe(200);
    expect(reverified.json()).toMatchObject({
      verificationStatus: 'verified',
      verificationNote: null,
    });
  });

  it('answers 404 for a missing organization and 400 for a malformed id', async () => {
    const missing = await verify(uuidv7(), coordinator.accessToken);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    expect((await reject(uuidv7(), coordinator.accessToken)).statusCode).toBe(404);
    const malformed = await verify('12345', coordinator.accessToken);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toContainEqual(expect.objectContaining({ path: '/params/id' }));
  });

  it('refuses mass assignment in a decision body', async () => {
    const target = await quick('producer');
    const response = await verify(target.organizationId, coordinator.accessToken, {
      verifiedBy: producer.user.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/verifiedBy' }));
    expect((await orgRow(target.organizationId)).verificationStatus).toBe('pending');
  });

  it('lets an admin review too', async () => {
    const target = await quick('distributor');
    expect((await list('?status=pending', admin.accessToken)).statusCode).toBe(200);
    const response = await verify(target.organizationId, admin.accessToken);
    expect(response.statusCode).toBe(200);
    expect(await orgRow(target.organizationId)).toMatchObject({
      verificationStatus: 'verified',
      verifiedBy: admin.user.id,
    });
  });
});

describe('review authorization', () => {
  it.each([
    ['anonymous', 401, () => undefined],
    ['a producer', 403, () => producer.accessToken],
    ['a verified distributor', 403, () => distributor.accessToken],
  ])(
    'refuses %s on list, verify and reject with %i, leaving the row unchanged',
    async (_name, status, token) => {
      const target = await quick('producer');
      const before = await orgRow(target.organizationId);
      const audits = (await auditsFor(target.organizationId)).length;
      const notes = await notificationCount();

      const responses = {
        list: await list('?status=pending', token()),
        verify: await verify(target.organizationId, token()),
        reject: await reject(target.organizationId, token()),
      };
      for (const [route, response] of Object.entries(responses)) {
        expect(response.statusCode, route).toBe(status);
        expect(response.headers['content-type'], route).toContain('application/problem+json');
        expect(response.json().code, route).toBe(status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(response.body, route).not.toContain(target.organizationId);
      }
      expect(await orgRow(target.organizationId)).toEqual(before);
      expect(await auditsFor(target.organizationId)).toHaveLength(audits);
      expect(await notificationCount()).toBe(notes);
    },
  );

  it('does not let a producer verify its own organization', async () => {
    const self = await quick('producer');
    const response = await verify(self.organizationId, self.accessToken);
    expect(response.statusCode).toBe(403);
    expect((await orgRow(self.organizationId)).verificationStatus).toBe('pending');
  });
});

describe('decision notifications', () => {
  it("notifies every active member in the member's own language, in-app and by e-mail via the outbox", async () => {
    // Registered through the API with locale 'en', as a real English-speaking user would.
    const owner = await registerWithLocale(ctx.app, 'en');
    const vi = await addMember(owner.organizationId, { locale: 'vi' });
    const disabled = await addMember(owner.organizationId, { disabled: true });
    const { legalName } = await orgRow(owner.organizationId);

    const response = await verify(owner.organizationId, coordinator.accessToken);
    expect(response.statusCode).toBe(200);

    const english = (await notificationsOf(owner.accessToken)).json();
    expect(english.unread).toBe(1);
    expect(english.items).toHaveLength(1);
    expect(english.items[0]).toMatchObject({
      kind: 'organization.verified',
      title: 'Your organization has been verified',
      link: '/app/organization',
      readAt: null,
    });
    expect(english.items[0].body).toBe(
      `${legalName} has been verified by the centre. All matchmaking features are now open to you.`,
    );

    const vietnamese = (await notificationsOf(vi.account!.accessToken)).json();
    expect(vietnamese.unread).toBe(1);
    expect(vietnamese.items[0]).toMatchObject({
      kind: 'organization.verified',
      title: 'Tổ chức của bạn đã được xác minh',
    });
    expect(vietnamese.items[0].body).toContain(legalName);

    const forDisabled = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, disabled.user.id));
    expect(forDisabled).toHaveLength(0);

    // Nobody outside the organization is told.
    expect((await notificationsOf(producer.accessToken)).json().unread).toBe(0);

    const mails = await ctx.database.db
      .select()
      .from(outbox)
      .where(eq(outbox.topic, 'notify.email'));
    const recipients = mails.map((m) => (m.payload as { to: string }).to);
    expect(recipients).toEqual(expect.arrayContaining([owner.email, vi.user.email]));
    expect(recipients).not.toContain(disabled.user.email);
    const english_mail = mails.find((m) => (m.payload as { to: string }).to === owner.email)!;
    expect(english_mail.payload).toMatchObject({ subject: 'Your organization has been verified' });
    expect((english_mail.payload as { text: string }).text).toContain(
      `${ctx.config.PUBLIC_URL}/app/organization`,
    );
  });

  it('tells the members the rejection reason', async () => {
    const owner = await registerEnglish();
    expect(
      (
        await reject(owner.organizationId, coordinator.accessToken, {
          reason: 'Tax code belongs to another company',
        })
      ).statusCode,
    ).toBe(200);
    const body = (await notificationsOf(owner.accessToken)).json();
    expect(body.items[0]).toMatchObject({
      kind: 'organization.rejected',
      title: 'Your organization was not approved',
    });
    expect(body.items[0].body).toContain('Reason: Tax code belongs to another company.');
  });

  it('marks notifications read by id, only for their owner', async () => {
    const owner = await registerEnglish();
    const member = await addMember(owner.organizationId);
    const outsider = await quick('producer');
    expect((await verify(owner.organizationId, coordinator.accessToken)).statusCode).toBe(200);
    expect((await reject(owner.organizationId, coordinator.accessToken)).statusCode).toBe(200);

    const ownerList = (await notificationsOf(owner.accessToken)).json();
    expect(ownerList.unread).toBe(2);
    // Newest first.
    expect(ownerList.items.map((n: { kind: string }) => n.kind)).toEqual([
      'organization.rejected',
      'organization.verified',
    ]);
    const [rejectedNote, verifiedNote] = ownerList.items as { id: string }[];

    // Someone else's ids are ignored: still unread afterwards.
    for (const intruder of [member.account!, outsider]) {
      const attempt = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/notifications/read',
        headers: authHeader(intruder.accessToken),
        payload: { ids: [verifiedNote!.id, rejectedNote!.id] },
      });
      expect(attempt.statusCode).toBe(204);
    }
    expect((await notificationsOf(owner.accessToken)).json().unread).toBe(2);
    // ...and the intruding member's own notifications were not touched by the foreign ids either.
    expect((await notificationsOf(member.account!.accessToken)).json().unread).toBe(2);

    const read = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: authHeader(owner.accessToken),
      payload: { ids: [verifiedNote!.id] },
    });
    expect(read.statusCode).toBe(204);
    const after = (await notificationsOf(owner.accessToken)).json();
    expect(after.unread).toBe(1);
    expect(after.items.find((n: { id: string }) => n.id === verifiedNote!.id).readAt).toEqual(
      expect.any(String),
    );
    expect(after.items.find((n: { id: string }) => n.id === rejectedNote!.id).readAt).toBeNull();

    const unreadOnly = (await notificationsOf(owner.accessToken, '?unreadOnly=true')).json();
    expect(unreadOnly.items.map((n: { id: string }) => n.id)).toEqual([rejectedNote!.id]);

    // Without ids: all of the caller's own.
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/notifications/read',
          headers: authHeader(member.account!.accessToken),
          payload: {},
        })
      ).statusCode,
    ).toBe(204);
    expect((await notificationsOf(member.account!.accessToken)).json().unread).toBe(0);
    expect((await notificationsOf(owner.accessToken)).json().unread).toBe(1);
  });

  it('validates the read body and requires authentication', async () => {
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      payload: { ids: [] },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(
      401,
    );
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: authHeader(producer.accessToken),
      payload: { ids: ['not-a-uuid'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ path: '/ids/0' }));
    const extra = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read',
      headers: authHeader(producer.accessToken),
      payload: { ids: [], userId: coordinator.user.id },
    });
    expect(extra.statusCode).toBe(400);
  });

  it('writes the audit row, notifications and outbox rows of a decision together', async () => {
    const owner = await quick('producer');
    await verify(owner.organizationId, coordinator.accessToken);
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, owner.organizationId),
          eq(auditLog.action, 'organization.verify'),
        ),
      );
    const [note] = await ctx.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.userId, owner.user.id));
    const mails = (await ctx.database.db.select().from(outbox)).filter(
      (m) => (m.payload as { to: string }).to === owner.email,
    );
    expect(audit).toBeDefined();
    expect(note).toBeDefined();
    expect(mails).toHaveLength(1);
    // One transaction: PostgreSQL's now() is the transaction start, identical for every row written in it.
    expect(note!.createdAt.getTime()).toBe(audit!.at.getTime());
    expect(mails[0]!.createdAt.getTime()).toBe(audit!.at.getTime());
    expect(mails[0]!.dispatchedAt).toBeNull();
  });
});
