/**
 * Renders public pages on the server (the API calls `render` for a browser's page request, see
 * server/src/plugins/app/web.ts): the HTML of the page with its data, in the visitor's language,
 * so it is on screen before any script has run and search engines read it; the browser then
 * hydrates it (main.tsx). Pages render here when their route module exports `prefetch`
 * (app/router.tsx); every other page, and anything that fails here, gets the plain shell.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes, type PageHandle } from '@/app/router';
import { setApiTransport } from '@/lib/api-client';
import { meQueryKey } from '@/lib/auth';
import { i18nFor, isLocale, preloadPublicStrings } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { getReferenceQueryOptions } from '@/lib/reference';
import type { SsrState } from '@/lib/ssr';

export type RenderedPage = { html: string; state: SsrState; language: string };

/** Once, at server start: how API requests are answered (in-process), and both languages. */
export async function setUp(apiFetch: typeof fetch) {
  setApiTransport(apiFetch);
  await preloadPublicStrings();
}

const handler = createStaticHandler(routes);

/** Who asks for the page: their language, and whether they have a session cookie. */
export type PageVisitor = { language: string; signedIn: boolean };

/** The page at `url` (absolute), or null when it is not one the server renders. */
export async function render(
  url: string,
  { language, signedIn }: PageVisitor,
): Promise<RenderedPage | null> {
  const location = new URL(url);
  // Signed-in screens: not worth asking the router.
  if (!isLocale(language) || /^\/app(\/|$)/.test(location.pathname)) return null;
  const context = await handler.query(new Request(url));
  // A redirect, an unknown page: the browser's router deals with them as it always has.
  if (context instanceof Response || context.statusCode !== 200 || context.errors) return null;
  const page = context.matches.at(-1);
  const prefetch = (page?.route.handle as PageHandle | undefined)?.prefetch;
  if (!page || !prefetch) return null;

  const queryClient = createQueryClient();
  try {
    await Promise.all([
      // Province names, on every public page (product cards, facets, producers).
      queryClient.fetchQuery(getReferenceQueryOptions()),
      prefetch(queryClient, { params: page.params, url: location }),
    ]);
  } catch {
    // Not found, not public, the API busy: the browser asks again and shows what it gets.
    return null;
  }

  // Without a session cookie there is no session to refresh: the header shows the sign-in
  // buttons from the first paint, and the browser makes no refresh request.
  if (!signedIn) queryClient.setQueryData(meQueryKey, null);

  const router = createStaticRouter(handler.dataRoutes, context);
  // Waits for every lazy part of the page, unlike renderToString, which would send fallbacks.
  const { prelude } = await prerender(
    <StrictMode>
      <AppProvider queryClient={queryClient} i18n={i18nFor(language)}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProvider>
    </StrictMode>,
  );
  const html = await new Response(prelude).text();
  const state: SsrState = { queries: dehydrate(queryClient) };
  queryClient.clear();
  return { html, state, language };
}
