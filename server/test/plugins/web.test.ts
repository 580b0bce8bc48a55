import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
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

/**
 * Public pages rendered on the server: the build's renderer (here a stand-in with the same
 * contract as web/src/entry-server.tsx) is loaded from `<WEB_DIST>/ssr/`, never served, and its
 * page is put into index.html with the data as inert JSON.
 */
describe('server-rendered pages', () => {
  let rendered: TestContext;
  let renderedDist: string;
  const template =
    '<!doctype html><html lang="vi" data-mantine-color-scheme="light"><head><title>KếtNối</title></head>' +
    // Laid out as a formatter writes it: the page must still be #root's only content, or the
    // browser's takeover meets a text node where the page's first element should be.
    '<body>\n  <div id="root">\n    <!--app-->\n    <div>placeholder</div>\n    <!--/app-->\n  </div>\n' +
    '<script type="module" src="/assets/boot.js"></script></body></html>';
  // Renders /catalogue (asking the API for the reference data, as the real one does); anything
  // else is not a page it renders, and /broken throws.
  const renderer = `
    let apiFetch;
    export async function setUp(fetchImpl) { apiFetch = fetchImpl; }
    export async function render(url, { language, signedIn }) {
      const { pathname } = new URL(url);
      if (pathname === '/broken') throw new Error('renderer bug');
      if (pathname !== '/catalogue') return null;
      const response = await apiFetch('/api/v1/reference', { headers: { Accept: 'application/json' } });
      const reference = await response.json();
      return {
        html: '<main><h1>' + (language === 'en' ? 'Product catalogue' : 'Danh mục sản phẩm') + '</h1></main>',
        state: { provinces: reference.provinces.length, signedIn, name: '</script><script>alert(1)</script><!--' },
        language,
      };
    }`;

  beforeAll(async () => {
    renderedDist = await mkdtemp(join(tmpdir(), 'ketnoi-web-ssr-'));
    await mkdir(join(renderedDist, 'ssr'), { recursive: true });
    await writeFile(join(renderedDist, 'index.html'), template);
    await writeFile(join(renderedDist, 'ssr', 'entry-server.js'), renderer);
    rendered = await createTestContext({ WEB_DIST: renderedDist });
  });
  afterAll(async () => {
    await rendered?.close();
    await rm(renderedDist, { recursive: true, force: true });
  });

  const pageRequest = (url: string, headers: Record<string, string> = {}) =>
    rendered.app.inject({ method: 'GET', url, headers: { accept: 'text/html', ...headers } });

  it('puts the rendered page and its data into index.html, the data unable to end its script', async () => {
    const page = await pageRequest('/catalogue');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.payload).toContain('<div id="root"><main><h1>Danh mục sản phẩm</h1></main></div>');
    expect(page.payload).not.toContain('placeholder');
    expect(page.payload).toContain('<html lang="vi" data-mantine-color-scheme="light">');

    const state = /<script type="application\/json" id="ssr-state">(.*?)<\/script>/.exec(
      page.payload,
    );
    expect(state).not.toBeNull();
    // One script element only: the product's text did not close it.
    expect(page.payload.match(/<\/script>/g)).toHaveLength(2);
    const data = JSON.parse(state?.[1] ?? 'null') as {
      provinces: number;
      signedIn: boolean;
      name: string;
    };
    expect(data.name).toBe('</script><script>alert(1)</script><!--');
    // The renderer's API request went through the API itself.
    expect(data.provinces).toBe(34);
    expect(data.signedIn).toBe(false);
  });

  it('tells the renderer whether the visitor has a session cookie', async () => {
    const signedIn = (page: { payload: string }) =>
      (
        JSON.parse(/id="ssr-state">(.*?)<\/script>/.exec(page.payload)?.[1] ?? 'null') as {
          signedIn: boolean;
        }
      ).signedIn;
    expect(signedIn(await pageRequest('/catalogue', { cookie: 'ketnoi_rt=abc' }))).toBe(true);
    expect(signedIn(await pageRequest('/catalogue', { cookie: 'ketnoi_rtx=abc' }))).toBe(false);
  });

  it('renders in the language of the cookie, and compresses for browsers that accept it', async () => {
    const page = await pageRequest('/catalogue', {
      cookie: 'ketnoi.language=en',
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(page.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(page.rawPayload).toString('utf8');
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<h1>Product catalogue</h1>');

    const unknown = await pageRequest('/catalogue', { cookie: 'ketnoi.language=fr' });
    expect(unknown.payload).toContain('<h1>Danh mục sản phẩm</h1>');
  });

  it('sends the app shell for pages it does not render, and when rendering fails', async () => {
    for (const url of ['/login', '/broken']) {
      const page = await pageRequest(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.payload, url).toContain('placeholder');
      expect(page.payload, url).not.toContain('ssr-state');
    }
  });

  it('does not serve the renderer itself', async () => {
    const file = await rendered.app.inject({ method: 'GET', url: '/ssr/entry-server.js' });
    expect(file.statusCode).toBe(404);
    expect(file.payload).not.toContain('apiFetch');
  });
});
