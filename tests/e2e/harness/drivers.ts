// One small interface over both browsers' test drivers, so a scenario is written
// once and run in Chromium (playwright-core) and Firefox (puppeteer-core).
import { currentWorker, launchChromium } from './chromium';
import type { StoredPage } from './demo-expectations';
import { launchFirefox, openExtensionPage } from './firefox';
import { screenshotPath } from './screenshots';
import { tabPage } from './stored-records';
import { waitFor } from './wait';

export interface OpenPage {
  tabId: number;
  click(selector: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenPopup {
  attribute(selector: string, name: string): Promise<string | null>;
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<OpenPage>;
  storedPage(tabId: number): Promise<StoredPage | undefined>;
  popup(tabId: number): Promise<OpenPopup>;
  /** Forgets the consent choices Pixelwacht remembered per site. */
  forgetChoices(): Promise<void>;
  close(): Promise<void>;
}

const forget = (evaluate: Evaluate) => async () => {
  await evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('choices:v1'));
};

type Evaluate = <T>(fn: (arg: never) => T | Promise<T>, arg?: unknown) => Promise<T>;

function storage(evaluate: Evaluate) {
  return async (tabId: number) => {
    const stored = (await evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null))) as Record<string, unknown>;
    return tabPage<StoredPage>(stored, tabId);
  };
}

async function newestTab(evaluate: Evaluate, url: string): Promise<number> {
  return waitFor(
    async () => {
      const tabs = (await evaluate(() => (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]> } } }).chrome.tabs.query({}))) as { id: number; url?: string }[];
      const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
      return ids.length > 0 ? Math.max(...ids) : -1;
    },
    (id) => id >= 0,
    { what: `a tab with ${url}` },
  );
}

export async function chromiumDriver(): Promise<Driver> {
  const session = await launchChromium();
  const evaluate: Evaluate = async (fn, arg) => (await currentWorker(session.context, session.extensionId)).evaluate(fn as never, arg as never);
  const storedPage = storage(evaluate);
  return {
    name: 'chromium',
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      const tabId = await newestTab(evaluate, url);
      // The first page after start-up can be missed while the worker attaches its listeners.
      await waitFor(async () => (await storedPage(tabId)) ?? (await page.reload(), undefined), (p) => !!p, { what: 'page record', intervalMs: 500 });
      return {
        tabId,
        click: (selector) => page.click(selector),
        reload: async () => void (await page.reload()),
        close: () => page.close(),
      };
    },
    storedPage,
    forgetChoices: forget(evaluate),
    async popup(tabId) {
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
      await popup.locator('main.popup:not([aria-busy])').waitFor();
      return {
        attribute: (selector, name) => popup.locator(selector).first().getAttribute(name),
        text: (selector) => popup.locator(selector).first().textContent(),
        count: (selector) => popup.locator(selector).count(),
        screenshot: async (name) => void (await popup.screenshot({ path: screenshotPath(`chromium-${name}`), fullPage: true })),
        close: () => popup.close(),
      };
    },
    close: () => session.close(),
  };
}

export async function firefoxDriver(): Promise<Driver> {
  const session = await launchFirefox();
  const probe = await openExtensionPage(session, 'src/popup/index.html');
  const evaluate: Evaluate = (fn, arg) => probe.evaluate(fn as never, arg as never) as never;
  const storedPage = storage(evaluate);
  return {
    name: 'firefox',
    async open(url) {
      const page = await session.browser.newPage();
      await page.goto(url);
      const tabId = await newestTab(evaluate, url);
      await waitFor(() => storedPage(tabId), (p) => !!p, { what: 'page record' });
      return {
        tabId,
        click: (selector) => page.click(selector),
        reload: async () => void (await page.reload()),
        close: () => page.close(),
      };
    },
    storedPage,
    forgetChoices: forget(evaluate),
    async popup(tabId) {
      const popup = await openExtensionPage(session, `src/popup/index.html?tabId=${tabId}`);
      await popup.setViewport({ width: 400, height: 600 });
      await popup.waitForSelector('main.popup:not([aria-busy])');
      const first = (selector: string) => popup.$(selector);
      return {
        attribute: async (selector, name) => (await first(selector))?.evaluate((e, n) => e.getAttribute(n), name) ?? null,
        text: async (selector) => (await first(selector))?.evaluate((e) => e.textContent) ?? null,
        count: async (selector) => (await popup.$$(selector)).length,
        screenshot: async (name) => void (await popup.screenshot({ path: screenshotPath(`firefox-${name}`), fullPage: true })),
        close: () => popup.close(),
      };
    },
    close: () => session.close(),
  };
}
