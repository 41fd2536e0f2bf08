// The shared vocabulary of Pixelwacht. Everything here is plain data: it crosses
// the boundary between the background, storage, the UI and the command-line tool.
// Types owned by one area live next to it and are re-exported here so that other
// code has one place to import from.

export type { Disclosure, ConsentSignals, CarriedBy } from './decoders/types';
export type { Finding } from './decoders/findings';

/**
 * Request types as both browsers name them (Firefox adds beacon, Chrome uses ping);
 * Firefox's finer types are folded into these where a request enters.
 */
export const REQUEST_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'xmlhttprequest',
  'ping',
  'beacon',
  'csp_report',
  'media',
  'websocket',
  'webtransport',
  'other',
] as const;

export type RequestType = (typeof REQUEST_TYPES)[number];

const REQUEST_TYPE_SET: ReadonlySet<string> = new Set(REQUEST_TYPES);

/** True when `type` is one of the shared request types as written. */
export function isRequestType(type: string): type is RequestType {
  return REQUEST_TYPE_SET.has(type);
}

/** The languages Pixelwacht speaks: its UI, reasons, letters and evidence files. */
export const LANGS = ['nl', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/**
 * One request as the page sent it, in a browser-neutral shape. Built once where
 * the request enters (background/normalise-request.ts, or the CLI) — nothing
 * downstream knows which browser produced it.
 */
export interface ObservedRequest {
  /** The browser's request id (unique per browser session). */
  id: string;
  tabId: number;
  /** 0 for the top-level document, another number for sub-frames. */
  frameId: number;
  /** Address of the top-level page of the tab when the request left, when known. */
  pageUrl: string | null;
  /** Origin that started the request (Chrome's `initiator`; Firefox's `originUrl` cut to its origin). */
  initiator: string | null;
  method: string;
  type: RequestType;
  url: string;
  /** Request body as text: form data re-encoded as `a=b&c=d`, raw bytes decoded as UTF-8. */
  body: string | null;
  /** True when the body was longer than the cap and `body` holds only its start. */
  bodyTruncated: boolean;
  /** Milliseconds since the Unix epoch, on the background's clock. */
  timeStamp: number;
  /** The Referer header as sent, when the browser showed the headers; null when unknown or absent. */
  referrer: string | null;
  /**
   * Names (never values) of the cookies the request carried, from its Cookie header;
   * null when the headers were not seen (the CLI, or a request that failed before them).
   */
  cookieNames: string[] | null;
  /** Set when Pixelwacht's health shield stopped the request: it never left the browser. */
  blockedBy?: BlockedBy;
}

/** Who stopped a request before it left the browser. */
export type BlockedBy = 'health-shield';

/** What the tracker database says about a request's recipient. */
export interface TrackerInfo {
  /** Tracker database pattern key, e.g. `facebook_custom_audience`. */
  key: string;
  name: string;
  companyKey: string;
  company: string;
  /** Tracker database category key, e.g. `advertising`, `site_analytics`. */
  category: string;
  /** ISO country code of the company, where the database has it. */
  country: string | null;
  website: string | null;
  privacyPolicy: string | null;
}

/** What kind of thing a tracker request is, for people rather than for blocklists. */
export const TRACKER_KINDS = [
  'pixel',
  'analytics',
  'social-plugin',
  'session-replay',
  'tag-manager',
  'advertising',
  'other',
] as const;

export type TrackerKind = (typeof TRACKER_KINDS)[number];
