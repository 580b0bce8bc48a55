import { randomBytes } from 'node:crypto';
import { makeTaxCode } from '@ketnoi/shared/validation';
import { describe, expect, it } from 'vitest';
import { combobox, DEMO_PASSWORD, en, field, fill, signIn, vi } from './app.ts';
import { chooseSegment, hidden, screenshot, useBrowser, visible } from './browser.ts';

describe('signing in, out and up', () => {
  const browser = useBrowser();

  it('the demo producer signs in, sees the verified badge, survives a reload and signs out', async () => {
    const page = await browser.newPage();
    const name = 'Hoàng Văn Bình';
    await signIn(page, 'producer@ketnoi.vn', name);

    expect(new URL(page.url()).pathname).toBe('/app');
    const main = page.getByRole('main');
    await visible(main.getByText(vi.enums.verificationStatus.verified, { exact: true }));
    await visible(main.getByRole('heading', { name: 'Chè Tân Cương Hoàng Bình' }));
    await screenshot(page, 'b-producer-dashboard');

    // The access token lived in memory only: the reload restores it from the httpOnly cookie.
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === 'ketnoi_rt')?.httpOnly).toBe(true);
    await page.reload();
    await visible(
      page.getByRole('heading', { level: 1, name: fill(vi.dashboard.greeting, { name }) }),
    );
    await visible(main.getByText(vi.enums.verificationStatus.verified, { exact: true }));
    expect(new URL(page.url()).pathname).toBe('/app');

    await page.getByRole('button', { name: fill(vi.userMenu.open, { name }) }).click();
    await page.getByRole('menuitem', { name: vi.userMenu.logout }).click();
    await visible(page.getByRole('heading', { level: 1, name: vi.landing.title }));
    expect(new URL(page.url()).pathname).toBe('/');
    await visible(page.getByRole('link', { name: vi.nav.login, exact: true }));

    // Signed out for real: the cookie is gone, so the workspace sends the visitor to the login.
    await page.goto('/app');
    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/app');
  });

  it('a new producer registers with a pre-2025 province name and waits for verification', async () => {
    const page = await browser.newPage();
    const suffix = randomBytes(3).toString('hex');
    const name = `Triệu Thị Mai ${suffix}`;
    await page.goto('/register');
    await visible(page.getByRole('heading', { level: 1, name: vi.register.title }));

    expect(
      await page.getByRole('radio', { name: vi.register.roles.producer.title }).isChecked(),
    ).toBe(true);
    await field(page, vi.fields.fullName).fill(name);
    await field(page, vi.fields.email).fill(`mai.${suffix}@example.vn`);
    await field(page, vi.fields.password).fill(`Mien-dong-Na-Ri-${suffix}`);
    await field(page, vi.fields.legalName).fill(`Hợp tác xã Miến dong Na Rì ${suffix}`);
    await field(page, vi.fields.taxCode).fill(newTaxCode());

    await combobox(page, vi.fields.legalForm).click();
    await page.getByRole('option', { name: vi.enums.legalForm.cooperative, exact: true }).click();

    // Bắc Kạn merged into Thái Nguyên in July 2025; people still type the old name.
    const province = combobox(page, vi.fields.province);
    await province.click();
    await province.fill('Bắc Kạn');
    const options = page.getByRole('option');
    await expect.poll(() => options.allTextContents()).toEqual(['Thái Nguyên']);
    await options.first().click();
    expect(await province.inputValue()).toBe('Thái Nguyên');

    await page.getByRole('button', { name: vi.register.submit }).click();

    await visible(
      page.getByRole('heading', { level: 1, name: fill(vi.dashboard.greeting, { name }) }),
    );
    const main = page.getByRole('main');
    await visible(main.getByText(vi.enums.verificationStatus.pending, { exact: true }));
    await visible(main.getByText(vi.dashboard.status.pending));
    await screenshot(page, 'c-registered-pending');

    // The organization was saved in the new province.
    await page.getByRole('link', { name: vi.dashboard.editProfile }).click();
    await expect.poll(() => combobox(page, vi.fields.province).inputValue()).toBe('Thái Nguyên');
  });

  it('a wrong password shows the translated error, in either language', async () => {
    const page = await browser.newPage({
      expect: [{ status: 401, path: '/api/v1/auth/login' }],
    });
    await page.goto('/login');
    await field(page, vi.fields.email).fill('distributor@ketnoi.vn');
    await field(page, vi.fields.password).fill(`${DEMO_PASSWORD}-wrong`);
    await page.getByRole('button', { name: vi.login.submit, exact: true }).click();

    const alert = page.getByRole('alert');
    await visible(alert.filter({ hasText: vi.errors.INVALID_CREDENTIALS }));
    expect(new URL(page.url()).pathname).toBe('/login');
    // The server's own English `detail` must not leak through untranslated.
    expect(await page.getByText(/invalid|incorrect/i).count()).toBe(0);
    await screenshot(page, 'f-wrong-password');

    await chooseSegment(page.getByRole('radio', { name: en.language.en }));
    await visible(alert.filter({ hasText: en.errors.INVALID_CREDENTIALS }));
    await hidden(page.getByText(vi.errors.INVALID_CREDENTIALS));
  });
});

/** A valid MST nobody else has: 10 digits with the right check digit. */
function newTaxCode(): string {
  for (;;) {
    const serial = String(randomBytes(4).readUInt32BE() % 10_000_000).padStart(7, '0');
    try {
      return makeTaxCode(`07${serial}`);
    } catch {
      // This serial has no valid check digit; draw again.
    }
  }
}
