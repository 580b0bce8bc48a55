import { intlLocale, TIME_ZONE } from '@/lib/format';

/**
 * Builds the Intl formatters a page uses once, in a worker. The first Vietnamese number format
 * in a tab costs 50–100 ms: the browser loads its ICU locale data. That data is shared by the
 * page's threads, so paying here, while the page's scripts download, leaves the main thread's
 * first render (and hydration) without that stall.
 */
self.addEventListener('message', (event: MessageEvent<string>) => {
  const locale = intlLocale(event.data);
  new Intl.NumberFormat(locale).format(1234.5);
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND' }).format(1);
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: TIME_ZONE }).format(0);
  new Intl.PluralRules(locale).select(1);
  // Left running, idle: ending a worker costs the page's main thread 15–50 ms (the thread's
  // teardown is waited for there), more than its start.
});
