import { MantineProvider } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ErrorBoundary } from '@/components/errors/error-boundary';
import { LoadingState } from '@/components/ui/loading-state';
import { onAuthFailure } from '@/lib/api-client';
import { clearSessionCache } from '@/lib/auth';
import { i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { createAppTheme } from './theme';

/**
 * The toasts' container, with its transitions, portal and scroll lock, is not in the first
 * download, and is mounted with the first toast: most page views show none, and mounting it cost
 * a page's hydration a long task. A toast waits in the store until the container shows it.
 */
const Notifications = lazy(() =>
  import('@mantine/notifications').then((module) => ({ default: module.Notifications })),
);

function Toasts() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) {
    setWanted(true);
  }
  return wanted ? (
    <Suspense fallback={null}>
      <Notifications position="top-right" limit={3} />
    </Suspense>
  ) : null;
}

/** Shown when the providers themselves failed: plain markup, the i18n instance used directly. */
function ProviderCrash() {
  return (
    <div role="alert" style={{ padding: 24, fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: 20 }}>{i18n.t('crash.title')}</h1>
      <p>{i18n.t('crash.description')}</p>
    </div>
  );
}

function ThemedProvider({ env, children }: { env: 'default' | 'test'; children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(() => createAppTheme(t), [t]);
  return (
    // The theme's CSS variables are in the stylesheet, made at build time (vite.config.ts).
    <MantineProvider theme={theme} env={env} withCssVariables={false}>
      {children}
    </MantineProvider>
  );
}

type AppProviderProps = {
  children: ReactNode;
  queryClient?: QueryClient;
  /** `'test'` turns off Mantine's transitions and portals (Testing Library has no layout). */
  env?: 'default' | 'test';
  /** The server renders each request with an instance in that request's language. */
  i18n?: typeof i18n;
};

export function AppProvider({
  children,
  queryClient: given,
  env = 'default',
  i18n: instance = i18n,
}: AppProviderProps) {
  const [queryClient] = useState(() => given ?? createQueryClient());

  // When a refresh is refused the session is over: forget everything cached for that person.
  useEffect(() => onAuthFailure(() => clearSessionCache(queryClient)), [queryClient]);

  return (
    <ErrorBoundary fallback={<ProviderCrash />}>
      <I18nextProvider i18n={instance}>
        <ThemedProvider env={env}>
          <Toasts />
          <QueryClientProvider client={queryClient}>
            <Suspense fallback={<LoadingState fullPage />}>{children}</Suspense>
          </QueryClientProvider>
        </ThemedProvider>
      </I18nextProvider>
    </ErrorBoundary>
  );
}
