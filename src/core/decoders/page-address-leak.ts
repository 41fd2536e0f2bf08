// Does a third-party request carry the top-level page's address or title —
// whoever the recipient is? Searches the query, body and Referer header for the
// page's address in the forms tags use: plain, URL-encoded once or twice, base64.
// The needles are derived once per page and cached; the haystacks are capped.
import type { ObservedRequest } from '../model';
import { MAX_LEAK_SCAN_CHARS } from './limits';
import { decodeComponent } from './parse';
import { splitUrl } from './request-view';
import type { Disclosure } from './types';

export type LeakedPart = 'full address' | 'address without query' | 'path' | 'title' | 'origin';
export type LeakEncoding = 'plain' | 'url-encoded' | 'double-encoded' | 'base64';

interface Needle {
  text: string;
  part: LeakedPart;
  encoding: LeakEncoding;
  /** What leaked, as shown to the user (the decoded page address, path, title or origin). */
  value: string;
}

interface PageNeedles {
  needles: Needle[];
  full: string;
  withoutQuery: string;
  origin: string;
  pathIsTrivial: boolean;
}

const MIN_PATH_CHARS = 8;
const MIN_TITLE_CHARS = 8;

function utf8Base64(text: string, prefixBytes: number): string {
  const bytes = new TextEncoder().encode(text);
  const padded = new Uint8Array(bytes.length + prefixBytes);
  padded.set(bytes, prefixBytes);
  let bin = '';
  for (let i = 0; i < padded.length; i++) bin += String.fromCharCode(padded[i] ?? 0);
  return btoa(bin);
}

/**
 * Base64 of `text` as it appears inside a longer base64 string, for each of the
 * three alignments: only the characters that depend on `text` alone are kept.
 * This is what lets the finder avoid base64-decoding every parameter.
 */
function base64Needles(text: string): string[] {
  const out: string[] = [];
  const n = new TextEncoder().encode(text).length;
  for (let k = 0; k < 3; k++) {
    const encoded = utf8Base64(text, k);
    const start = k === 0 ? 0 : 4;
    const end = Math.floor((n + k) / 3) * 4;
    if (end - start >= 12) out.push(encoded.slice(start, end));
  }
  return out;
}

function variants(value: string, part: LeakedPart, withBase64: boolean): Needle[] {
  const out: Needle[] = [{ text: value, part, encoding: 'plain', value }];
  const once = encodeURIComponent(value);
  if (once !== value) {
    out.push({ text: once, part, encoding: 'url-encoded', value });
    const lower = once.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
    if (lower !== once) out.push({ text: lower, part, encoding: 'url-encoded', value });
    if (once.includes('%20')) out.push({ text: once.replace(/%20/g, '+'), part, encoding: 'url-encoded', value });
    // encodeURI leaves `:/?&=` alone: some tags use it for the page address.
    const uri = encodeURI(value);
    if (uri !== value && uri !== once) out.push({ text: uri, part, encoding: 'url-encoded', value });
    out.push({ text: encodeURIComponent(once), part, encoding: 'double-encoded', value });
  }
  if (withBase64) {
    for (const b64 of base64Needles(value)) {
      out.push({ text: b64, part, encoding: 'base64', value });
      const urlSafe = b64.replace(/\+/g, '-').replace(/\//g, '_');
      if (urlSafe !== b64) out.push({ text: urlSafe, part, encoding: 'base64', value });
    }
  }
  return out;
}

function derive(pageUrl: string, title: string | undefined): PageNeedles | null {
  if (!/^https?:\/\//i.test(pageUrl)) return null;
  const hash = pageUrl.indexOf('#');
  const full = hash >= 0 ? pageUrl.slice(0, hash) : pageUrl;
  const { host, path, query } = splitUrl(full);
  if (!host) return null;
  const schemeEnd = full.indexOf('://') + 3;
  const origin = full.slice(0, schemeEnd) + full.slice(schemeEnd).split(/[/?#]/, 1)[0];
  const withoutQuery = origin + path;
  const pathIsTrivial = path === '/' || path === '';
  const needles: Needle[] = [];
  // Strongest first: the first hit is what gets reported.
  if (!pathIsTrivial || query) needles.push(...variants(full, 'full address', true));
  if (query && !pathIsTrivial) needles.push(...variants(withoutQuery, 'address without query', true));
  if (!pathIsTrivial && path.length >= MIN_PATH_CHARS) {
    const decodedPath = decodeComponent(path, false);
    needles.push(...variants(path, 'path', false));
    if (decodedPath !== path) needles.push({ text: decodedPath, part: 'path', encoding: 'plain', value: decodedPath });
  }
  const t = title?.trim();
  if (t && t.length >= MIN_TITLE_CHARS) needles.push(...variants(t, 'title', true));
  // A bare host says which site, not which page: reported as weak.
  needles.push(...variants(origin, 'origin', false), { text: host, part: 'origin', encoding: 'plain', value: origin });
  return { needles: dedupe(needles), full, withoutQuery, origin, pathIsTrivial };
}

function dedupe(needles: Needle[]): Needle[] {
  const seen = new Set<string>();
  return needles.filter((n) => (seen.has(n.text) ? false : (seen.add(n.text), true)));
}

const cache = new Map<string, PageNeedles | null>();
const CACHE_MAX = 128;

function needlesFor(pageUrl: string, title: string | undefined): PageNeedles | null {
  const key = title ? `${pageUrl}\u0000${title}` : pageUrl;
  let entry = cache.get(key);
  if (entry === undefined) {
    try {
      entry = derive(pageUrl, title);
    } catch {
      entry = null;
    }
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(key, entry);
  }
  return entry;
}

/** Name of the form parameter or JSON key whose value contains position `at`. */
function carrierAt(hay: string, at: number): string | null {
  const before = hay.slice(Math.max(0, at - 256), at);
  const json = /"([^"\\]{1,64})"\s*:\s*\[?\s*"?[^"]*$/.exec(before);
  if (json) return json[1] ?? null;
  const start = Math.max(before.lastIndexOf('&'), before.lastIndexOf('\n'), before.lastIndexOf(';'), before.lastIndexOf('?'));
  const segment = before.slice(start + 1);
  const eq = segment.indexOf('=');
  return eq > 0 ? decodeComponent(segment.slice(0, eq)).slice(0, 64) : null;
}

export interface PageAddressLeak {
  part: LeakedPart;
  encoding: LeakEncoding;
  /** `query <name>`, `body <name>` or `header Referer`. */
  carrier: string;
  strength: 'strong' | 'weak';
  value: string;
}

function referrerLeak(referrer: string, page: PageNeedles): PageAddressLeak | null {
  const hash = referrer.indexOf('#');
  const ref = hash >= 0 ? referrer.slice(0, hash) : referrer;
  if (!page.pathIsTrivial || ref.length > page.origin.length + 1) {
    if (ref === page.full) return { part: 'full address', encoding: 'plain', carrier: 'header Referer', strength: 'strong', value: page.full };
    if (!page.pathIsTrivial && (ref === page.withoutQuery || ref.startsWith(page.withoutQuery + '?'))) {
      return { part: 'address without query', encoding: 'plain', carrier: 'header Referer', strength: 'strong', value: page.withoutQuery };
    }
  }
  if (ref === page.origin || ref === page.origin + '/') return { part: 'origin', encoding: 'plain', carrier: 'header Referer', strength: 'weak', value: page.origin };
  return null;
}

function search(hay: string, location: string, page: PageNeedles, out: PageAddressLeak[]): void {
  let address = false;
  let title = false;
  for (const n of page.needles) {
    const isTitle = n.part === 'title';
    if ((isTitle && title) || (!isTitle && address)) continue;
    const at = hay.indexOf(n.text);
    if (at < 0) continue;
    const name = carrierAt(hay, at);
    out.push({
      part: n.part,
      encoding: n.encoding,
      carrier: name ? `${location} ${name}` : location,
      strength: n.part === 'origin' ? 'weak' : 'strong',
      value: n.value,
    });
    if (isTitle) title = true;
    else address = true;
    if (address && title) return;
  }
}

/** All leaks of the page in the request, strongest first: per place (query, body, Referer) at most one address and one title. */
export function findPageAddressLeaks(request: ObservedRequest, pageTitle?: string): PageAddressLeak[] {
  if (typeof request.pageUrl !== 'string' || typeof request.url !== 'string') return [];
  const page = needlesFor(request.pageUrl, pageTitle);
  if (!page) return [];
  const found: PageAddressLeak[] = [];
  const q = request.url.indexOf('?');
  const query = q >= 0 ? request.url.slice(q + 1, q + 1 + MAX_LEAK_SCAN_CHARS) : '';
  if (query) search(query, 'query', page, found);
  if (typeof request.body === 'string' && request.body) search(request.body.slice(0, MAX_LEAK_SCAN_CHARS), 'body', page, found);
  if (typeof request.referrer === 'string' && request.referrer) {
    const hit = referrerLeak(request.referrer, page);
    if (hit) found.push(hit);
  }
  const order = { strong: 0, weak: 1 };
  return found.sort((a, b) => order[a.strength] - order[b.strength]);
}

/**
 * The page-address leak as a Disclosure (vendor `page-address-leak`), or null.
 * `pageUrl` holds the part of the address that leaked, `pageTitle` the title when
 * it went out too; `carriedBy` names the parameter or header.
 */
export function pageAddressLeak(request: ObservedRequest, pageTitle?: string): Disclosure | null {
  let leaks: PageAddressLeak[];
  try {
    leaks = findPageAddressLeaks(request, pageTitle);
  } catch {
    return null;
  }
  const address = leaks.find((l) => l.part !== 'title');
  const title = leaks.find((l) => l.part === 'title');
  const best = leaks[0];
  if (!best) return null;
  const customData: Record<string, string> = {};
  const d: Disclosure = { vendor: 'page-address-leak', carriedBy: {}, strength: best.strength, customData };
  if (address) {
    d.pageUrl = address.value;
    d.carriedBy.pageUrl = address.carrier;
    customData.leakedPart = address.part;
    customData.encoding = address.encoding;
  }
  if (title) {
    d.pageTitle = title.value;
    d.carriedBy.pageTitle = title.carrier;
    customData.titleEncoding = title.encoding;
  }
  return d;
}
