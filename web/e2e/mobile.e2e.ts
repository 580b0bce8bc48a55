import { describe, expect, it } from 'vitest';
import { signIn, vi } from './app.ts';
import type { Locator } from 'playwright-core';
import { horizontalOverflow, screenshot, useBrowser, visible } from './browser.ts';

const PHONE = { width: 375, height: 740 };

describe('on a 375 px phone', () => {
  const browser = useBrowser();

  it('nothing scrolls sideways and the menu is reachable', async () => {
    const page = await browser.newPage({
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });

    await page.goto('/');
    await visible(page.getByRole('heading', { level: 1, name: vi.landing.title }));
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);

    await signIn(page, 'producer@ketnoi.vn', 'Hoàng Văn Bình');
    await visible(
      page.getByRole('main').getByText(vi.enums.verificationStatus.verified, { exact: true }),
    );
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'e-phone-dashboard');

    // The navigation is folded behind the burger on a phone, out of sight and out of the tab
    // order (inert), and the burger brings it back.
    const navigation = page.locator('#app-navigation');
    const organizationLink = navigation.getByRole('link', { name: vi.nav.organization });
    expect(await inViewport(organizationLink)).toBe(false);
    expect(await navigation.getAttribute('inert')).not.toBeNull();
    await page.getByRole('button', { name: vi.nav.openMenu }).click();
    await expect.poll(() => inViewport(organizationLink)).toBe(true);
    expect(await navigation.getAttribute('inert')).toBeNull();
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'e-phone-menu-open');

    await organizationLink.click();
    await page.waitForURL((url) => url.pathname === '/app/organization');
    await expect.poll(() => inViewport(organizationLink)).toBe(false);
    await visible(page.getByRole('heading', { level: 1 }));
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'e-phone-organization');
  });
});

/** Whether any of the element is on screen (a closed drawer slides it off the left edge). */
async function inViewport(locator: Locator) {
  const box = await locator.boundingBox();
  return box !== null && box.x + box.width > 0 && box.x < PHONE.width && box.width > 0;
}
