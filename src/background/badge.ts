// The toolbar badge per tab: the number of companies the page told about the
// visit (nothing is blocked). Grey when none, amber with trackers, and for the
// health alarm red *and* a "!" before the number, so the alarm does not rest on
// colour alone. The tooltip says it in sentences.
import browser from 'webextension-polyfill';
import type { BadgeLevel, BadgeView } from '../core/records/badge-state';
import { listOf, pluralCategory } from '../core/records/headline';
import { lang, msg } from './i18n';
import { shieldTitle } from './shield-badge';

const COLOURS: Record<BadgeLevel, string> = {
  none: '#6b7280',
  trackers: '#b45309',
  alarm: '#b91c1c',
};

/** The alarm's mark on the badge: a symbol as well as the colour. */
export const ALARM_MARK = '!';
const NAMES_SHOWN = 6;

/** Badge text: "4", or "!4" for the health alarm. */
export function badgeText(level: BadgeLevel, count: number): string {
  if (count === 0) return '';
  return level === 'alarm' ? `${ALARM_MARK}${count}` : String(count);
}

/** The tooltip, in sentences: the companies, what a health page told them, what the shield blocked. */
function tooltip(view: BadgeView): string {
  if (view.paused) return msg('badgeTooltipPaused');
  const { lines, blocked } = view;
  if (lines.length === 0) return blocked > 0 ? shieldTitle('', blocked, false) : msg('badgeTooltipNone');
  const title = view.state.level === 'alarm' ? alarmSentences(view) : trackerSentence(lines.map((l) => l.brand));
  return blocked > 0 ? shieldTitle(title, blocked, true) : title;
}

function alarmSentences(view: BadgeView): string {
  const told = view.recipients;
  const sentences = told
    .slice(0, NAMES_SHOWN)
    .map((d) => msg('badgeTooltipAlarmItem2', [d.brand, listOf(d.what.map((w) => msg(`disclosed_${w.replace(/-/g, '_')}`)), msg, lang())]));
  return msg(`badgeTooltipAlarmSentence_${pluralCategory(told.length, lang())}`, [String(told.length), told[0]?.brand ?? '', sentences.join(' ')]);
}

function trackerSentence(brands: string[]): string {
  const shown = brands.slice(0, NAMES_SHOWN);
  const names = brands.length > NAMES_SHOWN ? msg('badgeTooltipMore', [shown.join(', '), String(brands.length - NAMES_SHOWN)]) : listOf(shown, msg, lang());
  return msg(`badgeTooltipTrackers_${pluralCategory(brands.length, lang())}`, [String(brands.length), names]);
}

/** Draws a view the scheduler computed (badge-scheduler.ts): nothing is computed again here. */
export async function showBadge(tabId: number, view: BadgeView): Promise<void> {
  const { level, count } = view.state;
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: badgeText(level, count) }),
      browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[level] }),
      browser.action.setTitle({ tabId, title: tooltip(view) }),
    ]);
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}
