import { describe, expect, it } from 'vitest';
import {
  consentModeDeniedButMetaLinkedIn,
  findContradictions,
  recordDeniedButIdentifiersSent,
  refusedButRecordGranted,
  siteClaims,
  tcfActionWithoutInteraction,
} from '../../../src/core/consent/contradictions';
import { consentModeOf, requestWitnesses, type RequestWitness } from '../../../src/core/consent/request-witness';
import { decodeRequest } from '../../../src/core/decoders/index';
import type { Finding } from '../../../src/core/decoders/findings';
import type { ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { addTrackerRequest, startPage } from '../../../src/core/records/page-record';
import type { CmpRecordEvent, ConsentEvent, ConsentTimeline } from '../../../src/core/consent/types';

const NAV = 1_764_621_600_000;
const touch = (t: number): ConsentEvent => ({ type: 'first-interaction', t: NAV + t, kind: 'pointer' });
const choice = (t: number, c: 'accept-all' | 'reject-all'): ConsentEvent => ({ type: 'choice', t: NAV + t, choice: c, cmp: 'OneTrust', via: 'rule' });
const record = (t: number, says: CmpRecordEvent['says'], over: Partial<CmpRecordEvent> = {}): CmpRecordEvent => ({
  type: 'cmp-record',
  t: NAV + t,
  cmp: 'OneTrust',
  says,
  granted: says === 'accept-all' ? ['necessary', 'analytics', 'marketing'] : ['necessary'],
  denied: says === 'accept-all' ? [] : ['analytics', 'marketing'],
  ...over,
});
const tcf = (t: number, eventStatus: 'useractioncomplete' | 'tcloaded'): ConsentEvent => ({ type: 'tcf-status', t: NAV + t, cmpId: 300, gdprApplies: true, eventStatus, purposesConsented: [1, 2, 3] });
const req = (t: number, company: string, over: Partial<RequestWitness> = {}): RequestWitness => ({ t: NAV + t, trackerKey: company.toLowerCase(), company, category: 'advertising', identifiers: true, consentMode: null, ...over });
const denied = { denied: ['ad_storage', 'analytics_storage'] as const, granted: [] as const };

describe('refused, but the CMP record says granted', () => {
  it('is found when a record after the refusal grants more than necessary', () => {
    expect(refusedButRecordGranted([touch(900), choice(1000, 'reject-all'), record(1300, 'accept-all')])).toEqual([{ kind: 'refused-but-record-granted', t: NAV + 1300, cmp: 'OneTrust' }]);
  });
  it('is not found for a record that agrees, one from before the refusal, or after the user accepted later', () => {
    expect(refusedButRecordGranted([touch(900), choice(1000, 'reject-all'), record(1300, 'reject-all')])).toEqual([]);
    expect(refusedButRecordGranted([record(200, 'accept-all'), touch(900), choice(1000, 'reject-all')])).toEqual([]);
    expect(refusedButRecordGranted([touch(900), choice(1000, 'reject-all'), choice(2000, 'accept-all'), record(2300, 'accept-all')])).toEqual([]);
  });
});

describe('the CMP record says denied, but identifiers still went out', () => {
  it('counts requests with identifiers after the record, per company', () => {
    const found = recordDeniedButIdentifiersSent([record(1300, 'reject-all')], [req(500, 'Meta'), req(2000, 'Meta'), req(2100, 'TikTok'), req(2200, 'Google', { identifiers: false })]);
    expect(found).toEqual([{ kind: 'record-denied-but-identifiers-sent', t: NAV + 1300, cmp: 'OneTrust', companies: ['Meta', 'TikTok'], requests: 2 }]);
  });
  it('is not found for defaults (no choice), nor after the record changed to granted', () => {
    expect(recordDeniedButIdentifiersSent([record(1300, 'no-choice')], [req(2000, 'Meta')])).toEqual([]);
    expect(recordDeniedButIdentifiersSent([record(1300, 'reject-all'), record(1800, 'accept-all')], [req(2000, 'Meta')])).toEqual([]);
  });
});

describe('consent mode said denied, while Meta / LinkedIn requests went out', () => {
  it('is found for Meta and LinkedIn requests from the denied signal on', () => {
    const found = consentModeDeniedButMetaLinkedIn([req(400, 'Google', { consentMode: { denied: [...denied.denied], granted: [] } }), req(450, 'Meta'), req(900, 'LinkedIn'), req(950, 'TikTok')]);
    expect(found).toEqual([{ kind: 'consent-mode-denied-but-meta-linkedin', t: NAV + 400, companies: ['LinkedIn', 'Meta'], requests: 2 }]);
  });
  it('knows LinkedIn by its tracker, since the tracker database names its company Microsoft (and Bing is not LinkedIn)', () => {
    const found = consentModeDeniedButMetaLinkedIn([
      req(400, 'Google', { consentMode: { denied: ['ad_user_data'], granted: [] } }),
      req(500, 'Microsoft', { trackerKey: 'linkedin_ads' }),
      req(600, 'Microsoft', { trackerKey: 'bing_ads' }),
      req(700, 'Meta', { trackerKey: 'facebook_custom_audience' }),
    ]);
    expect(found).toEqual([{ kind: 'consent-mode-denied-but-meta-linkedin', t: NAV + 400, companies: ['Meta', 'Microsoft'], requests: 2 }]);
  });
  it('is not found when consent mode granted, or only after it was granted', () => {
    expect(consentModeDeniedButMetaLinkedIn([req(400, 'Google', { consentMode: { denied: [], granted: ['ad_storage'] } }), req(450, 'Meta')])).toEqual([]);
    expect(consentModeDeniedButMetaLinkedIn([req(400, 'Google', { consentMode: { denied: ['ad_storage'], granted: [] } }), req(800, 'Google', { consentMode: { denied: [], granted: ['ad_storage'] } }), req(900, 'Meta')])).toEqual([]);
  });
});

describe('TCF useractioncomplete with no trusted interaction', () => {
  it('is found when the claim comes before any interaction', () => {
    expect(tcfActionWithoutInteraction([tcf(300, 'useractioncomplete')])).toEqual([{ kind: 'tcf-action-without-interaction', t: NAV + 300, cmp: 'IAB TCF CMP #300' }]);
    expect(tcfActionWithoutInteraction([tcf(300, 'useractioncomplete'), touch(5000)])).toHaveLength(1);
  });
  it('is not found after an interaction, or for tcloaded', () => {
    expect(tcfActionWithoutInteraction([touch(200), tcf(300, 'useractioncomplete')])).toEqual([]);
    expect(tcfActionWithoutInteraction([tcf(300, 'tcloaded')])).toEqual([]);
  });
});

describe('all together', () => {
  it('orders the findings by time, and lists the site claims separately', () => {
    const timeline: ConsentTimeline = { navigationStart: NAV, truncated: false, events: [tcf(100, 'useractioncomplete'), touch(900), choice(1000, 'reject-all'), record(1300, 'accept-all')] };
    const found = findContradictions(timeline, [req(50, 'Google', { consentMode: { denied: ['ad_storage'], granted: [] } }), req(60, 'Meta')]);
    expect(found.map((f) => f.kind)).toEqual(['consent-mode-denied-but-meta-linkedin', 'tcf-action-without-interaction', 'refused-but-record-granted']);
    expect(siteClaims(timeline).map((c) => c.type)).toEqual(['tcf-status', 'cmp-record']);
    expect(findContradictions(null, [])).toEqual([]);
  });
});

describe("the request witness (the site's consent mode per request)", () => {
  // Through the recording path the background uses: decoded once, the request's findings kept beside it.
  const google: TrackerInfo = { key: 'google_analytics', name: 'Google Analytics', companyKey: 'google', company: 'Google', category: 'site_analytics', country: null, website: null, privacyPolicy: null };
  const recorded = (url: string, body: string | null = null) => {
    const page = startPage(1, 'https://www.example.nl/', NAV);
    const r: ObservedRequest = { id: 'r', tabId: 1, frameId: 0, pageUrl: 'https://www.example.nl/', initiator: null, method: body ? 'POST' : 'GET', type: 'ping', url, body, bodyTruncated: false, timeStamp: NAV + 10, referrer: null, cookieNames: null };
    addTrackerRequest(page, r, { thirdParty: true, tracker: google, kind: 'analytics', decoder: 'ga4', disguised: false, disclosures: decodeRequest(r).disclosures, truncated: false });
    return page;
  };

  it('reads gcs / gcd from the findings of the query and of a batched body', () => {
    const all = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'];
    expect(consentModeOf(recorded('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view&gcs=G100&gcd=13p3p3p3p5l1').requests[0]!)).toEqual({ denied: all, granted: [] });
    expect(consentModeOf(recorded('https://www.google-analytics.com/g/collect?v=2&tid=G-ABC123&gcs=G111', 'en=page_view\nen=scroll').requests[0]!)).toEqual({ denied: [], granted: ['ad_storage', 'analytics_storage'] });
    expect(consentModeOf({ findings: [] })).toBeNull();
    expect(consentModeOf({})).toBeNull();
  });

  it('reads only the findings: a request whose findings say nothing is not parsed again', () => {
    const page = recorded('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view&gcs=G100');
    page.requests[0]!.findings = [];
    expect(requestWitnesses(page)[0]!.consentMode).toBeNull();
  });

  it('gives records made before per-request findings their findings by the decoders\' rules', () => {
    const page = recorded('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view&gcs=G101');
    delete page.requests[0]!.findings;
    expect(requestWitnesses(page)[0]!.consentMode).toEqual({ denied: ['ad_storage'], granted: ['analytics_storage'] });
  });

  it('ignores damaged findings', () => {
    const damaged = [{ kind: 'consent-mode', storage: 'ad_storage', state: 'maybe' }, { kind: 'consent-mode', storage: 'x', state: 'denied' }, null] as unknown as Finding[];
    expect(consentModeOf({ findings: damaged })).toBeNull();
  });
});

describe('the three witnesses on one timeline', () => {
  it('merges user events, site claims and each change of the consent mode the requests stated', async () => {
    const { witnessTimeline } = await import('../../../src/core/consent/witness-timeline');
    const timeline: ConsentTimeline = { navigationStart: NAV, truncated: false, events: [{ type: 'navigation-start', t: NAV }, touch(900), choice(1000, 'reject-all'), record(1300, 'accept-all'), tcf(1400, 'useractioncomplete')] };
    const mode = (d: string[], g: string[]) => ({ consentMode: { denied: d, granted: g } as RequestWitness['consentMode'] });
    const entries = witnessTimeline(timeline, [req(500, 'Google', mode(['ad_storage'], [])), req(600, 'Google', mode(['ad_storage'], [])), req(1500, 'Google', mode([], ['ad_storage'])), req(1600, 'Meta')]);
    expect(entries.map((e) => [e.witness, e.t - NAV])).toEqual([
      ['consent-mode', 500],
      ['user', 900],
      ['user', 1000],
      ['cmp-record', 1300],
      ['tcf', 1400],
      ['consent-mode', 1500],
    ]);
  });
});
