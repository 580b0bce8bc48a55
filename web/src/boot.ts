import { SSR_STATE_ID } from '@/lib/ssr';

const start = () => {
  warmUpIntl();
  void import('./main');
};

// A server-rendered page is readable as it arrives: its scripts are fetched once it has loaded,
// so on a slow connection they do not compete with the page's own stylesheet and images.
if (document.getElementById(SSR_STATE_ID) && document.readyState !== 'complete') {
  window.addEventListener('load', start, { once: true });
} else {
  start();
}

/** The page's first render would otherwise stall on the Intl data (intl-warm-up.worker.ts). */
function warmUpIntl() {
  try {
    new Worker(new URL('./lib/intl-warm-up.worker.ts', import.meta.url), {
      type: 'module',
    }).postMessage(document.documentElement.lang);
  } catch {
    // No workers: the first render pays for it, as it would anyway.
  }
}
