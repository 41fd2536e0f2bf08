// Records stored before typed findings existed (evidence schema 1) are brought up
// to date by the decoders' own rules, and each request a page record keeps says
// what that request itself disclosed (bounded).
import { describe, expect, test } from 'vitest';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import { buildEvidenceBundle } from '../../../src/core/evidence/build-bundle';
import { EVIDENCE_SCHEMA_VERSION } from '../../../src/core/evidence/types';
import { decodeRequest } from '../../../src/core/decoders/index';
import { classifyDisclosure } from '../../../src/core/decoders/findings';
import type { ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { hasFindings, migratePageRecord } from '../../../src/core/records/page-findings-migration';
import { addTrackerRequest, startPage, type PageRecord } from '../../../src/core/records/page-record';
import { REQUEST_FINDINGS_LIMITS } from '../../../src/core/records/request-findings';
import { loadRecord } from '../../fixtures/records/load';

const EM = 'f660ab912ec121d1b1e928a0bb4bc61b15f5ad44d5efdc4e1c92a25e99b8e44a';
const meta: TrackerInfo = { key: 'facebook', name: 'Facebook', companyKey: 'facebook', company: 'Meta', category: 'advertising', country: null, website: null, privacyPolicy: null };
const request = (id: string, url: string): ObservedRequest => ({ id, tabId: 1, frameId: 0, pageUrl: 'https://www.cz.nl/ggz', initiator: null, method: 'GET', type: 'image', url, body: null, bodyTruncated: false, timeStamp: 1, referrer: null, cookieNames: null });
const analysed = (r: ObservedRequest): RequestAnalysis => ({ thirdParty: true, tracker: meta, kind: 'pixel', decoder: 'meta-pixel', disguised: false, disclosures: decodeRequest(r).disclosures, truncated: false });

/** A record as version 1 stored it: no findings anywhere. */
function asStoredV1(page: PageRecord): PageRecord {
  const copy = JSON.parse(JSON.stringify(page)) as PageRecord;
  for (const t of Object.values(copy.trackers)) for (const d of t.disclosures) delete d.findings;
  for (const r of copy.requests) delete r.findings;
  return copy;
}

describe('stored records without findings', () => {
  test('the sample records of schema 1 are migrated: disclosures classified, requests decoded again', () => {
    const stored = loadRecord('ivf-health-insurer');
    expect(hasFindings(stored)).toBe(false);
    const migrated = migratePageRecord(stored);
    expect(hasFindings(migrated)).toBe(true);
    expect(hasFindings(stored)).toBe(false); // the stored record itself is not changed
    for (const t of Object.values(migrated.trackers)) for (const d of t.disclosures) expect(d.findings).toEqual(classifyDisclosure({ ...d, findings: undefined }));
    expect(migrated.requests.some((r) => r.findings!.some((f) => f.kind === 'page-address'))).toBe(true);
    expect(migratePageRecord(migrated)).toBe(migrated); // idempotent
  });

  test('a record made now and stored as version 1 migrates back to the same findings', () => {
    const page = startPage(1, 'https://www.cz.nl/ggz', 0);
    const r = request('a', `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=${encodeURIComponent('https://www.cz.nl/ggz')}&ud[em]=${EM}&fbclid=abc`);
    addTrackerRequest(page, r, analysed(r));
    const migrated = migratePageRecord(asStoredV1(page));
    const strip = (p: PageRecord) => JSON.parse(JSON.stringify(p)) as PageRecord;
    // Advanced-matching is a decode-time flag the raw fields cannot show; everything else is the same.
    const noMatchingFlag = (p: PageRecord) => JSON.parse(JSON.stringify(strip(p)).replace(/,"advancedMatching":true/g, '')) as PageRecord;
    expect(noMatchingFlag(migrated)).toEqual(noMatchingFlag(page));
  });

  test('evidence bundles are built at schema 2 with findings, also from old records', () => {
    const bundle = buildEvidenceBundle({
      site: 'zorgverzekeraar-voorbeeld.nl', visits: [loadRecord('ivf-health-insurer')], generatedAt: 0, pixelwachtVersion: 't',
      browser: { name: 'Firefox', version: '1' }, trackerDbVersion: 't', timezoneOffsetMinutes: 0,
    });
    expect(bundle.schemaVersion).toBe(EVIDENCE_SCHEMA_VERSION);
    expect(EVIDENCE_SCHEMA_VERSION).toBe(2);
    const visit = bundle.visits[0]!;
    expect(Object.values(visit.trackers).every((t) => t.disclosures.every((d) => Array.isArray(d.findings)))).toBe(true);
    expect(visit.requests.every((r) => Array.isArray(r.recorded.findings))).toBe(true);
  });
});

describe('what each request disclosed', () => {
  test('two requests of one tracker: each keeps its own findings, the tracker both', () => {
    const page = startPage(1, 'https://www.cz.nl/ggz', 0);
    const decoded = request('a', `https://www.facebook.com/tr/?id=1234567890123456&ev=Lead&ud[em]=${EM}`);
    const bare = request('b', 'https://www.facebook.com/tr/?id=1234567890123456&ev=PageView');
    addTrackerRequest(page, decoded, analysed(decoded));
    addTrackerRequest(page, bare, analysed(bare));
    const [first, second] = page.requests;
    expect(first!.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'hashed-email', value: EM }), expect.objectContaining({ kind: 'event', name: 'Lead' })]));
    expect(second!.findings!.some((f) => f.kind === 'hashed-email')).toBe(false);
    expect(second!.findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'event', name: 'PageView' })]));
  });

  test('bounded: hostile requests keep at most the cap, values cut', () => {
    const page = startPage(1, 'https://www.cz.nl/ggz', 0);
    const params = Array.from({ length: 60 }, (_, i) => `cd[k${i}]=${'x'.repeat(5000)}`).join('&');
    const r = request('h', `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=https://www.cz.nl/${'p'.repeat(3000)}&${params}&${Array.from({ length: 40 }, (_, i) => `ud[f${i}]=v${i}`).join('&')}`);
    addTrackerRequest(page, r, analysed(r));
    const findings = page.requests[0]!.findings!;
    expect(findings.length).toBeLessThanOrEqual(REQUEST_FINDINGS_LIMITS.findings);
    for (const f of findings) {
      if ('value' in f) expect(f.value.length).toBeLessThanOrEqual(REQUEST_FINDINGS_LIMITS.valueChars + 1);
      if (f.kind === 'event') expect(Object.keys(f.details).length).toBeLessThanOrEqual(REQUEST_FINDINGS_LIMITS.eventDetails);
    }
    expect(JSON.stringify(findings).length).toBeLessThan(REQUEST_FINDINGS_LIMITS.findings * (REQUEST_FINDINGS_LIMITS.valueChars * 6 + 200));
  });
});
