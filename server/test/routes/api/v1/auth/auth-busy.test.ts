import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import { PASSWORD, register, uniqueEmail, uniqueTaxCode } from '../../../../helpers/fixtures.ts';

// One password check at a time and one waiting: a handful of concurrent logins overflows it.
let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({
    PASSWORD_HASH_CONCURRENCY: '1',
    PASSWORD_HASH_QUEUE: '1',
    LOGIN_MAX_ATTEMPTS: '5',
  });
});
afterAll(async () => ctx?.close());

const login = (email: string, password: string, remoteAddress = '10.9.0.1') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    payload: { email, password },
  });

function expectShed(response: Awaited<ReturnType<typeof login>>) {
  expect(response.statusCode).toBe(503);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['retry-after']).toBe('1');
  expect(response.json()).toMatchObject({ status: 503, code: 'AUTH_BUSY' });
}

describe('password hashing under a login storm', () => {
  it('sheds logins beyond the slot and its queue with 503 AUTH_BUSY, and signs in again afterwards', async () => {
    const account = await register(ctx.app, 'distributor');
    const storm = await Promise.all(
      Array.from({ length: 8 }, () => login(account.email, PASSWORD)),
    );
    const statuses = storm.map((r) => r.statusCode);
    // One runs, one waits, the rest are refused at once: never a 5xx other than 503.
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    for (const response of storm.filter((r) => r.statusCode === 503)) {
      expectShed(response);
    }
    for (const response of storm.filter((r) => r.statusCode === 200)) {
      expect(response.json().user.id).toBe(account.user.id);
    }

    const after = await login(account.email, PASSWORD);
    expect(after.statusCode).toBe(200);
  });

  it('sheds wrong passwords without counting them as failed sign-ins', async () => {
    const account = await register(ctx.app, 'producer');
    const storm = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login(account.email, `wrong-${i}-password`, '10.9.0.2')),
    );
    const statuses = storm.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    storm.filter((r) => r.statusCode === 503).forEach(expectShed);
    // About two are checked (the slot and its queue); 8 counted failures would lock the account.
    expect(statuses.filter((s) => s === 401).length).toBeLessThan(5);

    const after = await login(account.email, PASSWORD, '10.9.0.2');
    expect(after.statusCode).toBe(200);
  });

  it('sheds unknown e-mails too: their dummy check takes a slot like a real one', async () => {
    const storm = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        login(uniqueEmail('ghost'), `wrong-${i}-password`, '10.9.0.4'),
      ),
    );
    const statuses = storm.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 401 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    storm.filter((r) => r.statusCode === 503).forEach(expectShed);
  });

  it('refuses a locked-out account with 429 before it reaches a hashing slot', async () => {
    const account = await register(ctx.app, 'producer');
    for (let i = 0; i < 5; i += 1) {
      expect((await login(account.email, `wrong-${i}-password`, '10.9.0.3')).statusCode).toBe(401);
    }
    const storm = await Promise.all(
      Array.from({ length: 8 }, () => login(account.email, PASSWORD, '10.9.0.3')),
    );
    // Were the limiter after the password check, one slot and one queue place would shed most.
    expect(storm.map((r) => r.statusCode)).toEqual(Array(8).fill(429));
    expect(storm.every((r) => r.json().code === 'TOO_MANY_REQUESTS')).toBe(true);
  });

  it('bounds registration hashing too, and stores nothing for a shed registration', async () => {
    const bodies = Array.from({ length: 6 }, (_, i) => ({
      email: uniqueEmail(`busy-${i}`),
      password: PASSWORD,
      name: 'Trần Thị Bình',
      role: 'distributor',
      organization: {
        legalName: `Công ty thử tải ${i}`,
        taxCode: uniqueTaxCode(),
        province: 'Hà Nội',
        channel: 'supermarket-chain',
      },
    }));
    const storm = await Promise.all(
      bodies.map((payload) =>
        ctx.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload }),
      ),
    );
    const statuses = storm.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 201 || s === 503)).toBe(true);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(1);
    for (const [i, response] of storm.entries()) {
      const stored = await ctx.database.db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, bodies[i]!.email));
      if (response.statusCode === 503) {
        expectShed(response);
        expect(stored).toEqual([]);
      } else {
        expect(stored).toHaveLength(1);
      }
    }
  });
});
