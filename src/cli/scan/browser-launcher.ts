// Debian's Chromium with the built extension, as Crawlee launches it. Crawlee's
// browser pool routes every browser through a local proxy of its own and gives
// headless Chromium a made-up user agent (an old Chrome's); neither may happen here:
// the scan must see what a user's Chromium with Pixelwacht sees, and the
// host-resolver rules (which keep tests on 127.0.0.1) only hold without a proxy. So
// the launcher Crawlee is given is playwright-core's chromium with those two removed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type BrowserType } from 'playwright-core';

export const DEFAULT_EXTENSION_DIR = resolve(import.meta.dirname, '../../../dist/chrome');
export const DEFAULT_CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function chromiumArgs(extensionDir: string, hostResolverRules: string | null, locale: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    `--lang=${locale}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    ...(hostResolverRules ? [`--host-resolver-rules=${hostResolverRules}`] : []),
  ];
}

type LaunchPersistent = BrowserType['launchPersistentContext'];

/** playwright-core's chromium, launching without Crawlee's proxy and user agent. */
export function directChromium(target: BrowserType = chromium): BrowserType {
  return new Proxy(target, {
    get(target, key, receiver) {
      if (key === 'launchPersistentContext') {
        const launch: LaunchPersistent = (dir, options = {}) => {
          const { proxy: _proxy, ...rest } = options;
          const args = (rest.args ?? []).filter((a) => !a.startsWith('--user-agent='));
          return target.launchPersistentContext(dir, { ...rest, args });
        };
        return launch;
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** The built extension's version, from its manifest; throws when it has not been built. */
export function extensionVersion(extensionDir: string): string {
  try {
    return (JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { version: string }).version;
  } catch {
    throw new Error(`no built extension in ${extensionDir}: run npm run build:chrome first`);
  }
}
