// Requests the page itself knows it made but the browser's request log did not
// show us: everything a page loaded before Pixelwacht's listeners were attached
// (browser start, install, a worker waking) or while a stopped worker was
// restarting. The content script reports the document's Resource Timing entries
// (address, initiator type, start time); those with no recorded counterpart are
// turned into requests for the same analysis, marked "seen by the page".
// Only the address is known (no body, no headers): a GET's query string is
// decoded like any other request's.
import type { ObservedRequest, RequestType } from '../model';
import type { PageRecord } from './page-record';
import { pageAddressKey } from './attribution';

export interface TimingEntry {
  /** The resource's address as the page requested it. */
  name: string;
  /** Resource Timing's initiatorType (img, script, beacon, fetch, ...). */
  initiatorType: string;
  /** Milliseconds after the document's time origin. */
  startTime: number;
}

/** Entries compared per report, and per document in the content script. */
export const TIMING_ENTRIES_PER_REPORT = 100;
export const TIMING_ENTRIES_PER_DOCUMENT = 1000;
export const TIMING_NAME_CHARS = 2048;

const TYPES: Record<string, RequestType> = {
  img: 'image',
  image: 'image',
  imageset: 'image',
  input: 'image',
  script: 'script',
  link: 'stylesheet',
  css: 'stylesheet',
  xmlhttprequest: 'xmlhttprequest',
  fetch: 'xmlhttprequest',
  beacon: 'ping',
  iframe: 'sub_frame',
  frame: 'sub_frame',
  video: 'media',
  audio: 'media',
  track: 'media',
  embed: 'object',
  object: 'object',
};

/**
 * The document's entries none of its page records has a request for, as requests
 * to analyse (a single-page app's document has several records, one per view).
 * Matching is by address and count: three entries for an address the records
 * hold twice add one. Records that dropped requests over their cap cannot be
 * matched reliably and are left as they are (returns null).
 */
export function missingFromRecords(
  pages: readonly PageRecord[],
  entries: readonly TimingEntry[],
  timeOrigin: number,
  tabId: number,
): ObservedRequest[] | null {
  if (pages.length === 0 || pages.some((p) => p.droppedRequests > 0)) return null;
  const recorded = new Map<string, number>();
  for (const r of pages.flatMap((p) => p.requests)) recorded.set(pageAddressKey(r.url), (recorded.get(pageAddressKey(r.url)) ?? 0) + 1);
  const missing: ObservedRequest[] = [];
  for (const [index, entry] of entries.slice(0, TIMING_ENTRIES_PER_REPORT).entries()) {
    if (!/^https?:\/\//i.test(entry.name) || !Number.isFinite(entry.startTime)) continue;
    const key = pageAddressKey(entry.name);
    const seen = recorded.get(key) ?? 0;
    if (seen > 0) {
      recorded.set(key, seen - 1);
      continue;
    }
    const type = TYPES[entry.initiatorType] ?? 'other';
    const url = entry.name.slice(0, TIMING_NAME_CHARS);
    missing.push({
      id: `timing:${timeOrigin}:${Math.round(entry.startTime * 1000)}:${index}`,
      tabId,
      frameId: 0,
      pageUrl: null,
      initiator: null,
      // sendBeacon posts; its body is not in the page's entries.
      method: type === 'ping' ? 'POST' : 'GET',
      type,
      url,
      body: null,
      bodyTruncated: false,
      timeStamp: Math.round(timeOrigin + Math.max(0, entry.startTime)),
      referrer: null,
      cookieNames: null,
    });
  }
  return missing;
}

/** The record of a document's views a request at `at` belongs to: the newest started by then, else the first. */
export function viewAt<P extends { startedAt: number }>(pages: readonly P[], at: number): P {
  const ordered = [...pages].sort((a, b) => a.startedAt - b.startedAt);
  let chosen = ordered[0]!;
  for (const page of ordered) if (page.startedAt <= at) chosen = page;
  return chosen;
}
