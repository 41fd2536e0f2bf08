// History in storage stays under its caps and expires, with the newest records intact.
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import type { ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { addTrackerRequest, LIMITS, startPage, type PageRecord } from '../../../src/core/records/page-record';
import { HISTORY_LIMITS, isSiteHistory, VISITS_PER_SITE, type SiteHistory } from '../../../src/core/records/site-history';
import { HISTORY_INDEX_KEY, HistoryStore, MAX_SITES } from '../../../src/storage/history-store';
import { siteKey } from '../../../src/storage/keys';
import { NOTICES_KEY } from '../../../src/storage/notices';
import { memoryArea } from '../../../src/storage/storage-area';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28, 12);

const tracker = (n: number): TrackerInfo => ({
  key: `tracker_${n}`, name: `Tracker ${n}`, companyKey: `company_${n % 7}`, company: `Company ${n % 7}`,
  category: 'advertising', country: null, website: null, privacyPolicy: null,
});

function request(page: PageRecord, i: number, t: number): ObservedRequest {
  return {
    id: `${page.visitId}-${i}`, tabId: page.tabId, frameId: 0, pageUrl: page.url, initiator: null, method: 'POST', type: 'ping',
    url: `https://t${i % 5}.tracker.example/collect?i=${i}`, body: i % 10 === 0 ? 'x'.repeat(6000) : 'en=page_view&dl=https%3A%2F%2Fa%2F', bodyTruncated: false, timeStamp: t,
    referrer: null, cookieNames: null,
  };
}

const analysis = (n: number): RequestAnalysis => ({
  thirdParty: true, tracker: tracker(n), kind: 'pixel', decoder: null, disguised: false,
  disclosures: [{ vendor: 'x', pageUrl: 'https://a/', carriedBy: {} }], accountLinkage: 'unknown', truncated: false,
});

describe('history store', () => {
  test('50,000 requests across 2,000 sites: every cap holds and the newest records are intact', { timeout: 60_000 }, async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    let sent = 0;
    const newestBySite = new Map<string, number>();
    // Sites 0-9 are visited 60 times (over the visit cap); the rest once; some visits send 400 requests (over the request cap).
    const visits: { site: number; visit: number }[] = [];
    for (let s = 0; s < 2000; s++) for (let v = 0; v < (s < 10 ? 60 : 1); v++) visits.push({ site: s, visit: v });
    for (const { site, visit } of visits) {
      const startedAt = NOW - DAY + visit * 60_000 + site;
      const page = startPage(1, `https://www.site${site}.example/page/${visit}`, startedAt);
      const n = sent < 50_000 ? Math.min(site % 100 === 0 ? 400 : 20, 50_000 - sent) : 0;
      for (let i = 0; i < n; i++) addTrackerRequest(page, request(page, i, startedAt + i), analysis(i % 9));
      sent += n;
      if (Object.keys(page.trackers).length === 0) continue;
      await store.upsert([page]);
      newestBySite.set(page.site, startedAt);
    }
    expect(sent).toBeGreaterThanOrEqual(45_000);

    const index = area.data.get(HISTORY_INDEX_KEY) as { sites: Record<string, number> };
    expect(Object.keys(index.sites).length).toBe(newestBySite.size);
    expect(newestBySite.size).toBeLessThanOrEqual(MAX_SITES);
    for (const [site, newest] of newestBySite) {
      const history = area.data.get(siteKey(site)) as SiteHistory;
      expect(isSiteHistory(history)).toBe(true);
      expect(history.visits.length).toBeLessThanOrEqual(VISITS_PER_SITE);
      expect(history.visits.at(-1)!.startedAt).toBe(newest); // the newest visit is kept
      for (const visit of history.visits) {
        expect(visit.requests.length).toBeLessThanOrEqual(HISTORY_LIMITS.requestsPerVisit);
        const bodies = visit.requests.map((r) => r.body?.length ?? 0);
        expect(Math.max(...bodies)).toBeLessThanOrEqual(HISTORY_LIMITS.bodyChars);
        expect(bodies.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(HISTORY_LIMITS.bodyCharsPerVisit);
      }
    }
    const heavy = area.data.get(siteKey('site0.example')) as SiteHistory;
    expect(heavy.visits).toHaveLength(VISITS_PER_SITE);
    expect(heavy.visits.at(-1)!.requests).toHaveLength(HISTORY_LIMITS.requestsPerVisit);
    // 400 sent: 300 kept live (LIMITS.requestsPerPage), of which 100 go to history.
    expect(heavy.visits.at(-1)!.droppedRequests).toBe(400 - HISTORY_LIMITS.requestsPerVisit);
    expect(LIMITS.requestsPerPage).toBeGreaterThan(HISTORY_LIMITS.requestsPerVisit);
    // The largest site record stays small enough to rewrite on every flush.
    const largest = Math.max(...[...area.data.values()].map((v) => JSON.stringify(v).length));
    expect(largest).toBeLessThan(VISITS_PER_SITE * (HISTORY_LIMITS.bodyCharsPerVisit + HISTORY_LIMITS.requestsPerVisit * 400) + 100_000);
  });

  test('beyond the cap on sites, the sites visited longest ago go first', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    const pages: PageRecord[] = [];
    for (let s = 0; s < MAX_SITES + 50; s++) {
      const page = startPage(1, `https://site${s}.example/`, NOW - DAY + s);
      addTrackerRequest(page, request(page, 0, page.startedAt), analysis(1));
      pages.push(page);
    }
    for (let i = 0; i < pages.length; i += 500) await store.upsert(pages.slice(i, i + 500));
    const index = area.data.get(HISTORY_INDEX_KEY) as { sites: Record<string, number> };
    expect(Object.keys(index.sites)).toHaveLength(MAX_SITES);
    expect(area.data.has(siteKey('site0.example'))).toBe(false);
    expect(area.data.has(siteKey('site49.example'))).toBe(false);
    expect(area.data.has(siteKey('site50.example'))).toBe(true);
    expect(area.data.has(siteKey(`site${MAX_SITES + 49}.example`))).toBe(true);
  });

  test('purge drops visits older than the retention period and sites left empty', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    const old = startPage(1, 'https://old.example/', NOW - 40 * DAY);
    const mixedOld = startPage(1, 'https://mixed.example/a', NOW - 31 * DAY);
    const mixedNew = startPage(1, 'https://mixed.example/b', NOW - 2 * DAY);
    for (const p of [old, mixedOld, mixedNew]) addTrackerRequest(p, request(p, 0, p.startedAt), analysis(1));
    await store.upsert([old, mixedOld, mixedNew]);
    const result = await store.purge(30);
    expect(result).toEqual({ removedVisits: 2, removedSites: 1 });
    expect(area.data.has(siteKey('old.example'))).toBe(false);
    const mixed = area.data.get(siteKey('mixed.example')) as SiteHistory;
    expect(mixed.visits.map((v) => v.url)).toEqual(['https://mixed.example/b']);
    expect(Object.keys((area.data.get(HISTORY_INDEX_KEY) as { sites: Record<string, number> }).sites)).toEqual(['mixed.example']);
  });

  test('a corrupted site record or index is reset with a notice, never a crash', async () => {
    const area = memoryArea({ [siteKey('broken.example')]: { v: 99, nonsense: true }, [HISTORY_INDEX_KEY]: 'garbage' });
    const store = new HistoryStore(area, () => NOW);
    const page = startPage(1, 'https://broken.example/', NOW);
    addTrackerRequest(page, request(page, 0, NOW), analysis(1));
    await store.upsert([page]);
    const history = area.data.get(siteKey('broken.example')) as SiteHistory;
    expect(isSiteHistory(history)).toBe(true);
    expect(history.visits).toHaveLength(1);
    const notices = area.data.get(NOTICES_KEY) as { part: string }[];
    expect(notices.map((n) => n.part).sort()).toEqual(['history', 'history-index']);
    await expect(store.purge(30)).resolves.toEqual({ removedVisits: 0, removedSites: 0 });
  });
});
