import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

/** Debian's Chromium: no browser download, the same binary the CI image installs. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const screenshotDir = fileURLToPath(new URL('../test-results/', import.meta.url));
/** One screenshot of each main screen, kept across runs for review (git-ignored). */
export const mainScreensDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A console error or failed request the scenario said it expects. */
export type Expected = { status: number; path: string | RegExp };

/**
 * What every page may log: an anonymous visit asks `POST /auth/refresh` whether a session cookie
 * exists, and a 401 is the answer "no". Chromium logs every non-2xx fetch as a console error.
 */
const alwaysExpected: Expected[] = [{ status: 401, path: '/api/v1/auth/refresh' }];

type PageOptions = Pick<
  BrowserContextOptions,
  'viewport' | 'locale' | 'deviceScaleFactor' | 'isMobile' | 'hasTouch' | 'javaScriptEnabled'
> & {
  /** Failed requests this scenario provokes on purpose (a wrong password's 401). */
  expect?: Expected[];
};

function matches(expected: Expected, status: number, url: string) {
  const { pathname } = new URL(url);
  return (
    expected.status === status &&
    (typeof expected.path === 'string' ? pathname === expected.path : expected.path.test(pathname))
  );
}

/**
 * One Chromium per test file and a fresh context (cookies, storage) per page. The test fails
 * when the page throws, logs a console error, or gets a 5xx or an unexpected 4xx; a screenshot
 * of each page is saved when a test fails.
 */
export function useBrowser() {
  let browser: Browser | undefined;
  let open: { context: BrowserContext; page: Page; problems: string[] }[] = [];

  beforeAll(async () => {
    mkdirSync(screenshotDir, { recursive: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async (context) => {
    const pages = open;
    open = [];
    const failed = context.task.result?.state === 'fail';
    const problems: string[] = [];
    for (const [index, { context: browserContext, page, problems: found }] of pages.entries()) {
      if (failed) {
        await page
          .screenshot({ path: `${screenshotDir}${slug(context.task.name)}-failed-${index}.png` })
          .catch(() => undefined);
      }
      problems.push(...found);
      await browserContext.close();
    }
    expect(problems, 'page errors, console errors or failed requests').toEqual([]);
  });

  return {
    /** A new page in its own context, pointed at the API that serves the built app. */
    async newPage(options: PageOptions = {}): Promise<Page> {
      if (!browser) {
        throw new Error('useBrowser(): the browser is not launched yet');
      }
      const { expect: expectedProblems = [], ...contextOptions } = options;
      const expected = [...alwaysExpected, ...expectedProblems];
      const context = await browser.newContext({
        baseURL: inject('e2eBaseUrl'),
        timezoneId: 'Asia/Ho_Chi_Minh',
        ...contextOptions,
      });
      // Generous: other test suites may share the two cores.
      context.setDefaultTimeout(15_000);
      const page = await context.newPage();
      // Public pages arrive rendered by the server, before their scripts: a test using one must
      // wait until the app has taken it over (App marks <html data-ready>), as a person would
      // wait for the page to respond.
      for (const method of contextOptions.javaScriptEnabled === false
        ? []
        : (['goto', 'reload'] as const)) {
        const navigate = page[method].bind(page) as (...args: unknown[]) => Promise<unknown>;
        Object.assign(page, {
          [method]: async (...args: unknown[]) => {
            const response = await navigate(...args);
            await page.waitForFunction(() => 'ready' in document.documentElement.dataset);
            return response;
          },
        });
      }
      const problems: string[] = [];

      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        const status = response.status();
        if (status < 400) {
          return;
        }
        if (!expected.some((item) => matches(item, status, response.url()))) {
          problems.push(`HTTP ${status} ${response.request().method()} ${response.url()}`);
        }
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') {
          return;
        }
        // Chromium's own line for every non-2xx or failed load: the response and requestfailed
        // handlers judge those requests (expected or not), so the echo is not counted twice.
        if (message.text().startsWith('Failed to load resource')) {
          return;
        }
        problems.push(`console error: ${message.text()} (${message.location().url})`);
      });
      page.on('requestfailed', (request) => {
        const failure = request.failure()?.errorText ?? '';
        // A reload or navigation cancels requests in flight; that is not a failure of the app.
        if (failure !== 'net::ERR_ABORTED') {
          problems.push(`request failed: ${request.method()} ${request.url()} ${failure}`);
        }
      });

      if (process.env.E2E_TRACE === '1') {
        // Debugging aid: every navigation and response, in order, next to the test output.
        page.on('framenavigated', (frame) => {
          if (frame === page.mainFrame()) {
            console.error(`[trace] navigated ${frame.url()}`);
          }
        });
        page.on('response', (response) =>
          console.error(
            `[trace] ${response.status()} ${response.request().method()} ${response.url()}`,
          ),
        );
        page.on('console', (message) =>
          console.error(`[trace] console.${message.type()} ${message.text()}`),
        );
      }

      open.push({ context, page, problems });
      return page;
    },
  };
}

function slug(text: string) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()
    .slice(0, 80);
}

/**
 * Saves `web/test-results/<name>.png`: a record of what the scenario ended on. With `main`, the
 * screen is one of the app's main screens and goes to `web/e2e/screenshots/` instead.
 */
export async function screenshot(page: Page, name: string, { main = false, fullPage = true } = {}) {
  if (main) {
    mkdirSync(mainScreensDir, { recursive: true });
  }
  // Transitions jump to their end: a popover caught mid-fade is not what the person sees.
  await page.screenshot({
    path: `${main ? mainScreensDir : screenshotDir}${name}.png`,
    fullPage,
    animations: 'disabled',
  });
}

/** Waits until the locator is visible (playwright-core has no auto-waiting `expect`). */
export async function visible(locator: Locator, timeout?: number) {
  await locator.waitFor({ state: 'visible', ...(timeout ? { timeout } : {}) });
  return locator;
}

export async function hidden(locator: Locator, timeout?: number) {
  await locator.waitFor({ state: 'hidden', ...(timeout ? { timeout } : {}) });
}

/** Document-level horizontal overflow, the thing a phone user feels as sideways scrolling. */
export function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
}

/**
 * Chooses an option of a Mantine SegmentedControl the way a person does: by clicking its visible
 * label (the radio input itself is visually hidden).
 */
export async function chooseSegment(radio: Locator) {
  const id = await radio.getAttribute('id');
  if (!id) {
    throw new Error('chooseSegment: the radio has no id');
  }
  await radio.page().locator(`label[for="${id}"]`).click();
  await expect.poll(() => radio.isChecked()).toBe(true);
}
