import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes as appRoutes } from '@/app/router';
import type { ProblemDetails } from '@/types/api';

export function createTestQueryClient() {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: false } },
  });
}

type RenderOptions = {
  /** The URL the memory router starts at. */
  url?: string;
  /** The route pattern `ui` is mounted at. */
  path?: string;
  /** Extra routes, e.g. where a form navigates after success. */
  routes?: RouteObject[];
  queryClient?: QueryClient;
};

/** Render `ui` inside the real providers and a memory router. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}) {
  const { url = '/', path = '/', routes = [], queryClient = createTestQueryClient() } = options;
  const router = createMemoryRouter(
    [{ path, element: ui }, ...routes, { path: '*', element: <p>no route for this URL</p> }],
    { initialEntries: [url] },
  );
  const user = userEvent.setup({ delay: null });
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient, user };
}

/** Render the whole app (every route, lazy pages included) at `url`. */
export function renderApp(url: string, { queryClient = createTestQueryClient() } = {}) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [url] });
  const user = userEvent.setup({ delay: null });
  const result = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...result, router, queryClient, user };
}

// ---------------------------------------------------------------------------------------------
// Network: a tiny fetch stub. Every request must match a handler, or the test fails
// (the same contract as MSW's onUnhandledRequest: 'error').
// ---------------------------------------------------------------------------------------------

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problemResponse(
  status: number,
  code: string,
  detail: string,
  errors?: ProblemDetails['errors'],
) {
  return new Response(
    JSON.stringify({
      type: 'about:blank',
      title: code,
      status,
      detail,
      code,
      ...(errors ? { errors } : {}),
    }),
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export type RecordedRequest = {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
  credentials: RequestCredentials | undefined;
};

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * Stub `fetch` with handlers keyed by "METHOD /path" (path without the query string).
 * A handler given as an array answers successive calls in turn (the last one repeats).
 */
export function stubFetch(handlers: Record<string, Handler | Handler[]>) {
  const calls: RecordedRequest[] = [];
  const counters = new Map<string, number>();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const key = `${method} ${url.pathname}`;
    const request: RecordedRequest = {
      method,
      path: `${url.pathname}${url.search}`,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : init.body,
      credentials: init.credentials,
    };
    calls.push(request);
    const handler = handlers[key];
    if (!handler) {
      throw new Error(`Unhandled request in test: ${key}`);
    }
    if (Array.isArray(handler)) {
      const index = counters.get(key) ?? 0;
      counters.set(key, index + 1);
      const next = handler[Math.min(index, handler.length - 1)];
      if (!next) {
        throw new Error(`No response left for ${key}`);
      }
      return next(request);
    }
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, calls };
}
