import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../helpers/test-app.ts';

/** The built SPA as the API serves it: precompressed scripts to browsers that accept them. */
let ctx: TestContext;
let dist: string;
const script = 'export const catalogue = "Chè Thái Nguyên";\n'.repeat(50);

beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'ketnoi-web-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>KếtNối</title>');
  await writeFile(join(dist, 'assets', 'app-abc123.js'), script);
  await writeFile(join(dist, 'assets', 'app-abc123.js.br'), brotliCompressSync(script));
  await writeFile(join(dist, 'assets', 'app-abc123.js.gz'), gzipSync(script));
  ctx = await createTestContext({ WEB_DIST: dist });
});
afterAll(async () => {
  await ctx?.close();
  await rm(dist, { recursive: true, force: true });
});

const getScript = (acceptEncoding?: string) =>
  ctx.app.inject({
    method: 'GET',
    url: '/assets/app-abc123.js',
    headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
  });

describe('web app assets', () => {
  it('sends the brotli or gzip file the build wrote to a browser that accepts it', async () => {
    const br = await getScript('gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.rawPayload).toEqual(brotliCompressSync(script));

    const gz = await getScript('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.rawPayload.length).toBeLessThan(Buffer.byteLength(script));
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    const plain = await getScript();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.payload).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('keeps index.html fresh: a new build is picked up on the next visit', async () => {
    const page = await ctx.app.inject({
      method: 'GET',
      url: '/catalogue?q=che',
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.payload).toContain('KếtNối');
    expect(page.headers['cache-control']).toBe('no-cache');
  });
});
