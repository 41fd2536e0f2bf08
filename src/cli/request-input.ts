// One line of a requests file → ObservedRequest, and an analysis → the CLI's
// output contract: {"url", "tracker": {name, company, category} | null, "kind", "disclosures",
// "findings" (typed, all disclosures), "inflated" (when a compressed body was decoded)}.
import type { InflatedBody } from '../core/analyse-compressed';
import type { RequestAnalysis } from '../core/analyse-request';
import { findingsOf } from '../core/decoders/findings';
import { isRequestType, type ObservedRequest, type RequestType } from '../core/model';

export interface RequestLine {
  url: string;
  method?: string;
  body?: string | null;
  /** A binary body (gzip bytes) as base64, as HAR tools write it; used when `body` is absent. */
  bodyBase64?: string | null;
  type?: string;
  pageUrl?: string | null;
  referrer?: string | null;
  cookieNames?: string[] | null;
}

const TYPE_ALIASES: Record<string, RequestType> = {
  xhr: 'xmlhttprequest', fetch: 'xmlhttprequest', document: 'main_frame', subdocument: 'sub_frame',
  iframe: 'sub_frame', img: 'image', imageset: 'image', css: 'stylesheet', js: 'script',
};

/**
 * The type when the line does not say: a body means a POST by script (fetch,
 * XHR or beacon); a `.js` path a script; anything else is most likely an image
 * pixel, which is how tags send GET hits.
 */
export function requestTypeOf(line: RequestLine): RequestType {
  const given = typeof line.type === 'string' ? line.type.toLowerCase() : '';
  if (isRequestType(given)) return given;
  if (TYPE_ALIASES[given]) return TYPE_ALIASES[given];
  if (line.body) return 'xmlhttprequest';
  if (/\.js(?:[?#]|$)/i.test(line.url)) return 'script';
  return 'image';
}

const lossyUtf8 = new TextDecoder('utf-8', { fatal: false });

/** The raw body bytes of a line that gives them (`bodyBase64`), as the browser's `requestBody.raw` would. */
export function rawPartsOf(line: RequestLine): { bytes: ArrayBuffer }[] | null {
  if (typeof line.body === 'string' || typeof line.bodyBase64 !== 'string' || line.bodyBase64 === '') return null;
  const bytes = Buffer.from(line.bodyBase64, 'base64');
  return [{ bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }];
}

export function observedFromLine(line: RequestLine, index: number): ObservedRequest {
  const raw = rawPartsOf(line);
  // Raw bytes become text the way the background's normaliser makes them (lossy UTF-8).
  const body = typeof line.body === 'string' ? line.body : raw ? lossyUtf8.decode(raw[0]!.bytes) : null;
  return {
    id: String(index),
    tabId: -1,
    frameId: 0,
    pageUrl: typeof line.pageUrl === 'string' ? line.pageUrl : null,
    initiator: null,
    method: typeof line.method === 'string' ? line.method.toUpperCase() : body ? 'POST' : 'GET',
    type: requestTypeOf(line),
    url: line.url,
    body,
    bodyTruncated: false,
    timeStamp: 0,
    referrer: typeof line.referrer === 'string' ? line.referrer : null,
    cookieNames: Array.isArray(line.cookieNames) ? line.cookieNames.filter((n) => typeof n === 'string') : null,
  };
}

export function outputOf(url: string | null, analysis: (RequestAnalysis & { inflated?: InflatedBody }) | null) {
  const tracker = analysis?.tracker;
  return {
    url,
    tracker: tracker ? { name: tracker.name, company: tracker.company, category: tracker.category } : null,
    kind: analysis?.kind ?? null,
    disclosures: analysis?.disclosures ?? [],
    findings: (analysis?.disclosures ?? []).flatMap((d) => findingsOf(d)),
    ...(analysis?.inflated ? { inflated: analysis.inflated } : {}),
  };
}
