// A browser notification when a health page is disclosed to a third party: a
// setting (on by default), at most once per site per day, never for private windows.
import browser from 'webextension-polyfill';
import type { PageRecord } from '../core/records/page-record';
import { specialCategoryDisclosures } from '../core/records/health-alarm';
import { claimDailyNotification } from '../storage/site-facts';
import { readSettings } from '../storage/settings';

const notifiedVisits = new Set<string>();

export async function notifyHealthDisclosure(page: PageRecord): Promise<void> {
  if (page.incognito || notifiedVisits.has(page.visitId)) return;
  notifiedVisits.add(page.visitId);
  const companies = specialCategoryDisclosures(page).map((d) => d.company);
  if (companies.length === 0) return;
  if (!(await readSettings()).notifications) return;
  const today = new Date().toISOString().slice(0, 10);
  if (!(await claimDailyNotification(page.site, today))) return;
  await browser.notifications.create(`health:${page.visitId}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('icons/icon-128.png'),
    title: browser.i18n.getMessage('notificationTitle'),
    message: browser.i18n.getMessage('notificationMessage', [page.site, companies.join(', ')]),
  });
}
