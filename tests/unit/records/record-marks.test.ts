// The marks a view shows beside a record (issue 11 points 3, 7, 8; issue 12 part 6):
// which request carried what, who saw a request when not the request log, and why a
// page's record may be incomplete.
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import type { Disclosure, ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { addTrackerRequest, markGap, startPage } from '../../../src/core/records/page-record';
import { carriedByRequests, carriedOnPage, incompleteReasons } from '../../../src/core/records/record-marks';

const T0 = 1_800_000_000_000;
const meta: TrackerInfo = { key: 'facebook_custom_audience', name: 'Facebook Custom Audience', companyKey: 'facebook', company: 'Meta', category: 'advertising', country: null, website: null, privacyPolicy: null };
const ga: TrackerInfo = { ...meta, key: 'google_analytics', name: 'Google Analytics', companyKey: 'google', company: 'Google' };
const request = (n: number): ObservedRequest => ({ id: String(n), tabId: 1, frameId: 0, pageUrl: 'https://www.cz.nl/ggz', initiator: null, method: 'GET', type: 'image', url: `https://t.example/${n}`, body: null, bodyTruncated: false, timeStamp: T0 + n, referrer: null, cookieNames: null });
const analysis = (tracker: TrackerInfo, disclosures: Disclosure[]): RequestAnalysis => ({ thirdParty: true, tracker, kind: 'pixel', decoder: null, disguised: false, disclosures, truncated: false });
const pageView: Disclosure = { vendor: 'meta-pixel', event: 'PageView', pageUrl: 'https://www.cz.nl/ggz', carriedBy: { pageUrl: 'dl' } };
const lead: Disclosure = { vendor: 'meta-pixel', event: 'Lead', hashedPii: { 'ud[em]': 'a'.repeat(64) }, carriedBy: {} };

describe('which request carried what', () => {
  test('each kept request of a tracker gets its position among the tracker\'s requests and its own chips', () => {
    const page = startPage(1, 'https://www.cz.nl/ggz', T0);
    addTrackerRequest(page, request(1), analysis(meta, [pageView]));
    addTrackerRequest(page, request(2), analysis(ga, []));
    addTrackerRequest(page, request(3), analysis(meta, [lead]));
    addTrackerRequest(page, request(4), analysis(meta, []));
    const own = page.requests.filter((r) => r.trackerKey === meta.key);
    const carried = carriedByRequests(page.trackers[meta.key]!, own);
    expect(carried.map((c) => [c.ordinal, c.total])).toEqual([[1, 3], [2, 3], [3, 3]]);
    expect(carried[0]!.chips.map((c) => c.id)).toEqual(['page-address', 'event']);
    // The second Meta request carried the hashed e-mail, the first did not.
    expect(carried[1]!.chips.map((c) => c.id)).toContain('hashed-email');
    expect(carried[0]!.chips.map((c) => c.id)).not.toContain('hashed-email');
    expect(carried[2]!.chips).toEqual([]);
    const onPage = carriedOnPage(page);
    expect(onPage.get(page.requests[1]!)).toEqual({ ordinal: 1, total: 1, chips: [] });
    expect(onPage.get(page.requests[2]!)!.ordinal).toBe(2);
  });

  test('the total is the tracker\'s exact count when requests beyond the cap were not kept', () => {
    const page = startPage(1, 'https://www.cz.nl/ggz', T0);
    addTrackerRequest(page, request(1), analysis(meta, [pageView]));
    const record = { ...page.trackers[meta.key]!, requestCount: 7 };
    expect(carriedByRequests(record, page.requests)[0]).toMatchObject({ ordinal: 1, total: 7 });
  });

  test('a record made before per-request findings carried nothing it can show', () => {
    const page = startPage(1, 'https://www.cz.nl/ggz', T0);
    addTrackerRequest(page, request(1), analysis(meta, [pageView]));
    delete page.requests[0]!.findings;
    expect(carriedByRequests(page.trackers[meta.key]!, page.requests)[0]!.chips).toEqual([]);
  });
});

describe('why a record may be incomplete', () => {
  test('gaps in a fixed order, then a cut', () => {
    const page = startPage(1, 'https://www.cz.nl/ggz', T0);
    expect(incompleteReasons(page)).toEqual([]);
    markGap(page, 'worker-restarted');
    markGap(page, 'opened-before-start');
    expect(incompleteReasons(page)).toEqual(['opened-before-start', 'worker-restarted']);
    page.truncated = true;
    expect(incompleteReasons(page)).toEqual(['opened-before-start', 'worker-restarted', 'truncated']);
  });
});
