// Caps on every string a page can make Pixelwacht store. A page chooses its own
// addresses, titles, request bodies and the values its tags send, so each is cut
// to a fixed length where it enters the record, and each page has a budget for
// the text of its kept requests and decoded disclosures. What was cut is flagged
// (`urlTruncated`, `bodyTruncated`, a disclosure's `truncated`, the page's
// `truncated`), so evidence never silently claims to be complete.
import type { Disclosure } from '../model';
import type { PageRecord, RecordedRequest } from './page-record';
// Without these one hostile page (12 requests with 1 MB query strings) filled
// storage.session and stopped every other tab's history from being saved.

export const CAPS = {
  /** Request, page and referrer addresses. Long enough for every real tracker request seen in the fixtures. */
  urlChars: 2048,
  titleChars: 1024,
  /** Any decoded value (an event name, a parameter, an identifier, a TC string). */
  valueChars: 1024,
  /** Entries kept per decoded map (custom data, identifiers, raw consent values). */
  entriesPerMap: 50,
  /** Nesting kept in a decoded disclosure; deeper values are dropped. */
  depth: 4,
  /** Text (address, body, referrer) of the kept requests of one page. */
  requestCharsPerPage: 192 * 1024,
  /** Beyond the page's request budget a request keeps this much of its address and no body. */
  shortUrlChars: 256,
  /** Serialised decoded disclosures of one page. */
  disclosureCharsPerPage: 128 * 1024,
  /** Cookie names kept per request (names only, never values), and their length. */
  cookieNames: 30,
  cookieNameChars: 64,
} as const;

export interface Capped<T> {
  value: T;
  /** True when anything was cut or dropped. */
  cut: boolean;
}

export function capText(text: string, max: number): Capped<string> {
  return text.length <= max ? { value: text, cut: false } : { value: text.slice(0, max), cut: true };
}

/** A string or null, cut to `max`. */
export function capNullable(text: string | null, max: number): Capped<string | null> {
  return text === null ? { value: null, cut: false } : capText(text, max);
}

/**
 * A decoded value of any shape, with every string cut to `valueChars`, every
 * object and array cut to `entriesPerMap` entries and nesting beyond `depth` dropped.
 */
export function capValue(value: unknown, depth: number = CAPS.depth): Capped<unknown> {
  if (typeof value === 'string') return capText(value, CAPS.valueChars);
  if (value === null || typeof value !== 'object') return { value, cut: false };
  if (depth <= 0) return { value: undefined, cut: true };
  let cut = false;
  if (Array.isArray(value)) {
    if (value.length > CAPS.entriesPerMap) cut = true;
    const out = value.slice(0, CAPS.entriesPerMap).map((item) => {
      const capped = capValue(item, depth - 1);
      cut ||= capped.cut;
      return capped.value;
    });
    return { value: out, cut };
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > CAPS.entriesPerMap) cut = true;
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries.slice(0, CAPS.entriesPerMap)) {
    const capped = capValue(item, depth - 1);
    cut ||= capped.cut || key.length > CAPS.valueChars;
    if (capped.value !== undefined) out[key.slice(0, CAPS.valueChars)] = capped.value;
  }
  return { value: out, cut };
}

// ---- applied where requests, disclosures and page facts enter a record ----
/** Request bodies kept in a live record (page-record.ts LIMITS.bodyChars). */
const BODY_CHARS = 4096;

function budgetOf(page: PageRecord): { requests: number; disclosures: number } {
  page.keptChars ??= { requests: 0, disclosures: 0 };
  return page.keptChars;
}

/** Cuts the page's own address and title (set at start, by an SPA navigation, by the content script). Idempotent. */
export function capPageText(page: PageRecord): PageRecord {
  const url = capText(page.url, CAPS.urlChars);
  const title = capNullable(page.title, CAPS.titleChars);
  if (url.cut || title.cut) {
    page.url = url.value;
    page.title = title.value;
    page.truncated = true;
  }
  return page;
}

/** A request as it is kept: address, body and referrer cut to their caps and to the page's budget. */
export function capRecordedRequest(page: PageRecord, request: RecordedRequest): RecordedRequest {
  const budget = budgetOf(page);
  const over = budget.requests >= CAPS.requestCharsPerPage;
  const url = capText(request.url, over ? CAPS.shortUrlChars : CAPS.urlChars);
  const body = over ? { value: null, cut: request.body !== null } : capNullable(request.body, BODY_CHARS);
  const referrer = capNullable(request.referrer, CAPS.urlChars);
  const cookieNames = capCookieNames(request.cookieNames);
  const kept: RecordedRequest = {
    ...request,
    url: url.value,
    body: body.value,
    bodyTruncated: request.bodyTruncated || body.cut,
    referrer: referrer.value,
    cookieNames: cookieNames.value,
  };
  if (url.cut) kept.urlTruncated = true;
  // What each request disclosed (typed findings, already bounded per request) shares the page's
  // budget for decoded data; past it the request keeps its raw parts and no findings of its own.
  let findingsCut = false;
  if (kept.findings && kept.findings.length > 0) {
    const size = JSON.stringify(kept.findings).length;
    if (budget.disclosures + size > CAPS.disclosureCharsPerPage) {
      kept.findings = [];
      findingsCut = true;
    } else {
      budget.disclosures += size;
    }
  }
  if (url.cut || body.cut || referrer.cut || cookieNames.cut || findingsCut) page.truncated = true;
  budget.requests += kept.url.length + (kept.body?.length ?? 0) + (kept.referrer?.length ?? 0) + namesLength(kept.cookieNames);
  return kept;
}

const namesLength = (names: string[] | null) => (names ?? []).reduce((n, name) => n + name.length + 3, 0);

function capCookieNames(names: string[] | null): Capped<string[] | null> {
  if (names === null) return { value: null, cut: false };
  const kept = names.slice(0, CAPS.cookieNames).map((n) => n.slice(0, CAPS.cookieNameChars));
  return { value: kept, cut: names.length > CAPS.cookieNames || names.some((n) => n.length > CAPS.cookieNameChars) };
}

/** The Referer and cookie names a request's headers showed (they arrive after the request), capped and counted. */
export function capSentHeaders(page: PageRecord, referrer: string | null, cookieNames: string[]): { referrer: string | null; cookieNames: string[] } {
  const budget = budgetOf(page);
  const over = budget.requests >= CAPS.requestCharsPerPage;
  const ref = capNullable(referrer, over ? CAPS.shortUrlChars : CAPS.urlChars);
  const names = capCookieNames(over ? cookieNames.slice(0, 5) : cookieNames);
  if (ref.cut || names.cut || (over && cookieNames.length > 5)) page.truncated = true;
  budget.requests += (ref.value?.length ?? 0) + namesLength(names.value);
  return { referrer: ref.value, cookieNames: names.value ?? [] };
}

/**
 * A decoded disclosure with its values capped, to be kept; null when it is one
 * the record already has (`isKept`, compared after capping) or the page's
 * disclosure budget is spent.
 */
export function capDisclosure(page: PageRecord, disclosure: Disclosure, isKept: (serialised: string) => boolean): Disclosure | null {
  const budget = budgetOf(page);
  const capped = capValue(disclosure);
  const kept = capped.value as Disclosure;
  if (capped.cut) kept.truncated = true;
  // Serialised once: what a duplicate is compared by, and what it costs the page's budget.
  const text = JSON.stringify(kept);
  if (isKept(text)) return null;
  const size = text.length;
  if (budget.disclosures + size > CAPS.disclosureCharsPerPage) {
    page.truncated = true;
    return null;
  }
  if (capped.cut) page.truncated = true;
  budget.disclosures += size;
  return kept;
}
