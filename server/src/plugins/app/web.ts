import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import { LANGUAGE_COOKIE, locales, type Locale } from '@ketnoi/shared';
import { refreshCookieName } from '../../modules/auth/refresh-cookie.ts';

/** web/src/entry-server.tsx, as the web build writes it to `<WEB_DIST>/ssr/entry-server.js`. */
type PageRenderer = {
  setUp(apiFetch: typeof fetch): Promise<void>;
  render(url: string, visitor: PageVisitor): Promise<RenderedPage | null>;
};

/**
 * `signedIn`: the visitor has a session cookie. Without one the page is rendered signed out and
 * the browser does not try to refresh a session it does not have.
 */
export type PageVisitor = { language: Locale; signedIn: boolean };

export type RenderedPage = { html: string; state: unknown; language: string };

const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (locales as readonly string[]).includes(value);

/**
 * The built index.html with a rendered page in it: the page's HTML in #root (between the build's
 * `<!--app-->` markers), its language on `<html>`, and the data it was rendered from as JSON
 * that no `</script>` or `<!--` in a product's text can end early.
 */
export function injectPage(template: string, page: RenderedPage): string {
  const state = JSON.stringify(page.state)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  // The markers go with the whitespace around them: React's takeover expects #root to begin
  // with the page's own first node, not with a formatter's line break.
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.language}"`)
    .replace(/\s*<!--app-->[\s\S]*<!--\/app-->\s*/, () => page.html)
    .replace(
      '</body>',
      () => `<script type="application/json" id="ssr-state">${state}</script></body>`,
    );
}

/**
 * Serves the built SPA (web/dist) with long cache on hashed assets, and every other browser
 * route as a page: public pages rendered on the server with their data when the build has the
 * renderer, index.html (the app renders it in the browser) otherwise and for everything else.
 * API and docs paths keep their JSON 404s.
 */
export default fp(
  async (fastify) => {
    const root = resolve(process.cwd(), fastify.config.WEB_DIST);
    if (!existsSync(resolve(root, 'index.html'))) {
      fastify.log.warn({ root }, 'web app not built: run `npm run build` to serve it');
      return;
    }
    await fastify.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The server's renderer sits in the build's folder; it is loaded, not served.
      allowedPath: (pathName) => !/^\/ssr(\/|$)/.test(pathName),
      // The build writes .br/.gz beside each script and stylesheet (web/vite.config.ts).
      preCompressed: true,
      // On the reply, not its raw response: the reply's own cache-control (max-age=0) is
      // written last and would replace a raw header.
      setHeaders: (reply, path) => {
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    const renderer = await loadRenderer(fastify, root);
    const template = renderer ? await readFile(resolve(root, 'index.html'), 'utf8') : '';
    const sessionCookie = refreshCookieName(fastify.config.NODE_ENV === 'production');

    fastify.decorate('sendPage', async (request: FastifyRequest, reply: FastifyReply) => {
      const page = renderer ? await renderPage(request, renderer, sessionCookie) : null;
      if (!page) {
        return reply.type('text/html').sendFile('index.html');
      }
      return sendHtml(request, reply, injectPage(template, page));
    });
  },
  { name: 'web', dependencies: ['config'] },
);

/** The visitor's address and language, for the API requests made while rendering their page. */
const pageVisitor = new AsyncLocalStorage<{ ip: string; language: Locale }>();

async function loadRenderer(fastify: FastifyInstance, root: string) {
  const file = resolve(root, 'ssr', 'entry-server.js');
  if (!existsSync(file)) {
    fastify.log.warn({ file }, 'no page renderer in the build: pages are rendered in the browser');
    return null;
  }
  const renderer = (await import(pathToFileURL(file).href)) as PageRenderer;
  // The page's API requests go through the whole API in-process (validation, rate limits under
  // the visitor's own address, the same answers the browser would get), without a socket.
  await renderer.setUp(async (input, init) => {
    const visitor = pageVisitor.getStore();
    const response = await fastify.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
      headers: {
        ...Object.fromEntries(new Headers(init?.headers)),
        'accept-language': visitor?.language ?? 'vi',
      },
      remoteAddress: visitor?.ip,
      payload: typeof init?.body === 'string' ? init.body : undefined,
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, String(value));
    }
    const empty = [204, 205, 304].includes(response.statusCode);
    return new Response(empty ? null : new Uint8Array(response.rawPayload), {
      status: response.statusCode,
      headers,
    });
  });
  return renderer;
}

async function renderPage(request: FastifyRequest, renderer: PageRenderer, sessionCookie: string) {
  const cookie = request.cookies?.[LANGUAGE_COOKIE];
  const language: Locale = isLocale(cookie) ? cookie : 'vi';
  const signedIn = Boolean(request.cookies?.[sessionCookie]);
  try {
    return await pageVisitor.run({ ip: request.ip, language }, () =>
      renderer.render(`http://${request.host}${request.url}`, { language, signedIn }),
    );
  } catch (err) {
    // The browser can still draw the page itself.
    request.log.error({ err }, 'page render failed: sending the app shell');
    return null;
  }
}

async function sendHtml(request: FastifyRequest, reply: FastifyReply, html: string) {
  const accepted = request.headers['accept-encoding'] ?? '';
  reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('vary', 'accept-encoding, cookie');
  if (/\bbr\b/.test(accepted)) {
    const body = await promisify(brotliCompress)(html, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5 },
    });
    return reply.header('content-encoding', 'br').send(body);
  }
  if (/\bgzip\b/.test(accepted)) {
    return reply.header('content-encoding', 'gzip').send(await promisify(gzip)(html));
  }
  return reply.send(html);
}

declare module 'fastify' {
  interface FastifyInstance {
    sendPage?: (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;
  }
}
