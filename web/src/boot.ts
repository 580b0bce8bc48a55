import { SSR_STATE_ID } from '@/lib/ssr';
import { yieldToBrowser } from '@/lib/yield-to-browser';

// React first, the app in a later task: evaluated together they were one long task, the page
// frozen to taps for its length on a phone. The app's scripts are fetched after React's arrive.
const start = async () => {
  warmUpIntl();
  await import('./lib/react-runtime');
  await yieldToBrowser();
  await import('./main');
};

// A server-rendered page is readable as it arrives: its scripts are fetched once it has loaded,
// so on a slow connection they do not compete with the page's own stylesheet and images.
if (document.getElementById(SSR_STATE_ID) && document.readyState !== 'complete') {
  window.addEventListener('load', () => void start(), { once: true });
} else {
  void start();
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
