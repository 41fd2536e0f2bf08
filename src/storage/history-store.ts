// History per site in storage.local: one record per site (`site:v1:<site>`) and
// an index of sites by last visit (`history-index:v1`), so that expiry and the
// cap on sites never have to read every record. All operations run one after the
// other on one chain: two read-modify-writes never interleave.
import type { PageRecord } from '../core/records/page-record';
import { emptySiteHistory, isSiteHistory, upsertVisit, type SiteHistory } from '../core/records/site-history';
import { SITE_KEY_PREFIX, siteKey } from './keys';
import { addNotice } from './notices';
import type { StorageArea } from './storage-area';

export const HISTORY_INDEX_KEY = 'history-index:v1';
/** Sites kept in history; beyond this the sites visited longest ago go first. */
export const MAX_SITES = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;

interface HistoryIndex {
  v: 1;
  /** Site → time of its newest visit (epoch ms). */
  sites: Record<string, number>;
}

function isIndex(value: unknown): value is HistoryIndex {
  const v = value as HistoryIndex | null;
  return !!v && v.v === 1 && !!v.sites && typeof v.sites === 'object' && Object.values(v.sites).every((t) => typeof t === 'number');
}

const lastVisit = (history: SiteHistory) => history.visits.reduce((t, v) => Math.max(t, v.startedAt), 0);

export interface PurgeResult {
  removedVisits: number;
  removedSites: number;
}

export class HistoryStore {
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageArea,
    private readonly now: () => number = Date.now,
  ) {}

  /** Writes the latest state of these pages into their sites' history. */
  upsert(pages: PageRecord[]): Promise<void> {
    return this.serial(async () => {
      if (pages.length === 0) return;
      const keys = [...new Set(pages.map((p) => siteKey(p.site)))];
      const [stored, index] = await Promise.all([this.area.get(keys), this.readIndex()]);
      const updates: Record<string, SiteHistory> = {};
      for (const page of pages) {
        const key = siteKey(page.site);
        const current = updates[key] ?? stored[key];
        if (current !== undefined && !isSiteHistory(current) && !updates[key]) {
          await addNotice(this.area, { at: this.now(), part: 'history', key });
        }
        const history = upsertVisit(isSiteHistory(current) ? current : emptySiteHistory(page.site), page);
        updates[key] = history;
        index.sites[page.site] = lastVisit(history);
      }
      const evicted = this.evictBeyondCap(index);
      await this.area.set({ ...updates, [HISTORY_INDEX_KEY]: index });
      if (evicted.length > 0) await this.area.remove(evicted.map(siteKey));
    });
  }

  /** Drops visits older than the retention period, and sites left without visits. */
  purge(retentionDays: number): Promise<PurgeResult> {
    return this.serial(async () => {
      const cutoff = this.now() - retentionDays * DAY_MS;
      const index = await this.readIndex();
      const result: PurgeResult = { removedVisits: 0, removedSites: 0 };
      // The index knows only each site's newest visit, so every record is read, in batches.
      const sites = Object.keys(index.sites);
      const BATCH = 200;
      for (let i = 0; i < sites.length; i += BATCH) {
        const batch = sites.slice(i, i + BATCH);
        const stored = await this.area.get(batch.map(siteKey));
        const updates: Record<string, SiteHistory> = {};
        const removals: string[] = [];
        for (const site of batch) {
          const value = stored[siteKey(site)];
          if (!isSiteHistory(value)) {
            removals.push(siteKey(site));
            delete index.sites[site];
            result.removedSites += 1;
            continue;
          }
          const kept = value.visits.filter((v) => v.startedAt >= cutoff);
          if (kept.length === value.visits.length) continue;
          result.removedVisits += value.visits.length - kept.length;
          if (kept.length === 0) {
            removals.push(siteKey(site));
            delete index.sites[site];
            result.removedSites += 1;
          } else {
            updates[siteKey(site)] = { ...value, visits: kept };
            index.sites[site] = lastVisit({ ...value, visits: kept });
          }
        }
        if (Object.keys(updates).length > 0) await this.area.set(updates);
        if (removals.length > 0) await this.area.remove(removals);
      }
      // Nothing expired, nothing written (also: no storage write at all on a fresh profile).
      if (result.removedSites > 0 || result.removedVisits > 0) await this.area.set({ [HISTORY_INDEX_KEY]: index });
      return result;
    });
  }

  private evictBeyondCap(index: HistoryIndex): string[] {
    const sites = Object.entries(index.sites);
    if (sites.length <= MAX_SITES) return [];
    sites.sort((a, b) => a[1] - b[1]);
    const evicted = sites.slice(0, sites.length - MAX_SITES).map(([site]) => site);
    for (const site of evicted) delete index.sites[site];
    return evicted;
  }

  /** The index; rebuilt from the site records when it is missing or unreadable. */
  private async readIndex(): Promise<HistoryIndex> {
    const stored = (await this.area.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY];
    if (isIndex(stored)) return stored;
    const all = await this.area.get(null);
    const index: HistoryIndex = { v: 1, sites: {} };
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(SITE_KEY_PREFIX)) continue;
      if (isSiteHistory(value)) index.sites[value.site] = lastVisit(value);
    }
    if (stored !== undefined) await addNotice(this.area, { at: this.now(), part: 'history-index', key: HISTORY_INDEX_KEY });
    return index;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
