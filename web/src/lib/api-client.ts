import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { currentLanguage } from '@/lib/i18n';
import type { ProblemDetails, Session } from '@/types/api';

/** An API failure carrying the server's RFC 9457 problem body (or one made up for network errors). */
export class ApiError extends Error {
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status() {
    return this.problem.status;
  }

  get code() {
    return this.problem.code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// ---------------------------------------------------------------------------------------------
// Session: the access token lives in memory only. The refresh token is an httpOnly cookie the
// script never sees, so a page reload restores the session through one silent refresh.
// ---------------------------------------------------------------------------------------------

let accessToken: string | null = null;

export const tokenStore = {
  get: () => accessToken,
  set: (token: string | null) => {
    accessToken = token;
  },
};

type AuthFailureListener = () => void;
const authFailureListeners = new Set<AuthFailureListener>();

/** Called when the session is gone for good (refresh refused): the app clears what it cached. */
export function onAuthFailure(listener: AuthFailureListener) {
  authFailureListeners.add(listener);
  return () => {
    authFailureListeners.delete(listener);
  };
}

function defaultRedirectToLogin(href: string) {
  window.location.assign(href);
}

let redirectToLogin: (href: string) => void = defaultRedirectToLogin;

/** Lets the router navigate without a page reload; tests use it to observe the redirect. */
export function setLoginRedirect(redirect: ((href: string) => void) | null) {
  redirectToLogin = redirect ?? defaultRedirectToLogin;
}

function handleAuthFailure() {
  tokenStore.set(null);
  for (const listener of authFailureListeners) {
    listener();
  }
  const { pathname, search, hash } = window.location;
  if (pathname === paths.auth.login.path) {
    return;
  }
  redirectToLogin(paths.auth.login.getHref(`${pathname}${search}${hash}`));
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

/** The browser's `fetch`; the server rendering public pages answers them in-process instead. */
let transport: typeof fetch = (input, init) => fetch(input, init);

export function setApiTransport(next: typeof fetch) {
  transport = next;
}

type QueryValue = string | number | boolean | null | undefined | readonly string[];

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON, or a `FormData` for uploads (the browser then sets the multipart boundary). */
  body?: unknown;
  /** `blob` for file downloads (templates, error reports); JSON otherwise. */
  responseType?: 'json' | 'blob';
  params?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /**
   * For the auth endpoints themselves: a 401 from login means wrong credentials, not an
   * expired token, so it must not trigger a refresh or a redirect.
   */
  skipAuthRefresh?: boolean;
};

function buildUrl(path: string, params?: Record<string, QueryValue>) {
  const url = `${env.API_URL}${path}`;
  if (!params) {
    return url;
  }
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      // Repeated keys (`certifications=a&certifications=b`): the server reads them as an array.
      for (const item of value as readonly string[]) {
        query.append(key, item);
      }
    } else if (value !== undefined && value !== null && value !== '') {
      query.set(key, String(value));
    }
  }
  const encoded = query.toString();
  return encoded ? `${url}?${encoded}` : url;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  headers.set('Accept-Language', currentLanguage());
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) {
    headers.set('Content-Type', 'application/json');
  }
  const token = tokenStore.get();
  if (token) {
    headers.set('Authorization', `Bearer ${token}`);
  }
  try {
    return await transport(buildUrl(path, options.params), {
      method: options.method ?? 'GET',
      headers,
      body:
        options.body === undefined
          ? undefined
          : multipart
            ? (options.body as FormData)
            : JSON.stringify(options.body),
      credentials: 'include',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: error instanceof Error ? error.message : 'Network error',
      code: 'NETWORK_ERROR',
    });
  }
}

function isProblem(value: unknown): value is ProblemDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's HTML error page, an empty body): described below from the status.
  }
  if (isProblem(body)) {
    return new ApiError({
      ...body,
      type: body.type ?? 'about:blank',
      title: body.title ?? response.statusText,
      detail: body.detail ?? body.title ?? response.statusText,
    });
  }
  const code =
    response.status === 401
      ? 'UNAUTHENTICATED'
      : response.status === 403
        ? 'FORBIDDEN'
        : response.status === 404
          ? 'NOT_FOUND'
          : response.status === 429
            ? 'TOO_MANY_REQUESTS'
            : response.status >= 500
              ? 'SERVICE_UNAVAILABLE'
              : 'INTERNAL';
  return new ApiError({
    type: 'about:blank',
    title: response.statusText,
    status: response.status,
    detail: response.statusText,
    code,
  });
}

async function parseBody<T>(response: Response): Promise<T> {
  if (response.status === 204 || response.status === 205) {
    return undefined as T;
  }
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

let refreshInFlight: Promise<Session | null> | null = null;

/**
 * Trade the refresh cookie for a new access token. Concurrent callers share one request: the
 * server rotates the refresh token on use, so two parallel refreshes would race each other.
 */
export function refreshSession(): Promise<Session | null> {
  refreshInFlight ??= (async () => {
    try {
      const response = await send('/auth/refresh', { method: 'POST', body: {} });
      if (!response.ok) {
        tokenStore.set(null);
        return null;
      }
      const session = await parseBody<Session>(response);
      tokenStore.set(session.accessToken);
      return session;
    } catch {
      tokenStore.set(null);
      return null;
    } finally {
      refreshInFlight = null;
    }
  })();
  return refreshInFlight;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(path, options);

  if (response.status === 401 && !options.skipAuthRefresh) {
    const session = await refreshSession();
    if (!session) {
      const error = await toApiError(response);
      handleAuthFailure();
      throw error;
    }
    response = await send(path, options);
    if (response.status === 401) {
      const error = await toApiError(response);
      handleAuthFailure();
      throw error;
    }
  }

  if (!response.ok) {
    throw await toApiError(response);
  }
  if (options.responseType === 'blob') {
    return (await response.blob()) as T;
  }
  return parseBody<T>(response);
}

type Options = Omit<RequestOptions, 'method' | 'body' | 'responseType'>;

export const api = {
  get: <T>(path: string, options?: Options) => request<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Options) =>
    request<T>(path, { ...options, method: 'POST', body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: Options) =>
    request<T>(path, { ...options, method: 'PATCH', body }),
  put: <T>(path: string, body: unknown, options?: Options) =>
    request<T>(path, { ...options, method: 'PUT', body }),
  delete: <T>(path: string, options?: Options) =>
    request<T>(path, { ...options, method: 'DELETE' }),
  /**
   * One file as `multipart/form-data` in the field `file` (the server's upload convention); PUT
   * where the file replaces the one attached (an agreement's document).
   */
  upload: <T>(path: string, file: Blob, options?: Options & { method?: 'POST' | 'PUT' }) => {
    const form = new FormData();
    form.append('file', file, file instanceof File ? file.name : 'upload');
    return request<T>(path, { ...options, method: options?.method ?? 'POST', body: form });
  },
  /** A file behind authentication (a template, an error report), as a Blob. */
  download: (path: string, options?: Options) =>
    request<Blob>(path, { ...options, method: 'GET', responseType: 'blob' }),
};
