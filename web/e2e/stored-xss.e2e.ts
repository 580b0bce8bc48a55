import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { uniqueTaxCode } from '../../server/test/helpers/fixtures.ts';
import { DEMO_PASSWORD, fill, signIn, vi } from './app.ts';
import { screenshot, useBrowser, visible } from './browser.ts';

/**
 * S12 (RELIABILITY-TESTS.md): markup and script in stored fields — product, organization and
 * demand — are shown as text wherever they are rendered: the public catalogue, the product and
 * producer pages, and the coordinator console. Every page must show the text literally, run no
 * script (no dialog), report no Content-Security-Policy violation and render no `javascript:` URL.
 */
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '"><script>alert(1)</script>';
const JS_URL = 'javascript:alert(1)';
/** Letters only: one word no other product contains, to find ours in the catalogue. */
const word = `zxss${randomBytes(4)
  .toString('hex')
  .replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`;

const ORG_NAME = `Hợp tác xã ${word} ${IMG}`;
const ORG_DESCRIPTION = `Mô tả ${SCRIPT} và liên kết ${JS_URL}`;
/** Passes the API's `https?://` rule; the quote and markup must stay inside the href. */
const ORG_WEBSITE = `https://example.com/${word}"><img/src=x/onerror=alert(2)>`;
const PRODUCT_NAME = `Mật ong ${word} ${IMG}`;
const PRODUCT_DESCRIPTION = `Mật ong rừng ${SCRIPT} ${JS_URL}`;
const DEMAND_TITLE = `Cần mua mật ong ${word} ${IMG}`;
const DEMAND_DESCRIPTION = `Yêu cầu ${SCRIPT} xem ${JS_URL}`;

const COORDINATOR = { email: 'coordinator@ketnoi.vn', name: 'Lê Thu Hà (Trung tâm XTTM)' };
const DISTRIBUTOR = { email: 'distributor@ketnoi.vn', name: 'Phạm Minh Châu' };

// ---------------------------------------------------------------------------------------------
// The API, as each role uses it

type Json = Record<string, unknown>;

async function call<T = Json>(
  method: string,
  path: string,
  { token, body, expected = 200 }: { token?: string; body?: unknown; expected?: number } = {},
): Promise<T> {
  const response = await fetch(`${inject('e2eBaseUrl')}/api/v1${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  expect(response.status, `${method} ${path}: ${text}`).toBe(expected);
  return (text ? JSON.parse(text) : {}) as T;
}

const login = async (email: string) =>
  (
    await call<{ accessToken: string }>('POST', '/auth/login', {
      body: { email, password: DEMO_PASSWORD },
    })
  ).accessToken;

/**
 * Opens the console's page of a review queue that lists `id` (the queues page, oldest first):
 * which page it is on is read from the API, then chosen in the pager as a person would.
 */
async function openQueuePageOf(
  page: Page,
  token: string,
  { api, route, id, pageSize }: { api: string; route: string; id: string; pageSize: number },
) {
  const { total } = await call<{ total: number }>('GET', `${api}&limit=100`, { token });
  let index = -1;
  for (let from = 1; index < 0 && (from - 1) * 100 < total; from += 1) {
    const { items } = await call<{ items: { id: string }[] }>(
      'GET',
      `${api}&limit=100&page=${from}`,
      { token },
    );
    const at = items.findIndex((item) => item.id === id);
    index = at < 0 ? -1 : (from - 1) * 100 + at;
  }
  expect(index, `${id} in ${api}`).toBeGreaterThanOrEqual(0);
  await page.goto(route);
  const queuePage = Math.floor(index / pageSize) + 1;
  if (queuePage > 1) {
    await page.getByRole('button', { name: fill(vi.common.pageN, { page: queuePage }) }).click();
  }
}

// ---------------------------------------------------------------------------------------------
// What every page is checked for

type Watch = { dialogs: string[]; violations: string[] };

/** Dialogs and CSP violations (the DOM event and Chromium's console line) of one page. */
async function watch(page: Page): Promise<Watch> {
  const found: Watch = { dialogs: [], violations: [] };
  page.on('dialog', (dialog) => {
    found.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) {
      found.violations.push(message.text());
    }
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    found.violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (
        window as unknown as { __reportCspViolation: (text: string) => Promise<void> }
      ).__reportCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return found;
}

/** The texts shown literally, and nothing the payloads could have made. */
async function expectInert(page: Page, found: Watch, texts: string[], label: string) {
  for (const text of texts) {
    await visible(page.getByText(text, { exact: false }).first());
  }
  // Give an injected handler (onerror fires when the image fails) time to run.
  await page.waitForTimeout(300);
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
    // A server-rendered page carries its data, payloads included, in one JSON element (not run).
    scripts: [...document.scripts].filter(
      (s) => s.type !== 'application/json' && s.textContent?.includes('alert('),
    ).length,
    dataElements: [...document.scripts].filter((s) => s.type === 'application/json').length,
    javascriptUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
      .flatMap((element) =>
        ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name) ?? ''),
      )
      .filter((value) => /^\s*javascript:/i.test(value)).length,
    handlers: [...document.querySelectorAll('*')].filter((element) =>
      [...element.attributes].some((attribute) => /^on/i.test(attribute.name)),
    ).length,
  }));
  const { dataElements, ...made } = injected;
  expect(made, label).toEqual({ images: 0, scripts: 0, javascriptUrls: 0, handlers: 0 });
  expect(dataElements, `${label}: data elements`).toBeLessThanOrEqual(1);
  expect(found.dialogs, `${label}: dialogs`).toEqual([]);
  expect(found.violations, `${label}: CSP violations`).toEqual([]);
}

describe('S12: stored XSS is shown as text', () => {
  const browser = useBrowser();

  it('product, organization and demand fields with markup render literally everywhere', async () => {
    // --- A producer registers with markup in its name, description and website -----------------
    const producer = await call<{ accessToken: string; user: { organizationId: string } }>(
      'POST',
      '/auth/register',
      {
        expected: 201,
        body: {
          email: `${word}@example.com`,
          password: DEMO_PASSWORD,
          name: `Người dùng ${IMG}`,
          role: 'producer',
          organization: {
            legalName: ORG_NAME,
            taxCode: uniqueTaxCode(),
            province: 'Hà Nội',
            legalForm: 'cooperative',
          },
        },
      },
    );
    const orgId = producer.user.organizationId;
    const org = await call<{ version: number }>('GET', `/organizations/${orgId}`, {
      token: producer.accessToken,
    });
    // A `javascript:` website is refused outright…
    await call('PATCH', `/organizations/${orgId}`, {
      token: producer.accessToken,
      body: { version: org.version, website: JS_URL },
      expected: 400,
    });
    // …and an http(s) one carrying markup is stored, to be shown inert.
    await call('PATCH', `/organizations/${orgId}`, {
      token: producer.accessToken,
      body: { version: org.version, descriptionVi: ORG_DESCRIPTION, website: ORG_WEBSITE },
    });

    const product = await call<{ id: string; version: number }>('POST', '/products', {
      token: producer.accessToken,
      expected: 201,
      body: {
        nameVi: PRODUCT_NAME,
        descriptionVi: PRODUCT_DESCRIPTION,
        ocopGroup: 'food',
        category: 'processed-foods',
        province: 'ha-noi',
        unit: 'kg',
        moq: 10,
      },
    });
    const submitted = await call<{ version: number }>('POST', `/products/${product.id}/submit`, {
      token: producer.accessToken,
      body: { version: product.version },
    });

    // --- The coordinator console, while both wait for review ------------------------------------
    const console1 = await browser.newPage();
    const consoleWatch = await watch(console1);
    await signIn(console1, COORDINATOR.email, COORDINATOR.name);
    const coordinatorToken = await login(COORDINATOR.email);
    await openQueuePageOf(console1, coordinatorToken, {
      api: '/review/organizations?status=pending',
      route: '/app/review/organizations',
      id: orgId,
      pageSize: 20,
    });
    await expectInert(
      console1,
      consoleWatch,
      [ORG_NAME, ORG_WEBSITE],
      'coordinator: organizations to verify',
    );
    await openQueuePageOf(console1, coordinatorToken, {
      api: '/review/products?status=pending_review',
      route: '/app/review/products',
      id: product.id,
      pageSize: 10,
    });
    await expectInert(console1, consoleWatch, [PRODUCT_NAME], 'coordinator: products to review');
    await screenshot(console1, 's12-coordinator-products');

    // --- Approved: public -----------------------------------------------------------------------
    await call('POST', `/review/organizations/${orgId}/verify`, {
      token: coordinatorToken,
      body: {},
    });
    await call('POST', `/review/products/${product.id}/approve`, {
      token: coordinatorToken,
      body: { version: submitted.version },
    });

    // --- A distributor posts a demand with markup; the coordinator reads it ---------------------
    const distributorToken = await login(DISTRIBUTOR.email);
    const demand = await call<{ id: string; version: number }>('POST', '/demands', {
      token: distributorToken,
      expected: 201,
      body: {
        title: DEMAND_TITLE,
        description: DEMAND_DESCRIPTION,
        quantityPerOrder: 50,
        unit: 'kg',
      },
    });
    await call('POST', `/demands/${demand.id}/open`, {
      token: distributorToken,
      body: { version: demand.version },
    });
    await console1.goto(`/app/demands/${demand.id}`);
    await expectInert(
      console1,
      consoleWatch,
      [DEMAND_TITLE, DEMAND_DESCRIPTION],
      'coordinator: the demand',
    );

    // The search index follows through the outbox and the worker.
    await expect
      .poll(
        async () =>
          (await call<{ hits: { id: string }[] }>('GET', `/search/products?q=${word}`)).hits.map(
            (hit) => hit.id,
          ),
        { timeout: 20_000, interval: 250 },
      )
      .toContain(product.id);

    // --- The public pages, anonymously ----------------------------------------------------------
    const visitor = await browser.newPage();
    const visitorWatch = await watch(visitor);
    await visitor.goto(`/catalogue?q=${word}`);
    await visible(visitor.getByRole('article').first());
    await expectInert(visitor, visitorWatch, [PRODUCT_NAME], 'catalogue');
    await screenshot(visitor, 's12-catalogue');

    await visitor.goto(`/products/${product.id}`);
    await visible(visitor.getByRole('heading', { level: 1, name: PRODUCT_NAME }));
    await expectInert(
      visitor,
      visitorWatch,
      [PRODUCT_NAME, PRODUCT_DESCRIPTION, ORG_NAME],
      'product page',
    );

    await visitor.goto(`/producers/${orgId}`);
    await visible(visitor.getByRole('heading', { level: 1, name: ORG_NAME }));
    await expectInert(
      visitor,
      visitorWatch,
      [ORG_NAME, ORG_DESCRIPTION, ORG_WEBSITE, PRODUCT_NAME],
      'producer page',
    );
    // The website is a link to exactly the stored URL, the markup inside the attribute.
    const website = visitor.getByRole('link', { name: ORG_WEBSITE });
    expect(await website.getAttribute('href')).toBe(ORG_WEBSITE);
    await screenshot(visitor, 's12-producer');
  });
});
