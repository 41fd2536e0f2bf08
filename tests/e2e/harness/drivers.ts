// One small interface over both browsers' test drivers, so a scenario is written
// once and run in Chromium (playwright-core) and Firefox (puppeteer-core).
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { currentWorker, launchChromium } from './chromium';
import type { StoredPage } from './demo-expectations';
import { launchFirefox, openExtensionPage } from './firefox';
import { screenshotPath } from './screenshots';
import { tabPage } from './stored-records';
import { waitFor } from './wait';

export interface OpenPage {
  tabId: number;
  click(selector: string): Promise<void>;
  /** Evaluates an expression in the page's own world (what a page script could see). */
  evaluate<T>(expression: string): Promise<T>;
  /** A trusted mouse click at page coordinates (for controls in shadow roots and iframes). */
  clickAt(x: number, y: number): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenPopup {
  attribute(selector: string, name: string): Promise<string | null>;
  text(selector: string): Promise<string | null>;
  count(selector: string): Promise<number>;
  screenshot(name: string, options?: { fullPage?: boolean }): Promise<void>;
  /** A trusted click on the first element the selector finds. */
  click(selector: string): Promise<void>;
  /** Runs an expression in the page and returns its (JSON) value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/** An extension page (dashboard, onboarding) opened in a tab of its own. */
export interface OpenExtensionPage extends OpenPopup {
  waitFor(selector: string): Promise<void>;
  /** Types into an input or textarea as a person would (replacing what it held). */
  fill(selector: string, value: string): Promise<void>;
  /** The page's address now. */
  url(): Promise<string>;
}

export interface ViewOptions {
  scheme?: 'light' | 'dark';
  width?: number;
  height?: number;
}

export interface Driver {
  name: 'chromium' | 'firefox';
  open(url: string): Promise<OpenPage>;
  storedPage(tabId: number): Promise<StoredPage | undefined>;
  popup(tabId: number, options?: ViewOptions): Promise<OpenPopup>;
  extensionPage(path: string, options?: ViewOptions): Promise<OpenExtensionPage>;
  /** A tab the extension opened itself (a popup's link, a notification), found by part of its address. */
  extensionTab(urlPart: string, options?: ViewOptions): Promise<OpenExtensionPage>;
  /** Merges these values into the stored settings (settings:v1). */
  setSettings(values: Record<string, unknown>): Promise<void>;
  /** Evaluates a function with the extension's APIs (the worker in Chromium, an extension page in Firefox). */
  inExtension: Evaluate;
  /** Forgets the consent choices Pixelwacht remembered per site. */
  forgetChoices(): Promise<void>;
  close(): Promise<void>;
}

const forget = (evaluate: Evaluate) => async () => {
  await evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('choices:v1'));
};

type Evaluate = <T>(fn: (arg: never) => T | Promise<T>, arg?: unknown) => Promise<T>;

const settingsSetter = (evaluate: Evaluate) => async (values: Record<string, unknown>) => {
  await evaluate(async (v: never) => {
    const local = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(i: object): Promise<void> } } } }).chrome.storage.local;
    const stored = ((await local.get('settings:v1'))['settings:v1'] ?? {}) as Record<string, unknown>;
    await local.set({ 'settings:v1': { ...stored, ...(v as Record<string, unknown>) } });
  }, values);
};

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

function chromiumExtensionPage(page: PlaywrightPage): OpenExtensionPage {
  return {
    attribute: (selector, name) => page.locator(selector).first().getAttribute(name),
    text: (selector) => page.locator(selector).first().textContent(),
    count: (selector) => page.locator(selector).count(),
    evaluate: <T,>(expression: string) => page.evaluate(expression) as Promise<T>,
    waitFor: async (selector) => void (await page.locator(selector).first().waitFor({ state: 'attached', timeout: 20_000 })),
    screenshot: async (name, options = {}) => void (await page.screenshot({ path: screenshotPath(`chromium-${name}`), fullPage: !!options.fullPage })),
    click: (selector) => page.locator(selector).first().click(),
    fill: (selector, value) => page.locator(selector).first().fill(value),
    url: async () => page.url(),
    close: () => page.close(),
  };
}

function firefoxExtensionPage(page: PuppeteerPage): OpenExtensionPage {
  const first = (selector: string) => page.$(selector);
  return {
    attribute: async (selector, name) => (await first(selector))?.evaluate((e, n) => e.getAttribute(n), name) ?? null,
    text: async (selector) => (await first(selector))?.evaluate((e) => e.textContent) ?? null,
    count: async (selector) => (await page.$$(selector)).length,
    evaluate: <T,>(expression: string) => page.evaluate(expression) as Promise<T>,
    waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: 20_000 })),
    screenshot: async (name, options = {}) => void (await page.screenshot({ path: screenshotPath(`firefox-${name}`), fullPage: !!options.fullPage })),
    click: (selector) => page.locator(selector).click(),
    fill: (selector, value) => page.locator(selector).fill(value),
    url: () => page.evaluate(() => location.href),
    close: () => page.close(),
  };
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
      // The first page after start-up can be missed while the worker attaches its listeners:
      // then it has no record, or one picked up as already open (no navigation, so no consent
      // timeline). The scenarios are about a page seen from its navigation: load it again.
      // A record not there yet may only wait for its checkpoint (at most a second): give it that.
      const checkpointed = Date.now() + 2000;
      const seenFromNavigation = async () => {
        const p = await storedPage(tabId);
        if (p && (p as { startedBy?: string }).startedBy !== 'already-open') return p;
        if (!p && Date.now() < checkpointed) return undefined;
        await page.reload();
        return undefined;
      };
      await waitFor(seenFromNavigation, (p) => !!p, { what: 'page record', intervalMs: 500 });
      return {
        tabId,
        click: (selector) => page.click(selector),
        evaluate: <T,>(expression: string) => page.evaluate(expression) as Promise<T>,
        clickAt: (x, y) => page.mouse.click(x, y),
        reload: async () => void (await page.reload()),
        close: () => page.close(),
      };
    },
    storedPage,
    forgetChoices: forget(evaluate),
    async popup(tabId, options = {}) {
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      if (options.scheme) await popup.emulateMedia({ colorScheme: options.scheme });
      await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
      await popup.locator('main.popup:not([aria-busy])').waitFor();
      return {
        attribute: (selector, name) => popup.locator(selector).first().getAttribute(name),
        text: (selector) => popup.locator(selector).first().textContent(),
        count: (selector) => popup.locator(selector).count(),
        evaluate: <T,>(expression: string) => popup.evaluate(expression) as Promise<T>,
        screenshot: async (name) => void (await popup.screenshot({ path: screenshotPath(`chromium-${name}`), fullPage: true })),
        click: (selector) => popup.locator(selector).first().click(),
        close: () => popup.close(),
      };
    },
    async extensionPage(path, options = {}) {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: options.width ?? 1200, height: options.height ?? 900 });
      if (options.scheme) await page.emulateMedia({ colorScheme: options.scheme });
      await page.goto(`chrome-extension://${session.extensionId}/${path}`);
      return chromiumExtensionPage(page);
    },
    async extensionTab(urlPart, options = {}) {
      const prefix = `chrome-extension://${session.extensionId}/`;
      const page = await waitFor(
        async () => session.context.pages().find((p) => p.url().startsWith(prefix) && p.url().includes(urlPart)),
        (p) => !!p,
        { what: `a tab at …${urlPart}` },
      );
      await page!.setViewportSize({ width: options.width ?? 1200, height: options.height ?? 900 });
      if (options.scheme) await page!.emulateMedia({ colorScheme: options.scheme });
      return chromiumExtensionPage(page!);
    },
    setSettings: settingsSetter(evaluate),
    inExtension: evaluate,
    close: () => session.close(),
  };
}

/** Firefox over BiDi cannot emulate a colour scheme per page: pass the scheme at launch instead. */
export async function firefoxDriver(options: { scheme?: 'light' | 'dark' } = {}): Promise<Driver> {
  const session = await launchFirefox(
    options.scheme ? { prefs: { 'layout.css.prefers-color-scheme.content-override': options.scheme === 'dark' ? 0 : 1 } } : {},
  );
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
        evaluate: <T,>(expression: string) => page.evaluate(expression) as Promise<T>,
        clickAt: (x, y) => page.mouse.click(x, y),
        reload: async () => void (await page.reload()),
        close: () => page.close(),
      };
    },
    storedPage,
    forgetChoices: forget(evaluate),
    // The colour scheme is the one given at launch (see above).
    async popup(tabId) {
      const popup = await openExtensionPage(session, `src/popup/index.html?tabId=${tabId}`);
      await popup.setViewport({ width: 400, height: 600 });
      await popup.waitForSelector('main.popup:not([aria-busy])');
      const first = (selector: string) => popup.$(selector);
      return {
        attribute: async (selector, name) => (await first(selector))?.evaluate((e, n) => e.getAttribute(n), name) ?? null,
        text: async (selector) => (await first(selector))?.evaluate((e) => e.textContent) ?? null,
        count: async (selector) => (await popup.$$(selector)).length,
        evaluate: <T,>(expression: string) => popup.evaluate(expression) as Promise<T>,
        screenshot: async (name) => void (await popup.screenshot({ path: screenshotPath(`firefox-${name}`), fullPage: true })),
        click: (selector) => popup.locator(selector).click(),
        close: () => popup.close(),
      };
    },
    async extensionPage(path, options = {}) {
      const page = await openExtensionPage(session, path);
      await page.setViewport({ width: options.width ?? 1200, height: options.height ?? 900 });
      return firefoxExtensionPage(page);
    },
    // The colour scheme is the one given at launch (see above). Puppeteer's BiDi pages keep
    // 'about:blank' as the address of a moz-extension page (see openExtensionPage): ask each page.
    async extensionTab(urlPart, options = {}) {
      const matches = async (p: PuppeteerPage) => {
        const url = await p.evaluate(() => location.href).catch(() => '');
        return url.startsWith(session.base) && url.includes(urlPart);
      };
      const page = await waitFor(
        async () => {
          for (const p of await session.browser.pages()) if (await matches(p)) return p;
          return undefined;
        },
        (p) => !!p,
        { what: `a tab at …${urlPart}` },
      );
      await page!.setViewport({ width: options.width ?? 1200, height: options.height ?? 900 });
      return firefoxExtensionPage(page!);
    },
    setSettings: settingsSetter(evaluate),
    inExtension: evaluate,
    close: () => session.close(),
  };
}
