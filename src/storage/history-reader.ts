// Reading history (storage.local) for the dashboard and the letters. The list
// reads only the small per-site summaries (`site:v2:<site>`), in batches, the
// most recently visited sites first as the index lists them, with a pause
// between batches so the page stays responsive with thousands of sites; a
// site's page and the letters read that site's visit records (`visit:v2:<id>`).
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { PageRecord } from '../core/records/page-record';
import { assembleHistory, type SiteHistory, type SiteSummary } from '../core/records/site-history';
import { HISTORY_INDEX_KEY, SETTINGS_KEY, SITE_SUMMARY_KEY_PREFIX, siteSummaryKey, VISIT_KEY_PREFIX, visitKey } from './keys';
import { historyIndexSchema, pageRecordSchema, siteSummarySchema } from './schemas';
import type { StorageArea } from './storage-area';

const FIRST_BATCH = 50;
const BATCH = 250;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const local = (): StorageArea => browser.storage.local;

const asSummary = (value: unknown): SiteSummary | null => (v.is(siteSummarySchema, value) ? (value as SiteSummary) : null);

function summariesIn(stored: Record<string, unknown>): SiteSummary[] {
  const out: SiteSummary[] = [];
  for (const [key, value] of Object.entries(stored)) {
    const summary = key.startsWith(SITE_SUMMARY_KEY_PREFIX) ? asSummary(value) : null;
    if (summary) out.push(summary);
  }
  return out;
}

/** Sites, most recently visited first, as the background's index lists them; null without a readable index. */
async function sitesNewestFirst(area: StorageArea): Promise<string[] | null> {
  const index = (await area.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY];
  if (!v.is(historyIndexSchema, index)) return null;
  return Object.entries(index.sites)
    .sort((a, b) => b[1][1] - a[1][1])
    .map(([site]) => site);
}

/**
 * Calls `each` with the summaries of every site in history, in batches, the
 * most recently visited sites first (so the first page of the list can show
 * before the rest is read), with the number of sites there are; returns how many
 * were read. Summaries of an unknown shape are skipped (the background resets them).
 */
export async function forEachSiteSummary(each: (batch: SiteSummary[], total: number) => void, area: StorageArea = local()): Promise<number> {
  const sites = await sitesNewestFirst(area);
  if (!sites) {
    const all = summariesIn(await area.get(null));
    each(all, all.length);
    return all.length;
  }
  let count = 0;
  for (let i = 0; i < sites.length; ) {
    const size = i === 0 ? FIRST_BATCH : BATCH;
    const batch = summariesIn(await area.get(sites.slice(i, i + size).map(siteSummaryKey)));
    i += size;
    count += batch.length;
    each(batch, sites.length);
    await pause();
  }
  return count;
}

/** A site's history: its summary and the records of its visits, oldest first; null when there is none. */
export async function readSiteHistory(site: string, area: StorageArea = local()): Promise<SiteHistory | null> {
  const summary = asSummary((await area.get(siteSummaryKey(site)))[siteSummaryKey(site)]);
  if (!summary) return null;
  const stored = await area.get(summary.visits.map((visit) => visitKey(site, visit.id)));
  const records = new Map<string, PageRecord>();
  for (const visit of summary.visits) {
    const record = stored[visitKey(site, visit.id)];
    if (v.is(pageRecordSchema, record)) records.set(visit.id, record as unknown as PageRecord);
  }
  return assembleHistory(summary, records);
}

type Changes = Record<string, { newValue?: unknown }>;

/** Called with the sites whose summary changed (null: removed) while the dashboard is open. */
export function onSiteSummaryChanged(listener: (changed: Map<string, SiteSummary | null>) => void): () => void {
  const handle = (changes: Changes, area: string) => {
    if (area !== 'local') return;
    const changed = new Map<string, SiteSummary | null>();
    for (const [key, change] of Object.entries(changes)) {
      if (key.startsWith(SITE_SUMMARY_KEY_PREFIX)) changed.set(key.slice(SITE_SUMMARY_KEY_PREFIX.length), asSummary(change.newValue));
    }
    if (changed.size > 0) listener(changed);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

/** Called with a site's history, read afresh, whenever its summary or one of its visits changed (null: removed). */
export function onSiteHistoryChanged(site: string, listener: (history: SiteHistory | null) => void): () => void {
  const handle = (changes: Changes, area: string) => {
    if (area !== 'local') return;
    const touched = Object.entries(changes).some(([key, change]) =>
      key === siteSummaryKey(site) || (key.startsWith(VISIT_KEY_PREFIX) && (change.newValue as { site?: unknown } | undefined)?.site === site));
    if (touched) void readSiteHistory(site).then(listener);
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

export const EXPORT_FORMAT = 'pixelwacht-history';
export const EXPORT_VERSION = 1;

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: unknown;
  sites: SiteHistory[];
}

/** Every site's assembled history, by site name. */
export function historiesIn(stored: Record<string, unknown>): SiteHistory[] {
  return summariesIn(stored)
    .map((summary) => {
      const records = new Map<string, PageRecord>();
      for (const { id } of summary.visits) {
        const value = stored[visitKey(summary.site, id)];
        if (v.is(pageRecordSchema, value)) records.set(id, value as unknown as PageRecord);
      }
      return assembleHistory(summary, records);
    })
    .sort((a, b) => a.site.localeCompare(b.site));
}

/** Everything in history, for the user's own copy (the same shape as before the per-visit layout). */
export async function exportHistory(now = new Date(), area: StorageArea = local()): Promise<HistoryExport> {
  const stored = await area.get(null);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings: stored[SETTINGS_KEY] ?? null,
    sites: historiesIn(stored),
  };
}
