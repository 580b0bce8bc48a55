import '@mantine/core/styles.css';
import 'virtual:theme-variables.css';
import '@mantine/notifications/styles.css';
import '@/lib/i18n';
import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from '@/app';
import { createAppRouter, loadRoutesFor } from '@/app/router';
import { applyStoredLanguage, i18n } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';
import { readSsrState } from '@/lib/ssr';
import { yieldToBrowser } from '@/lib/yield-to-browser';

const root = document.getElementById('root');
if (!root) {
  throw new Error('No #root element in index.html');
}

const rendered = readSsrState();
if (rendered) {
  void hydrateRenderedPage(root, rendered.queries);
} else {
  // The first render as a transition: React renders it in slices, yielding to the browser
  // between them, instead of one long task that blocks the page while it loads (TBT).
  const router = createAppRouter();
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App router={router} />
      </StrictMode>,
    );
  });
}

/**
 * The server sent this page rendered, with the API answers it used: the browser renders the same
 * from the same data (its route modules and its language loaded first) and React adopts the HTML
 * already on screen instead of drawing it again.
 */
async function hydrateRenderedPage(container: HTMLElement, queries: Parameters<typeof hydrate>[1]) {
  const queryClient = createQueryClient();
  hydrate(queryClient, queries);
  const { pathname, search } = window.location;
  await Promise.all([loadRoutesFor(`${pathname}${search}`), i18n.changeLanguage(i18n.language)]);
  // Making the router (its history, every route ranked) is a long step: a task of its own.
  await yieldToBrowser();
  const router = createAppRouter();
  await yieldToBrowser();
  // As a transition, like the first render above: hydration then yields to the browser between
  // slices (otherwise it is one task, and the page ignores taps until it ends).
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <App router={router} queryClient={queryClient} />
      </StrictMode>,
    );
  });
  applyStoredLanguage();
}
