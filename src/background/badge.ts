// The toolbar badge per tab: number of tracker companies; grey when none,
// amber with trackers, red for the health alarm.
import browser from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import { badgeState, type BadgeLevel } from '../core/records/badge-state';

const COLOURS: Record<BadgeLevel, string> = {
  none: '#6b7280',
  trackers: '#b45309',
  alarm: '#b91c1c',
};

function tooltip(count: number, companies: string[]): string {
  if (count === 0) return browser.i18n.getMessage('badgeTooltipNone');
  const names = companies.slice(0, 6).join(', ') + (companies.length > 6 ? ', …' : '');
  return browser.i18n.getMessage(count === 1 ? 'badgeTooltipOne' : 'badgeTooltipMany', [String(count), names]);
}

export async function showBadge(tabId: number, page: PageRecord | null, healthAlarm = false): Promise<void> {
  const state = badgeState(page, healthAlarm);
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: state.count > 0 ? String(state.count) : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[state.level] }),
      browser.action.setTitle({ tabId, title: tooltip(state.count, state.companies) }),
    ]);
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}
