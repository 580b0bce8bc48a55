import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { AppProvider } from './provider';
import { AppRouter, type AppRouterInstance } from './router';

/** `queryClient`: one already holding a server-rendered page's data (main.tsx). */
export function App({
  router,
  queryClient,
}: {
  router: AppRouterInstance;
  queryClient?: QueryClient;
}) {
  // From here on the page answers clicks and typing, including one the server rendered (whose
  // markup was there before): end-to-end tests wait for this mark before using a page.
  useEffect(() => {
    document.documentElement.dataset.ready = '';
  }, []);
  return (
    <AppProvider queryClient={queryClient}>
      <AppRouter router={router} />
    </AppProvider>
  );
}
