// History of the first layout (one growing `site:v1:<site>` record per site and
// `history-index:v1`) is moved into one record per visit, a summary per site and
// the v2 index, and the old keys are removed; what cannot be read is dropped
// with a notice. The dashboard's index built from the summaries equals the one
// built from the old records.
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import { indexSite, indexSummary } from '../../../src/core/records/history-query';
import { addTrackerRequest, startPage, type PageRecord } from '../../../src/core/records/page-record';
import { forHistory, VISITS_PER_SITE, type SiteHistory, type SiteSummary } from '../../../src/core/records/site-history';
import { HistoryStore, legacyHistoryIn, type HistoryIndex } from '../../../src/storage/history-store';
import { HISTORY_INDEX_KEY, LEGACY_HISTORY_INDEX_KEY, legacySiteKey, NOTICES_KEY, siteSummaryKey, visitKey } from '../../../src/storage/keys';
import { memoryArea } from '../../../src/storage/storage-area';

const NOW = Date.UTC(2026, 10, 28, 12);

const analysis = (n: number): RequestAnalysis => ({
  thirdParty: true,
  tracker: { key: `t${n}`, name: `T${n}`, companyKey: `c${n}`, company: `Company ${n}`, category: 'advertising', country: null, website: null, privacyPolicy: null },
  kind: 'pixel', decoder: null, disguised: false, disclosures: [{ vendor: 'x', pageUrl: 'https://a/', carriedBy: {} }], truncated: false,
});

function visit(site: string, n: number): PageRecord {
  const page = startPage(n, `https://www.${site}/page/${n}`, NOW - 1000 * (100 - n));
  for (let i = 0; i < 3; i++) {
    addTrackerRequest(page, {
      id: `${n}-${i}`, tabId: n, frameId: 0, pageUrl: page.url, initiator: null, method: 'GET', type: 'image',
      url: `https://t.example/p?i=${i}`, body: null, bodyTruncated: false, timeStamp: page.startedAt + i, referrer: null, cookieNames: null,
    }, analysis((n + i) % 4));
  }
  return forHistory(page);
}

function legacy(site: string, visits: number): SiteHistory {
  return { v: 1, site, visits: Array.from({ length: visits }, (_, i) => visit(site, i)) };
}

describe('history migration from the per-site layout', () => {
  test('every visit moves to its own key, summaries and index are built, the old keys are gone', async () => {
    const old = [legacy('cz.nl', 3), legacy('ivf.example', VISITS_PER_SITE)];
    const area = memoryArea({
      [legacySiteKey('cz.nl')]: old[0],
      [legacySiteKey('ivf.example')]: old[1],
      [LEGACY_HISTORY_INDEX_KEY]: { v: 1, sites: { 'cz.nl': NOW, 'ivf.example': NOW } },
      'settings:v1': { notifications: false, retentionDays: 10 },
    });
    const store = new HistoryStore(area, () => NOW);
    expect(await store.migrate()).toBe(3 + VISITS_PER_SITE);
    expect([...area.data.keys()].filter((k) => k.startsWith('site:v1:') || k === LEGACY_HISTORY_INDEX_KEY)).toEqual([]);
    expect(area.data.get('settings:v1')).toEqual({ notifications: false, retentionDays: 10 });
    for (const history of old) {
      const summary = area.data.get(siteSummaryKey(history.site)) as SiteSummary;
      expect(summary.visits.map((v) => v.id)).toEqual(history.visits.map((v) => v.visitId));
      for (const v of history.visits) expect(area.data.get(visitKey(history.site, v.visitId))).toEqual(v);
      // The dashboard reads summaries only; it sees what it saw from the old records.
      expect(indexSummary(summary)).toEqual(indexSite(history));
    }
    const index = area.data.get(HISTORY_INDEX_KEY) as HistoryIndex;
    expect(index.sites['cz.nl']).toEqual([old[0]!.visits[0]!.startedAt, old[0]!.visits[2]!.startedAt]);
    // A second start finds nothing to move and writes nothing.
    const before = new Map(area.data);
    expect(await store.migrate()).toBe(0);
    expect(area.data).toEqual(before);
  });

  test('an unreadable old record is dropped with a notice; the readable ones move', async () => {
    const area = memoryArea({
      [legacySiteKey('broken.example')]: 'not a history',
      [legacySiteKey('cz.nl')]: legacy('cz.nl', 2),
      [LEGACY_HISTORY_INDEX_KEY]: [1, 2, 3],
    });
    expect(await new HistoryStore(area, () => NOW).migrate()).toBe(2);
    expect(area.data.has(legacySiteKey('broken.example'))).toBe(false);
    expect(area.data.has(LEGACY_HISTORY_INDEX_KEY)).toBe(false);
    expect((area.data.get(NOTICES_KEY) as { part: string; key: string }[]).map((n) => n.key)).toEqual([legacySiteKey('broken.example')]);
    expect((area.data.get(siteSummaryKey('cz.nl')) as SiteSummary).visits).toHaveLength(2);
  });

  test('old records that arrive later (a storage change) are moved and merged with the new visits of the site', async () => {
    const area = memoryArea();
    const store = new HistoryStore(area, () => NOW);
    const fresh = startPage(99, 'https://www.cz.nl/new', NOW);
    addTrackerRequest(fresh, {
      id: 'n', tabId: 99, frameId: 0, pageUrl: fresh.url, initiator: null, method: 'GET', type: 'image',
      url: 'https://t.example/p', body: null, bodyTruncated: false, timeStamp: NOW, referrer: null, cookieNames: null,
    }, analysis(1));
    await store.record([fresh]);
    const old = legacy('cz.nl', 2);
    await area.set({ [legacySiteKey('cz.nl')]: old });
    const found = legacyHistoryIn({ [legacySiteKey('cz.nl')]: { newValue: old }, 'paused:v1': { newValue: [] } })!;
    expect(Object.keys(found)).toEqual([legacySiteKey('cz.nl')]);
    expect(await store.migrate(found)).toBe(2);
    const summary = area.data.get(siteSummaryKey('cz.nl')) as SiteSummary;
    expect(summary.visits.map((v) => v.id)).toEqual([...old.visits.map((v) => v.visitId), fresh.visitId]);
    expect(area.data.has(legacySiteKey('cz.nl'))).toBe(false);
    expect(legacyHistoryIn({ [legacySiteKey('cz.nl')]: {} })).toBeNull(); // a removal is no history
  });
});
