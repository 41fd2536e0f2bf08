// The live pages' layout in storage.session — written by background/tab-checkpoint.ts,
// read back by it when a stopped worker restarts, by the scan (cli/scan) and by the
// end-to-end tests; this is its one description. Per page:
// - a head under `page:v2:<visitId>`: the record without its requests and without
//   its trackers' disclosures (a few KB);
// - its requests in chunks of CHUNK_SIZE under `page:v2:<visitId>#<n>`;
// - each tracker's kept disclosures under `page:v2:<visitId>@<position>`, the
//   position being the tracker's place in the head's `trackers`.
// Requests and disclosures only grow while a page loads (at most
// LIMITS.disclosuresPerTracker per tracker), so a checkpoint writes the small head
// and what grew, not the disclosures of every tracker again with every head.
import * as v from 'valibot';
import type { PageRecord, RecordedRequest, TrackerRecord } from '../core/records/page-record';
import { chunkKey, disclosuresKey, visitIdFromPageKey } from './keys';
import { pageHeadSchema, requestChunkSchema, trackerDisclosuresSchema } from './schemas';

export const CHUNK_SIZE = 25;

/** A page record as its head is stored. `disclosuresApart` is missing in heads written before the disclosures had keys of their own. */
export type PageHead = Omit<PageRecord, 'requests'> & { requestChunks: number; disclosuresApart?: true };

export function headOf(page: PageRecord): PageHead {
  const { requests, trackers, ...rest } = page;
  const bare: Record<string, TrackerRecord> = {};
  for (const key of Object.keys(trackers)) bare[key] = { ...trackers[key]!, disclosures: [] };
  return { ...rest, trackers: bare, requestChunks: Math.ceil(requests.length / CHUNK_SIZE), disclosuresApart: true };
}

export function requestChunksOf(requests: readonly RecordedRequest[]): RecordedRequest[][] {
  const out: RecordedRequest[][] = [];
  for (let i = 0; i < requests.length; i += CHUNK_SIZE) out.push(requests.slice(i, i + CHUNK_SIZE));
  return out;
}

export interface StoredPage {
  page: PageRecord;
  /** False when one of its parts was missing or unreadable (the page keeps what could be read). */
  complete: boolean;
  /** Its request chunks as read (null where unreadable), in order. */
  chunks: (RecordedRequest[] | null)[];
  /** Every key read for it (the head, its chunks, its trackers' disclosures). */
  keys: string[];
}

/** One page whole again from a storage.session snapshot and its (checked) head. */
export function assemblePage(session: Record<string, unknown>, visitId: string, stored: PageHead): StoredPage {
  const { requestChunks, disclosuresApart, ...head } = stored;
  const keys: string[] = [];
  let complete = true;
  const requests: RecordedRequest[] = [];
  const chunks: (RecordedRequest[] | null)[] = [];
  for (let i = 0; i < requestChunks; i++) {
    const key = chunkKey(visitId, i);
    keys.push(key);
    const chunk = session[key];
    if (!v.is(requestChunkSchema, chunk)) {
      complete = false;
      chunks.push(null);
      continue;
    }
    const kept = chunk as unknown as RecordedRequest[];
    requests.push(...kept);
    chunks.push(kept);
  }
  const trackers: Record<string, TrackerRecord> = {};
  Object.keys(head.trackers).forEach((trackerKey, position) => {
    const tracker = head.trackers[trackerKey]!;
    if (!disclosuresApart) return void (trackers[trackerKey] = tracker);
    const key = disclosuresKey(visitId, position);
    keys.push(key);
    const disclosures = session[key];
    // A tracker whose disclosures were never written yet has none.
    if (disclosures !== undefined && !v.is(trackerDisclosuresSchema, disclosures)) complete = false;
    const kept = v.is(trackerDisclosuresSchema, disclosures) ? (disclosures as unknown as TrackerRecord['disclosures']) : [];
    trackers[trackerKey] = { ...tracker, disclosures: kept };
  });
  return { page: { ...head, trackers, requests } as PageRecord, complete, chunks, keys };
}

/** Every page in a storage.session snapshot, whole again; heads of unknown shape are skipped. */
export function sessionPages(session: Record<string, unknown>): PageRecord[] {
  const out: PageRecord[] = [];
  for (const [key, value] of Object.entries(session)) {
    const visitId = visitIdFromPageKey(key);
    if (visitId === null || !v.is(pageHeadSchema, value)) continue;
    out.push(assemblePage(session, visitId, value as unknown as PageHead).page);
  }
  return out;
}
