import { SSR_STATE_ID } from '@/lib/ssr';

const start = () => void import('./main');

// A server-rendered page is readable as it arrives: its scripts are fetched once it has loaded,
// so on a slow connection they do not compete with the page's own stylesheet and images.
if (document.getElementById(SSR_STATE_ID) && document.readyState !== 'complete') {
  window.addEventListener('load', start, { once: true });
} else {
  start();
}
