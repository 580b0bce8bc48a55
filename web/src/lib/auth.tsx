import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ui/error-state';
import { LoadingState } from '@/components/ui/loading-state';
import { Forbidden } from '@/components/errors/forbidden';
import { paths } from '@/config/paths';
import { api, refreshSession, tokenStore } from '@/lib/api-client';
import { changeLanguage, hasStoredLanguage } from '@/lib/i18n';
import type { LoginBody, Me, RegisterBody, Role, Session } from '@/types/api';

// ---------------------------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------------------------

export const loginWithEmailAndPassword = (body: LoginBody) =>
  api.post<Session>('/auth/login', body, { skipAuthRefresh: true });

export const registerWithEmailAndPassword = (body: RegisterBody) =>
  api.post<Session>('/auth/register', body, { skipAuthRefresh: true });

export const logout = () => api.post<void>('/auth/logout', {}, { skipAuthRefresh: true });

/**
 * The signed-in person, or `null`. With no access token in memory (a fresh page load) it first
 * tries one silent refresh with the httpOnly cookie, which is how a session survives a reload.
 */
export async function getMe(): Promise<Me | null> {
  if (!tokenStore.get()) {
    const session = await refreshSession();
    if (!session) {
      return null;
    }
  }
  return api.get<Me>('/me');
}

export const meQueryKey = ['me'] as const;

export const getMeQueryOptions = () =>
  queryOptions({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: 5 * 60_000,
    retry: false,
  });

// ---------------------------------------------------------------------------------------------
// Hooks
// ---------------------------------------------------------------------------------------------

export const useUser = () => useQuery(getMeQueryOptions());

/**
 * Set by `ProtectedRoute` from the session query. Pages read the person from here rather than
 * from the query itself: when the session ends (logout, refused refresh) the query turns `null`
 * and `ProtectedRoute` unmounts them, instead of each page re-rendering without a person first.
 */
const CurrentUserContext = createContext<Me | null>(null);

/** The signed-in person inside guarded routes, where `ProtectedRoute` has already made sure of it. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUserContext);
  if (!me) {
    throw new Error('useCurrentUser() used outside a ProtectedRoute');
  }
  return me;
}

/** Drop everything cached for the previous person; keep the (now empty) session entry. */
export function clearSessionCache(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

async function startSession(session: Session): Promise<Me> {
  tokenStore.set(session.accessToken);
  const me = await api.get<Me>('/me');
  // Follow the account's language unless this browser already has an explicit choice.
  if (!hasStoredLanguage()) {
    await changeLanguage(me.user.locale, { remember: false });
  }
  return me;
}

export function useLogin({ onSuccess }: { onSuccess?: (me: Me) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LoginBody) => startSession(await loginWithEmailAndPassword(body)),
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      onSuccess?.(me);
    },
  });
}

export function useRegister({ onSuccess }: { onSuccess?: (me: Me) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RegisterBody) =>
      startSession(await registerWithEmailAndPassword(body)),
    onSuccess: (me) => {
      queryClient.setQueryData(meQueryKey, me);
      onSuccess?.(me);
    },
  });
}

/** Sign out, go to the landing page, then forget everything cached for this person. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    // Even if the server call fails (offline, already expired), the local session ends.
    mutationFn: () => logout().catch(() => undefined),
    onSettled: async () => {
      tokenStore.set(null);
      // Leave the guarded pages first. The router commits the new route in a transition, so
      // the guarded page may still be on screen when the cache is cleared below: that is why
      // `ProtectedRoute` only redirects visitors who arrived without a session.
      await navigate(paths.home.getHref(), { replace: true });
      clearSessionCache(queryClient);
    },
  });
}

// ---------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------

/**
 * Guarded pages: visitors who arrive without a session go to the login page and come back after.
 * A session that ends while the page is open is not redirected from here: whoever ended it
 * navigates (sign-out goes home, a refused refresh goes to login), and this page, possibly still
 * rendered while the router's transition commits, must not race them to `/login`.
 */
export function ProtectedRoute({ children }: { children: ReactNode }) {
  const me = useUser();
  const location = useLocation();
  const [hadSession, setHadSession] = useState(false);
  if (me.data && !hadSession) {
    setHadSession(true);
  }

  if (me.isPending) {
    return <LoadingState fullPage />;
  }
  if (me.isError) {
    return <ErrorState error={me.error} onRetry={() => void me.refetch()} fullPage />;
  }
  if (!me.data) {
    if (hadSession) {
      return <LoadingState fullPage />;
    }
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={paths.auth.login.getHref(next)} replace />;
  }
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}

export function hasRole(role: Role, allowed: readonly Role[]) {
  return allowed.includes(role);
}

/** Layout route: renders its children for the allowed roles, a friendly 403 page for the rest. */
export function RequireRole({ roles }: { roles: readonly Role[] }) {
  const { user } = useCurrentUser();
  if (!hasRole(user.role, roles)) {
    return <Forbidden />;
  }
  return <Outlet />;
}
