// The badge tooltip on a page where the health shield blocked requests: the sentence
// "Pixelwacht blocked nothing." becomes how many it blocked (badge.ts writes the rest,
// about the companies a request reached).
import browser from 'webextension-polyfill';
import { pluralCategory } from '../core/records/headline';

const lang = () => (browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en');

export async function showShieldTitle(tabId: number, blocked: number, anyReached: boolean): Promise<void> {
  if (blocked === 0) return;
  const count = [String(blocked)];
  const said = browser.i18n.getMessage(`shield_badgeBlocked_${pluralCategory(blocked, lang())}`, count);
  try {
    const title = anyReached
      ? (await browser.action.getTitle({ tabId })).replace(browser.i18n.getMessage('shield_badgeNothingBlocked'), said)
      : browser.i18n.getMessage(`shield_badgeAllBlocked_${pluralCategory(blocked, lang())}`, count);
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed in the meantime.
  }
}
