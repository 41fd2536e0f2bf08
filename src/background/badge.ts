// The toolbar badge per tab: number of tracker companies; grey when none,
// amber with trackers, red for the health alarm.
import browser from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import { badgeState, type BadgeLevel, type BadgeState } from '../core/records/badge-state';
import { specialCategoryDisclosures, type SpecialCategoryDisclosure } from '../core/records/health-alarm';

const COLOURS: Record<BadgeLevel, string> = {
  none: '#6b7280',
  trackers: '#b45309',
  alarm: '#b91c1c',
};

function tooltip(page: PageRecord | null, count: number, companies: string[], alarm: boolean, told?: SpecialCategoryDisclosure[]): string {
  if (count === 0) return browser.i18n.getMessage('badgeTooltipNone');
  if (alarm) {
    const items = (told ?? specialCategoryDisclosures(page))
      .slice(0, 6)
      .map((d) => browser.i18n.getMessage('badgeTooltipAlarmItem', [d.company, d.what.map((w) => browser.i18n.getMessage(`disclosed_${w.replace(/-/g, '_')}`)).join(', ')]));
    return browser.i18n.getMessage('badgeTooltipAlarm', [items.join('; ')]);
  }
  const names = companies.slice(0, 6).join(', ') + (companies.length > 6 ? ', …' : '');
  return browser.i18n.getMessage(count === 1 ? 'badgeTooltipOne' : 'badgeTooltipMany', [String(count), names]);
}

/** `state` and `told` may be passed when the caller computed them already (the badge scheduler does). */
export async function showBadge(
  tabId: number,
  page: PageRecord | null,
  healthAlarm = false,
  paused = false,
  state: BadgeState = badgeState(page, healthAlarm),
  told?: SpecialCategoryDisclosure[],
): Promise<void> {
  try {
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: state.count > 0 ? String(state.count) : '' }),
      browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS[state.level] }),
      browser.action.setTitle({
        tabId,
        title: paused ? browser.i18n.getMessage('badgeTooltipPaused') : tooltip(page, state.count, state.companies, state.level === 'alarm', told),
      }),
    ]);
  } catch {
    // The tab closed in the meantime: nothing to show.
  }
}
