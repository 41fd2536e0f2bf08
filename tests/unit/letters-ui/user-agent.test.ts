import { describe, expect, test } from 'vitest';
import { browserFromUserAgent } from '../../../src/dashboard/letters/user-agent';

const CHROMIUM_HEADLESS = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.0.0 Safari/537.36';
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36';
const EDGE = `${CHROME} Edg/130.0.2849.68`;
const OPERA = `${CHROME} OPR/114.0.0.0`;
const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const FIREFOX_ANDROID = 'Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0';
const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const OLD_CHROMIUM = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Ubuntu Chromium/79.0.3945.79 Chrome/79.0.3945.79 Safari/537.36';

describe('browser name and version from the user agent', () => {
  test.each([
    [CHROME, 'Chrome', '130.0.0.0'],
    [CHROMIUM_HEADLESS, 'Chrome', '156.0.0.0'],
    [EDGE, 'Edge', '130.0.2849.68'],
    [OPERA, 'Opera', '114.0.0.0'],
    [FIREFOX, 'Firefox', '140.0'],
    [FIREFOX_ANDROID, 'Firefox', '142.0'],
    [SAFARI, 'Safari', '17.5'],
    [OLD_CHROMIUM, 'Chromium', '79.0.3945.79'],
    ['', 'unknown', 'unknown'],
    ['curl/8.0', 'unknown', 'unknown'],
  ])('%s', (ua, name, version) => {
    expect(browserFromUserAgent(ua)).toEqual({ name, version });
  });

  test('client-hint brands tell Chromium from Google Chrome; the version stays the user agent’s', () => {
    const grease = { brand: 'Not=A?Brand', version: '24' };
    expect(browserFromUserAgent(CHROMIUM_HEADLESS, [{ brand: 'Chromium', version: '156' }, grease])).toEqual({ name: 'Chromium', version: '156.0.0.0' });
    expect(browserFromUserAgent(CHROME, [{ brand: 'Chromium', version: '130' }, { brand: 'Google Chrome', version: '130' }, grease])).toEqual({ name: 'Chrome', version: '130.0.0.0' });
    expect(browserFromUserAgent(EDGE, [{ brand: 'Chromium', version: '130' }, { brand: 'Microsoft Edge', version: '130' }])).toEqual({ name: 'Edge', version: '130.0.2849.68' });
  });

  test('brands never rename Firefox or Safari', () => {
    expect(browserFromUserAgent(FIREFOX, [{ brand: 'Chromium', version: '1' }])).toEqual({ name: 'Firefox', version: '140.0' });
  });
});
