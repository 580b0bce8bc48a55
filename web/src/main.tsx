import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@/lib/i18n';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app';

const root = document.getElementById('root');
if (!root) {
  throw new Error('No #root element in index.html');
}

// The first render as a transition: React renders it in slices, yielding to the browser between
// them, instead of one long task that blocks the page while it loads (Lighthouse's TBT).
startTransition(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
