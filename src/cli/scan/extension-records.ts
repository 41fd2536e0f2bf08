// Reading what the extension recorded for a page, from its service worker: the tab
// state it checkpoints to storage.session, put together and checked by the
// extension's own reader (src/storage/session-pages.ts), exactly what the popup reads. The scan takes the newest record of
// the page's address that began after the navigation did.
import type { Worker } from 'playwright-core';
import type { PageRecord } from '../../core/records/page-record';
import { sessionPages } from '../../storage/session-pages';

/** Every page record in a storage.session snapshot, whole again; heads of unknown shape are skipped. */
export function sessionPageRecords(session: Record<string, unknown>): PageRecord[] {
  return sessionPages(session);
}

const withoutHash = (url: string): string => url.replace(/#.*$/, '');

/** The newest record of this address begun at or after `since` (epoch ms), or null. */
export function recordOfPage(records: readonly PageRecord[], url: string, since: number): PageRecord | null {
  const wanted = withoutHash(url);
  let best: PageRecord | null = null;
  for (const r of records) {
    if (withoutHash(r.url) !== wanted || r.startedAt < since - 1000) continue;
    if (!best || r.startedAt > best.startedAt) best = r;
  }
  return best;
}

export async function readSession(worker: Worker): Promise<Record<string, unknown>> {
  return (await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>;
}

const requestCount = (r: PageRecord | null) => (r ? Object.values(r.trackers).reduce((n, t) => n + t.requestCount, 0) : -1);

/**
 * Waits, at most `maxWaitMs`, until the page's record has its health verdict and its
 * tracker requests have stopped growing for `quietMs`; returns the record as it is then.
 */
export async function settledRecord(getWorker: () => Promise<Worker>, url: () => string, since: number, maxWaitMs: number, quietMs = 1200): Promise<PageRecord | null> {
  const deadline = Date.now() + maxWaitMs;
  let last: PageRecord | null = null;
  let lastCount = -2;
  let stableSince = Date.now();
  for (;;) {
    last = recordOfPage(sessionPageRecords(await readSession(await getWorker())), url(), since) ?? last;
    const count = requestCount(last);
    if (count !== lastCount) {
      lastCount = count;
      stableSince = Date.now();
    }
    const settled = last !== null && last.health?.verdict != null && Date.now() - stableSince >= quietMs;
    if (settled || Date.now() >= deadline) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
}
