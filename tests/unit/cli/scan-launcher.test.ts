// The browser Crawlee launches for the scan: no proxy of Crawlee's and no made-up
// user agent reach Chromium (the host rules and the real browser must hold).
import { describe, expect, test } from 'vitest';
import type { BrowserType } from 'playwright-core';
import { chromiumArgs, directChromium } from '../../../src/cli/scan/browser-launcher';

describe('scan browser launcher', () => {
  test('launchPersistentContext drops the proxy and a --user-agent argument, keeps the rest', async () => {
    const calls: { dir: string; options: Record<string, unknown> }[] = [];
    const fake = {
      name: () => 'chromium',
      launchPersistentContext: async (dir: string, options: Record<string, unknown>) => {
        calls.push({ dir, options });
        return 'context';
      },
    } as unknown as BrowserType;
    const launcher = directChromium(fake);
    expect(launcher.name()).toBe('chromium');
    const args = [...chromiumArgs('/ext', 'MAP *.test 127.0.0.1', 'nl-NL'), '--user-agent=Mozilla/5.0 Chrome/107.0.0.0'];
    await launcher.launchPersistentContext('/profile', { proxy: { server: 'http://127.0.0.1:1234' }, args, headless: true });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.dir).toBe('/profile');
    expect(calls[0]!.options).not.toHaveProperty('proxy');
    expect(calls[0]!.options.headless).toBe(true);
    const passed = calls[0]!.options.args as string[];
    expect(passed.some((a) => a.startsWith('--user-agent='))).toBe(false);
    expect(passed).toContain('--load-extension=/ext');
    expect(passed).toContain('--host-resolver-rules=MAP *.test 127.0.0.1');
  });
});
