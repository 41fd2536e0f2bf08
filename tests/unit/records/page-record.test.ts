import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import type { ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { badgeView } from '../../../src/core/records/badge-state';
import { companiesOf } from '../../../src/core/records/companies';
import { addTrackerRequest, LIMITS, startPage } from '../../../src/core/records/page-record';
import { emptySiteHistory, isSiteHistory, upsertVisit, VISITS_PER_SITE } from '../../../src/core/records/site-history';

const info = (key: string, company: string): TrackerInfo => ({
  key, name: key, companyKey: company.toLowerCase(), company, category: 'advertising', country: 'US', website: null, privacyPolicy: null,
});

const request = (url: string, t: number, body: string | null = null): ObservedRequest => ({
  id: String(t), tabId: 1, frameId: 0, pageUrl: 'https://www.cz.nl/ggz', initiator: null, method: body ? 'POST' : 'GET',
  type: 'image', url, body, bodyTruncated: false, timeStamp: t, referrer: null, cookieNames: null,
});

const analysis = (tracker: TrackerInfo | null, vendor = 'x'): RequestAnalysis => ({
  thirdParty: true, tracker, kind: tracker ? 'pixel' : null, decoder: null, disguised: false,
  disclosures: tracker ? [{ vendor, carriedBy: {} }] : [], truncated: false,
});

describe('page records', () => {
  test('a page starts empty with its site and visit id', () => {
    const page = startPage(7, 'https://www.cz.nl/vergoedingen/ggz', 1000);
    expect(page).toMatchObject({ tabId: 7, site: 'cz.nl', visitId: '7-1000', trackers: {}, requests: [], incognito: false });
  });

  test('tracker requests are counted per tracker with first and last seen; others ignored', () => {
    const page = startPage(1, 'https://www.cz.nl/', 0);
    const meta = info('facebook_custom_audience', 'Meta');
    expect(addTrackerRequest(page, request('https://www.facebook.com/tr?a', 20), analysis(meta))).toBe(true);
    expect(addTrackerRequest(page, request('https://www.facebook.com/tr?b', 10), analysis(meta))).toBe(true);
    expect(addTrackerRequest(page, request('https://cdn.cz.nl/x.js', 30), analysis(null))).toBe(false);
    expect(page.trackers.facebook_custom_audience).toMatchObject({ requestCount: 2, firstSeen: 10, lastSeen: 20 });
    expect(page.trackers.facebook_custom_audience!.disclosures).toHaveLength(1); // identical disclosures kept once
    expect(page.requests.map((r) => r.url)).toEqual(['https://www.facebook.com/tr?a', 'https://www.facebook.com/tr?b']);
  });

  test('requests and bodies are capped; counts stay exact', () => {
    const page = startPage(1, 'https://www.cz.nl/', 0);
    const meta = info('m', 'Meta');
    const n = LIMITS.requestsPerPage + 25;
    for (let i = 0; i < n; i++) addTrackerRequest(page, request(`https://t.example/${i}`, i, 'x'.repeat(LIMITS.bodyChars + 10)), analysis(meta));
    expect(page.requests).toHaveLength(LIMITS.requestsPerPage);
    expect(page.droppedRequests).toBe(25);
    expect(page.trackers.m!.requestCount).toBe(n);
    expect(page.requests[0]!.body).toHaveLength(LIMITS.bodyChars);
    expect(page.requests[0]!.bodyTruncated).toBe(true);
  });

  test('companies group trackers, most requests first', () => {
    const page = startPage(1, 'https://www.cz.nl/', 0);
    addTrackerRequest(page, request('a', 1), analysis(info('ga', 'Google')));
    addTrackerRequest(page, request('b', 2), analysis(info('fb', 'Meta')));
    addTrackerRequest(page, request('c', 3), analysis(info('fbp', 'Meta')));
    expect(companiesOf(page).map((c) => [c.company, c.trackers.length, c.requestCount])).toEqual([
      ['Meta', 2, 2],
      ['Google', 1, 1],
    ]);
    expect(badgeView(page, false).state).toEqual({ level: 'trackers', count: 2, companies: ['Meta', 'Google'] });
    expect(badgeView(startPage(1, 'https://a.nl/', 0), false).state).toEqual({ level: 'none', count: 0, companies: [] });
    expect(badgeView(null, false).state).toEqual({ level: 'none', count: 0, companies: [] });
  });
});

describe('site history', () => {
  test('a visit is inserted once and replaced when updated; the newest are kept', () => {
    let history = emptySiteHistory('cz.nl');
    for (let i = 0; i < VISITS_PER_SITE + 5; i++) history = upsertVisit(history, startPage(1, 'https://www.cz.nl/', i));
    const last = startPage(1, 'https://www.cz.nl/', VISITS_PER_SITE + 4);
    last.url = 'https://www.cz.nl/updated';
    history = upsertVisit(history, last);
    expect(history.visits).toHaveLength(VISITS_PER_SITE);
    expect(history.visits[0]!.startedAt).toBe(5);
    expect(history.visits.at(-1)!.url).toBe('https://www.cz.nl/updated');
  });

  test('foreign shapes are not taken for history', () => {
    expect(isSiteHistory(emptySiteHistory('a.nl'))).toBe(true);
    for (const bad of [null, 1, 'x', {}, { v: 2, site: 'a', visits: [] }, { v: 1, site: 'a', visits: 'no' }]) expect(isSiteHistory(bad)).toBe(false);
  });
});
