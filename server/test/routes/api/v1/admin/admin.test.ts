import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { auditLog, refreshTokens, users } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  login,
  PASSWORD,
  refreshCookie,
  uniqueEmail,
  uniqueTaxCode,
  type Account,
} from '../../../../helpers/fixtures.ts';
import { quickAccount } from '../../../../helpers/quick-accounts.ts';

let ctx: TestContext;
let admin: Account;
let coordinator: Account;
let producer: Account;
let distributor: Account;
beforeAll(async () => {
  ctx = await createTestContext();
  [admin, coordinator, producer, distributor] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'admin'),
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
    quickAccount(ctx.app, ctx.database, 'distributor'),
  ]);
});
afterAll(async () => ctx?.close());

const createUser = (token: string | undefined, payload: Record<string, unknown>) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/admin/users',
    headers: token ? authHeader(token) : {},
    payload,
  });
const updateUser = (token: string | undefined, id: string, payload: Record<string, unknown>) =>
  ctx.app.inject({
    method: 'PATCH',
    url: `/api/v1/admin/users/${id}`,
    headers: token ? authHeader(token) : {},
    payload,
  });
const refresh = (cookie: string) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', headers: { cookie }, payload: {} });
const staffBody = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail('staff'),
  password: PASSWORD,
  name: 'Lê Thị Điều Phối',
  role: 'coordinator',
  ...overrides,
});

async function userRow(id: string) {
  const [row] = await ctx.database.db.select().from(users).where(eq(users.id, id));
  return row!;
}

describe('POST /api/v1/admin/users', () => {
  it('creates a coordinator who can then log in and review', async () => {
    const body = staffBody({ email: uniqueEmail('NewCoordinator'), locale: 'en' });
    const response = await createUser(admin.accessToken, body);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      email: body.email.toLowerCase(),
      role: 'coordinator',
      locale: 'en',
      organizationId: null,
      disabled: false,
      name: body.name,
    });
    expect(JSON.stringify(created)).not.toMatch(/password|hash/i);

    const stored = await userRow(created.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, created.id), eq(auditLog.action, 'user.create')));
    expect(audit).toMatchObject({ actorId: admin.user.id, entityType: 'user' });

    const session = await login(ctx.app, body.email, PASSWORD);
    expect(session.user.role).toBe('coordinator');
    const queue = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/review/organizations?status=pending',
      headers: authHeader(session.accessToken),
    });
    expect(queue.statusCode).toBe(200);
    const verify = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/organizations/${producer.organizationId}/verify`,
      headers: authHeader(session.accessToken),
      payload: {},
    });
    expect(verify.statusCode).toBe(200);
    expect(verify.json().verificationStatus).toBe('verified');
  });

  it('can create another admin', async () => {
    const response = await createUser(admin.accessToken, staffBody({ role: 'admin' }));
    expect(response.statusCode).toBe(201);
    expect(response.json().role).toBe('admin');
  });

  it.each(['producer', 'distributor', 'superuser'])(
    'refuses role %s with 400 naming /role',
    async (role) => {
      const body = staffBody({ role });
      const response = await createUser(admin.accessToken, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().errors).toContainEqual(expect.objectContaining({ path: '/role' }));
      expect(
        await ctx.database.db.select().from(users).where(eq(users.email, body.email)),
      ).toHaveLength(0);
    },
  );

  it.each([
    ['organizationId', '01900000-0000-7000-8000-000000000000'],
    ['disabled', false],
    ['passwordHash', 'x'],
  ])('refuses the server-owned field %s with 400', async (field, value) => {
    const response = await createUser(admin.accessToken, staffBody({ [field]: value }));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path: `/${field}` }));
  });

  it('refuses a duplicate e-mail, in any case, with 409 EMAIL_TAKEN', async () => {
    const taken = await createUser(
      admin.accessToken,
      staffBody({ email: producer.email.toUpperCase() }),
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'EMAIL_TAKEN', errors: [{ path: '/email' }] });
    // The existing account is untouched.
    expect((await userRow(producer.user.id)).role).toBe('producer');
  });

  it('refuses a common password', async () => {
    const response = await createUser(admin.accessToken, staffBody({ password: 'password1' }));
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('WEAK_PASSWORD');
  });
});

describe('admin routes authorization', () => {
  it.each([
    ['a producer', () => producer],
    ['a distributor', () => distributor],
    ['a coordinator', () => coordinator],
  ])('refuses %s with 403 on every admin route, changing nothing', async (_name, who) => {
    const actor = who();
    const body = staffBody({ role: 'admin' });
    const responses = {
      list: await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/admin/users',
        headers: authHeader(actor.accessToken),
      }),
      create: await createUser(actor.accessToken, body),
      disableOther: await updateUser(
        actor.accessToken,
        distributor.user.id === actor.user.id ? producer.user.id : distributor.user.id,
        { disabled: true },
      ),
      disableAdmin: await updateUser(actor.accessToken, admin.user.id, { disabled: true }),
    };
    for (const [route, response] of Object.entries(responses)) {
      expect(response.statusCode, route).toBe(403);
      expect(response.json().code, route).toBe('FORBIDDEN');
    }
    expect(
      await ctx.database.db.select().from(users).where(eq(users.email, body.email)),
    ).toHaveLength(0);
    expect((await userRow(admin.user.id)).disabled).toBe(false);
    expect((await userRow(producer.user.id)).disabled).toBe(false);
    expect((await userRow(distributor.user.id)).disabled).toBe(false);
  });

  it('refuses anonymous callers with 401', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(
      401,
    );
    expect((await createUser(undefined, staffBody())).statusCode).toBe(401);
    expect((await updateUser(undefined, producer.user.id, { disabled: true })).statusCode).toBe(
      401,
    );
  });
});

describe('GET /api/v1/admin/users', () => {
  it('pages all accounts without password hashes', async () => {
    const first = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users?page=1&limit=2',
      headers: authHeader(admin.accessToken),
    });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    const total = (await ctx.database.db.select({ id: users.id }).from(users)).length;
    expect(body).toMatchObject({ total, page: 1, limit: 2 });
    expect(body.items).toHaveLength(2);
    expect(first.body).not.toMatch(/argon2|passwordHash/);
    const all = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users?limit=100',
      headers: authHeader(admin.accessToken),
    });
    expect(all.json().items.map((u: { id: string }) => u.id)).toEqual(
      expect.arrayContaining([admin.user.id, producer.user.id, coordinator.user.id]),
    );
  });
});

describe('PATCH /api/v1/admin/users/:id', () => {
  it('disables a user: their refresh token and access token stop working at once, and they cannot log in', async () => {
    const email = uniqueEmail('victim');
    const registered = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        email,
        password: PASSWORD,
        name: 'Sắp bị khoá',
        role: 'distributor',
        organization: {
          legalName: 'Siêu thị Thử',
          taxCode: uniqueTaxCode(),
          province: 'Hà Nội',
          channel: 'supermarket-chain',
        },
      },
    });
    expect(registered.statusCode).toBe(201);
    const { accessToken, user } = registered.json();
    const cookie = refreshCookie(registered);
    const loggedIn = refreshCookie(
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email, password: PASSWORD },
      }),
    );
    // Control: both work before.
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeader(accessToken) }))
        .statusCode,
    ).toBe(200);

    const response = await updateUser(admin.accessToken, user.id, { disabled: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: user.id, disabled: true });

    expect((await refresh(cookie)).statusCode).toBe(401);
    expect((await refresh(loggedIn)).statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeader(accessToken) }))
        .statusCode,
    ).toBe(401);
    const relogin = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    expect(relogin.statusCode).toBe(401);
    expect(relogin.json().code).toBe('ACCOUNT_DISABLED');

    const tokens = await ctx.database.db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.userId, user.id));
    expect(tokens.length).toBeGreaterThanOrEqual(2);
    expect(tokens.every((t) => t.revokedAt !== null)).toBe(true);

    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, user.id), eq(auditLog.action, 'user.disable')));
    expect(audit).toMatchObject({
      actorId: admin.user.id,
      before: { disabled: false },
      after: { disabled: true },
    });

    // Re-enabled: a fresh login works, the old sessions stay dead.
    const enabled = await updateUser(admin.accessToken, user.id, { disabled: false });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json().disabled).toBe(false);
    const again = await login(ctx.app, email, PASSWORD);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: authHeader(again.accessToken),
        })
      ).statusCode,
    ).toBe(200);
    expect((await refresh(cookie)).statusCode).toBe(401);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: authHeader(accessToken) }))
        .statusCode,
    ).toBe(401);
  });

  it('does not let an admin disable their own account (409), which stays enabled', async () => {
    const response = await updateUser(admin.accessToken, admin.user.id, { disabled: true });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('INVALID_STATE');
    expect((await userRow(admin.user.id)).disabled).toBe(false);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: authHeader(admin.accessToken),
        })
      ).statusCode,
    ).toBe(200);
  });

  it('refuses role changes and other unknown fields with 400', async () => {
    for (const payload of [
      { role: 'admin' },
      { disabled: true, role: 'admin' },
      { email: 'x@y.vn' },
      { tokensValidAfter: '2020-01-01T00:00:00Z' },
    ]) {
      const response = await updateUser(admin.accessToken, producer.user.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const row = await userRow(producer.user.id);
    expect(row).toMatchObject({ role: 'producer', disabled: false });
  });

  it('refuses an empty body, a wrong type, a malformed id and a missing user', async () => {
    expect((await updateUser(admin.accessToken, producer.user.id, {})).statusCode).toBe(400);
    const wrongType = await updateUser(admin.accessToken, producer.user.id, { disabled: 'true' });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors).toContainEqual(expect.objectContaining({ path: '/disabled' }));
    expect((await userRow(producer.user.id)).disabled).toBe(false);
    const malformed = await updateUser(admin.accessToken, 'nope', { disabled: true });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toContainEqual(expect.objectContaining({ path: '/params/id' }));
    const missing = await updateUser(admin.accessToken, uuidv7(), { disabled: true });
    expect(missing.statusCode).toBe(404);
  });
});
