import { describe, expect, it } from 'vitest';
import { en, vi } from './app.ts';
import { chooseSegment, screenshot, useBrowser, visible } from './browser.ts';

describe('the public landing page', () => {
  const browser = useBrowser();

  it('renders in Vietnamese, switches to English in one click, and remembers it', async () => {
    // The browser asks for English: Vietnamese is still the default until the person chooses.
    const page = await browser.newPage({ locale: 'en-US' });
    await page.goto('/');

    await visible(page.getByRole('heading', { level: 1, name: vi.landing.title }));
    await visible(page.getByRole('link', { name: vi.landing.ctaRegister }));
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.title()).toContain('KếtNối');

    await chooseSegment(page.getByRole('radio', { name: en.language.en }));

    await visible(page.getByRole('heading', { level: 1, name: en.landing.title }));
    await visible(page.getByRole('link', { name: en.landing.ctaRegister }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByText(vi.landing.title).count()).toBe(0);

    await page.reload();
    await visible(page.getByRole('heading', { level: 1, name: en.landing.title }));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('radio', { name: en.language.en }).isChecked()).toBe(true);
    await screenshot(page, 'a-landing-english');
  });
});
