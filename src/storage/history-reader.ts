// Reading the site history (storage.local, `site:v1:<site>`) for the dashboard.
// With thousands of sites one `get(null)` turns megabytes into objects in a
// single task; where the browser can list keys (Chrome 130+) the records are
// read in batches with a pause between them, so the page stays responsive.
import browser from 'webextension-polyfill';
import { isSiteHistory, type SiteHistory } from '../core/records/site-history';
import { SETTINGS_KEY } from './settings';
import { SITE_KEY_PREFIX, siteKey } from './keys';

const FIRST_BATCH = 50;
const BATCH = 250;
/** The background's index of sites by last visit (storage/history-store.ts). */
const HISTORY_INDEX_KEY = 'history-index:v1';

type KeyLister = { getKeys?: () => Promise<string[]> };

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function histories(stored: Record<string, unknown>): SiteHistory[] {
  const out: SiteHistory[] = [];
  for (const [key, value] of Object.entries(stored)) {
    if (key.startsWith(SITE_KEY_PREFIX) && isSiteHistory(value)) out.push(value);
  }
  return out;
}

/** Site keys, most recently visited first where the background's index says so. */
async function siteKeysNewestFirst(keys: string[]): Promise<string[]> {
  const index = (await browser.storage.local.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY] as { sites?: Record<string, unknown> } | undefined;
  const last = index?.sites && typeof index.sites === 'object' ? index.sites : {};
  const at = (key: string) => {
    const t = last[key.slice(SITE_KEY_PREFIX.length)];
    return typeof t === 'number' ? t : 0;
  };
  return keys.sort((a, b) => at(b) - at(a));
}

/**
 * Calls `each` with every stored site history, in batches, the most recently
 * visited sites first (so the first page of the list can show before the rest
 * is read), with the number of sites there are; returns how many were read.
 * Records of an unknown shape are skipped (the background resets them).
 */
export async function forEachSiteHistory(each: (batch: SiteHistory[], total: number) => void): Promise<number> {
  const local = browser.storage.local as unknown as KeyLister;
  if (typeof local.getKeys !== 'function') {
    const all = histories(await browser.storage.local.get(null));
    each(all, all.length);
    return all.length;
  }
  const keys = await siteKeysNewestFirst((await local.getKeys()).filter((k) => k.startsWith(SITE_KEY_PREFIX)));
  let count = 0;
  for (let i = 0; i < keys.length; ) {
    const size = i === 0 ? FIRST_BATCH : BATCH;
    const batch = histories(await browser.storage.local.get(keys.slice(i, i + size)));
    i += size;
    count += batch.length;
    each(batch, keys.length);
    await pause();
  }
  return count;
}

export async function readSiteHistory(site: string): Promise<SiteHistory | null> {
  const key = siteKey(site);
  const value = (await browser.storage.local.get(key))[key];
  return isSiteHistory(value) ? value : null;
}

/** Called with the sites whose history changed (null: removed) while the dashboard is open. */
export function onSiteHistoryChanged(listener: (changed: Map<string, SiteHistory | null>) => void): () => void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed = new Map<string, SiteHistory | null>();
    for (const [key, change] of Object.entries(changes)) {
      if (!key.startsWith(SITE_KEY_PREFIX)) continue;
      changed.set(key.slice(SITE_KEY_PREFIX.length), isSiteHistory(change.newValue) ? change.newValue : null);
    }
    if (changed.size > 0) listener(changed);
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

/** Everything in history, for the user's own copy. */
export async function exportHistory(now = new Date()): Promise<HistoryExport> {
  const stored = await browser.storage.local.get(null);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    settings: stored[SETTINGS_KEY] ?? null,
    sites: histories(stored).sort((a, b) => a.site.localeCompare(b.site)),
  };
}
