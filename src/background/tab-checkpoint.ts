// The checkpoint of live pages in storage.session, and the moment their visits
// reach history. A stopped worker loses nothing: every change of a live page is
// in storage.session within the write queue's maximum delay, and a restarted
// worker restores every page from it. What a checkpoint writes is only what
// changed, in the layout of storage/session-pages.ts: a small head per page, its
// requests in chunks, each tracker's disclosures under a key of its own. A chunk
// is written again only when one of its requests changed (its headers arrived,
// its compressed body was inflated), a tracker's disclosures only when it kept a
// new one, so a busy page costs its head, its newest chunk and the disclosures
// that grew per flush, not its whole record (150 KB on the demo's pages).
// History is written when a visit settles: when its page ended (replaced by a
// navigation or its tab closed), SETTLE_MS after its last change, and at the
// latest SETTLE_MAX_MS after its first unsettled change (a page that never goes
// quiet still reaches history). Pages are keyed by visit, never by tab: a tab
// may hold several page records (a leaving page's beacons, a prerendered page).
// Storage refusing a write (quota) costs as little as it can: each page is its
// own write, so a refusal never drops another page's; the write is tried again,
// then room is made by cutting the requests of the largest stored page (the one
// that filled storage: its bodies and long addresses go, flagged), then by
// dropping them, each time with a notice; the page itself goes last.
import * as v from 'valibot';
import { CAPS, capPageText } from '../core/records/caps';
import type { PageRecord, RecordedRequest } from '../core/records/page-record';
import type { HistoryStore } from '../storage/history-store';
import { chunkKey, disclosuresKey, legacyTabIdFromKey, pageKey, PAGE_KEY_PREFIX, visitIdFromPageKey } from '../storage/keys';
import { addNotice } from '../storage/notices';
import { pageHeadSchema, pageRecordSchema } from '../storage/schemas';
import { assemblePage, CHUNK_SIZE, headOf, requestChunksOf, type PageHead } from '../storage/session-pages';
import type { StorageArea } from '../storage/storage-area';

export const SETTLE_MS = 3000;
export const SETTLE_MAX_MS = 30_000;

interface Written {
  /** The live record (to cut it when storage is full and it is the largest). */
  page: PageRecord | null;
  /** The head as last written (serialised), to skip writing an unchanged head. */
  head: string | null;
  /** Per chunk, a signature of what was last written. */
  chunks: string[];
  /** Per tracker position, which tracker's disclosures were last written there and how many. */
  disclosures: string[];
  /** Characters stored for the page: head and per chunk. */
  headChars: number;
  chunkChars: number[];
  /** Its requests were already cut to make room. */
  cut: boolean;
  /** Changed since its visit was last written to history. */
  unsettled: boolean;
  /** When the first change not yet in history happened. */
  unsettledSince: number;
}

export interface CheckpointStats {
  /** storage.session set calls and the characters they carried. */
  sessionWrites: number;
  sessionChars: number;
  /** Pages written to history (one visit each). */
  settled: number;
}

// What can change in a kept request after it was recorded: its headers arrive, its
// compressed body is inflated (late findings join it), or it is cut to save space.
const signature = (chunk: RecordedRequest[]): string =>
  chunk
    .map((r) => `${r.requestId}:${r.url.length}:${r.body?.length ?? '-'}:${r.referrer?.length ?? '-'}:${r.cookieNames?.length ?? '-'}:${r.findings?.length ?? '-'}:${r.inflated ? 'i' : '-'}`)
    .join(',');

// A tracker's kept disclosures only grow (capped per tracker): which tracker and how many say whether they changed.
const disclosureSignatures = (page: PageRecord): string[] =>
  Object.keys(page.trackers).map((key) => `${key}:${page.trackers[key]!.disclosures.length}`);

/** The offending page made smaller: bodies dropped, addresses cut short (flagged). */
function cutRequests(page: PageRecord): void {
  page.requests = page.requests.map((r) => ({
    ...r,
    url: r.url.slice(0, CAPS.shortUrlChars),
    urlTruncated: r.urlTruncated || r.url.length > CAPS.shortUrlChars,
    body: null,
    bodyTruncated: r.bodyTruncated || r.body !== null,
    referrer: r.referrer === null ? null : r.referrer.slice(0, CAPS.shortUrlChars),
  }));
  page.truncated = true;
}

function dropRequests(page: PageRecord): void {
  page.droppedRequests += page.requests.length;
  page.requests = [];
  page.truncated = true;
}

export class TabCheckpoint {
  private readonly written = new Map<string, Written>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Ended pages not yet in history (the write failed): kept in session and tried again. */
  private endPending: PageRecord[] = [];
  private chain: Promise<unknown> = Promise.resolve();
  readonly stats: CheckpointStats = { sessionWrites: 0, sessionChars: 0, settled: 0 };

  constructor(
    private readonly session: StorageArea,
    /** storage.local, for notices. */
    private readonly local: StorageArea,
    private readonly history: HistoryStore,
    private readonly now: () => number = Date.now,
    private readonly settleMs = SETTLE_MS,
    private readonly settleMaxMs = SETTLE_MAX_MS,
  ) {}

  /**
   * One flush. `changed`: live pages whose record changed (written to session;
   * their visit settles later). `ended`: pages replaced by a navigation or whose
   * tab closed (written to history, then removed from session). Never rejects.
   */
  checkpoint(changed: PageRecord[], ended: PageRecord[]): Promise<void> {
    return this.serial(async () => {
      // Ended pages whose history write failed last time are tried again first.
      const ending = [...this.endPending, ...ended];
      this.endPending = [];
      const endedIds = new Set(ending.map((p) => p.visitId));
      if (ending.length > 0) await this.end(ending);
      for (const page of changed) {
        if (endedIds.has(page.visitId)) continue;
        try {
          await this.writePage(page);
        } catch (error) {
          console.error('Pixelwacht: checkpoint of a page failed', page.visitId, error);
        }
        this.scheduleSettle(page);
      }
    });
  }

  /**
   * The pages a previous worker left in storage.session (and tab records of the
   * first layout), whole again. Unreadable records are removed with a notice.
   * Their visits settle as if they had just changed.
   */
  restore(): Promise<PageRecord[]> {
    return this.serial(async () => {
      const stored = await this.session.get(null);
      const pages: PageRecord[] = [];
      const removals: string[] = [];
      const reset = async (key: string) => {
        removals.push(key);
        await addNotice(this.local, { at: this.now(), part: 'tab', key });
      };
      const used = new Set<string>();
      const legacy: PageRecord[] = [];
      for (const [key, value] of Object.entries(stored)) {
        if (legacyTabIdFromKey(key) !== null) {
          removals.push(key);
          if (v.is(pageRecordSchema, value)) legacy.push(value as unknown as PageRecord);
          else await reset(key);
          continue;
        }
        const visitId = visitIdFromPageKey(key);
        if (visitId === null) continue;
        used.add(key);
        if (!v.is(pageHeadSchema, value)) {
          await reset(key);
          continue;
        }
        const { page, complete, chunks, keys } = assemblePage(stored, visitId, value as unknown as PageHead);
        const apart = (value as unknown as PageHead).disclosuresApart === true;
        for (const k of keys) used.add(k);
        const signatures = chunks.map((chunk) => (chunk ? signature(chunk) : ''));
        if (!complete) {
          // Keep what was readable, say what was not; rewrite the chunks from what is left.
          page.truncated = true;
          await addNotice(this.local, { at: this.now(), part: 'tab', key });
          signatures.length = 0;
        }
        pages.push(page);
        const headText = JSON.stringify(headOf(page));
        this.written.set(page.visitId, {
          ...this.fresh(page),
          // A head of the earlier layout held the disclosures: head and disclosures are written anew at the next checkpoint.
          head: complete && apart ? headText : null,
          chunks: signatures,
          disclosures: complete && apart ? disclosureSignatures(page) : [],
          headChars: headText.length,
          chunkChars: signatures.map((_, i) => (complete ? JSON.stringify(stored[chunkKey(visitId, i)]).length : 0)),
          unsettled: true,
          unsettledSince: this.now(),
        });
      }
      // Chunks whose head is gone (the head was removed first, then the worker stopped).
      for (const key of Object.keys(stored)) if (key.startsWith(PAGE_KEY_PREFIX) && !used.has(key)) removals.push(key);
      // A tab record of the first layout is written in this one before its old key goes.
      for (const page of legacy) await this.writePage(page);
      pages.push(...legacy);
      if (removals.length > 0) await this.session.remove(removals);
      for (const page of pages) {
        if (!this.written.has(page.visitId)) this.written.set(page.visitId, { ...this.fresh(page), unsettled: true, unsettledSince: this.now() });
        this.scheduleSettle(page);
      }
      return pages;
    });
  }

  /** Forgets every page (erase everything): nothing pending is written afterwards. */
  reset(): Promise<void> {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.endPending = [];
    return this.serial(async () => {
      this.written.clear();
    });
  }

  private async end(pages: PageRecord[]): Promise<void> {
    for (const page of pages) {
      const timer = this.timers.get(page.visitId);
      if (timer) clearTimeout(timer);
      this.timers.delete(page.visitId);
    }
    const unsettled = pages.filter((p) => this.written.get(p.visitId)?.unsettled ?? true);
    const inHistory = await this.settle(unsettled);
    if (!inHistory) {
      this.endPending.push(...unsettled);
      pages = pages.filter((p) => !unsettled.includes(p));
    }
    // History first, then the session copy: a worker stopped in between restores the page and writes it again.
    const removals: string[] = [];
    for (const page of pages) {
      const written = this.written.get(page.visitId);
      const chunks = Math.max(written?.chunks.length ?? 0, Math.ceil(page.requests.length / CHUNK_SIZE));
      const trackers = Math.max(written?.disclosures.length ?? 0, Object.keys(page.trackers).length);
      removals.push(pageKey(page.visitId));
      for (let i = 0; i < chunks; i++) removals.push(chunkKey(page.visitId, i));
      for (let i = 0; i < trackers; i++) removals.push(disclosuresKey(page.visitId, i));
      this.written.delete(page.visitId);
    }
    await this.session.remove(removals).catch((error: unknown) => console.warn('Pixelwacht: could not remove ended pages', error));
  }

  /** Writes these visits to history; false when that failed (they stay unsettled). */
  private async settle(pages: PageRecord[]): Promise<boolean> {
    if (pages.length === 0) return true;
    try {
      await this.history.record(pages);
      this.stats.settled += pages.length;
      for (const page of pages) {
        const state = this.written.get(page.visitId);
        if (state) state.unsettled = false;
      }
      return true;
    } catch (error) {
      console.error('Pixelwacht: history write failed', error);
      return false;
    }
  }

  private scheduleSettle(page: PageRecord): void {
    const state = this.written.get(page.visitId);
    if (!state?.unsettled) return;
    const previous = this.timers.get(page.visitId);
    if (previous) clearTimeout(previous);
    const wait = Math.max(0, Math.min(this.settleMs, state.unsettledSince + this.settleMaxMs - this.now()));
    this.timers.set(
      page.visitId,
      setTimeout(() => {
        this.timers.delete(page.visitId);
        void this.serial(async () => void (this.written.get(page.visitId)?.unsettled && (await this.settle([page]))));
      }, wait),
    );
  }

  private fresh(page: PageRecord): Written {
    return { page, head: null, chunks: [], disclosures: [], headChars: 0, chunkChars: [], cut: false, unsettled: false, unsettledSince: 0 };
  }

  /** Writes what changed of one page; when storage refuses, makes room as the header says. */
  private async writePage(page: PageRecord): Promise<void> {
    capPageText(page);
    let state = this.written.get(page.visitId);
    if (!state) {
      state = this.fresh(page);
      this.written.set(page.visitId, state);
    }
    state.page = page;
    if (await this.tryWrite(page, state)) return;
    if (await this.tryWrite(page, state)) return;
    // Make room: the largest stored pages first (this one included), cut, then dropped.
    for (let attempt = 0; attempt < 6; attempt++) {
      const largest = this.largest(page, state);
      if (!largest) break;
      const [victim, victimState] = largest;
      if (!victimState.cut) {
        cutRequests(victim);
        victimState.cut = true;
      } else {
        dropRequests(victim);
      }
      await addNotice(this.local, { at: this.now(), part: 'tab', key: pageKey(victim.visitId), kind: 'not-kept' });
      if (victim !== page) await this.tryWrite(victim, victimState);
      if (await this.tryWrite(page, state)) return;
    }
    console.error('Pixelwacht: could not keep the page record', page.visitId);
  }

  /** The page with the most stored (or, for `page`, to be stored) characters that can still be made smaller. */
  private largest(page: PageRecord, state: Written): [PageRecord, Written] | null {
    let best: [PageRecord, Written] | null = null;
    let bestChars = -1;
    for (const candidate of this.written.values()) {
      const live = candidate.page;
      if (!live || live.requests.length === 0) continue;
      const chars = candidate === state ? JSON.stringify(page.requests).length : candidate.chunkChars.reduce((a, b) => a + b, 0);
      if (chars > bestChars) {
        best = [live, candidate];
        bestChars = chars;
      }
    }
    return best;
  }

  private async tryWrite(page: PageRecord, state: Written): Promise<boolean> {
    const items: Record<string, unknown> = {};
    const sizes = new Map<number, number>();
    const head = headOf(page);
    const headText = JSON.stringify(head);
    if (headText !== state.head) items[pageKey(page.visitId)] = head;
    const chunks = requestChunksOf(page.requests);
    const signatures = chunks.map(signature);
    chunks.forEach((chunk, i) => {
      if (signatures[i] === state.chunks[i]) return;
      items[chunkKey(page.visitId, i)] = chunk;
      sizes.set(i, JSON.stringify(chunk).length);
    });
    const trackerKeys = Object.keys(page.trackers);
    const disclosures = disclosureSignatures(page);
    let disclosureChars = 0;
    disclosures.forEach((sig, i) => {
      if (sig === state.disclosures[i]) return;
      const kept = page.trackers[trackerKeys[i]!]!.disclosures;
      items[disclosuresKey(page.visitId, i)] = kept;
      disclosureChars += JSON.stringify(kept).length;
    });
    const stale: string[] = [];
    for (let i = chunks.length; i < state.chunks.length; i++) stale.push(chunkKey(page.visitId, i));
    for (let i = disclosures.length; i < state.disclosures.length; i++) stale.push(disclosuresKey(page.visitId, i));
    if (Object.keys(items).length === 0 && stale.length === 0) return true;
    try {
      if (Object.keys(items).length > 0) {
        this.stats.sessionWrites += 1;
        this.stats.sessionChars += Object.keys(items).join('').length + (items[pageKey(page.visitId)] ? headText.length : 0);
        for (const chars of sizes.values()) this.stats.sessionChars += chars;
        this.stats.sessionChars += disclosureChars;
        await this.session.set(items);
      }
      if (stale.length > 0) await this.session.remove(stale);
    } catch (error) {
      console.warn('Pixelwacht: storage.session refused a page', page.visitId, error);
      return false;
    }
    state.head = headText;
    state.chunks = signatures;
    state.disclosures = disclosures;
    state.headChars = headText.length;
    state.chunkChars = chunks.map((_, i) => sizes.get(i) ?? state.chunkChars[i] ?? 0);
    if (!state.unsettled) state.unsettledSince = this.now();
    state.unsettled = true;
    return true;
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.chain.then(work, work);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
