// The browser boundary. One page's requests as Chromium 156 and Firefox 153 ESR gave
// them to onBeforeRequest (tests/fixtures/webrequest-raw/, captured by its capture.ts),
// each browser's copy through normaliseRequest to one expected request. Where the two
// browsers keep a different truth by design, the case says so (`firefox`).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createTabInfo, normaliseRequest, senderFactsOf, type RawRequestDetails } from '../../../src/background/normalise-request';
import { loadTrackerDbFromPackage } from '../../../src/cli/load-tracker-db';
import { analyseRequest } from '../../../src/core/analyse-request';
import type { ObservedRequest } from '../../../src/core/model';

/** As stored: raw body bytes as base64 text. */
type StoredDetails = Omit<RawRequestDetails, 'requestBody'> & {
  requestBody?: { error?: string; formData?: Record<string, string[]>; raw?: { bytesBase64?: string; file?: string }[] } | null;
};

interface RawFixture {
  source: string;
  browser: string;
  page: string;
  requests: StoredDetails[];
}

/** A fixture's details as the browser handed them over: raw body bytes as an ArrayBuffer again. */
function load(name: string): { page: string; requests: RawRequestDetails[] } {
  const fixture = JSON.parse(readFileSync(new URL(`../../fixtures/webrequest-raw/${name}`, import.meta.url), 'utf8')) as RawFixture;
  const requests = fixture.requests.map((details): RawRequestDetails => {
    const raw = details.requestBody?.raw;
    if (!raw) return details as RawRequestDetails;
    const parts = raw.map((part) => {
      if (part.bytesBase64 === undefined) return { file: part.file };
      const bytes = Buffer.from(part.bytesBase64, 'base64');
      return { bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
    });
    return { ...details, requestBody: { ...details.requestBody, raw: parts } };
  });
  return { page: fixture.page, requests };
}

const chromium = load('chromium.json');
const firefox = load('firefox.json');
const PAGE = 'http://127.0.0.1:48391/';
const ORIGIN = 'http://127.0.0.1:48391';
const PAGE_IN_QUERY = encodeURIComponent(PAGE);

/** What varies per browser session (ids, clock) is not part of the expectation. */
type Expected = Omit<ObservedRequest, 'id' | 'timeStamp'>;

interface Case {
  name: string;
  method: string;
  url: string;
  expected: Partial<Expected>;
  /** Firefox's own truth where it differs by design, and why. */
  firefox?: { why: string } & Partial<Expected>;
}

const get = { method: 'GET', body: null };
const post = { method: 'POST' };

const CASES: Case[] = [
  { name: 'the page itself', url: PAGE, ...get, expected: { type: 'main_frame', initiator: null } },
  { name: 'a tag script', url: 'https://connect.facebook.net/en_US/fbevents.js', ...get, expected: { type: 'script' } },
  { name: "the page's own script", url: `${PAGE}capture.js`, ...get, expected: { type: 'script' } },
  { name: 'an <img> pixel', url: `https://www.facebook.com/tr?id=1234567890&ev=PageView&dl=${encodeURIComponent(PAGE)}&noscript=1`, ...get, expected: { type: 'image' } },
  // Firefox says imageset for <img srcset> and <picture>; it folds into image.
  { name: 'an <img srcset> pixel', url: 'https://px.ads.linkedin.com/collect/?pid=123456&fmt=gif', ...get, expected: { type: 'image' } },
  { name: 'an image made by script', url: `https://bat.bing.com/action/0?ti=12345678&evt=pageLoad&p=${PAGE_IN_QUERY}`, ...get, expected: { type: 'image' } },
  { name: 'the favicon', url: `${PAGE}favicon.ico`, ...get, expected: { type: 'image' } },
  { name: 'a tag-manager iframe', url: 'https://www.googletagmanager.com/ns.html?id=GTM-TEST123', ...get, expected: { type: 'sub_frame', frameId: 1 } },
  {
    name: 'sendBeacon with a string (raw bytes in both)',
    url: `https://region1.google-analytics.com/g/collect?v=2&tid=G-TEST123&en=page_view&dl=${PAGE_IN_QUERY}`,
    ...post,
    expected: { type: 'ping', body: 'en=scroll&epn.percent_scrolled=90' },
    firefox: { why: 'Firefox names sendBeacon beacon; Chrome calls it ping like <a ping>', type: 'beacon' },
  },
  {
    name: 'sendBeacon with URLSearchParams (formData in both)',
    url: 'https://analytics.tiktok.com/api/v2/pixel/act',
    ...post,
    expected: { type: 'ping', body: 'event=ViewContent&pixel_code=CTEST123' },
    firefox: { why: 'Firefox names sendBeacon beacon', type: 'beacon' },
  },
  {
    name: 'sendBeacon with FormData (multipart: formData in both)',
    url: 'https://www.facebook.com/tr/',
    ...post,
    // Chrome hands the fields over sorted by name; the page appended ev first.
    expected: { type: 'ping', body: 'em=f1904cf1a9d73a55fa5de0ac823c4403ded71afd4c3248d00bdcd0866552bb79&ev=Lead' },
    firefox: {
      why: "Firefox names sendBeacon beacon, and keeps the page's field order",
      type: 'beacon',
      body: 'ev=Lead&em=f1904cf1a9d73a55fa5de0ac823c4403ded71afd4c3248d00bdcd0866552bb79',
    },
  },
  {
    name: 'fetch keepalive with a string (raw bytes in both)',
    url: 'https://www.google-analytics.com/g/collect?v=2&tid=G-TEST123',
    ...post,
    expected: { type: 'xmlhttprequest', body: 'en=form_submit&ep.form_id=afspraak' },
  },
  {
    name: 'fetch with URLSearchParams (formData in both)',
    url: 'https://ct.pinterest.com/v3/',
    ...post,
    expected: { type: 'xmlhttprequest', body: 'event=pagevisit&tid=2612345678901' },
    firefox: { why: "Firefox keeps the page's field order", body: 'tid=2612345678901&event=pagevisit' },
  },
  {
    name: 'XMLHttpRequest with JSON as text/plain (raw bytes in both)',
    url: 'https://api.segment.io/v1/t',
    ...post,
    expected: { type: 'xmlhttprequest', body: '{"type":"track","event":"Appointment Booked","writeKey":"TESTKEY"}' },
  },
];

/** Everything the page's own requests share, in either browser. */
const SHARED: Expected = {
  tabId: 7,
  frameId: 0,
  pageUrl: PAGE,
  initiator: ORIGIN,
  method: 'GET',
  type: 'other',
  url: '',
  body: null,
  bodyTruncated: false,
  referrer: null,
  cookieNames: null,
};

const find = (from: RawRequestDetails[], c: Case) => {
  const found = from.filter((d) => d.method === c.method && d.url === c.url);
  expect(found, `${c.name}: exactly one request`).toHaveLength(1);
  return found[0]!;
};

const withoutSession = ({ id: _id, timeStamp: _timeStamp, ...rest }: ObservedRequest): Expected => rest;

describe('raw webRequest details, Chromium and Firefox, normalised', () => {
  test('the fixtures hold the same requests, and every one of them is a case below', () => {
    const key = (d: RawRequestDetails) => `${d.method} ${d.url}`;
    expect(chromium.requests.map(key).sort()).toEqual(firefox.requests.map(key).sort());
    expect(CASES.map((c) => `${c.method} ${c.url}`).sort()).toEqual(chromium.requests.map(key).sort());
    expect(chromium.page).toBe(PAGE);
    expect(firefox.page).toBe(PAGE);
  });

  test.each(CASES)('$name', (c) => {
    const { why: _why, ...firefoxOwn } = c.firefox ?? { why: '' };
    const expected: Expected = { ...SHARED, url: c.url, method: c.method, ...c.expected };
    // Chromium's details never name the top-level page: the background passes the page its tab holds.
    expect(withoutSession(normaliseRequest(find(chromium.requests, c), PAGE))).toEqual(expected);
    // Firefox's say it themselves (documentUrl, frameAncestors): no page from the tab is needed.
    expect(withoutSession(normaliseRequest(find(firefox.requests, c), null))).toEqual({ ...expected, ...firefoxOwn });
  });
});

describe('what attribution learns of the sender, per browser', () => {
  const facts = (from: RawRequestDetails[]) => from.map((d) => ({ url: d.url, ...senderFactsOf(d) }));

  test('a main_frame request carries no document id in either browser', () => {
    for (const list of [chromium.requests, firefox.requests]) {
      const main = facts(list).filter((f) => f.type === 'main_frame');
      expect(main).toHaveLength(1);
      expect(main[0]!.documentId).toBeUndefined();
      expect(main[0]!.topDocumentUrl).toBeNull();
    }
  });

  test("the iframe names its parent's document, not one of its own, in both", () => {
    for (const list of [chromium.requests, firefox.requests]) {
      const frame = facts(list).find((f) => f.type === 'sub_frame')!;
      expect(frame).toMatchObject({ frameId: 1, parentDocumentId: 'DOC-1' });
      expect(frame.documentId).toBeUndefined();
    }
  });

  test("Chromium names the page's document for every subresource, with its lifecycle", () => {
    const sub = facts(chromium.requests).filter((f) => f.type !== 'main_frame' && f.type !== 'sub_frame');
    expect(sub).toHaveLength(12);
    for (const f of sub) expect(f, f.url).toMatchObject({ documentId: 'DOC-1', documentLifecycle: 'active', topDocumentUrl: null });
  });

  test('Firefox names the document for scripts, images, beacons and XHR, not for a keepalive fetch; it gives the top page itself', () => {
    const sub = facts(firefox.requests).filter((f) => f.type !== 'main_frame' && f.type !== 'sub_frame');
    expect(sub).toHaveLength(12);
    const without = sub.filter((f) => f.documentId === undefined).map((f) => f.url);
    expect(without).toEqual(['https://www.google-analytics.com/g/collect?v=2&tid=G-TEST123']);
    for (const f of sub) {
      expect(f.documentLifecycle, f.url).toBeUndefined();
      expect(f.topDocumentUrl, f.url).toBe(PAGE);
      if (f.documentId !== undefined) expect(f.documentId, f.url).toBe('DOC-1');
    }
    // Firefox's raw types are finer than the shared ones.
    expect(new Set(sub.map((f) => f.type))).toEqual(new Set(['script', 'image', 'imageset', 'beacon', 'xmlhttprequest']));
  });
});

describe('the same request from either browser is the same evidence', () => {
  test('each pair names the same tracker, kind and disclosures', async () => {
    const trackers = await loadTrackerDbFromPackage();
    let trackerRequests = 0;
    for (const c of CASES) {
      const fromChromium = analyseRequest(normaliseRequest(find(chromium.requests, c), PAGE), trackers);
      const fromFirefox = analyseRequest(normaliseRequest(find(firefox.requests, c), null), trackers);
      expect(fromFirefox.tracker, c.name).toEqual(fromChromium.tracker);
      expect(fromFirefox.kind, c.name).toBe(fromChromium.kind);
      expect(fromFirefox.decoder, c.name).toBe(fromChromium.decoder);
      expect(fromFirefox.disclosures, c.name).toEqual(fromChromium.disclosures);
      if (fromChromium.tracker) trackerRequests++;
    }
    // Everything but the page's own two requests and the favicon goes to a tracker.
    expect(trackerRequests).toBe(CASES.length - 3);
  });

  test("private or not: Firefox's details say it, Chromium's are asked of the tab", async () => {
    const asked: number[] = [];
    const tabInfo = createTabInfo(async (tabId) => (asked.push(tabId), { url: PAGE, incognito: true }));
    const script = { method: 'GET', url: `${PAGE}capture.js` } as Case;
    expect(find(firefox.requests, script).incognito).toBe(false);
    expect(find(chromium.requests, script).incognito).toBeUndefined();
    expect((await tabInfo.of(7, find(firefox.requests, script))).incognito).toBe(false);
    expect((await tabInfo.of(7, find(chromium.requests, script))).incognito).toBe(true);
    expect(asked).toEqual([7]); // one question per tab and burst
  });
});
