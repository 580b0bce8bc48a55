import { describe, expect, inject, it } from 'vitest';
import { en, vi } from './app.ts';
import { useBrowser, visible } from './browser.ts';

type Hit = { id: string; nameVi: string };

/** A published product of the seeded catalogue, as the API lists it. */
async function firstProduct(): Promise<Hit> {
  const response = await fetch(`${inject('e2eBaseUrl')}/api/v1/search/products?limit=1`);
  const { hits } = (await response.json()) as { hits: Hit[] };
  const [hit] = hits;
  if (!hit) throw new Error('the seeded catalogue has no public product');
  return hit;
}

describe('public pages rendered by the server', () => {
  const browser = useBrowser();

  it('show the catalogue and a product with their data before any script runs, in the language of the cookie', async () => {
    const product = await firstProduct();
    const page = await browser.newPage({ javaScriptEnabled: false });

    await page.goto('/catalogue');
    await visible(page.getByRole('heading', { level: 1, name: vi.catalogue.title }));
    await visible(page.getByRole('heading', { level: 3, name: product.nameVi }).first());
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    // No session cookie: the page is rendered signed out, the sign-in link already shown.
    await visible(page.getByRole('link', { name: vi.nav.login }));

    await page.goto(`/products/${product.id}`);
    await visible(page.getByRole('heading', { level: 1, name: product.nameVi }));

    // The language cookie the switch writes: the server renders the page in it.
    const baseUrl = new URL(inject('e2eBaseUrl'));
    await page
      .context()
      .addCookies([{ name: 'ketnoi.language', value: 'en', url: baseUrl.origin }]);
    await page.goto('/catalogue');
    await visible(page.getByRole('heading', { level: 1, name: en.catalogue.title }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    // Before the scripts, Enter in the search box is a plain search the server answers.
    await page.getByRole('searchbox', { name: en.catalogue.searchLabel }).fill(product.nameVi);
    await page.getByRole('searchbox', { name: en.catalogue.searchLabel }).press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === product.nameVi);
    await visible(page.getByRole('article').first());
    expect(await page.locator('#ssr-state').count()).toBe(1);
  });

  it('is taken over by the app without being drawn again, and then works as the app', async () => {
    const product = await firstProduct();
    const page = await browser.newPage();
    // The server's heading is tagged as the document is parsed, before the scripts are fetched
    // (they wait for `load`): after the takeover the heading on screen must be that same node.
    // Any hydration mismatch is also a console error, which fails the test (browser.ts).
    await page.addInitScript({
      content: `document.addEventListener('DOMContentLoaded', () => {
        const heading = document.querySelector('h1');
        if (heading) heading.dataset.fromServer = '';
      });`,
    });
    const refreshes: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/auth/refresh')) refreshes.push(request.url());
    });
    await page.goto(`/products/${product.id}`);
    await visible(page.getByRole('heading', { level: 1, name: product.nameVi }));
    expect(await page.locator('#ssr-state').count()).toBe(1);
    expect(await page.locator('h1[data-from-server]').count()).toBe(1);
    // Signed out, as the server knew: no session to refresh, no 403 in the console.
    await visible(page.getByRole('link', { name: vi.nav.login }));
    expect(refreshes).toEqual([]);

    // The theme's colours come from the stylesheet, made at build time (vite.config.ts): the
    // provider does not write them. Mantine's own defaults would be blue and #868e96.
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return ['--mantine-primary-color-filled', '--mantine-color-dimmed'].map((name) =>
        style.getPropertyValue(name).trim(),
      );
    });
    expect(colours).toEqual(['#007a52', '#6b7280']);

    await page.goto('/catalogue');
    const box = page.getByRole('searchbox', { name: vi.catalogue.searchLabel });
    await box.fill(product.nameVi);
    // Search as you type: the URL follows without a page load.
    await page.waitForURL((url) => url.searchParams.get('q') === product.nameVi);
    await visible(page.getByRole('heading', { level: 3, name: product.nameVi }).first());
    await page.getByRole('link', { name: product.nameVi }).first().click();
    await visible(page.getByRole('heading', { level: 1, name: product.nameVi }));
  });
});
