// Starts one browser per benchmark configuration — no extension, the bare
// observer, or Pixelwacht — each with a fresh profile, all pointed at the
// benchmark server for every host (Chromium: host-resolver rules; Firefox: a
// proxy), so nothing leaves the machine. Also loads the page and reads its timings.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';
import { CHROME_DIST, chromiumFlags } from '../../../tests/e2e/harness/chromium';
import { FIREFOX_DIST } from '../../../tests/e2e/harness/firefox';
import { attachToExtensionWorker, cpuMsOfProcesses, type WorkerSession } from './cdp';
import type { BenchServer } from './server';

export type BrowserName = 'chromium' | 'firefox';
export type ConfigName = 'none' | 'bare' | 'pixelwacht';
export const CONFIGS: readonly ConfigName[] = ['none', 'bare', 'pixelwacht'];

export const BARE_OBSERVER = resolve(import.meta.dirname, '../bare-observer');
export const DIST: Record<BrowserName, string> = { chromium: CHROME_DIST, firefox: FIREFOX_DIST };

export interface LoadResult {
  loadEventEnd: number;
  /** Largest contentful paint (ms from navigation start), or null when the browser reports none. */
  lcp: number | null;
  /** The page's nextHopProtocol: h2, http/1.1, … */
  protocol: string;
  /** Tracker requests the page's script sent. */
  sent: number;
}

export interface BrowserUnderTest {
  browser: BrowserName;
  config: ConfigName;
  load(url: string): Promise<LoadResult>;
  /** CPU time (ms) used so far by the process that runs the extension's background, or null. */
  extensionCpuMs(): number | null;
  /** A CDP session on the extension's service worker (Chromium with an extension only). */
  worker(): Promise<WorkerSession | null>;
  close(): Promise<void>;
}

// Evaluated in the page as a string, so no compiled helper is needed there.
const MEASURE = `(async () => {
  for (;;) {
    const e = performance.getEntriesByType('navigation')[0];
    if (e && e.loadEventEnd > 0) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  const nav = performance.getEntriesByType('navigation')[0];
  let lcp = null;
  if (typeof PerformanceObserver !== 'undefined' && (PerformanceObserver.supportedEntryTypes || []).includes('largest-contentful-paint')) {
    lcp = await new Promise((resolve) => {
      let last = null;
      const observer = new PerformanceObserver((list) => {
        const entries = list.getEntries();
        if (entries.length) last = entries[entries.length - 1].startTime;
      });
      observer.observe({ type: 'largest-contentful-paint', buffered: true });
      setTimeout(() => {
        const entries = observer.takeRecords();
        if (entries.length) last = entries[entries.length - 1].startTime;
        observer.disconnect();
        resolve(last);
      }, 50);
    });
  }
  return { loadEventEnd: nav.loadEventEnd, lcp, protocol: nav.nextHopProtocol || '', sent: window.pixelwachtBench ? window.pixelwachtBench.sent() : -1 };
})()`;

const LOAD_TIMEOUT_MS = 60_000;

function extensionDir(browser: BrowserName, config: ConfigName, scratch: string): string | null {
  if (config === 'none') return null;
  if (config === 'pixelwacht') return DIST[browser];
  if (browser === 'chromium') return BARE_OBSERVER;
  // Firefox runs MV3 backgrounds as event pages and wants an add-on id.
  const dir = join(scratch, 'bare-observer-firefox');
  cpSync(BARE_OBSERVER, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest.background = { scripts: ['background.js'] };
  manifest.browser_specific_settings = { gecko: { id: 'bare-observer@pixelwacht.bench' } };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/** Fails with a clear message when a build the benchmark needs is missing. */
export function checkBuilds(browsers: readonly BrowserName[]): void {
  for (const b of browsers) {
    if (!existsSync(join(DIST[b], 'manifest.json'))) {
      throw new Error(`${DIST[b]} is missing: build Pixelwacht first (npm run build${b === 'chromium' ? ':chrome' : ':firefox'}); the benchmark builds nothing itself.`);
    }
  }
}

async function launchChromiumConfig(config: ConfigName, server: BenchServer): Promise<BrowserUnderTest> {
  const userDataDir = mkdtempSync(join(tmpdir(), `pixelwacht-bench-${config}-`));
  const extension = extensionDir('chromium', config, userDataDir);
  const rules = [...server.hosts.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
  const args = [
    // The harness's flags, with its own host rule replaced by the benchmark's.
    ...chromiumFlags().filter((f) => !f.startsWith('--host-resolver-rules=')),
    `--host-resolver-rules=${rules}`,
    ...(server.spki ? [`--ignore-certificate-errors-spki-list=${server.spki}`] : []),
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
  ];
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'nl-NL',
    viewport: { width: 1280, height: 800 },
    args,
  });
  if (extension && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const page: Page = context.pages()[0] ?? (await context.newPage());
  return {
    browser: 'chromium',
    config,
    load: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      return (await page.evaluate(MEASURE)) as LoadResult;
    },
    // The extension's renderer: the one child of this profile started with --extension-process.
    extensionCpuMs: () =>
      extension ? cpuMsOfProcesses((a) => a.includes(`--user-data-dir=${userDataDir}`) && a.includes('--extension-process')) : null,
    worker: async () => (extension ? attachToExtensionWorker(context, page) : null),
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

async function launchFirefoxConfig(config: ConfigName, server: BenchServer): Promise<BrowserUnderTest> {
  const scratch = mkdtempSync(join(tmpdir(), `pixelwacht-bench-ff-${config}-`));
  const profile = join(scratch, 'profile');
  const extension = extensionDir('firefox', config, scratch);
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.locale.requested': 'nl-NL',
      // Every host, local or not, through the benchmark's proxy (which only reaches the benchmark server).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.http.http3.enable': false,
    },
  });
  if (extension) await browser.installExtension(extension);
  const page: PuppeteerPage = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  return {
    browser: 'firefox',
    config,
    load: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
      return (await page.evaluate(MEASURE)) as LoadResult;
    },
    // Where Firefox runs add-on backgrounds in a child process of type "extension" (its last argument), that
    // process's CPU; on this machine's Firefox ESR there is none (backgrounds run in the parent), so null.
    extensionCpuMs: () => {
      const parent = String(browser.process()?.pid ?? '');
      return extension && parent ? cpuMsOfProcesses((a) => a.at(-1) === 'extension' && a[a.indexOf('-parentPid') + 1] === parent) : null;
    },
    worker: async () => null,
    close: async () => {
      await browser.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

export function launchConfig(browser: BrowserName, config: ConfigName, server: BenchServer): Promise<BrowserUnderTest> {
  return browser === 'chromium' ? launchChromiumConfig(config, server) : launchFirefoxConfig(config, server);
}
