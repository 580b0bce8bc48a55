import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { combobox, field, fill, signIn, vi } from './app.ts';
import { hidden, horizontalOverflow, screenshot, useBrowser, visible } from './browser.ts';

/** A unique word, so this run's product is the only one the search can mean. */
const SUFFIX = randomBytes(3).toString('hex');
const NAME = `Trà hoa vàng Tân Cương ${SUFFIX}`;
/** What a buyer types: no diacritics, lower case. */
const TYPED = `tra hoa vang tan cuong ${SUFFIX}`;
const PRODUCER = 'Chè Tân Cương Hoàng Bình';

describe('catalogue: list, review, find', () => {
  const browser = useBrowser();

  it('a producer lists a product with an image, a coordinator approves it, a visitor finds it typing without diacritics', async () => {
    // --- The producer creates a draft, adds an image and submits it. ---
    const producer = await browser.newPage();
    await signIn(producer, 'producer@ketnoi.vn', 'Hoàng Văn Bình');
    await producer
      .getByRole('navigation', { name: vi.nav.main })
      .getByRole('link', { name: vi.nav.products })
      .click();
    await visible(producer.getByRole('heading', { level: 1, name: vi.products.title }));
    await visible(producer.getByRole('article').first());
    await screenshot(producer, 'producer-products', { main: true });

    await producer.getByRole('link', { name: vi.products.createAction }).click();
    await visible(producer.getByRole('heading', { level: 1, name: vi.products.newTitle }));
    await field(producer, vi.products.fields.nameVi).fill(NAME);
    await field(producer, vi.products.fields.descriptionVi).fill(
      'Trà hoa vàng sấy lạnh, hái tại vườn Tân Cương; hộp 100 g.',
    );
    await combobox(producer, vi.products.fields.ocopGroup).click();
    await producer.getByRole('option', { name: 'Đồ uống', exact: true }).click();
    await combobox(producer, vi.products.fields.category).click();
    await producer.getByRole('option', { name: 'Chè, trà', exact: true }).click();
    await field(producer, vi.products.fields.moq).fill('20');
    await field(producer, vi.products.fields.priceMin).fill('450000');
    // The province of origin starts as the producer's own.
    expect(await combobox(producer, vi.products.fields.province).inputValue()).toBe('Thái Nguyên');
    await screenshot(producer, 'producer-product-new', { main: true });
    await producer.getByRole('button', { name: vi.products.form.create }).click();

    await producer.waitForURL(/\/app\/products\/[0-9a-f-]{36}$/);
    await visible(producer.getByRole('heading', { level: 1, name: NAME }));
    await producer.getByLabel(vi.products.images.add, { exact: true }).setInputFiles({
      name: 'tra-hoa-vang.png',
      mimeType: 'image/png',
      buffer: png(96, 72),
    });
    await visible(
      producer.getByRole('img', { name: fill(vi.products.images.alt, { index: 1, total: 1 }) }),
    );
    await producer.getByRole('button', { name: vi.products.submit, exact: true }).click();
    const status = producer.getByRole('region', { name: vi.products.statusLabel });
    await visible(status.getByText(vi.enums.productStatus.pending_review, { exact: true }));
    await screenshot(producer, 'producer-product-edit', { main: true });

    // --- The coordinator approves it from the product queue. ---
    const coordinator = await browser.newPage();
    await signIn(coordinator, 'coordinator@ketnoi.vn', 'Lê Thu Hà (Trung tâm XTTM)');
    await coordinator
      .getByRole('navigation', { name: vi.nav.main })
      .getByRole('link', { name: vi.nav.reviewProducts })
      .click();
    await visible(coordinator.getByRole('heading', { level: 1, name: vi.productReview.title }));
    await visible(coordinator.getByRole('article').first());
    // The queue runs oldest submission first: this run's product is on the last page.
    const pageLinks = coordinator.getByRole('button', {
      name: new RegExp(`^${vi.common.pageN.replace('{{page}}', '\\d+')}$`),
    });
    if ((await pageLinks.count()) > 1) {
      await pageLinks.last().click();
    }
    const card = coordinator.getByRole('article', { name: NAME });
    await visible(card);
    await visible(card.getByRole('img').first());
    await screenshot(coordinator, 'coordinator-review-products', { main: true });
    await card
      .getByRole('button', { name: fill(vi.productReview.approveNamed, { name: NAME }) })
      .click();
    const dialog = coordinator.getByRole('dialog', { name: vi.productReview.approveTitle });
    await visible(dialog);
    await dialog.getByRole('button', { name: vi.productReview.approveAction, exact: true }).click();
    await hidden(dialog);
    await hidden(card);

    // The worker indexes it through the outbox within a second or so.
    await expect
      .poll(() => searchTotal(TYPED), { timeout: 15_000, interval: 300 })
      .toBeGreaterThan(0);

    // --- An anonymous visitor finds it by typing without diacritics. ---
    const visitor = await browser.newPage();
    await visitor.goto('/');
    await visitor.getByRole('link', { name: vi.landing.ctaCatalogue }).click();
    await visible(visitor.getByRole('heading', { level: 1, name: vi.catalogue.title }));
    await visible(visitor.getByRole('article').first());
    await screenshot(visitor, 'catalogue', { main: true });

    await visitor
      .getByRole('searchbox', { name: vi.catalogue.searchLabel })
      .pressSequentially(TYPED, { delay: 30 });
    await visitor.waitForURL((url) => url.searchParams.get('q') === TYPED);
    const hit = visitor.getByRole('article').filter({ hasText: NAME });
    await visible(hit);
    // Stale results of a shorter query may show for a moment: the full query finds only this one.
    await expect.poll(() => visitor.getByRole('article').count()).toBe(1);
    // The engine's highlights mark the words, diacritics and all.
    expect(await hit.locator('mark').allTextContents()).toContain('Trà');
    await screenshot(visitor, 'catalogue-search', { main: true });

    await hit.getByRole('link', { name: NAME }).click();
    await visible(visitor.getByRole('heading', { level: 1, name: NAME }));
    await visible(visitor.getByRole('img', { name: new RegExp(`^${NAME}`) }));
    await visible(visitor.getByRole('heading', { name: vi.catalogue.readinessTitle }));
    await visible(visitor.getByRole('listitem').filter({ hasText: /VAT/ }));
    await screenshot(visitor, 'product-page', { main: true });

    // Back returns to the same search.
    await visitor.goBack();
    await visible(visitor.getByRole('article').filter({ hasText: NAME }));
    expect(await visitor.getByRole('searchbox').inputValue()).toBe(TYPED);

    await hit.getByRole('link', { name: NAME }).click();
    await visitor.getByRole('link', { name: PRODUCER, exact: true }).click();
    await visible(visitor.getByRole('heading', { level: 1, name: PRODUCER }));
    await visible(visitor.getByRole('link', { name: NAME }));
    await screenshot(visitor, 'producer-page', { main: true });
    // Three people, a dozen screens and a background job: more than one step's budget on 2 cores.
  }, 180_000);

  it('the catalogue fits a 375 px phone, filters folded away', async () => {
    const phone = await browser.newPage({
      viewport: { width: 375, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
    });
    await phone.goto('/catalogue');
    await visible(phone.getByRole('article').first());
    expect((await horizontalOverflow(phone)).scrollWidth).toBeLessThanOrEqual(375);

    const filters = phone.getByRole('complementary', { name: vi.catalogue.filtersLabel });
    await hidden(filters);
    await phone.getByRole('button', { name: vi.catalogue.showFilters }).click();
    await visible(filters);
    // Choosing a facet navigates (a history entry), so check by clicking and following the URL.
    await filters.getByRole('checkbox').first().click();
    await phone.waitForURL((url) => url.search.length > 1);
    await visible(phone.getByRole('article').first());
    expect((await horizontalOverflow(phone)).scrollWidth).toBeLessThanOrEqual(375);
    await phone.getByRole('button', { name: vi.catalogue.hideFilters }).click();
    await hidden(filters);
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, 'catalogue-phone', { main: true, fullPage: false });
  });
});

async function searchTotal(q: string) {
  const url = new URL('/api/v1/search/products', inject('e2eBaseUrl'));
  url.searchParams.set('q', q);
  const response = await fetch(url);
  return ((await response.json()) as { total: number }).total;
}

/** A real PNG (a green gradient) the server's image pipeline can decode and re-encode. */
function png(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      row[1 + x * 3] = 40 + Math.round((x / width) * 120);
      row[2 + x * 3] = 140 + Math.round((y / height) * 100);
      row[3 + x * 3] = 90;
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
