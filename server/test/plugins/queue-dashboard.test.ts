import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { queueNames } from '../../src/jobs/queues.ts';
import { users } from '../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, type Account } from '../helpers/fixtures.ts';
import { quickAccount } from '../helpers/quick-accounts.ts';

let ctx: TestContext;
let admin: Account;
let coordinator: Account;
let producer: Account;

beforeAll(async () => {
  ctx = await createTestContext();
  [admin, coordinator, producer] = await Promise.all([
    createStaff(ctx.app, ctx.database, 'admin'),
    createStaff(ctx.app, ctx.database, 'coordinator'),
    quickAccount(ctx.app, ctx.database, 'producer'),
  ]);
});
afterAll(async () => ctx?.close());

const board = (path: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url: `/admin/queues${path}`, headers });
const openSession = (token?: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/admin/queues/session',
    headers: token ? authHeader(token) : {},
  });

describe('Bull Board at /admin/queues', () => {
  it('refuses anonymous callers (401) and non-admins (403) with problem JSON, on pages, assets and API', async () => {
    for (const path of ['', '/', '/api/queues', '/static/images/logo.svg', '/queue/matching']) {
      const anonymous = await board(path);
      expect(anonymous.statusCode, path).toBe(401);
      expect(anonymous.headers['content-type'], path).toContain('application/problem+json');
      expect(anonymous.json().code).toBe('UNAUTHENTICATED');
      for (const account of [producer, coordinator]) {
        const response = await board(path, authHeader(account.accessToken));
        expect(response.statusCode, `${path} ${account.user.role}`).toBe(403);
        expect(response.json().code).toBe('FORBIDDEN');
      }
    }
    expect((await board('/api/queues', authHeader('garbage.token.value'))).statusCode).toBe(401);
    const write = await ctx.app.inject({
      method: 'PUT',
      url: '/admin/queues/api/queues/matching/pause',
      headers: authHeader(producer.accessToken),
    });
    expect(write.statusCode).toBe(403);
  });

  it('serves the UI and the API to an admin with a Bearer token, listing every queue of the app', async () => {
    const page = await board('/', authHeader(admin.accessToken));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<base href="/admin/queues/"');
    expect(page.body).toContain('KếtNối queues');
    // The board's own CSP (Google Fonts) on its routes only; the API keeps the strict one.
    expect(page.headers['content-security-policy']).toContain('https://fonts.googleapis.com');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const health = await ctx.app.inject({ method: 'GET', url: '/health' });
    expect(health.headers['content-security-policy']).not.toContain('fonts.googleapis.com');

    const script = /src="(static\/js\/main\.[^"]+\.js)"/.exec(page.body)![1]!;
    const asset = await board(`/${script}`, authHeader(admin.accessToken));
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');

    const api = await board('/api/queues', authHeader(admin.accessToken));
    expect(api.statusCode).toBe(200);
    const names = (api.json().queues as { name: string }[]).map((q) => q.name).sort();
    expect(names).toEqual([...queueNames].sort());
  });

  it('opens a 10-minute, httpOnly, SameSite=Strict cookie session for admins only, which the board accepts', async () => {
    expect((await openSession()).statusCode).toBe(401);
    for (const account of [producer, coordinator]) {
      const refused = await openSession(account.accessToken);
      expect(refused.statusCode).toBe(403);
      expect(refused.cookies).toHaveLength(0);
    }
    const response = await openSession(admin.accessToken);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ url: '/admin/queues/' });
    const cookie = response.cookies.find((c) => c.name === 'ketnoi_qb')!;
    expect(cookie).toMatchObject({
      httpOnly: true,
      sameSite: 'Strict',
      path: '/admin/queues',
      maxAge: 600,
    });
    const expiresIn = Date.parse(response.json().expiresAt) - Date.now();
    expect(expiresIn).toBeGreaterThan(590_000);
    expect(expiresIn).toBeLessThanOrEqual(600_000);

    const header = { cookie: `ketnoi_qb=${cookie.value}` };
    expect((await board('/', header)).statusCode).toBe(200);
    expect((await board('/api/queues', header)).statusCode).toBe(200);

    // A tampered cookie, or one of an admin since disabled, is refused.
    const [payload, signature] = cookie.value.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), exp: 9e9 }),
    ).toString('base64url');
    expect(
      (await board('/api/queues', { cookie: `ketnoi_qb=${forged}.${signature}` })).statusCode,
    ).toBe(401);
    expect((await board('/api/queues', { cookie: 'ketnoi_qb=garbage' })).statusCode).toBe(401);
    await ctx.database.db.update(users).set({ disabled: true }).where(eq(users.id, admin.user.id));
    try {
      expect((await board('/api/queues', header)).statusCode).toBe(401);
    } finally {
      await ctx.database.db
        .update(users)
        .set({ disabled: false })
        .where(eq(users.id, admin.user.id));
    }
  });

  it('refuses a cross-site write even with a valid admin cookie', async () => {
    const cookie = (await openSession(admin.accessToken)).cookies.find(
      (c) => c.name === 'ketnoi_qb',
    )!;
    const response = await ctx.app.inject({
      method: 'PUT',
      url: '/admin/queues/api/queues/matching/pause',
      headers: { cookie: `ketnoi_qb=${cookie.value}`, 'sec-fetch-site': 'cross-site' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_REJECTED');
  });
});
