import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createTestContext, type TestContext } from './helpers/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

function expectSecurityHeaders(response: LightMyRequestResponse, label: string) {
  expect(response.headers['x-content-type-options'], label).toBe('nosniff');
  const csp = String(response.headers['content-security-policy'] ?? '');
  expect(csp, label).toContain("frame-ancestors 'none'");
  expect(csp, label).toContain("default-src 'self'");
  expect(csp, label).toContain("object-src 'none'");
  expect(response.headers['referrer-policy'], label).toBeDefined();
  expect(response.headers['x-powered-by'], label).toBeUndefined();
  // Not over HTTPS in tests: no HSTS outside production.
  expect(response.headers['strict-transport-security'], label).toBeUndefined();
}

describe('routing and errors', () => {
  it('answers an unknown route with a 404 problem+json ROUTE_NOT_FOUND', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nope'],
      ['POST', '/api/v1/organizations'],
      ['GET', '/no-such-page?x=1'],
      ['DELETE', '/health'],
    ] as const) {
      const response = await ctx.app.inject({ method, url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      const body = response.json();
      expect(body, url).toMatchObject({
        status: 404,
        code: 'ROUTE_NOT_FOUND',
        type: 'https://ketnoi.vn/problems/route-not-found',
      });
      expect(body.detail, url).toBe(`No route ${method} ${url.split('?')[0]}`);
      expect(body.instance, url).toBe(response.headers['x-request-id']);
    }
  });

  it('answers /api paths with JSON even for a browser asking for HTML (no SPA is built here)', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('ROUTE_NOT_FOUND');
  });

  it('localizes problem titles from Accept-Language', async () => {
    const vi = await ctx.app.inject({ method: 'GET', url: '/api/v1/me' });
    const en = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { 'accept-language': 'en-GB,en;q=0.8' },
    });
    expect(vi.json().title).toBe('Bạn cần đăng nhập');
    expect(en.json().title).toBe('Authentication required');
  });
});

describe('health and readiness', () => {
  it('/health answers 200 ok', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 with the database and Redis checks', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3 document listing the core routes', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('KếtNối API');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/register',
        '/api/v1/auth/login',
        '/api/v1/organizations/{id}',
        '/api/v1/review/organizations',
        '/api/v1/review/organizations/{id}/verify',
        '/api/v1/review/organizations/{id}/reject',
        '/api/v1/notifications/read',
      ]),
    );
    // Health probes are hidden from the public document.
    expect(Object.keys(doc.paths)).not.toContain('/health');
    const verify = doc.paths['/api/v1/review/organizations/{id}/verify'].post;
    expect(verify.security).toEqual([{ bearerAuth: [] }]);
    expect(verify.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path', required: true })]),
    );
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});

describe('security headers', () => {
  it('are on a JSON response, a problem response and a 401', async () => {
    const json = await ctx.app.inject({ method: 'GET', url: '/api/v1/reference' });
    expect(json.statusCode).toBe(200);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
    expectSecurityHeaders(json, 'json');

    const problem = await ctx.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(problem.statusCode).toBe(404);
    expectSecurityHeaders(problem, 'problem');

    const unauthenticated = await ctx.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(unauthenticated.statusCode).toBe(401);
    expectSecurityHeaders(unauthenticated, '401');

    const invalid = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(invalid.statusCode).toBe(400);
    expectSecurityHeaders(invalid, '400');
  });

  it('echoes a well-formed x-request-id and replaces a malformed one', async () => {
    const given = await ctx.app.inject({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'trace-1234abcd' },
    });
    expect(given.headers['x-request-id']).toBe('trace-1234abcd');

    const onProblem = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { 'x-request-id': 'trace-5678efgh' },
    });
    expect(onProblem.headers['x-request-id']).toBe('trace-5678efgh');
    expect(onProblem.json().instance).toBe('trace-5678efgh');

    for (const bad of ['short', 'has spaces in it', '<script>alert(1)</script>', 'x'.repeat(65)]) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: '/health',
        headers: { 'x-request-id': bad },
      });
      expect(response.headers['x-request-id'], bad).not.toBe(bad);
      expect(response.headers['x-request-id'], bad).toMatch(/^[0-9a-f-]{36}$/);
    }
    const generated = await ctx.app.inject({ method: 'GET', url: '/health' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('CORS', () => {
  it('echoes the allowed origin with credentials and Vary: Origin', async () => {
    const origin = ctx.config.PUBLIC_URL;
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reference',
      headers: { origin },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe(origin);
    expect(response.headers['access-control-allow-credentials']).toBe('true');
    expect(String(response.headers.vary)).toMatch(/\bOrigin\b/i);
    expect(String(response.headers['access-control-expose-headers'])).toContain('x-request-id');
  });

  it('answers a preflight from the allowed origin, listing PATCH', async () => {
    const origin = ctx.config.PUBLIC_URL;
    const response = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/organizations/01900000-0000-7000-8000-000000000000',
      headers: {
        origin,
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(origin);
    expect(String(response.headers['access-control-allow-methods'])).toContain('PATCH');
  });

  it.each([
    'https://evil.example',
    'https://localhost:3000.evil.com',
    'http://localhost:3000.evil.com',
    'null',
    'http://localhost:3001',
  ])('gives %s no Access-Control-Allow-Origin, on requests and preflights', async (origin) => {
    const simple = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reference',
      headers: { origin },
    });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    expect(simple.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await ctx.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/auth/refresh',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('GET /api/v1/reference', () => {
  it('returns the 34 provinces in force since 2025 and the 6 regions, cacheable', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/reference' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    const { provinces, regions, ocopGroups } = response.json();
    expect(provinces).toHaveLength(34);
    expect(regions).toHaveLength(6);
    expect(ocopGroups).toHaveLength(6);
    const regionCodes = new Set(regions.map((r: { code: string }) => r.code));
    expect(regionCodes.size).toBe(6);
    expect(new Set(provinces.map((p: { code: string }) => p.code)).size).toBe(34);
    for (const province of provinces) {
      expect(regionCodes.has(province.region), province.code).toBe(true);
    }
    // Six centrally governed cities.
    expect(
      provinces
        .filter((p: { city: boolean }) => p.city)
        .map((p: { code: string }) => p.code)
        .sort(),
    ).toEqual(['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue']);
    const tuyenQuang = provinces.find((p: { code: string }) => p.code === 'tuyen-quang');
    expect(tuyenQuang.aliases).toContain('Hà Giang');
    expect(tuyenQuang.aliases).not.toContain('Tuyên Quang');
  });
});
