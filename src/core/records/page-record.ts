// A page visit and what it sent: the record the background keeps per tab, the
// popup shows and the history stores. Pure data and pure updates.
import type { RequestAnalysis } from '../analyse-request';
import type { ConsentTimeline, EarlierChoice } from '../consent/types';
import type { InflatedBody } from '../analyse-compressed';
import { accountLinkage, type AccountLinkage } from '../decoders/index';
import { requestFindings, type Finding } from './request-findings';
import type { PageHealth } from './page-health';
import type { BlockedBy, Disclosure, ObservedRequest, TrackerInfo, TrackerKind } from '../model';
import { siteOf } from '../trackers/party';
import { capDisclosure, capPageText, capRecordedRequest, capSentHeaders } from './caps';

export const PAGE_RECORD_VERSION = 1;

/** Caps: a page that fires thousands of requests must not grow a record without bound. */
export const LIMITS = {
  requestsPerPage: 300,
  disclosuresPerTracker: 20,
  trackersPerPage: 200,
  bodyChars: 4096,
} as const;

/** A request as kept in a record: what was observed, with a bounded body. */
export interface RecordedRequest {
  /** The browser's request id, to attach the headers that arrive later. */
  requestId: string;
  url: string;
  method: string;
  type: ObservedRequest['type'];
  timeStamp: number;
  frameId: number;
  body: string | null;
  bodyTruncated: boolean;
  referrer: string | null;
  /** Names (never values) of the cookies sent; null until the headers were seen. */
  cookieNames: string[] | null;
  /** Tracker key this request was attributed to. */
  trackerKey: string;
  /**
   * Who saw the request when not the browser's request log: 'page-timing' = seen by
   * the page (its Resource Timing entries), not by the browser's request log;
   * 'service-worker' = sent by the site's service worker, not by the page itself.
   */
  source?: RequestSource;
  /**
   * What this request itself disclosed (typed findings, bounded by REQUEST_FINDINGS_LIMITS), so views can
   * say which request carried what. [] when nothing was decoded; absent in records made before it existed.
   */
  findings?: Finding[];
  /** Set when the findings came from inflating a compressed body, after the request was recorded. */
  inflated?: InflatedBody;
  /** The address was longer than the cap (core/records/caps.ts) and is cut. */
  urlTruncated?: boolean;
  /** The health shield stopped it: what it would have sent, never sent. */
  blockedBy?: BlockedBy;
}

export type RequestSource = 'page-timing' | 'service-worker';

/** How a page record began. */
/** How a page record started; 'early-requests': its document's requests reached the worker before its navigation did. */
export type PageStart = 'navigation' | 'back-forward-cache' | 'same-document' | 'prerender' | 'already-open' | 'early-requests';

/** Why a page record's completeness cannot be guaranteed. */
export type RecordGap =
  /** The page was open before Pixelwacht was listening (install, browser start). */
  | 'opened-before-start'
  /** The background worker was stopped and restarted during the visit. */
  | 'worker-restarted'
  /** The page's own list of what it loaded was longer than what was compared. */
  | 'page-timing-capped';

export interface TrackerRecord {
  tracker: TrackerInfo;
  kind: TrackerKind;
  requestCount: number;
  firstSeen: number;
  lastSeen: number;
  /** Decoded disclosures, de-duplicated, capped. */
  disclosures: Disclosure[];
  /** Recognised by payload shape on a host that is not the vendor's. */
  disguised: boolean;
  /** The recipient platform's login cookies went along with at least one request. */
  loginCookies: AccountLinkage | null;
  /** Requests whose headers Pixelwacht saw (so "no login cookie" is a finding, not a guess). */
  headersSeen: number;
  /** Of requestCount, the requests the health shield stopped; absent = none. */
  blocked?: number;
}

export interface PageRecord {
  v: typeof PAGE_RECORD_VERSION;
  /** Unique per visit: tab id and start time. */
  visitId: string;
  tabId: number;
  url: string;
  site: string;
  startedAt: number;
  /** Private window: kept in session memory only, never written to history. */
  incognito: boolean;
  /** Trackers keyed by tracker database pattern key. */
  trackers: Record<string, TrackerRecord>;
  /** Tracker requests, oldest first, capped at LIMITS.requestsPerPage (the count per tracker stays exact). */
  requests: RecordedRequest[];
  /** Requests not kept because of the cap. */
  droppedRequests: number;
  /** Page title as the browser reported it (capped), for the record and the letters. */
  title: string | null;
  /** Is this page about health: the classifier's verdict and the user's override. */
  health: PageHealth | null;
  /** What the user did and when: interaction, consent banner, choice. */
  consent: ConsentTimeline | null;
  /** A consent choice Pixelwacht recorded on this site before this page. */
  earlierChoice: EarlierChoice | null;
  /** Chrome's ids of the documents (top frame first, then sub-frames) whose requests belong here. */
  documentIds?: string[];
  /** How the page began; absent = an ordinary navigation. */
  startedBy?: PageStart;
  /** Prerendered before it was shown; `shown` false while (or if never) shown. */
  prerendered?: { shown: boolean };
  /** Reasons this record may miss requests; absent or empty = nothing known to be missing. */
  gaps?: RecordGap[];
  /** Some text of this record was cut to its cap, or decoded data beyond the page's budget was not kept (caps.ts). */
  truncated?: boolean;
  /** Characters of request text and of disclosures kept so far, against the page's budgets (caps.ts). */
  keptChars?: { requests: number; disclosures: number };
}

/** Document ids a page keeps (a page with more frames than this attributes the rest by rule 2). */
export const DOCUMENT_IDS_PER_PAGE = 64;

export function bindDocument(page: PageRecord, documentId: string): boolean {
  const ids = (page.documentIds ??= []);
  if (ids.includes(documentId) || ids.length >= DOCUMENT_IDS_PER_PAGE) return false;
  ids.push(documentId);
  return true;
}

export function markGap(page: PageRecord, gap: RecordGap): boolean {
  const gaps = (page.gaps ??= []);
  if (gaps.includes(gap)) return false;
  gaps.push(gap);
  return true;
}

export function startPage(tabId: number, url: string, startedAt: number, incognito = false): PageRecord {
  return capPageText({
    v: PAGE_RECORD_VERSION,
    visitId: `${tabId}-${startedAt}`,
    tabId,
    url,
    site: siteOf(url) ?? url,
    startedAt,
    incognito,
    trackers: {},
    requests: [],
    droppedRequests: 0,
    title: null,
    health: null,
    consent: null,
    earlierChoice: null,
  });
}

/**
 * The serialised form of each disclosure a tracker record keeps, to find a repeat
 * without serialising every kept one again for every request (a busy page sends the
 * same values hundreds of times). Memory only, per record object: a record restored
 * from storage is a new object and gets its set again from its disclosures.
 */
const keptForms = new WeakMap<TrackerRecord, { count: number; forms: Set<string> }>();

function formsOf(record: TrackerRecord): Set<string> {
  let known = keptForms.get(record);
  // Rebuilt when the list changed behind our back (cut to save space, or replaced).
  if (!known || known.count !== record.disclosures.length) {
    known = { count: record.disclosures.length, forms: new Set(record.disclosures.map((d) => JSON.stringify(d))) };
    keptForms.set(record, known);
  }
  return known.forms;
}

/** Adds new disclosures to a tracker, each cut to its caps and to the page's budget (caps.ts). */
function mergeDisclosures(page: PageRecord, record: TrackerRecord, disclosures: readonly Disclosure[]): void {
  for (const found of disclosures) {
    if (record.disclosures.length >= LIMITS.disclosuresPerTracker) break;
    const forms = formsOf(record);
    let form = '';
    const disclosure = capDisclosure(page, found, (serialised) => forms.has((form = serialised)));
    if (!disclosure) continue;
    record.disclosures.push(disclosure);
    forms.add(form);
    keptForms.get(record)!.count = record.disclosures.length;
  }
}

/**
 * Adds one tracker request to the page. Returns false (and leaves the page
 * unchanged) when the request is not a tracker request.
 */
export function addTrackerRequest(
  page: PageRecord,
  request: ObservedRequest,
  analysis: RequestAnalysis,
  source?: RequestSource,
): boolean {
  const { tracker, kind } = analysis;
  if (!tracker || !kind) return false;
  let record = page.trackers[tracker.key];
  if (!record) {
    if (Object.keys(page.trackers).length >= LIMITS.trackersPerPage) return false;
    record = {
      tracker,
      kind,
      requestCount: 0,
      firstSeen: request.timeStamp,
      lastSeen: request.timeStamp,
      disclosures: [],
      disguised: analysis.disguised,
      loginCookies: null,
      headersSeen: 0,
    };
    page.trackers[tracker.key] = record;
  }
  record.requestCount += 1;
  if (request.blockedBy) record.blocked = (record.blocked ?? 0) + 1;
  record.firstSeen = Math.min(record.firstSeen, request.timeStamp);
  record.lastSeen = Math.max(record.lastSeen, request.timeStamp);
  mergeDisclosures(page, record, analysis.disclosures);
  if (page.requests.length < LIMITS.requestsPerPage) {
    const body = request.body;
    page.requests.push(capRecordedRequest(page, {
      requestId: request.id,
      url: request.url,
      method: request.method,
      type: request.type,
      timeStamp: request.timeStamp,
      frameId: request.frameId,
      body: body === null ? null : body.slice(0, LIMITS.bodyChars),
      bodyTruncated: request.bodyTruncated || (body !== null && body.length > LIMITS.bodyChars),
      referrer: request.referrer,
      cookieNames: request.cookieNames,
      trackerKey: tracker.key,
      ...(source ? { source } : {}),
      ...(request.blockedBy ? { blockedBy: request.blockedBy } : {}),
      findings: requestFindings(analysis.disclosures),
    }));
  } else {
    page.droppedRequests += 1;
  }
  return true;
}

export interface SentHeaders {
  referrer: string | null;
  cookieNames: string[];
  loginCookies: AccountLinkage | null;
}

/**
 * Adds what the request headers showed (they arrive after the request itself):
 * the Referer, the cookie names, and whether the platform's login cookies went along.
 */
export function addSentHeaders(page: PageRecord, requestId: string, trackerKey: string, headers: SentHeaders): boolean {
  const tracker = page.trackers[trackerKey];
  if (!tracker) return false;
  tracker.headersSeen += 1;
  tracker.loginCookies ??= headers.loginCookies;
  // Newest first: headers follow their request closely.
  for (let i = page.requests.length - 1; i >= 0; i--) {
    const recorded = page.requests[i]!;
    if (recorded.requestId !== requestId) continue;
    const capped = capSentHeaders(page, headers.referrer, headers.cookieNames);
    recorded.referrer = capped.referrer;
    recorded.cookieNames = capped.cookieNames;
    break;
  }
  return true;
}

/** The request headers as read, names only: the one input of recordHeaders, from the browser or a HAR file. */
export interface RequestHeaders {
  /** The address the headers were sent to (decides which platform's login cookies count). */
  url: string;
  referrer: string | null;
  /** Cookie names (never values) from the Cookie header, in the order sent. */
  cookieNames: string[];
}

/**
 * The one path for recorded headers (background and CLI): the Referer, the cookie
 * names, and — computed here — whether the platform's login cookies went along.
 */
export function recordHeaders(page: PageRecord, requestId: string, trackerKey: string, headers: RequestHeaders): boolean {
  // accountLinkage reads only the address and the cookie names of a request.
  const linkage = accountLinkage({ url: headers.url, cookieNames: headers.cookieNames } as ObservedRequest);
  return addSentHeaders(page, requestId, trackerKey, {
    referrer: headers.referrer,
    cookieNames: headers.cookieNames,
    loginCookies: linkage === 'unknown' ? null : linkage,
  });
}

/**
 * Late findings: what the second look at an already recorded request found (a
 * compressed body, inflated off the request path — analyse-compressed.ts). They go
 * to the same request and to its tracker, never to another page: the caller checks
 * the page is still the one the request was recorded on (same `visitId`). Returns
 * false (page unchanged) when the request is not on this page or added nothing.
 */
export function addLateFindings(page: PageRecord, requestId: string, late: { analysis: RequestAnalysis; inflated?: InflatedBody }): boolean {
  let recorded: RecordedRequest | undefined;
  for (let i = page.requests.length - 1; i >= 0; i--) {
    if (page.requests[i]!.requestId === requestId) {
      recorded = page.requests[i];
      break;
    }
  }
  // A request dropped by the cap has no entry; its tracker still gets the disclosures.
  const trackerKey = recorded?.trackerKey ?? late.analysis.tracker?.key;
  const record = trackerKey ? page.trackers[trackerKey] : undefined;
  if (!record || late.analysis.disclosures.length === 0) return false;
  mergeDisclosures(page, record, late.analysis.disclosures);
  if (recorded) {
    recorded.findings = requestFindings([...late.analysis.disclosures], recorded.findings);
    if (late.inflated) recorded.inflated = late.inflated;
  }
  return true;
}
