// A browser notification when a health page is disclosed to a third party: a
// setting (on by default), at most once per site per day, never for private
// windows. Clicking it opens that visit on the dashboard's site page.
import browser from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import { healthRecipients } from '../core/records/company-lines';
import { shortBrand } from '../core/records/display-brand';
import { pluralCategory } from '../core/records/headline';
import { claimDailyNotification } from '../storage/site-facts';
import { readSettings } from '../storage/settings';
import { lang, msg } from './i18n';

const PREFIX = 'health|';
const notifiedVisits = new Set<string>();

/** The notification id carries the visit, so a click after the worker restarted still knows it. */
export const notificationId = (site: string, visitId: string) => `${PREFIX}${encodeURIComponent(site)}|${encodeURIComponent(visitId)}`;

export function visitOfNotification(id: string): { site: string; visitId: string } | null {
  if (!id.startsWith(PREFIX)) return null;
  const [site, visitId] = id.slice(PREFIX.length).split('|');
  try {
    return site && visitId ? { site: decodeURIComponent(site), visitId: decodeURIComponent(visitId) } : null;
  } catch {
    return null;
  }
}

/** "Meta and 3 others". */
function recipients(brands: string[]): string {
  const first = shortBrand(brands[0] ?? '');
  const others = brands.length - 1;
  if (others === 0) return first;
  return msg(`notificationOthers_${pluralCategory(others, lang())}`, [String(others), first]);
}

export async function notifyHealthDisclosure(page: PageRecord): Promise<void> {
  if (page.incognito || notifiedVisits.has(page.visitId)) return;
  notifiedVisits.add(page.visitId);
  const brands = healthRecipients(page).map((d) => d.brand);
  if (brands.length === 0) return;
  if (!(await readSettings()).notifications) return;
  const today = new Date().toISOString().slice(0, 10);
  if (!(await claimDailyNotification(page.site, today))) return;
  await browser.notifications.create(notificationId(page.site, page.visitId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: msg('notificationTitle'),
    message: msg('notificationMessage', [recipients(brands), page.site]),
  });
}

/** Opens the site page at the visit the notification was about. */
export async function openNotifiedVisit(id: string): Promise<boolean> {
  const visit = visitOfNotification(id);
  if (!visit) return false;
  const hash = `#/site/${encodeURIComponent(visit.site)}/visit/${encodeURIComponent(visit.visitId)}`;
  await browser.tabs.create({ url: browser.runtime.getURL(`src/dashboard/index.html${hash}`) });
  await browser.notifications.clear(id);
  return true;
}

// Attached when the background module is evaluated (synchronously, at top level),
// so a click that wakes a stopped worker is still delivered.
export function registerNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    void openNotifiedVisit(id).catch((e: unknown) => console.warn('Pixelwacht: could not open the notified visit', e));
  });
}
registerNotificationClicks();
