// A request the health shield blocked is recorded like any other, marked, and counted
// per tracker; the stored shapes accept the mark; the popup's summary reads it.
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import type { ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { companyLines } from '../../../src/core/records/company-lines';
import { addTrackerRequest, startPage } from '../../../src/core/records/page-record';
import { blockedCount, blockedLines, linesThatLeft } from '../../../src/core/shield/blocked-lines';
import { pageRecordSchema } from '../../../src/storage/schemas';

const info = (key: string, company: string): TrackerInfo => ({
  key, name: key, companyKey: company.toLowerCase(), company, category: 'advertising', country: 'US', website: null, privacyPolicy: null,
});
const request = (url: string, t: number, blocked: boolean): ObservedRequest => ({
  id: String(t), tabId: 1, frameId: 0, pageUrl: 'https://www.cz.nl/ivf', initiator: 'https://www.cz.nl', method: 'GET',
  type: 'image', url, body: null, bodyTruncated: false, timeStamp: t, referrer: null, cookieNames: null,
  ...(blocked ? { blockedBy: 'health-shield' as const } : {}),
});
const analysis = (tracker: TrackerInfo): RequestAnalysis => ({
  thirdParty: true, tracker, kind: 'pixel', decoder: null, disguised: false,
  disclosures: [{ vendor: 'x', carriedBy: {} }], truncated: false,
});

describe('blocked requests in the page record', () => {
  const page = startPage(1, 'https://www.cz.nl/ivf', 0);
  const meta = info('facebook_custom_audience', 'Meta');
  const li = info('linkedin_ads', 'Microsoft');
  addTrackerRequest(page, request('https://www.facebook.com/tr?a', 1, true), analysis(meta));
  addTrackerRequest(page, request('https://www.facebook.com/tr?b', 2, true), analysis(meta));
  addTrackerRequest(page, request('https://px.ads.linkedin.com/collect', 3, false), analysis(li));

  test('each blocked request is kept, marked, and counted on its tracker', () => {
    expect(page.requests.map((r) => r.blockedBy ?? null)).toEqual(['health-shield', 'health-shield', null]);
    expect(page.trackers.facebook_custom_audience).toMatchObject({ requestCount: 2, blocked: 2 });
    expect(page.trackers.linkedin_ads!.blocked).toBeUndefined();
    expect(blockedCount(page)).toBe(2);
  });

  test('the stored page schema accepts the mark and the count, and refuses another mark', () => {
    expect(v.safeParse(pageRecordSchema, page).success).toBe(true);
    const forged = structuredClone(page);
    (forged.requests[0] as { blockedBy: string }).blockedBy = 'someone-else';
    expect(v.safeParse(pageRecordSchema, forged).success).toBe(false);
  });

  test('the popup: who was tried and blocked, who was reached', () => {
    const lines = companyLines(page);
    expect(blockedLines(lines).map((b) => [b.company, b.blocked])).toEqual([['Meta', 2]]);
    expect(linesThatLeft(lines).map((l) => l.company)).toEqual(['Microsoft']);
  });
});

describe('what reached a company (badge, alarm, notification)', () => {
  test('fully blocked trackers are gone, partly blocked ones count only what reached, the record is untouched', async () => {
    const { reachedOnly } = await import('../../../src/core/shield/reached-only');
    const page = startPage(1, 'https://www.cz.nl/ivf', 0);
    const meta = info('facebook_custom_audience', 'Meta');
    const li = info('linkedin_ads', 'Microsoft');
    addTrackerRequest(page, request('https://www.facebook.com/tr?a', 1, true), analysis(meta));
    addTrackerRequest(page, request('https://px.ads.linkedin.com/a', 2, true), analysis(li));
    addTrackerRequest(page, request('https://px.ads.linkedin.com/b', 3, false), analysis(li));
    const reached = reachedOnly(page);
    expect(Object.keys(reached.trackers)).toEqual(['linkedin_ads']);
    expect(reached.trackers.linkedin_ads!.requestCount).toBe(1);
    expect(reached.requests.map((r) => r.url)).toEqual(['https://px.ads.linkedin.com/b']);
    expect(Object.keys(page.trackers)).toHaveLength(2);
    const plain = startPage(2, 'https://www.cz.nl/', 0);
    expect(reachedOnly(plain)).toBe(plain);
  });
});
