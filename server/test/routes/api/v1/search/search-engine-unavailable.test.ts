import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../helpers/test-app.ts';

/**
 * RELIABILITY-TESTS F6, "search during the outage": with SEARCH_ENGINE=meilisearch and
 * Meilisearch not answering, a search is a 503 problem with a stable code and Retry-After, never
 * a 500 (docs/reliability.md). Nothing here imitates Meilisearch: a port that accepts connections
 * and never answers, then a closed port.
 */
let ctx: TestContext;
let silent: Server;
const sockets = new Set<Socket>();

beforeAll(async () => {
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  ctx = await createTestContext({
    SEARCH_ENGINE: 'meilisearch',
    MEILI_URL: `http://127.0.0.1:${port}`,
  });
});
afterAll(async () => {
  await ctx?.close();
  silent?.close();
  sockets.forEach((s) => s.destroy());
});

async function expectUnavailable() {
  const response = await ctx.app.inject({
    method: 'GET',
    url: '/api/v1/search/products?q=mat%20ong',
    headers: { 'accept-language': 'vi' },
  });
  expect(response.statusCode, response.body).toBe(503);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.headers['retry-after']).toBe('5');
  expect(response.json()).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
}

describe('GET /api/v1/search/products while Meilisearch is unavailable', () => {
  it('answers 503 once its request times out when Meilisearch accepts but never answers', async () => {
    const started = Date.now();
    await expectUnavailable();
    // The engine's request timeout (5 s), not undici's 5 minutes.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(sockets.size).toBeGreaterThan(0);
  });

  it('answers 503 at once when nothing listens on its port', async () => {
    await new Promise<void>((resolve) => {
      silent.close(() => resolve());
      sockets.forEach((s) => s.destroy());
    });
    const started = Date.now();
    await expectUnavailable();
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
