// History in storage (one record per visit, a summary per site, an index of sites)
// stays under its caps and expires, with the newest records intact.
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import type { ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { addTrackerRequest, LIMITS, startPage, type PageRecord } from '../../../src/core/records/page-record';
import { HISTORY_LIMITS, VISITS_PER_SITE, type SiteSummary } from '../../../src/core/records/site-history';
import { HistoryStore, MAX_SITES, type HistoryIndex } from '../../../src/storage/history-store';
import { HISTORY_INDEX_KEY, NOTICES_KEY, siteSummaryKey, VISIT_KEY_PREFIX, visitKey } from '../../../src/storage/keys';
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
  disclosures: [{ vendor: 'x', pageUrl: 'https://a/', carriedBy: {} }], truncated: false,
});

const summaryOf = (area: ReturnType<typeof memoryArea>, site: string) => area.data.get(siteSummaryKey(site)) as SiteSummary | undefined;
const visitOf = (area: ReturnType<typeof memoryArea>, site: string, id: string) => area.data.get(visitKey(site, id)) as PageRecord | undefined;
const indexOf = (area: ReturnType<typeof memoryArea>) => area.data.get(HISTORY_INDEX_KEY) as HistoryIndex;
const visitKeys = (area: ReturnType<typeof memoryArea>) => [...area.data.keys()].filter((k) => k.startsWith(VISIT_KEY_PREFIX));

describe('history store', () => {
  test('50,000 requests across 2,000 sites: every cap holds and the newest records are intact', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    let sent = 0;
    const newestBySite = new Map<string, string>();
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
      await store.record([page]);
      newestBySite.set(page.site, page.visitId);
    }
    expect(sent).toBeGreaterThanOrEqual(45_000);

    expect(Object.keys(indexOf(area).sites).length).toBe(newestBySite.size);
    expect(newestBySite.size).toBeLessThanOrEqual(MAX_SITES);
    for (const [site, newest] of newestBySite) {
      const summary = summaryOf(area, site)!;
      expect(summary.visits.length).toBeLessThanOrEqual(VISITS_PER_SITE);
      expect(summary.visits.at(-1)!.id).toBe(newest); // the newest visit is kept
      for (const { id } of summary.visits) {
        const visit = visitOf(area, site, id)!;
        expect(visit.requests.length).toBeLessThanOrEqual(HISTORY_LIMITS.requestsPerVisit);
        const bodies = visit.requests.map((r) => r.body?.length ?? 0);
        expect(Math.max(...bodies)).toBeLessThanOrEqual(HISTORY_LIMITS.bodyChars);
        expect(bodies.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(HISTORY_LIMITS.bodyCharsPerVisit);
      }
    }
    // Visits beyond the cap are removed, not left behind: one record per summarised visit.
    const summarised = [...newestBySite.keys()].reduce((n, site) => n + summaryOf(area, site)!.visits.length, 0);
    expect(visitKeys(area)).toHaveLength(summarised);
    const heavy = summaryOf(area, 'site0.example')!;
    expect(heavy.visits).toHaveLength(VISITS_PER_SITE);
    const newestHeavy = visitOf(area, 'site0.example', heavy.visits.at(-1)!.id)!;
    expect(newestHeavy.requests).toHaveLength(HISTORY_LIMITS.requestsPerVisit);
    // 400 sent: 300 kept live (LIMITS.requestsPerPage), of which 100 go to history.
    expect(newestHeavy.droppedRequests).toBe(400 - HISTORY_LIMITS.requestsPerVisit);
    expect(LIMITS.requestsPerPage).toBeGreaterThan(HISTORY_LIMITS.requestsPerVisit);
    // A site's summary stays small however often the site is visited: it lists visits, not their requests.
    expect(JSON.stringify(heavy).length).toBeLessThan(VISITS_PER_SITE * 1000);
  });

  test('a visit written again (it changed after it settled) replaces its record; the summary does not grow', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    const page = startPage(1, 'https://www.cz.nl/ivf', NOW - 1000);
    addTrackerRequest(page, request(page, 0, NOW - 900), analysis(1));
    await store.record([page]);
    addTrackerRequest(page, request(page, 1, NOW - 800), analysis(2));
    await store.record([page]);
    expect(summaryOf(area, 'cz.nl')!.visits).toHaveLength(1);
    expect(summaryOf(area, 'cz.nl')!.visits[0]!.facts.companies).toHaveLength(2);
    expect(visitOf(area, 'cz.nl', page.visitId)!.requests).toHaveLength(2);
  });

  test('each settled visit costs one visit record, its site summary and the index; nothing grows with the visits before it', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW, true);
    const sizes: number[] = [];
    for (let v = 0; v < 40; v++) {
      const page = startPage(1, `https://www.cz.nl/page/${v}`, NOW - DAY + v * 60_000);
      for (let i = 0; i < 60; i++) addTrackerRequest(page, request(page, i, page.startedAt + i), analysis(i % 9));
      const before = { ...store.stats };
      await store.record([page]);
      sizes.push(store.stats.bytes - before.bytes);
      expect(store.stats.writes - before.writes).toBe(2); // the visit; the summary with the index
    }
    console.log(JSON.stringify({ history_bytes_per_visit_first: sizes[0], history_bytes_per_visit_40th: sizes.at(-1) }));
    // The 40th visit writes about what the 10th did (the summary is capped at VISITS_PER_SITE), never the site's whole history.
    expect(sizes.at(-1)!).toBeLessThan(sizes[9]! * 1.5);
  });

  test('beyond the cap on sites, the sites visited longest ago go first, with their visits', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    const pages: PageRecord[] = [];
    for (let s = 0; s < MAX_SITES + 50; s++) {
      const page = startPage(1, `https://site${s}.example/`, NOW - DAY + s);
      addTrackerRequest(page, request(page, 0, page.startedAt), analysis(1));
      pages.push(page);
    }
    for (let i = 0; i < pages.length; i += 500) await store.record(pages.slice(i, i + 500));
    expect(Object.keys(indexOf(area).sites)).toHaveLength(MAX_SITES);
    expect(area.data.has(siteSummaryKey('site0.example'))).toBe(false);
    expect(area.data.has(visitKey('site0.example', pages[0]!.visitId))).toBe(false);
    expect(area.data.has(siteSummaryKey('site49.example'))).toBe(false);
    expect(area.data.has(siteSummaryKey('site50.example'))).toBe(true);
    expect(area.data.has(siteSummaryKey(`site${MAX_SITES + 49}.example`))).toBe(true);
    expect(visitKeys(area)).toHaveLength(MAX_SITES);
  });

  test('purge drops visits older than the retention period and sites left empty', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    const old = startPage(1, 'https://old.example/', NOW - 40 * DAY);
    const mixedOld = startPage(2, 'https://mixed.example/a', NOW - 31 * DAY);
    const mixedNew = startPage(3, 'https://mixed.example/b', NOW - 2 * DAY);
    for (const p of [old, mixedOld, mixedNew]) addTrackerRequest(p, request(p, 0, p.startedAt), analysis(1));
    await store.record([old, mixedOld, mixedNew]);
    const result = await store.purge(30);
    expect(result).toEqual({ removedVisits: 2, removedSites: 1 });
    expect(area.data.has(siteSummaryKey('old.example'))).toBe(false);
    expect(area.data.has(visitKey('old.example', old.visitId))).toBe(false);
    expect(area.data.has(visitKey('mixed.example', mixedOld.visitId))).toBe(false);
    expect(summaryOf(area, 'mixed.example')!.visits.map((v) => v.id)).toEqual([mixedNew.visitId]);
    expect(visitOf(area, 'mixed.example', mixedNew.visitId)!.url).toBe('https://mixed.example/b');
    expect(Object.keys(indexOf(area).sites)).toEqual(['mixed.example']);
    await expect(store.purge(30)).resolves.toEqual({ removedVisits: 0, removedSites: 0 });
  });

  test('a purge on a fresh profile writes nothing', async () => {
    const area = memoryArea();
    await new HistoryStore(area, () => NOW).purge(30);
    expect(area.data.size).toBe(0);
  });

  test('a corrupted site summary or index is reset with a notice, never a crash', async () => {
    const area = memoryArea({ [siteSummaryKey('broken.example')]: { v: 99, nonsense: true }, [HISTORY_INDEX_KEY]: 'garbage' });
    const store = new HistoryStore(area, () => NOW);
    const page = startPage(1, 'https://broken.example/', NOW);
    addTrackerRequest(page, request(page, 0, NOW), analysis(1));
    await store.record([page]);
    expect(summaryOf(area, 'broken.example')!.visits.map((v) => v.id)).toEqual([page.visitId]);
    const notices = area.data.get(NOTICES_KEY) as { part: string }[];
    expect(notices.map((n) => n.part).sort()).toEqual(['history', 'history-index']);
    await expect(store.purge(30)).resolves.toEqual({ removedVisits: 0, removedSites: 0 });
  });

  test('private windows and pages that sent nothing to a tracker never reach history', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    const incognito = startPage(1, 'https://private.example/', NOW, true);
    addTrackerRequest(incognito, request(incognito, 0, NOW), analysis(1));
    await store.record([incognito, startPage(2, 'https://quiet.example/', NOW)]);
    expect(area.data.size).toBe(0);
  });
});
