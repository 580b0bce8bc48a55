import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  api,
  ApiError,
  onAuthFailure,
  refreshSession,
  setLoginRedirect,
  tokenStore,
} from '@/lib/api-client';
import { changeLanguage } from '@/lib/i18n';
import { jsonResponse, problemResponse, stubFetch } from '@/testing/test-utils';

const user = {
  id: '0190f3c2-0000-7000-8000-000000000001',
  email: 'htx@example.vn',
  name: 'HTX Chè Thái Nguyên',
  role: 'producer',
  locale: 'vi',
  organizationId: null,
};

describe('api client', () => {
  const redirect = vi.fn();

  beforeEach(() => {
    window.history.replaceState(null, '', '/app/organization?tab=contact');
    redirect.mockReset();
    setLoginRedirect(redirect);
  });

  afterEach(() => {
    window.history.replaceState(null, '', '/');
  });

  it('sends JSON with credentials, the bearer token and the UI language', async () => {
    tokenStore.set('token-1');
    await changeLanguage('en');
    const { calls } = stubFetch({
      'PATCH /api/v1/organizations/o1': () => jsonResponse({ ok: true }),
    });

    await api.patch('/organizations/o1', { version: 3 });

    const [call] = calls;
    expect(call?.headers.get('Authorization')).toBe('Bearer token-1');
    expect(call?.headers.get('Accept-Language')).toBe('en');
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(call?.credentials).toBe('include');
    expect(call?.body).toEqual({ version: 3 });
  });

  it('on a 401 refreshes once, then retries the request with the new token', async () => {
    tokenStore.set('expired-token');
    const { calls } = stubFetch({
      'GET /api/v1/me': [
        () => problemResponse(401, 'UNAUTHENTICATED', 'Token expired'),
        () => jsonResponse({ user, organization: null }),
      ],
      'POST /api/v1/auth/refresh': () => jsonResponse({ accessToken: 'fresh-token', user }),
    });

    const me = await api.get<{ user: typeof user }>('/me');

    expect(me.user.email).toBe(user.email);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      'GET /api/v1/me',
      'POST /api/v1/auth/refresh',
      'GET /api/v1/me',
    ]);
    const refresh = calls[1];
    expect(refresh?.body).toEqual({});
    expect(refresh?.headers.get('Content-Type')).toBe('application/json');
    expect(refresh?.credentials).toBe('include');
    expect(calls[0]?.headers.get('Authorization')).toBe('Bearer expired-token');
    expect(calls[2]?.headers.get('Authorization')).toBe('Bearer fresh-token');
    expect(tokenStore.get()).toBe('fresh-token');
    expect(redirect).not.toHaveBeenCalled();
  });

  it('shares one refresh between requests that fail together', async () => {
    tokenStore.set('expired-token');
    const { calls } = stubFetch({
      'GET /api/v1/notifications': (request) =>
        request.headers.get('Authorization') === 'Bearer fresh-token'
          ? jsonResponse({ items: [], unread: 0 })
          : problemResponse(401, 'UNAUTHENTICATED', 'Token expired'),
      'GET /api/v1/me': (request) =>
        request.headers.get('Authorization') === 'Bearer fresh-token'
          ? jsonResponse({ user, organization: null })
          : problemResponse(401, 'UNAUTHENTICATED', 'Token expired'),
      'POST /api/v1/auth/refresh': () => jsonResponse({ accessToken: 'fresh-token', user }),
    });

    await Promise.all([api.get('/notifications'), api.get('/me')]);

    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh')).toHaveLength(1);
  });

  it('when the refresh is refused, clears the session and redirects to login with next', async () => {
    tokenStore.set('expired-token');
    const listener = vi.fn();
    const unsubscribe = onAuthFailure(listener);
    const { calls } = stubFetch({
      'GET /api/v1/me': () => problemResponse(401, 'UNAUTHENTICATED', 'Token expired'),
      'POST /api/v1/auth/refresh': () =>
        problemResponse(401, 'UNAUTHENTICATED', 'No refresh cookie'),
    });

    const error = await api.get('/me').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('UNAUTHENTICATED');
    expect(calls).toHaveLength(2); // no retry after a failed refresh
    expect(tokenStore.get()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(redirect).toHaveBeenCalledWith(
      `/login?next=${encodeURIComponent('/app/organization?tab=contact')}`,
    );
    unsubscribe();
  });

  it('gives up after one retry if the new token is refused too', async () => {
    tokenStore.set('expired-token');
    const { calls } = stubFetch({
      'GET /api/v1/me': () => problemResponse(401, 'UNAUTHENTICATED', 'Nope'),
      'POST /api/v1/auth/refresh': () => jsonResponse({ accessToken: 'fresh-token', user }),
    });

    await expect(api.get('/me')).rejects.toBeInstanceOf(ApiError);

    expect(calls.map((c) => c.path)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me']);
    expect(redirect).toHaveBeenCalledTimes(1);
  });

  it('does not refresh for the auth endpoints themselves', async () => {
    const { calls } = stubFetch({
      'POST /api/v1/auth/login': () => problemResponse(401, 'INVALID_CREDENTIALS', 'Wrong'),
    });

    await expect(
      api.post('/auth/login', { email: 'a@b.vn', password: 'x' }, { skipAuthRefresh: true }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });

    expect(calls).toHaveLength(1);
    expect(redirect).not.toHaveBeenCalled();
  });

  it('keeps the problem body, field errors included', async () => {
    stubFetch({
      'POST /api/v1/auth/register': () =>
        problemResponse(400, 'VALIDATION_FAILED', 'Invalid body', [
          { path: '/organization/taxCode', message: 'must be 10 digits' },
        ]),
    });

    const error = (await api
      .post('/auth/register', {}, { skipAuthRefresh: true })
      .catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(400);
    expect(error.problem.errors).toEqual([
      { path: '/organization/taxCode', message: 'must be 10 digits' },
    ]);
  });

  it('turns a network failure into a NETWORK_ERROR problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
    );

    await expect(api.get('/reference')).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 0 });
  });

  it('refreshSession returns null and clears the token when there is no session', async () => {
    tokenStore.set('stale');
    stubFetch({
      'POST /api/v1/auth/refresh': () => problemResponse(401, 'UNAUTHENTICATED', 'No cookie'),
    });

    await expect(refreshSession()).resolves.toBeNull();
    expect(tokenStore.get()).toBeNull();
  });
});
