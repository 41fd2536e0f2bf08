// Launches Debian's Chromium with the built extension (dist/chrome) through
// playwright-core, with every host except 127.0.0.1 unreachable so that the
// demo site's tracker requests are observed by the extension but never leave.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const CHROME_DIST = resolve(import.meta.dirname, '../../../dist/chrome');
export const OFFLINE_EXCEPT_LOCAL = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Let third-party cookies through, as most browsers in use still do (to test login-cookie linkage). */
  allowThirdPartyCookies?: boolean;
  /** Let the extension run in incognito windows (the user's choice in chrome://extensions). */
  allowIncognito?: boolean;
}

/** Chromium's id for an unpacked extension: the SHA-256 of its path, first 32 hex digits written a–p. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** The flags every test browser runs with, extension or not (the overhead test compares the two). */
export function chromiumFlags(locale = 'en-US'): string[] {
  return [
    `--lang=${locale}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    OFFLINE_EXCEPT_LOCAL,
  ];
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pixelwacht-chromium-'));
  const preferences: Record<string, unknown> = {};
  // Chromium's cookie controls: 0 = allow third-party cookies (the default blocks them here).
  if (options.allowThirdPartyCookies) preferences.profile = { cookie_controls_mode: 0, block_third_party_cookies: false };
  if (options.allowIncognito) preferences.extensions = { settings: { [unpackedExtensionId(CHROME_DIST)]: { incognito: true } } };
  if (Object.keys(preferences).length > 0) {
    mkdirSync(join(userDataDir, 'Default'), { recursive: true });
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    args: [`--disable-extensions-except=${CHROME_DIST}`, `--load-extension=${CHROME_DIST}`, ...chromiumFlags(options.locale)],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, close: () => context.close() };
}

/** The extension's current service worker (a new one after it was stopped and woken). */
export async function currentWorker(context: BrowserContext, extensionId: string): Promise<Worker> {
  const mine = () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  return mine() ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().includes(extensionId) }));
}
