// History in storage.local, written once per visit: each settled visit under a
// key of its own (`visit:v2:<visitId>`), a small summary per site listing its
// visits with their facts (`site:v2:<site>`), and an index of sites with their
// oldest and newest visit (`history-index:v2`), so that expiry and the cap on
// sites never read every record. Nothing here reads or rewrites a record that
// grows with the number of visits: the first layout (`site:v1:<site>`, one
// record per site rewritten on every flush while a page loaded) cost 40% of the
// worker's CPU during page loads; its data is migrated (`migrate`).
// All operations run one after the other on one chain: two read-modify-writes
// of a summary or the index never interleave.
import * as v from 'valibot';
import type { PageRecord } from '../core/records/page-record';
import {
  emptySiteSummary,
  forHistory,
  visitSummary,
  withoutVisitsBefore,
  withVisit,
  type SiteSummary,
} from '../core/records/site-history';
import {
  HISTORY_INDEX_KEY,
  LEGACY_HISTORY_INDEX_KEY,
  LEGACY_SITE_KEY_PREFIX,
  SITE_SUMMARY_KEY_PREFIX,
  siteSummaryKey,
  visitKey,
} from './keys';
import { addNotice } from './notices';
import { historyIndexSchema, legacySiteHistorySchema, pageRecordSchema, siteSummarySchema } from './schemas';
import type { StorageArea } from './storage-area';
import { writeOrShrink } from './write-retry';

/** Sites kept in history; beyond this the sites visited longest ago go first. */
export const MAX_SITES = 5000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Summaries read per storage call when expiring. */
const BATCH = 200;
/** Old site records moved per storage call (each storage call has a high fixed cost in Chrome). */
const MIGRATION_BATCH = 1000;

export interface HistoryIndex {
  v: 2;
  /** Site → [oldest visit, newest visit] (epoch ms). */
  sites: Record<string, [number, number]>;
}

export interface PurgeResult {
  removedVisits: number;
  removedSites: number;
}

/** What one `record` call wrote, for the tests that count storage work. */
export interface RecordStats {
  writes: number;
  /** Characters written; counted only when the store was made to measure them. */
  bytes: number;
}

const spanOf = (summary: SiteSummary): [number, number] => [summary.visits[0]!.at, summary.visits.at(-1)!.at];
const sizeOf = (items: Record<string, unknown>) => JSON.stringify(items).length;

/** A visit cut to what it must keep when storage refuses the whole of it: its facts, no requests. */
function withoutRequests(visit: PageRecord): PageRecord {
  return { ...visit, requests: [], droppedRequests: visit.droppedRequests + visit.requests.length, truncated: true };
}

export class HistoryStore {
  private chain: Promise<unknown> = Promise.resolve();
  /** Totals since the store was made (tests print them). */
  readonly stats: RecordStats = { writes: 0, bytes: 0 };

  constructor(
    private readonly area: StorageArea,
    private readonly now: () => number = Date.now,
    /**
     * Whether `stats.bytes` is counted: serialising a visit (hundreds of KB on a busy
     * page) only to measure it costs as much again as the write, so only tests and
     * benchmarks that print the figure ask for it.
     */
    private readonly measure = false,
  ) {}

  /**
   * Writes these settled pages to history: each visit under its own key, its
   * site's summary and the index. A visit storage refuses is retried, then kept
   * without its requests, then given up with a notice; the other visits are
   * written regardless.
   */
  record(pages: PageRecord[]): Promise<void> {
    return this.serial(async () => {
      const visits = pages.filter((p) => !p.incognito && Object.keys(p.trackers).length > 0).map(forHistory);
      if (visits.length === 0) return;
      const sites = [...new Set(visits.map((p) => p.site))];
      const [summaries, index] = await Promise.all([this.readSummaries(sites), this.readIndex()]);
      const dropped: string[] = [];
      const changedSites = new Set<string>();
      for (const visit of visits) {
        const key = visitKey(visit.site, visit.visitId);
        const kept = await writeOrShrink(this.area, key, visit, withoutRequests, this.count);
        if (kept === 'lost') {
          await addNotice(this.area, { at: this.now(), part: 'history', key, kind: 'not-kept' });
          continue;
        }
        if (kept === 'shrunk') await addNotice(this.area, { at: this.now(), part: 'history', key, kind: 'not-kept' });
        const next = withVisit(summaries.get(visit.site) ?? emptySiteSummary(visit.site), visitSummary(visit));
        summaries.set(visit.site, next.summary);
        dropped.push(...next.dropped.map((id) => visitKey(visit.site, id)));
        changedSites.add(visit.site);
        index.sites[visit.site] = spanOf(next.summary);
      }
      if (changedSites.size === 0) return;
      const evicted = this.evictBeyondCap(index);
      const writes: Record<string, unknown> = {};
      for (const site of changedSites) if (!evicted.includes(site)) writes[siteSummaryKey(site)] = summaries.get(site);
      writes[HISTORY_INDEX_KEY] = index;
      await this.set(writes);
      const removals = [...dropped, ...(await this.visitKeysOf(evicted)), ...evicted.map(siteSummaryKey)];
      if (removals.length > 0) await this.area.remove(removals);
    });
  }

  /** Drops visits older than the retention period, and sites left without visits. */
  purge(retentionDays: number): Promise<PurgeResult> {
    return this.serial(async () => {
      const cutoff = this.now() - retentionDays * DAY_MS;
      const index = await this.readIndex();
      const result: PurgeResult = { removedVisits: 0, removedSites: 0 };
      // Only sites whose oldest visit is past the cutoff are read.
      const due = Object.entries(index.sites).filter(([, [first]]) => first < cutoff).map(([site]) => site);
      for (let i = 0; i < due.length; i += BATCH) {
        const batch = due.slice(i, i + BATCH);
        const summaries = await this.readSummaries(batch);
        const updates: Record<string, SiteSummary> = {};
        const removals: string[] = [];
        for (const site of batch) {
          const summary = summaries.get(site);
          const { summary: kept, dropped } = summary ? withoutVisitsBefore(summary, cutoff) : { summary: null, dropped: [] };
          removals.push(...dropped.map((id) => visitKey(site, id)));
          result.removedVisits += dropped.length;
          if (!kept || kept.visits.length === 0) {
            removals.push(siteSummaryKey(site));
            delete index.sites[site];
            result.removedSites += 1;
          } else {
            updates[siteSummaryKey(site)] = kept;
            index.sites[site] = spanOf(kept);
          }
        }
        if (Object.keys(updates).length > 0) await this.set(updates);
        if (removals.length > 0) await this.area.remove(removals);
      }
      // Nothing expired, nothing written (also: no storage write at all on a fresh profile).
      if (due.length > 0) await this.set({ [HISTORY_INDEX_KEY]: index });
      return result;
    });
  }

  /**
   * Moves history of the first layout (`site:v1:<site>` records, `history-index:v1`)
   * into this one and removes it. With `found`, only those entries (as a storage
   * change delivers them); otherwise whatever the area holds. Unreadable records
   * are dropped with a notice. Returns the number of visits moved.
   */
  migrate(found?: Record<string, unknown>): Promise<number> {
    return this.serial(async () => {
      let legacy = found;
      if (!legacy) {
        const marker = await this.area.get(LEGACY_HISTORY_INDEX_KEY);
        if (!(LEGACY_HISTORY_INDEX_KEY in marker) && !(await this.hasLegacyKeys())) return 0;
        legacy = await this.area.get(null);
      }
      const entries = Object.entries(legacy).filter(([key]) => key.startsWith(LEGACY_SITE_KEY_PREFIX));
      let moved = 0;
      const index = await this.readIndex();
      for (let i = 0; i < entries.length; i += MIGRATION_BATCH) {
        const batch = entries.slice(i, i + MIGRATION_BATCH);
        const summaries = await this.readSummaries(batch.map(([key]) => key.slice(LEGACY_SITE_KEY_PREFIX.length)));
        const writes: Record<string, unknown> = {};
        const removals: string[] = batch.map(([key]) => key);
        for (const [key, value] of batch) {
          if (!v.is(legacySiteHistorySchema, value)) {
            await addNotice(this.area, { at: this.now(), part: 'history', key });
            continue;
          }
          const pages = value.visits.filter((visit) => v.is(pageRecordSchema, visit)).map((visit) => forHistory(visit as unknown as PageRecord));
          let summary = summaries.get(value.site) ?? emptySiteSummary(value.site);
          for (const page of pages) {
            const next = withVisit(summary, visitSummary(page));
            summary = next.summary;
            removals.push(...next.dropped.map((id) => visitKey(value.site, id)));
          }
          if (summary.visits.length === 0) continue;
          // Visits that fell out of the capped summary are not written.
          const kept = new Set(summary.visits.map((s) => s.id));
          for (const page of pages) {
            if (!kept.has(page.visitId)) continue;
            writes[visitKey(value.site, page.visitId)] = page;
            moved += 1;
          }
          writes[siteSummaryKey(value.site)] = summary;
          index.sites[value.site] = spanOf(summary);
        }
        if (Object.keys(writes).length > 0) await this.set(writes);
        await this.area.remove(removals.filter((k) => !(k in writes)));
      }
      const evicted = this.evictBeyondCap(index);
      await this.set({ [HISTORY_INDEX_KEY]: index });
      await this.area.remove([LEGACY_HISTORY_INDEX_KEY, ...(await this.visitKeysOf(evicted)), ...evicted.map(siteSummaryKey)]);
      return moved;
    });
  }

  private count = (items: Record<string, unknown>): void => {
    this.stats.writes += 1;
    if (this.measure) this.stats.bytes += sizeOf(items);
  };

  private async set(items: Record<string, unknown>): Promise<void> {
    this.count(items);
    await this.area.set(items);
  }

  private async hasLegacyKeys(): Promise<boolean> {
    const lister = this.area as StorageArea & { getKeys?: () => Promise<string[]> };
    if (typeof lister.getKeys !== 'function') return false;
    return (await lister.getKeys()).some((k) => k.startsWith(LEGACY_SITE_KEY_PREFIX));
  }

  /** The readable summaries of these sites (unreadable ones are reset with a notice). */
  private async readSummaries(sites: string[]): Promise<Map<string, SiteSummary>> {
    const stored = await this.area.get(sites.map(siteSummaryKey));
    const out = new Map<string, SiteSummary>();
    for (const site of sites) {
      const value = stored[siteSummaryKey(site)];
      if (v.is(siteSummarySchema, value) && value.visits.length > 0) out.set(site, value as SiteSummary);
      else if (value !== undefined && !v.is(siteSummarySchema, value)) {
        await addNotice(this.area, { at: this.now(), part: 'history', key: siteSummaryKey(site) });
      }
    }
    return out;
  }

  private async visitKeysOf(sites: string[]): Promise<string[]> {
    if (sites.length === 0) return [];
    const summaries = await this.readSummaries(sites);
    return [...summaries.values()].flatMap((s) => s.visits.map((visit) => visitKey(s.site, visit.id)));
  }

  private evictBeyondCap(index: HistoryIndex): string[] {
    const sites = Object.entries(index.sites);
    if (sites.length <= MAX_SITES) return [];
    sites.sort((a, b) => a[1][1] - b[1][1]);
    const evicted = sites.slice(0, sites.length - MAX_SITES).map(([site]) => site);
    for (const site of evicted) delete index.sites[site];
    return evicted;
  }

  /** The index; rebuilt from the site summaries when it is missing or unreadable. */
  private async readIndex(): Promise<HistoryIndex> {
    const stored = (await this.area.get(HISTORY_INDEX_KEY))[HISTORY_INDEX_KEY];
    if (v.is(historyIndexSchema, stored)) return stored as HistoryIndex;
    const index: HistoryIndex = { v: 2, sites: {} };
    // A fresh profile has no index and nothing to rebuild it from: skip the full read.
    if (stored === undefined && !(await this.mayHaveSummaries())) return index;
    for (const [key, value] of Object.entries(await this.area.get(null))) {
      if (!key.startsWith(SITE_SUMMARY_KEY_PREFIX) || !v.is(siteSummarySchema, value) || value.visits.length === 0) continue;
      index.sites[value.site] = spanOf(value as SiteSummary);
    }
    if (stored !== undefined) await addNotice(this.area, { at: this.now(), part: 'history-index', key: HISTORY_INDEX_KEY });
    return index;
  }

  private async mayHaveSummaries(): Promise<boolean> {
    const lister = this.area as StorageArea & { getKeys?: () => Promise<string[]> };
    if (typeof lister.getKeys !== 'function') return true;
    return (await lister.getKeys()).some((k) => k.startsWith(SITE_SUMMARY_KEY_PREFIX));
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}

/** History of the first layout in a storage change (written by an older version, or restored by the user), or null. */
export function legacyHistoryIn(changes: Record<string, { newValue?: unknown }>): Record<string, unknown> | null {
  let found: Record<string, unknown> | null = null;
  for (const [key, change] of Object.entries(changes)) {
    if (!key.startsWith(LEGACY_SITE_KEY_PREFIX) || change.newValue === undefined) continue;
    (found ??= {})[key] = change.newValue;
  }
  return found;
}
