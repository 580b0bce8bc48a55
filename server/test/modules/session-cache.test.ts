import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { organizations, users } from '../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';
import { authHeader, createStaff, register } from '../helpers/fixtures.ts';

/** With the session cache on (as in production), changes made through services take effect at once. */
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ SESSION_CACHE_MS: '60000' });
});
afterAll(async () => ctx?.close());

describe('session cache', () => {
  it('serves a repeated request from the cache: a direct database change is not seen until eviction', async () => {
    const account = await register(ctx.app, 'producer');
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: authHeader(account.accessToken),
        })
      ).json().user.name,
    ).toBe('Test producer');
    // A change behind the services' back (only possible for operators) is invisible while cached…
    await ctx.database.db
      .update(users)
      .set({ name: 'Renamed in SQL' })
      .where(eq(users.id, account.user.id));
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: authHeader(account.accessToken),
        })
      ).json().user.name,
    ).toBe('Test producer');
  });

  it('evicts on disable, so the next request with the old token is refused', async () => {
    const account = await register(ctx.app, 'distributor');
    const admin = await createStaff(ctx.app, ctx.database, 'admin');
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: authHeader(account.accessToken),
        })
      ).statusCode,
    ).toBe(200);
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${account.user.id}`,
      headers: authHeader(admin.accessToken),
      payload: { disabled: true },
    });
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: authHeader(account.accessToken),
        })
      ).statusCode,
    ).toBe(401);
  });

  it('evicts every member of an organization on a verification decision', async () => {
    const account = await register(ctx.app, 'producer');
    const coordinator = await createStaff(ctx.app, ctx.database, 'coordinator');
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/me',
          headers: authHeader(account.accessToken),
        })
      ).json().organization.verificationStatus,
    ).toBe('pending');
    const verify = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/review/organizations/${account.organizationId}/verify`,
      headers: authHeader(coordinator.accessToken),
      payload: {},
    });
    expect(verify.statusCode).toBe(200);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: authHeader(account.accessToken),
    });
    expect(me.json().organization.verificationStatus).toBe('verified');
    const [row] = await ctx.database.db
      .select()
      .from(organizations)
      .where(eq(organizations.id, account.organizationId));
    expect(row?.verificationStatus).toBe('verified');
  });
});
