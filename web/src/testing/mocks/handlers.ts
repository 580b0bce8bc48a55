import type { Me } from '@/types/api';
import { jsonResponse, problemResponse, type RecordedRequest } from '../test-utils';
import { reference } from './data';

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

/**
 * The handlers every signed-in screen needs: a session restored by refresh, /me, reference
 * data and an empty notification list. Tests spread them and override what they exercise.
 */
export function sessionHandlers(session: Me | null): Record<string, Handler> {
  const organization = session?.organization;
  const emptyPage = () => jsonResponse({ items: [], total: 0, page: 1, limit: 20 });
  const role = session?.user.role;
  return {
    // The dashboard's summaries: a producer's products, a coordinator's product queue.
    ...(role === 'producer' ? { 'GET /api/v1/products': emptyPage } : {}),
    ...(role === 'coordinator' ? { 'GET /api/v1/review/products': emptyPage } : {}),
    // Sourcing summaries: demands (distributors), matches (everyone but admins), samples (parties).
    ...(role === 'distributor' ? { 'GET /api/v1/demands': emptyPage } : {}),
    ...(role === 'producer' || role === 'distributor' || role === 'coordinator'
      ? { 'GET /api/v1/matches': emptyPage }
      : {}),
    ...(role === 'producer' || role === 'distributor'
      ? { 'GET /api/v1/sample-requests': emptyPage }
      : {}),
    ...(organization
      ? { [`GET /api/v1/organizations/${organization.id}`]: () => jsonResponse(organization) }
      : {}),
    'POST /api/v1/auth/refresh': () =>
      session
        ? jsonResponse({ accessToken: 'test-token', user: session.user })
        : problemResponse(401, 'UNAUTHENTICATED', 'No refresh token'),
    'GET /api/v1/me': () =>
      session ? jsonResponse(session) : problemResponse(401, 'UNAUTHENTICATED', 'No token'),
    'GET /api/v1/reference': () => jsonResponse(reference),
    'GET /api/v1/notifications': () => jsonResponse({ items: [], unread: 0 }),
  };
}
