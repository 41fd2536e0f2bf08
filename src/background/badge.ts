// The toolbar badge per tab: the number of companies the page told about the
// visit (nothing is blocked). Grey when none, amber with trackers, and for the
// health alarm red *and* a "!" before the number, so the alarm does not rest on
// colour alone. The tooltip says it in sentences.
import browser from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import type { BadgeLevel, BadgeState } from '../core/records/badge-state';
import { companyLines, healthRecipients, type CompanyLine } from '../core/records/company-lines';
import type { SpecialCategoryDisclosure } from '../core/records/health-alarm';
import { listOf, pluralCategory, type Lookup } from '../core/records/headline';

const COLOURS: Record<BadgeLevel, string> = {
  none: '#6b7280',
  trackers: '#b45309',
  alarm: '#b91c1c',
};

/** The alarm's mark on the badge: a symbol as well as the colour. */
export const ALARM_MARK = '!';
const NAMES_SHOWN = 6;

const msg: Lookup = (key, substitutions) => browser.i18n.getMessage(key, substitutions);
const lang = () => (browser.i18n.getUILanguage().toLowerCase().startsWith('nl') ? 'nl' : 'en');

/** Badge text: "4", or "!4" for the health alarm. */
export function badgeText(level: BadgeLevel, count: number): string {
  if (count === 0) return '';
  return level === 'alarm' ? `${ALARM_MARK}${count}` : String(count);
}

function tooltip(page: PageRecord | null, lines: CompanyLine[], alarm: SpecialCategoryDisclosure[] | null): string {
  if (lines.length === 0) return msg('badgeTooltipNone');
  if (alarm && page) {
    const told = healthRecipients(page, lines, alarm);
    const sentences = told
      .slice(0, NAMES_SHOWN)
      .map((d) => msg('badgeTooltipAlarmItem2', [d.brand, listOf(d.what.map((w) => msg(`disclosed_${w.replace(/-/g, '_')}`)), msg, lang())]));
    return msg(`badgeTooltipAlarmSentence_${pluralCategory(told.length, lang())}`, [String(told.length), told[0]?.brand ?? '', sentences.join(' ')]);
  }
  const brands = lines.map((l) => l.brand);
  const shown = brands.slice(0, NAMES_SHOWN);
  const names = brands.length > NAMES_SHOWN ? msg('badgeTooltipMore', [shown.join(', '), String(brands.length - NAMES_SHOWN)]) : listOf(shown, msg, lang());
  return msg(`badgeTooltipTrackers_${pluralCategory(brands.length, lang())}`, [String(brands.length), names]);
}

/**
 * Draws what the badge scheduler computed once for this update (`state`, and `told`:
 * who received the health page), so nothing here groups the page's companies again.
 */
export async function showBadge(tabId: number, page: PageRecord | null, state: BadgeState, told: SpecialCategoryDisclosure[], paused = false): Promise<void> {
  // The number counts the lines the popup shows (brands: LinkedIn apart from Microsoft).
  const lines = page ? companyLines(page) : [];
  const count = lines.length;
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badgeText(state.level, count) }),
      browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[state.level] }),
      browser.action.setTitle({ tabId, title: paused ? msg('badgeTooltipPaused') : tooltip(page, lines, state.level === 'alarm' ? told : null) }),
    ]);
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}
