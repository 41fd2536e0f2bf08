// Firefox treats MV3 host permissions as optional: the user may withhold them.
// Without them Pixelwacht sees no requests, so it says so and asks.
import browser from 'webextension-polyfill';

export const ALL_SITES = { origins: ['<all_urls>'] };

export function hasHostAccess(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}

export async function openOnboardingIfNeeded(): Promise<void> {
  if (await hasHostAccess()) return;
  await browser.tabs.create({ url: browser.runtime.getURL('src/onboarding/index.html') });
}
