// One path for recorded headers (issue 17, part 1): the background and the CLI both
// call recordHeaders, which decides the login-cookie linkage from the names alone.
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import { addTrackerRequest, recordHeaders, startPage } from '../../../src/core/records/page-record';
import { PendingHeaders } from '../../../src/background/sent-headers';

const meta: RequestAnalysis = {
  thirdParty: true,
  tracker: { key: 'facebook_custom_audience', name: 'Facebook', companyKey: 'facebook', company: 'Meta', category: 'advertising', country: 'US', website: null, privacyPolicy: null },
  kind: 'pixel', decoder: null, disguised: false, disclosures: [], truncated: false,
};
const URL_ = 'https://www.facebook.com/tr/?id=1&ev=PageView';
const request = { id: 'r1', tabId: 1, frameId: 0, pageUrl: 'https://a.example/', initiator: null, method: 'GET', type: 'image' as const, url: URL_, body: null, bodyTruncated: false, timeStamp: 1, referrer: null, cookieNames: null };

describe('recordHeaders', () => {
  test("names the platform's login cookies, keeps the Referer and the names on the request, counts headers seen", () => {
    const page = startPage(1, 'https://a.example/', 0);
    addTrackerRequest(page, request, meta);
    expect(recordHeaders(page, 'r1', 'facebook_custom_audience', { url: URL_, referrer: 'https://a.example/', cookieNames: ['datr', 'c_user', 'xs'] })).toBe(true);
    expect(page.trackers.facebook_custom_audience).toMatchObject({ headersSeen: 1, loginCookies: { platform: 'Meta', cookieNames: ['c_user', 'xs'] } });
    expect(page.requests[0]).toMatchObject({ referrer: 'https://a.example/', cookieNames: ['datr', 'c_user', 'xs'] });
  });

  test('no login cookie is a finding (null), and a tracker not on the page changes nothing', () => {
    const page = startPage(1, 'https://a.example/', 0);
    addTrackerRequest(page, request, meta);
    recordHeaders(page, 'r1', 'facebook_custom_audience', { url: URL_, referrer: null, cookieNames: ['datr'] });
    expect(page.trackers.facebook_custom_audience).toMatchObject({ headersSeen: 1, loginCookies: null });
    expect(recordHeaders(page, 'r1', 'other', { url: URL_, referrer: null, cookieNames: [] })).toBe(false);
  });

  test("the background reads the browser's headers into the same shape (names only, values never kept)", () => {
    const pending = new PendingHeaders();
    pending.expect('7', 'visit', 'facebook_custom_audience');
    const sent = pending.take({ requestId: '7', tabId: 1, url: URL_, requestHeaders: [{ name: 'Referer', value: 'https://a.example/' }, { name: 'Cookie', value: 'c_user=123; xs=secret' }] });
    expect(sent).toEqual({ visitId: 'visit', trackerKey: 'facebook_custom_audience', headers: { url: URL_, referrer: 'https://a.example/', cookieNames: ['c_user', 'xs'] } });
    expect(JSON.stringify(sent)).not.toContain('secret');
    expect(pending.take({ requestId: '7', tabId: 1, url: URL_ })).toBeNull();
  });
});
