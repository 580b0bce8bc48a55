import Fastify from 'fastify';
import { app, serverOptions } from '../../src/app.ts';
import type { Config } from '../../src/config.ts';

export type RegisteredRoute = { method: string; path: string };

/** `/api/v1/me/` and `/api/v1/me` are one route (a plugin prefix registers both). */
export const normalizePath = (path: string) =>
  path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;

/**
 * Every route × method the app registers, seen by an `onRoute` hook on an instance built exactly
 * as the server builds it — hidden routes (`/health`, `/media/*`, Bull Board) count as much as the
 * documented ones. HEAD is left out: Fastify adds it to every GET.
 */
export async function registeredRoutes(config: Config): Promise<RegisteredRoute[]> {
  const found = new Map<string, RegisteredRoute>();
  const probe = Fastify({ ...serverOptions(config), logger: false });
  probe.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      const path = normalizePath(route.url);
      if (method !== 'HEAD') {
        found.set(`${method} ${path}`, { method, path });
      }
    }
  });
  await probe.register(app, { config });
  await probe.ready();
  await probe.close();
  return [...found.values()];
}

export const routeKey = (route: RegisteredRoute) => `${route.method} ${route.path}`;
