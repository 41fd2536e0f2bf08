// Firefox treats MV3 host permissions as optional: the user may withhold them.
// Without them Pixelwacht sees no requests, so it says so and asks.
import browser from 'webextension-polyfill';

export const ALL_SITES = { origins: ['<all_urls>'] };

export function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}

/**
 * The welcome page, opened once on install in both browsers: it explains the
 * badge and how to pin the icon, and (in Firefox) asks for the host access that
 * Pixelwacht cannot work without.
 */
export async function openWelcome(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('src/onboarding/index.html') });
}
