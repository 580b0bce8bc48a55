import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { kpiTargets2026 } from '../../server/src/db/seed/programmes-events.ts';
import { fill, signIn, vi } from './app.ts';
import { hidden, horizontalOverflow, screenshot, useBrowser, visible } from './browser.ts';

const COORDINATOR = { email: 'coordinator@ketnoi.vn', name: 'Lê Thu Hà (Trung tâm XTTM)' };
/** The seeded targets are the city's 2026 plan (server/src/db/seed/programmes-events.ts). */
const YEAR = 2026;
/** Two of the metrics as the server names them (server/src/modules/kpis/metrics.ts). */
const MOUS = 'Biên bản ghi nhớ (MoU) được ký kết';
const MARKET_INFORMATION = 'Doanh nghiệp được cung cấp thông tin thị trường';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: vi.nav.main }).getByRole('link', { name, exact: true });

const toast = (page: Page, text: string) => visible(page.getByText(text, { exact: true }).first());

/** Full-page screenshots from the top: the fixed header then sits where a person sees it. */
async function shot(page: Page, name: string, main = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name, { main });
}

async function openDashboard(page: Page, { viaNav = true } = {}) {
  await signIn(page, COORDINATOR.email, COORDINATOR.name);
  if (viaNav) {
    await nav(page, vi.kpis.nav).click();
    await visible(page.getByRole('heading', { level: 1, name: startsWith(prefix(vi.kpis.title)) }));
  }
  // The seeded plan is 2026's, whatever year the run happens in.
  await page.goto(`/app/kpis?year=${YEAR}`);
  await visible(page.getByRole('heading', { level: 1, name: fill(vi.kpis.title, { year: YEAR }) }));
}

describe('the KPI dashboard', () => {
  const browser = useBrowser();

  it('shows the seeded targets with charts, edits one, exports kpis.xlsx and prints', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openDashboard(page);

    // Every metric against its seeded target, with its progress bar.
    const mous = page.getByRole('article', { name: MOUS });
    await visible(mous.getByText(startsWith(`/ ${kpiTargets2026.mous_signed} `)));
    // Its progress bar is there for screen readers even at zero width (other journeys in this
    // run may have recorded MoUs already, so only its range is known here).
    const mouProgress = page.getByRole('progressbar', {
      name: fill(vi.kpis.progressOf, { name: MOUS }),
    });
    await mouProgress.waitFor({ state: 'attached' });
    const mouPercent = Number(await mouProgress.getAttribute('aria-valuenow'));
    expect(mouPercent).toBeGreaterThanOrEqual(0);
    expect(mouPercent).toBeLessThanOrEqual(100);
    const market = page.getByRole('article', { name: MARKET_INFORMATION });
    await visible(
      market.getByText(startsWith(`/ ${kpiTargets2026.market_information_businesses} `)),
    );
    expect(await page.getByRole('progressbar').count()).toBe(Object.keys(kpiTargets2026).length);

    // The charts: progress of every metric, then the chosen one by month and by breakdown.
    const overview = page.getByRole('region', { name: vi.kpis.overview });
    await visible(overview.locator('svg.recharts-surface'));
    const byMonth = page.getByRole('region', { name: vi.kpis.byMonth });
    await visible(byMonth.locator('svg.recharts-surface'));
    await visible(page.getByRole('region', { name: vi.kpis.byProvince }));
    await visible(page.getByRole('region', { name: vi.kpis.byMarket }));
    await visible(page.getByRole('region', { name: vi.kpis.byOcopGroup }));
    await shot(page, 'kpis-dashboard');

    // --- A coordinator changes one target; the dashboard follows -----------------------------
    await page.getByRole('button', { name: vi.kpis.targets.edit }).first().click();
    const dialog = page.getByRole('dialog', { name: fill(vi.kpis.targets.title, { year: YEAR }) });
    await visible(dialog);
    const mouTarget = dialog.getByRole('textbox', { name: MOUS });
    await visible(mouTarget);
    expect(await mouTarget.inputValue()).toBe(String(kpiTargets2026.mous_signed));
    await mouTarget.fill('60');
    await dialog.getByRole('button', { name: vi.kpis.targets.save }).click();
    await hidden(dialog);
    await toast(page, fill(vi.kpis.targets.saved, { year: YEAR }));
    await visible(mous.getByText(startsWith('/ 60 ')));

    // --- Export: the workbook arrives and opens -------------------------------------------------
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: vi.kpis.export }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`ketnoi-kpi-${YEAR}.xlsx`);
    const file = await readFile(await download.path());
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
    // A summary sheet and one sheet of records per metric.
    expect(workbook.worksheets.length).toBe(1 + Object.keys(kpiTargets2026).length);
    // The summary: each metric on a row (Vietnamese label first), its target in the third column.
    const summary = workbook.worksheets[0]!;
    let mouTargetCell: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).text === MOUS) {
        mouTargetCell = row.getCell(3).value;
      }
    });
    expect(mouTargetCell).toBe(60);

    // --- The printable page: the report alone, without the workspace around it ------------------
    await page.emulateMedia({ media: 'print' });
    await hidden(page.getByRole('navigation', { name: vi.nav.main }));
    await hidden(page.getByRole('button', { name: vi.kpis.print }));
    await visible(mous);
    await shot(page, 'kpis-print');
    await page.emulateMedia({ media: 'screen' });
    await visible(page.getByRole('button', { name: vi.kpis.print }));
  }, 180_000);

  it('on a 375 px phone, the dashboard does not scroll sideways', async () => {
    const PHONE = { width: 375, height: 740 };
    const page = await browser.newPage({
      viewport: PHONE,
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    // The menu is behind the burger on a phone: straight to the page.
    await openDashboard(page, { viaNav: false });
    await visible(page.getByRole('region', { name: vi.kpis.overview }).locator('svg').first());
    expect((await horizontalOverflow(page)).scrollWidth).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'kpis-phone', false);
  }, 120_000);
});

function prefix(template: string) {
  return template.split('{{')[0]!;
}

function startsWith(text: string) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
