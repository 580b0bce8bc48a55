import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { refreshTokens, users } from '../../../../../src/db/schema/index.ts';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';
import {
  authHeader,
  createStaff,
  PASSWORD,
  refreshCookie,
  register,
  uniqueEmail,
  uniqueTaxCode,
} from '../../../../helpers/fixtures.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ LOGIN_MAX_ATTEMPTS: '5' });
});
afterAll(async () => ctx?.close());

const validBody = (overrides: Record<string, unknown> = {}) => ({
  email: uniqueEmail(),
  password: PASSWORD,
  name: 'Nguyễn Văn An',
  role: 'producer',
  organization: {
    legalName: 'HTX Chè Tân Cương',
    taxCode: uniqueTaxCode(),
    province: 'Thái Nguyên',
    legalForm: 'cooperative',
  },
  ...overrides,
});

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function forgeToken(header: object, payload: object, secret?: string) {
  const unsigned = `${b64(header)}.${b64(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

describe('POST /api/v1/auth/register', () => {
  it('creates the user and a pending organization, maps old province names, and sets an httpOnly refresh cookie', async () => {
    const body = validBody({
      organization: {
        legalName: 'HTX Mật ong Bắc Kạn',
        taxCode: uniqueTaxCode(),
        province: 'bac kan',
      },
    });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: body,
    });
    expect(response.statusCode).toBe(201);
    const session = response.json();
    expect(session.user).toMatchObject({ email: body.email, role: 'producer', locale: 'vi' });
    expect(session.accessToken).toMatch(/^ey/);
    const cookie = response.cookies.find((c) => c.name === 'ketnoi_rt');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: authHeader(session.accessToken),
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().organization).toMatchObject({
      kind: 'producer',
      province: 'thai-nguyen',
      verificationStatus: 'pending',
    });
  });

  it('refuses a second account with the same e-mail in another case', async () => {
    const email = uniqueEmail('dup');
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: validBody({ email }),
        })
      ).statusCode,
    ).toBe(201);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ email: email.toUpperCase() }),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'EMAIL_TAKEN', errors: [{ path: '/email' }] });
  });

  it('refuses a tax code that is already registered', async () => {
    const taxCode = uniqueTaxCode();
    const first = validBody({
      organization: { legalName: 'Công ty A', taxCode, province: 'Hà Nội' },
    });
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: first }))
        .statusCode,
    ).toBe(201);
    const second = validBody({
      organization: { legalName: 'Công ty B', taxCode, province: 'Hà Nội' },
    });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: second,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('TAX_CODE_TAKEN');
  });

  it.each(['coordinator', 'admin'])('refuses self-registration as %s', async (role) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ role }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/role' }],
    });
  });

  it.each([
    ['a server-owned field on the user', { disabled: true }, '/disabled'],
    [
      'verification status on the organization',
      {
        organization: {
          legalName: 'X Co',
          taxCode: uniqueTaxCode(),
          province: 'Hà Nội',
          verificationStatus: 'verified',
        },
      },
      '/organization/verificationStatus',
    ],
    [
      'an organization id',
      { organizationId: '01900000-0000-7000-8000-000000000000' },
      '/organizationId',
    ],
  ])('refuses %s with 400 naming the field', async (_label, overrides, path) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody(overrides),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path }));
  });

  it.each([
    [
      'bad tax code',
      { legalName: 'X Co', taxCode: '0100109107', province: 'Hà Nội' },
      'INVALID_TAX_CODE',
      '/organization/taxCode',
    ],
    [
      'letters in tax code',
      { legalName: 'X Co', taxCode: '01001ABCDE', province: 'Hà Nội' },
      'INVALID_TAX_CODE',
      '/organization/taxCode',
    ],
    [
      'unknown province',
      { legalName: 'X Co', taxCode: uniqueTaxCode(), province: 'Atlantis' },
      'UNKNOWN_PROVINCE',
      '/organization/province',
    ],
  ])('refuses a %s with 400 naming the field', async (_label, organization, code, path) => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ organization }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code, errors: [{ path }] });
  });

  it('answers malformed JSON, wrong types, over-long strings and NUL bytes with 400, never 500', async () => {
    const malformed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('MALFORMED_JSON');
    expect(malformed.headers['content-type']).toContain('application/problem+json');

    const wrongType = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ email: 42 }),
    });
    expect(wrongType.statusCode).toBe(400);
    expect(wrongType.json().errors).toContainEqual(expect.objectContaining({ path: '/email' }));

    const longName = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ name: 'a'.repeat(10_000) }),
    });
    expect(longName.statusCode).toBe(400);
    expect(longName.json().errors).toContainEqual(expect.objectContaining({ path: '/name' }));

    const nul = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ name: 'An\u0000' }),
    });
    expect(nul.statusCode).toBe(400);

    const proto = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"__proto__": {"role": "admin"}}',
    });
    expect(proto.statusCode).toBe(400);
  });

  it('gives field messages in the language asked for', async () => {
    const vi = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ password: 'short' }),
    });
    const en = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: validBody({ password: 'short' }),
    });
    expect(vi.json().errors[0]).toEqual({ path: '/password', message: 'Cần ít nhất 8 ký tự' });
    expect(en.json().errors[0]).toEqual({
      path: '/password',
      message: 'Must be at least 8 characters',
    });
  });

  it('refuses common passwords and accepts long Vietnamese ones exactly (NFC)', async () => {
    const common = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ password: 'password1' }),
    });
    expect(common.statusCode).toBe(400);
    expect(common.json().code).toBe('WEAK_PASSWORD');

    const email = uniqueEmail('nfc');
    const composed = 'Người Việt Nam yêu nước 🇻🇳';
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/register',
          payload: validBody({ email, password: composed }),
        })
      ).statusCode,
    ).toBe(201);
    const decomposed = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: composed.normalize('NFD') },
    });
    expect(decomposed.statusCode).toBe(200);
    const tooLong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: validBody({ password: 'x'.repeat(257) }),
    });
    expect(tooLong.statusCode).toBe(400);
  });
});

describe('POST /api/v1/auth/login', () => {
  it('signs in with the right password, in any e-mail case', async () => {
    const account = await register(ctx.app, 'distributor');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: account.email.toUpperCase(), password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.id).toBe(account.user.id);
  });

  it('answers a wrong password and an unknown user identically', async () => {
    const account = await register(ctx.app, 'producer');
    const wrong = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.0.1',
      payload: { email: account.email, password: 'not-the-password' },
    });
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.0.0.1',
      payload: { email: uniqueEmail('ghost'), password: 'not-the-password' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, instance: undefined });
    expect(strip(wrong.json())).toEqual(strip(unknown.json()));
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account out from one IP after 5 failures, even for the right password, but not from another IP', async () => {
    const account = await register(ctx.app, 'producer');
    for (let i = 0; i < 5; i += 1) {
      const r = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '10.1.1.1',
        payload: { email: account.email, password: `wrong-${i}-password` },
      });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.1.1.1',
      headers: { 'x-forwarded-for': '203.0.113.9' },
      payload: { email: account.email, password: PASSWORD },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('TOO_MANY_REQUESTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '10.2.2.2',
      payload: { email: account.email, password: PASSWORD },
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('refuses a disabled account', async () => {
    const account = await register(ctx.app, 'producer');
    await ctx.database.db
      .update(users)
      .set({ disabled: true })
      .where(eq(users.id, account.user.id));
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: account.email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('ACCOUNT_DISABLED');
  });
});

describe('access tokens', () => {
  it('refuses missing, garbage, expired, tampered, alg:none and other-secret tokens with one identical body', async () => {
    const account = await register(ctx.app, 'producer');
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: account.user.id,
      typ: 'access',
      ims: Date.now(),
      iat: now,
      iss: 'ketnoi',
      aud: 'ketnoi-api',
    };
    const [header, payload, signature] = account.accessToken.split('.') as [string, string, string];
    const raised = b64({
      ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
      role: 'admin',
      sub: '00000000-0000-7000-8000-000000000000',
    });
    const variants: Record<string, Record<string, string>> = {
      missing: {},
      empty: { authorization: 'Bearer ' },
      garbage: { authorization: 'Bearer not.a.token' },
      noneAlg: authHeader(forgeToken({ alg: 'none', typ: 'JWT' }, { ...claims, exp: now + 600 })),
      otherSecret: authHeader(
        forgeToken(
          { alg: 'HS256', typ: 'JWT' },
          { ...claims, exp: now + 600 },
          'another-secret-another-secret-another',
        ),
      ),
      expired: authHeader(
        forgeToken(
          { alg: 'HS256', typ: 'JWT' },
          { ...claims, exp: now - 1 },
          ctx.config.JWT_SECRET,
        ),
      ),
      wrongAudience: authHeader(
        forgeToken(
          { alg: 'HS256', typ: 'JWT' },
          { ...claims, aud: 'other', exp: now + 600 },
          ctx.config.JWT_SECRET,
        ),
      ),
      rs256Header: authHeader(
        forgeToken(
          { alg: 'RS256', typ: 'JWT' },
          { ...claims, exp: now + 600 },
          ctx.config.JWT_SECRET,
        ),
      ),
      tamperedPayload: authHeader(`${header}.${raised}.${signature}`),
      truncatedSignature: authHeader(`${header}.${payload}.${signature.slice(0, -4)}`),
      notAccessType: authHeader(
        forgeToken(
          { alg: 'HS256', typ: 'JWT' },
          { ...claims, typ: 'refresh', exp: now + 600 },
          ctx.config.JWT_SECRET,
        ),
      ),
    };
    const bodies = new Set<string>();
    for (const [name, headers] of Object.entries(variants)) {
      const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers });
      expect(response.statusCode, name).toBe(401);
      expect(response.headers['content-type'], name).toContain('application/problem+json');
      bodies.add(JSON.stringify({ ...response.json(), instance: undefined }));
    }
    expect(bodies.size).toBe(1);
    const inQuery = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/me?access_token=${account.accessToken}`,
    });
    expect(inQuery.statusCode).toBe(401);
    const control = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: authHeader(account.accessToken),
    });
    expect(control.statusCode).toBe(200);
  });

  it('stops working at once when the user is disabled', async () => {
    const account = await register(ctx.app, 'distributor');
    const admin = await createStaff(ctx.app, ctx.database, 'admin');
    const disable = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/users/${account.user.id}`,
      headers: authHeader(admin.accessToken),
      payload: { disabled: true },
    });
    expect(disable.statusCode).toBe(200);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: authHeader(account.accessToken),
    });
    expect(me.statusCode).toBe(401);
  });
});

describe('refresh tokens', () => {
  const refresh = (cookie: string, headers: Record<string, string> = {}) =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie, ...headers },
      payload: {},
    });

  it('rotates on every refresh and revokes the whole family when a rotated token is reused', async () => {
    const email = uniqueEmail('rotate');
    await register(ctx.app, 'producer', { email });
    const loginResponse = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    const first = refreshCookie(loginResponse);
    const second = refreshCookie(await refresh(first));
    const third = refreshCookie(await refresh(second));
    expect(new Set([first, second, third]).size).toBe(3);

    // Outside the grace window the first token's reuse is theft: pretend it was rotated long ago.
    await ctx.database.pool.query(
      `update refresh_tokens set rotated_at = now() - interval '1 minute' where rotated_at is not null`,
    );
    const reuse = await refresh(first);
    expect(reuse.statusCode).toBe(401);
    const newest = await refresh(third);
    expect(newest.statusCode).toBe(401);
  });

  it('stores only hashes of refresh tokens', async () => {
    const email = uniqueEmail('hash');
    await register(ctx.app, 'producer', { email });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    const raw = refreshCookie(response).split('=')[1]!;
    const rows = await ctx.database.db.select().from(refreshTokens);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.tokenHash === raw || JSON.stringify(r).includes(raw))).toBe(false);
  });

  it('refuses the refresh token after logout', async () => {
    const email = uniqueEmail('logout');
    await register(ctx.app, 'producer', { email });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    const cookie = refreshCookie(response);
    const logout = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
      payload: {},
    });
    expect(logout.statusCode).toBe(204);
    expect((await refresh(cookie)).statusCode).toBe(401);
  });

  it('refuses cross-site and non-JSON refresh requests without rotating', async () => {
    const email = uniqueEmail('csrf');
    await register(ctx.app, 'producer', { email });
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: PASSWORD },
    });
    const cookie = refreshCookie(response);
    const crossSite = await refresh(cookie, { 'sec-fetch-site': 'cross-site' });
    const evilOrigin = await refresh(cookie, { origin: 'https://evil.example' });
    const plain = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie, 'content-type': 'text/plain' },
      payload: '{}',
    });
    for (const r of [crossSite, evilOrigin, plain]) {
      expect(r.statusCode).toBe(403);
      expect(r.json().code).toBe('CSRF_REJECTED');
    }
    expect((await refresh(cookie, { origin: ctx.config.PUBLIC_URL })).statusCode).toBe(200);
  });

  it('answers 401 without a cookie', async () => {
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: {} }))
        .statusCode,
    ).toBe(401);
  });
});
