// The decoders' disguised payloads — GA4 and Meta requests sent to a site's own
// host, a server-side tag manager or a gateway, which no domain list catches — as
// the health shield blocks them.
//
// Two browsers, two powers:
// - Firefox's blocking listener runs code: it asks the decoders' own recognition
//   (`isDisguisedPayload`, the registry's `findDecoder` on the URL and the body), the
//   one the recorder runs, so whatever the recorder names a disguised tracker is
//   blocked, bodies included.
// - Chromium's declarativeNetRequest cannot run code: it gets a few regexFilter rules,
//   one per documented URL shape (`DISGUISED_SHAPES`), each narrower than the decoder's
//   shape check, so a request they block is one the recorder names. A shape only the
//   body shows (a GA4 batch whose events sit in the POST body, Meta's `/tr` as a form
//   POST, the Conversions API gateway's JSON) cannot be blocked there: docs/PERMISSIONS.md.
//
// `disguisedShapeOf` is the rules' regexes decided in code, for marking the requests
// Chromium's rules stopped. It scans the query's parameters once instead of running
// the regexes: RE2 (the browser's engine) is linear, JavaScript's backtracking engine
// is not on a hostile address. tests/unit/shield/shield-disguised.test.ts holds them together.
import type { ObservedRequest } from '../model';
import { findDecoder } from '../decoders/registry';
import { viewOf } from '../decoders/request-view';

export const DISGUISED_SHAPE_IDS = ['ga4-collect', 'ga4-tag-gateway', 'meta-tr'] as const;
export type DisguisedShapeId = (typeof DISGUISED_SHAPE_IDS)[number];

export interface DisguisedShape {
  id: DisguisedShapeId;
  /** The decoder that recognises the same requests (and more: its shape check also reads bodies). */
  decoder: 'ga4' | 'meta-pixel';
  /** RE2 syntax, matched case-sensitively against the whole address; small enough for Chromium's regex memory cap. */
  regex: string;
}

/** A query parameter that is present but not last: `(?:[^#]*&)?NAME=VALUE&`. */
const ANY = '(?:[^#]*&)?';
// The decoders' measurement id is 4 to 20 characters after `G-`; Chromium refuses `{3,19}` of
// this class (its regex memory cap, measured with isRegexSupported on Chromium 156), so the rule
// keeps the lower bound only. Real ids have 10 characters.
const GA4_ID = 'G-[A-Za-z0-9][A-Za-z0-9-]{3}[A-Za-z0-9-]*';

export const DISGUISED_SHAPES: readonly DisguisedShape[] = [
  // GA4 on any host's `…/g/collect` (server-side GTM, a first-party proxy path): v=2, a G- id, an event name.
  {
    id: 'ga4-collect',
    decoder: 'ga4',
    regex: `^https?://[^/?#]+/(?:[^?#]*/)?g/collect/?\\?${ANY}v=2&${ANY}tid=${GA4_ID}&${ANY}en=[^&#]`,
  },
  // Google tag gateway (first-party mode), any path: the tag's own parameter order v, tid, gtm, then the event.
  {
    id: 'ga4-tag-gateway',
    decoder: 'ga4',
    regex: `^[^?#]*\\?${ANY}v=2&${ANY}tid=${GA4_ID}&${ANY}gtm=[^&#]+&${ANY}en=[^&#]`,
  },
  // Meta's pixel hit on any host's `/tr`: a pixel id, an event, and the page, referrer or time after them.
  {
    id: 'meta-tr',
    decoder: 'meta-pixel',
    regex: `^https?://[^/?#]+/tr/?\\?${ANY}id=[0-9]{6,20}&${ANY}ev=[^&#]+&${ANY}(?:dl|rl|ts)=`,
  },
];

// One parameter's test each, as the regexes demand it (`p` is `name=value` as sent).
const V2 = (p: string) => p === 'v=2';
const TID = (p: string) => /^tid=G-[A-Za-z0-9][A-Za-z0-9-]{3,}$/.test(p);
const GTM = (p: string) => p.length > 4 && p.startsWith('gtm=');
const EN = (p: string) => p.length > 3 && p.startsWith('en=');
const PIXEL = (p: string) => /^id=[0-9]{6,20}$/.test(p);
const EV = (p: string) => p.length > 3 && p.startsWith('ev=');
const PAGE = (p: string) => p.startsWith('dl=') || p.startsWith('rl=') || p.startsWith('ts=');

/**
 * Whether the query's parameters hold `steps` in this order, each at its own parameter.
 * Every step but the last must be followed by another parameter (the regex's `&`).
 */
function inOrder(params: readonly string[], steps: readonly ((p: string) => boolean)[]): boolean {
  let step = 0;
  for (let i = 0; i < params.length && step < steps.length; i++) {
    const last = step === steps.length - 1;
    if ((last || i < params.length - 1) && steps[step]!(params[i]!)) step++;
  }
  return step === steps.length;
}

interface Address {
  hasAuthority: boolean;
  path: string;
  params: string[];
}

/** Longest address scanned: the browser matches the whole of it, the shapes' parameters come first. */
const MAX_SCAN_CHARS = 64 * 1024;

function addressOf(url: string): Address | null {
  const text = url.length > MAX_SCAN_CHARS ? url.slice(0, MAX_SCAN_CHARS) : url;
  const hash = text.indexOf('#');
  const q = text.indexOf('?');
  if (q < 0 || (hash >= 0 && hash < q)) return null;
  const scheme = /^https?:\/\//.exec(text);
  let path = '';
  let hasAuthority = false;
  if (scheme) {
    const slash = text.indexOf('/', scheme[0].length);
    // `[^/?#]+/`: a non-empty host part, then the path's slash, before the query.
    if (slash > scheme[0].length && slash < q) {
      hasAuthority = true;
      path = text.slice(slash, q);
    }
  }
  return { hasAuthority, path, params: text.slice(q + 1, hash >= 0 ? hash : undefined).split('&') };
}

function isGCollectPath(path: string): boolean {
  return path === '/g/collect' || path === '/g/collect/' || path.endsWith('/g/collect') || path.endsWith('/g/collect/');
}

/** The shape of the rules (`DISGUISED_SHAPES`, among `enabled`) this address matches, if any. */
export function disguisedShapeOf(url: string, enabled: ReadonlySet<DisguisedShapeId> | readonly DisguisedShapeId[] = DISGUISED_SHAPE_IDS): DisguisedShapeId | null {
  const on = (id: DisguisedShapeId) => (Array.isArray(enabled) ? enabled.includes(id) : (enabled as ReadonlySet<DisguisedShapeId>).has(id));
  const address = addressOf(url);
  if (!address) return null;
  const { hasAuthority, path, params } = address;
  if (on('ga4-collect') && hasAuthority && isGCollectPath(path) && inOrder(params, [V2, TID, EN])) return 'ga4-collect';
  if (on('ga4-tag-gateway') && inOrder(params, [V2, TID, GTM, EN])) return 'ga4-tag-gateway';
  if (on('meta-tr') && hasAuthority && (path === '/tr' || path === '/tr/') && inOrder(params, [PIXEL, EV, PAGE])) return 'meta-tr';
  return null;
}

/** What the Firefox listener hands over: the request as the recorder will see it. */
export type PayloadRequest = Pick<ObservedRequest, 'url' | 'method' | 'body' | 'type'> & Partial<ObservedRequest>;

/**
 * Whether the decoders recognise this request as a vendor's payload on a host that is not
 * the vendor's (the recorder then names it a disguised tracker). Bounded: the registry
 * dispatches by host and last path segment, each shape check opens with a substring test,
 * and the view caps the body it reads.
 */
export function isDisguisedPayload(request: PayloadRequest): boolean {
  const observed: ObservedRequest = {
    id: '', tabId: -1, frameId: 0, pageUrl: null, initiator: null, timeStamp: 0, referrer: null, cookieNames: null, bodyTruncated: false,
    ...request,
  };
  return findDecoder(viewOf(observed))?.disguised === true;
}
