import { describe, expect, test } from 'vitest';
import {
  attributeRequest,
  attributeWorkerRequest,
  classifyAddressChange,
  isSpeculativeNavigation,
  pageAddressKey,
  type PageCandidate,
  type SenderFacts,
  type TabPages,
} from '../../../src/core/records/attribution';
import { missingFromRecords, viewAt } from '../../../src/core/records/attribution-timing';
import { addTrackerRequest, startPage } from '../../../src/core/records/page-record';
import type { RequestAnalysis } from '../../../src/core/analyse-request';

const page = (visitId: string, url: string, documentIds?: string[]): PageCandidate => ({ visitId, url, ...(documentIds ? { documentIds } : {}) });
const facts = (over: Partial<SenderFacts> = {}): SenderFacts => ({ type: 'image', frameId: 0, topDocumentUrl: null, ...over });
const tab = (current: PageCandidate | null, previous: PageCandidate[] = [], prerendering: PageCandidate[] = []): TabPages => ({ current, previous, prerendering });

const A = page('a', 'https://a.example/ivf', ['DOC-A']);
const B = page('b', 'https://b.example/');

describe('attributing a request to the page of the document that sent it', () => {
  test("a leaving page's beacon (Chrome: its document id, lifecycle still active) goes to that page, not the new one", () => {
    const result = attributeRequest(tab(B, [A]), facts({ type: 'ping', documentId: 'DOC-A', documentLifecycle: 'active' }));
    expect(result.page?.visitId).toBe('a');
    expect(result.bind).toBeNull();
  });

  test("Firefox: a beacon whose document id no page holds, sent by the address of a page left, goes to that page and binds nothing to the new one", () => {
    const unboundA = page('a', 'https://a.example/ivf');
    const result = attributeRequest(tab(B, [unboundA]), facts({ type: 'beacon', documentId: 'DOC-A-LATE', topDocumentUrl: 'https://a.example/ivf' }));
    expect(result).toEqual({ page: unboundA, bind: null });
    // The same unknown id from the page shown is that page's (and binds it).
    expect(attributeRequest(tab(B, [unboundA]), facts({ documentId: 'DOC-B', topDocumentUrl: 'https://b.example/' }))).toEqual({ page: B, bind: 'DOC-B' });
  });

  test("the new page's first request binds its document id; later ones of that id stay there", () => {
    const first = attributeRequest(tab(B, [A]), facts({ documentId: 'DOC-B' }));
    expect(first).toEqual({ page: B, bind: 'DOC-B' });
    const bound = page('b', B.url, ['DOC-B']);
    expect(attributeRequest(tab(bound, [A]), facts({ documentId: 'DOC-B' })).page).toBe(bound);
    // A second unknown top document does not take over the binding.
    expect(attributeRequest(tab(bound, [A]), facts({ documentId: 'DOC-X' }))).toEqual({ page: bound, bind: null });
  });

  test('Firefox: a top-level request naming another document than the current page holds, with its address, is a new document (its navigation not seen yet)', () => {
    const bound = page('b', B.url, ['DOC-B']);
    expect(attributeRequest(tab(bound, [A]), facts({ documentId: 'DOC-B2', topDocumentUrl: B.url }))).toEqual({ page: null, bind: 'DOC-B2', newDocumentAt: B.url });
    // A sub-frame's unknown document is not a new top document.
    expect(attributeRequest(tab(bound, [A]), facts({ frameId: 4, documentId: 'FRAME-9', topDocumentUrl: B.url }))).toEqual({ page: bound, bind: null });
  });

  test("a sub-frame's document is bound to the page of its parent document", () => {
    const result = attributeRequest(tab(B, [A]), facts({ frameId: 3, documentId: 'FRAME-1', parentDocumentId: 'DOC-A' }));
    expect(result).toEqual({ page: A, bind: 'FRAME-1' });
  });

  test('a page restored from the back/forward cache holds the same document id: the newest record of it wins', () => {
    const restored = page('a2', A.url, ['DOC-A']);
    expect(attributeRequest(tab(restored, [B, A]), facts({ documentId: 'DOC-A' })).page).toBe(restored);
    // Left again: its beacons go to the restored visit, the newest previous page holding the id.
    expect(attributeRequest(tab(page('c', 'https://c.example/'), [restored, B, A]), facts({ documentId: 'DOC-A' })).page).toBe(restored);
  });

  test('a prerendering document goes to the prerendered page, never to the page shown', () => {
    const prerendered = page('p', 'https://a.example/next');
    const result = attributeRequest(tab(A, [], [prerendered]), facts({ documentId: 'DOC-P', documentLifecycle: 'prerender', frameId: 5 }));
    expect(result).toEqual({ page: prerendered, bind: 'DOC-P' });
    expect(attributeRequest(tab(A, [], []), facts({ documentId: 'DOC-P', documentLifecycle: 'prerender' })).page).toBeNull();
  });

  test('speculative navigations: main_frame with the initiating document id, or lifecycle prerender; a real one has neither', () => {
    expect(isSpeculativeNavigation(facts({ type: 'main_frame', documentId: 'DOC-A' }), A)).toBe(true);
    expect(isSpeculativeNavigation(facts({ type: 'main_frame', documentLifecycle: 'prerender' }), A)).toBe(true);
    expect(isSpeculativeNavigation(facts({ type: 'main_frame', documentLifecycle: 'active' }), A)).toBe(false);
    expect(isSpeculativeNavigation(facts({ type: 'image', documentId: 'DOC-A' }), A)).toBe(false);
    // Firefox: an ordinary navigation carries the new document's own id, which no page holds.
    expect(isSpeculativeNavigation(facts({ type: 'main_frame', documentId: 'DOC-NEW' }), A)).toBe(false);
    expect(isSpeculativeNavigation(facts({ type: 'main_frame', documentId: 'DOC-NEW' }), null)).toBe(false);
  });

  test("Firefox (no document ids): the sending document's address picks the previous page; else the current one", () => {
    const a = page('a', 'https://a.example/ivf');
    expect(attributeRequest(tab(B, [a]), facts({ topDocumentUrl: 'https://a.example/ivf#x' })).page).toBe(a);
    expect(attributeRequest(tab(B, [a]), facts({ topDocumentUrl: 'https://b.example/' })).page).toBe(B);
    expect(attributeRequest(tab(B, [a]), facts({ topDocumentUrl: 'https://elsewhere.example/' })).page).toBe(B);
    expect(attributeRequest(tab(B, [a]), facts()).page).toBe(B);
    expect(attributeRequest(tab(null), facts()).page).toBeNull();
  });
});

describe('a new address without a request', () => {
  test('same address, fragment only, restore from the back/forward cache, a single-page app view, or a new document', () => {
    const b = page('b', 'https://b.example/', ['DOC-B']);
    expect(classifyAddressChange(tab(b, [A]), 'https://b.example/').kind).toBe('unchanged');
    expect(classifyAddressChange(tab(b, [A]), 'https://b.example/#top').kind).toBe('fragment');
    expect(classifyAddressChange(tab(b, [A]), A.url)).toEqual({ kind: 'restored', from: A });
    expect(classifyAddressChange(tab(b, [A]), 'https://b.example/route-2').kind).toBe('same-document');
    // Back to an earlier view of the same document (SPA popstate) is not a restore.
    const view1 = page('v1', 'https://b.example/one', ['DOC-B']);
    const view2 = page('v2', 'https://b.example/two', ['DOC-B']);
    expect(classifyAddressChange(tab(view2, [view1]), view1.url).kind).toBe('same-document');
    // pushState cannot change the origin: another origin's address is a new document (its navigation not seen yet).
    expect(classifyAddressChange(tab(b, [A]), 'https://c.example/').kind).toBe('new-document');
    expect(classifyAddressChange(tab(b, [A]), 'http://b.example/').kind).toBe('new-document');
  });

  test('address keys drop the fragment and are bounded, so a cut address still matches its page', () => {
    const long = `https://a.example/?utm=${'x'.repeat(5000)}`;
    expect(pageAddressKey(long)).toBe(pageAddressKey(long.slice(0, 4096)));
    expect(pageAddressKey(`${long}#frag`).length).toBeLessThanOrEqual(1024);
  });
});

describe("requests of a site's service worker (no tab)", () => {
  const open = [
    { tabId: 1, url: 'https://shop.example/a' },
    { tabId: 2, url: 'https://clinic.example/ivf' },
    { tabId: 3, url: 'https://news.example/' },
    { tabId: 4, url: 'https://news.example/other' },
  ];
  test('go to the only tab of the worker origin', () => {
    expect(attributeWorkerRequest('https://clinic.example', open)).toBe(2);
    expect(attributeWorkerRequest('https://clinic.example/sw.js', open)).toBe(2); // Firefox originUrl
  });
  test('are not attributed when several tabs or none show the origin, or the sender is not a web origin', () => {
    expect(attributeWorkerRequest('https://news.example', open)).toBeNull();
    expect(attributeWorkerRequest('https://other.example', open)).toBeNull();
    expect(attributeWorkerRequest('chrome-extension://abc', open)).toBeNull();
    expect(attributeWorkerRequest(null, open)).toBeNull();
  });
});

describe("reconciling the page's own Resource Timing entries", () => {
  const analysis = (key: string): RequestAnalysis => ({
    thirdParty: true,
    tracker: { key, name: key, companyKey: key, company: key, category: 'advertising', country: null, website: null, privacyPolicy: null },
    kind: 'pixel', decoder: null, disguised: false, disclosures: [], truncated: false,
  });
  const seen = (url: string, t: number) => ({
    id: String(t), tabId: 1, frameId: 0, pageUrl: 'https://a.example/', initiator: null, method: 'GET', type: 'image' as const,
    url, body: null, bodyTruncated: false, timeStamp: t, referrer: null, cookieNames: null,
  });

  test('entries without a recorded request become requests (GET, typed, timed); seen ones are matched by address and count', () => {
    const record = startPage(1, 'https://a.example/', 1000);
    addTrackerRequest(record, seen('https://www.facebook.com/tr?id=1', 1010), analysis('fb'));
    const entries = [
      { name: 'https://www.facebook.com/tr?id=1', initiatorType: 'img', startTime: 5 },
      { name: 'https://www.facebook.com/tr?id=1', initiatorType: 'img', startTime: 9 },
      { name: 'https://analytics.tiktok.com/api/v2/pixel?e=1', initiatorType: 'beacon', startTime: 12.5 },
      { name: 'https://cdn.example/app.js', initiatorType: 'script', startTime: 1 },
      { name: 'data:image/gif;base64,xx', initiatorType: 'img', startTime: 1 },
    ];
    const missing = missingFromRecords([record], entries, 1000, 1)!;
    expect(missing.map((r) => [r.url, r.type, r.method, r.timeStamp])).toEqual([
      ['https://www.facebook.com/tr?id=1', 'image', 'GET', 1009],
      ['https://analytics.tiktok.com/api/v2/pixel?e=1', 'ping', 'POST', 1013],
      ['https://cdn.example/app.js', 'script', 'GET', 1001],
    ]);
    expect(new Set(missing.map((r) => r.id)).size).toBe(3);
  });

  test('bounded: at most one report of entries is compared, names are cut; a record over its cap is left alone', () => {
    const record = startPage(1, 'https://a.example/', 0);
    const entries = Array.from({ length: 5000 }, (_, i) => ({ name: `https://t.example/p?i=${i}&pad=${'y'.repeat(3000)}`, initiatorType: 'img', startTime: i }));
    const missing = missingFromRecords([record], entries, 0, 1)!;
    expect(missing.length).toBe(100);
    expect(Math.max(...missing.map((r) => r.url.length))).toBeLessThanOrEqual(2048);
    record.droppedRequests = 1;
    expect(missingFromRecords([record], entries, 0, 1)).toBeNull();
  });

  test("a single-page app's views: requests recorded on any view count; each found one goes to the view of its time", () => {
    const view1 = startPage(1, 'https://a.example/one', 1000);
    const view2 = startPage(1, 'https://a.example/two', 2000);
    addTrackerRequest(view1, seen('https://t.example/x', 1100), analysis('t'));
    const missing = missingFromRecords([view2, view1], [{ name: 'https://t.example/x', initiatorType: 'img', startTime: 100 }, { name: 'https://t.example/y', initiatorType: 'img', startTime: 1500 }], 1000, 1)!;
    expect(missing.map((r) => r.url)).toEqual(['https://t.example/y']);
    expect(viewAt([view2, view1], missing[0]!.timeStamp)).toBe(view2);
    expect(viewAt([view2, view1], 1500)).toBe(view1);
    expect(viewAt([view2, view1], 10)).toBe(view1);
  });
});
