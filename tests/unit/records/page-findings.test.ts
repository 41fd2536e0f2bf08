// The findings a page record yields: the health alarm, the summary sentence,
// the chips per tracker, and the consent state of requests.
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import { startTimeline, appendConsentEvent } from '../../../src/core/consent/consent-timeline';
import type { Disclosure, ObservedRequest, TrackerInfo, TrackerKind } from '../../../src/core/model';
import { summariseTracker } from '../../../src/core/records/disclosure-summary';
import { healthAlarm, specialCategoryDisclosures, specialCategoryTrackers } from '../../../src/core/records/health-alarm';
import { isHealthPage, type StoredVerdict } from '../../../src/core/records/page-health';
import { addTrackerRequest, startPage, type PageRecord } from '../../../src/core/records/page-record';
import { consentStatesOfTracker, pageSummary } from '../../../src/core/records/page-summary';

const T0 = 1_800_000_000_000;
const info = (key: string, company: string): TrackerInfo => ({ key, name: key, companyKey: company, company, category: 'advertising', country: null, website: null, privacyPolicy: null });
const request = (t: number): ObservedRequest => ({ id: String(t), tabId: 1, frameId: 0, pageUrl: 'https://www.cz.nl/ggz', initiator: null, method: 'GET', type: 'image', url: `https://t.example/${t}`, body: null, bodyTruncated: false, timeStamp: t, referrer: null, cookieNames: null });
const analysis = (tracker: TrackerInfo, kind: TrackerKind, disclosures: Disclosure[]): RequestAnalysis => ({ thirdParty: true, tracker, kind, decoder: null, disguised: false, disclosures, truncated: false });
const verdict = (health: boolean): StoredVerdict => ({ health, score: health ? 0.9 : 0.1, categories: health ? ['mental-health'] : [], language: 'nl', reasonCodes: [], matchedTerms: [], at: T0, url: 'https://www.cz.nl/ggz' });

function page(health: boolean | null): PageRecord {
  const p = startPage(1, 'https://www.cz.nl/ggz', T0);
  p.health = health === null ? null : { verdict: verdict(health), override: null };
  p.consent = startTimeline(T0);
  addTrackerRequest(p, request(T0 + 400), analysis(info('meta', 'Meta'), 'pixel', [{ vendor: 'meta-pixel', event: 'PageView', pageUrl: 'https://www.cz.nl/ggz', hashedPii: { 'ud[em]': 'a'.repeat(64) }, userIds: { fbp: 'fb.1.2.3', fbclid: 'x' }, carriedBy: { pageUrl: 'dl' } }]));
  addTrackerRequest(p, request(T0 + 500), analysis(info('cdn', 'Fonts Inc'), 'other', []));
  addTrackerRequest(p, request(T0 + 600), analysis(info('like', 'Meta'), 'social-plugin', []));
  return p;
}

describe('health alarm', () => {
  test('a health page whose address went to a third party, or that loaded a plug-in, raises it', () => {
    const p = page(true);
    expect(healthAlarm(p)).toBe(true);
    expect(specialCategoryDisclosures(p)).toEqual([{ company: 'Meta', what: ['page-address', 'social-plugin'] }]);
    expect(specialCategoryTrackers(p).sort()).toEqual(['like', 'meta']);
  });

  test('no alarm without a health verdict, for a non-health page, or when the user says it is not about health', () => {
    expect(healthAlarm(page(null))).toBe(false);
    expect(healthAlarm(page(false))).toBe(false);
    const overridden = page(true);
    overridden.health!.override = { value: 'not-health', scope: 'site' };
    expect(isHealthPage(overridden.health)).toBe(false);
    expect(healthAlarm(overridden)).toBe(false);
    const marked = page(false);
    marked.health!.override = { value: 'health', scope: 'page' };
    expect(healthAlarm(marked)).toBe(true);
  });
});

describe('page summary', () => {
  test('names the companies that received a health page, before any choice', () => {
    expect(pageSummary(page(true))).toEqual({ kind: 'health-disclosed', categories: ['mental-health'], companies: ['Meta'], moment: 'before-choice' });
  });

  test('after a refusal, and plain tracker counts on other pages', () => {
    const p = page(true);
    p.consent = appendConsentEvent(startTimeline(T0), { type: 'choice', t: T0 + 100, choice: 'reject-all', cmp: 'Cookiebot', via: 'rule' });
    expect(pageSummary(p).moment).toBe('after-refusal');
    expect(pageSummary(page(false))).toMatchObject({ kind: 'trackers', categories: [], companies: ['Meta', 'Fonts Inc'] });
    expect(pageSummary(null).kind).toBe('none');
  });

  test('consent states per request of a tracker', () => {
    const p = page(true);
    p.consent = appendConsentEvent(startTimeline(T0), { type: 'choice', t: T0 + 1000, choice: 'reject-all', cmp: 'x', via: 'rule' });
    const meta = p.requests.filter((r) => r.trackerKey === 'meta');
    addTrackerRequest(p, request(T0 + 5000), analysis(info('meta', 'Meta'), 'pixel', []));
    expect(consentStatesOfTracker(p, p.requests.filter((r) => r.trackerKey === 'meta'))).toEqual({ 'before-any-interaction': 1, 'after-reject': 1 });
    expect(meta).toHaveLength(1);
  });
});

describe('what a tracker received, as chips', () => {
  test('page address, event, hashed e-mail, click id, browser id; values with what carried them', () => {
    const p = page(true);
    p.trackers.meta!.loginCookies = { platform: 'Meta', cookieNames: ['c_user'] };
    const { chips, values } = summariseTracker(p.trackers.meta!);
    expect(chips).toEqual([
      { id: 'page-address' },
      { id: 'event', detail: 'PageView' },
      { id: 'hashed-email' },
      { id: 'browser-id' },
      { id: 'click-id', detail: 'Facebook' },
      { id: 'login-cookie', detail: 'Meta' },
    ]);
    expect(values).toContainEqual({ field: 'pageUrl', value: 'https://www.cz.nl/ggz', carriedBy: 'dl', chip: 'page-address' });
    expect(values).toContainEqual({ field: 'hashedPii.ud[em]', value: 'a'.repeat(64), carriedBy: undefined, chip: 'hashed-email' });
    expect(values).toContainEqual({ field: 'userIds.fbclid', value: 'x', carriedBy: undefined, chip: 'click-id', detail: 'Facebook' });
  });

  test('session recording and a denied consent signal', () => {
    const p = startPage(1, 'https://a.nl/', T0);
    addTrackerRequest(p, request(T0), analysis(info('hotjar', 'Hotjar'), 'session-replay', [
      { vendor: 'hotjar', sessionRecording: true, consent: { google: { ad_storage: 'denied', raw: {} } }, carriedBy: {} },
    ]));
    expect(summariseTracker(p.trackers.hotjar!).chips.map((c) => c.id)).toEqual(['session-recording', 'consent-denied']);
  });
});
