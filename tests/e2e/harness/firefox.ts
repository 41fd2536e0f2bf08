// Launches Debian's Firefox ESR with the built extension (dist/firefox) as a
// temporary add-on, through puppeteer-core over WebDriver BiDi. Every host but
// 127.0.0.1 goes to a dead proxy, so the demo's tracker requests never leave.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX_DIST = resolve(import.meta.dirname, '../../../dist/firefox');
export const GECKO_ID = 'pixelwacht@pixelwacht.org';

/** Prefs that keep every non-local request inside the machine (port 9 is discard: nothing listens). */
export const OFFLINE_EXCEPT_LOCAL_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.allow_hijacking_localhost': false,
};

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  base: string;
  close(): Promise<void>;
}

export interface FirefoxLaunchOptions {
  locale?: string;
  prefs?: Record<string, unknown>;
  /** Let the add-on run in private windows (the user's choice in about:addons). */
  allowPrivateBrowsing?: boolean;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const uuid = randomUUID();
  let userDataDir: string | undefined;
  if (options.allowPrivateBrowsing) {
    // Firefox keeps that choice as an internal permission in the profile.
    userDataDir = mkdtempSync(join(tmpdir(), 'pixelwacht-firefox-'));
    writeFileSync(
      join(userDataDir, 'extension-preferences.json'),
      JSON.stringify({ [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }),
    );
  }
  const browser = await puppeteer.launch({
    ...(userDataDir ? { userDataDir } : {}),
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': options.locale ?? 'en-US',
      ...OFFLINE_EXCEPT_LOCAL_PREFS,
      ...options.prefs,
    },
  });
  await browser.installExtension(FIREFOX_DIST);
  return { browser, uuid, base: `moz-extension://${uuid}/`, close: () => browser.close() };
}

/** Opens an extension page (page.goto never resolves for moz-extension URLs). */
export async function openExtensionPage(session: FirefoxSession, path: string): Promise<Page> {
  const page = await session.browser.newPage();
  // browsingContext is puppeteer's BiDi frame internals (not in its public types).
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } };
  await frame.browsingContext.navigate(session.base + path, 'complete');
  return page;
}
