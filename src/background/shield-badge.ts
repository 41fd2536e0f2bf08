// The badge tooltip on a page where the health shield blocked requests: the sentence
// "Pixelwacht blocked nothing." becomes how many it blocked (badge.ts writes the rest,
// about the companies a request reached).
import browser from 'webextension-polyfill';
import { pluralCategory } from '../core/records/headline';

const lang = () => (browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en');

/** `title`: the tooltip about the companies reached (unused when none was). */
export function shieldTitle(title: string, blocked: number, anyReached: boolean): string {
  if (blocked === 0) return title;
  const count = [String(blocked)];
  if (!anyReached) return browser.i18n.getMessage(`shield_badgeAllBlocked_${pluralCategory(blocked, lang())}`, count);
  const said = browser.i18n.getMessage(`shield_badgeBlocked_${pluralCategory(blocked, lang())}`, count);
  return title.replace(browser.i18n.getMessage('shield_badgeNothingBlocked'), said);
}
