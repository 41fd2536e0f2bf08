// The consent section's texts: contradiction findings with counted requests use the plural
// forms in both languages ("1 request", never "1 requests"), and the three-witness timeline
// says whose statement each line is, in both languages, for the popup and the evidence file.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTRADICTION_KINDS, type Contradiction } from '../../../src/core/consent/contradictions';
import { contradictionMessage, consentWitnesses, hasWitnessStatements, witnessText } from '../../../src/core/consent/witness-text';
import { witnessTimeline, type WitnessEntry } from '../../../src/core/consent/witness-timeline';
import type { ConsentTimeline } from '../../../src/core/consent/types';
import { decodeRequest } from '../../../src/core/decoders/index';
import { formatMessage, type Messages } from '../../../src/core/message-format';
import type { ObservedRequest, TrackerInfo } from '../../../src/core/model';
import { addTrackerRequest, startPage } from '../../../src/core/records/page-record';
import { pluralCategory } from '../../../src/core/records/headline';

const load = (lang: 'en' | 'nl') => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const LOCALES = { en: load('en'), nl: load('nl') };

function render(c: Contradiction, lang: 'en' | 'nl'): string {
  const m = contradictionMessage(c);
  const messages = LOCALES[lang];
  if (m.count === undefined) return formatMessage(messages[m.key]!.message, m.subs);
  const key = `${m.key}_${pluralCategory(m.count, lang)}`;
  expect(messages[key], key).toBeDefined();
  return formatMessage(messages[key]!.message, [String(m.count), ...m.subs]);
}

const NAV = 1_764_621_600_000;
const finding = (kind: Contradiction['kind'], requests: number): Contradiction => ({ kind, t: NAV, cmp: 'OneTrust', companies: ['LinkedIn', 'Meta'], requests });

describe('contradiction texts', () => {
  it.each(CONTRADICTION_KINDS)('%s: a message in both languages, counted requests in their plural form', (kind) => {
    for (const lang of ['en', 'nl'] as const) {
      const one = render(finding(kind, 1), lang);
      const many = render(finding(kind, 3), lang);
      expect(one).not.toMatch(/\$\d/);
      expect(one).not.toMatch(/\b1 (?:requests|verzoeken)\b/);
      if (contradictionMessage(finding(kind, 1)).count !== undefined) {
        expect(one).toMatch(/\b1 (?:request|verzoek)\b/);
        expect(many).toMatch(/\b3 (?:requests|verzoeken)\b/);
        expect(one).toContain('Meta');
      }
    }
  });
});

const meta: TrackerInfo = { key: 'facebook', name: 'Facebook', companyKey: 'facebook', company: 'Meta', category: 'advertising', country: null, website: null, privacyPolicy: null };
const google: TrackerInfo = { key: 'google_analytics', name: 'Google Analytics', companyKey: 'google', company: 'Google', category: 'site_analytics', country: null, website: null, privacyPolicy: null };
const observed = (id: string, url: string, t: number): ObservedRequest => ({ id, tabId: 1, frameId: 0, pageUrl: 'https://www.example.nl/', initiator: null, method: 'GET', type: 'image', url, body: null, bodyTruncated: false, timeStamp: NAV + t, referrer: null, cookieNames: null });

function pageWith(timeline: ConsentTimeline, requests: Array<[TrackerInfo, string, number]>) {
  const page = startPage(1, 'https://www.example.nl/', NAV);
  page.consent = timeline;
  for (const [tracker, url, t] of requests) {
    const r = observed(`r${t}`, url, t);
    addTrackerRequest(page, r, { thirdParty: true, tracker, kind: 'pixel', decoder: null, disguised: false, disclosures: decodeRequest(r).disclosures, truncated: false });
  }
  return page;
}

describe('the three-witness timeline in words', () => {
  const timeline: ConsentTimeline = {
    navigationStart: NAV,
    truncated: false,
    events: [
      { type: 'navigation-start', t: NAV },
      { type: 'banner-shown', t: NAV + 300, cmp: 'OneTrust' },
      { type: 'first-interaction', t: NAV + 900, kind: 'pointer' },
      { type: 'choice', t: NAV + 1000, choice: 'reject-all', cmp: 'OneTrust', via: 'rule' },
      { type: 'cmp-record', t: NAV + 1300, cmp: 'OneTrust', says: 'accept-all', granted: ['necessary', 'marketing'], denied: [] },
    ],
  };
  const page = pageWith(timeline, [
    [google, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view&gcs=G100', 500],
    [google, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=scroll&gcs=G100', 600],
    [google, 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&en=page_view&gcs=G111', 1500],
    [meta, 'https://www.facebook.com/tr/?id=1234567890123456&ev=PageView', 550],
  ]);

  it('puts the user, the site\'s record and what the site told the trackers on one line each, oldest first, in both languages', () => {
    const { timeline: lines, contradictions } = consentWitnesses(page);
    expect(lines.map((l) => [l.witness, l.t - NAV])).toEqual([
      ['user', 300],
      ['consent-mode', 500],
      ['user', 900],
      ['user', 1000],
      ['cmp-record', 1300],
      ['consent-mode', 1500],
    ]);
    expect(lines[1]!.text.en).toBe('the site told Google (Google consent mode): ad storage and analytics storage denied');
    expect(lines[1]!.text.nl).toBe('de site meldde Google (Google-toestemmingsmodus): advertentieopslag en analytische opslag geweigerd');
    expect(lines[4]!.text.en).toBe("the site's own consent record (OneTrust) says: all accepted");
    expect(lines[4]!.label).toEqual({ en: "the site's claim", nl: 'bewering van de site' });
    expect(lines[2]!.label).toEqual({ en: 'seen by Pixelwacht', nl: 'gezien door Pixelwacht' });
    expect(lines[5]!.text.en).toMatch(/granted$/);
    expect(contradictions.map((c) => c.kind)).toEqual(['consent-mode-denied-but-meta-linkedin', 'refused-but-record-granted']);
    // Plain JSON: the evidence file stores it as it is.
    expect(JSON.parse(JSON.stringify(lines))).toEqual(lines);
  });

  it('adds what TCF strings in the requests told each tracker, once per change', () => {
    const entries = witnessTimeline(null, [
      { t: NAV + 1, trackerKey: 'x', company: 'Xandr', category: 'advertising', identifiers: true, consentMode: null, tcf: { valid: true, recipientConsent: false } },
      { t: NAV + 2, trackerKey: 'x', company: 'Xandr', category: 'advertising', identifiers: true, consentMode: null, tcf: { valid: true, recipientConsent: false } },
      { t: NAV + 3, trackerKey: 'x', company: 'Xandr', category: 'advertising', identifiers: true, consentMode: null, tcf: { valid: true, recipientConsent: true } },
      { t: NAV + 4, trackerKey: 'c', company: 'Criteo', category: 'advertising', identifiers: true, consentMode: null, tcf: { valid: false, recipientConsent: null } },
    ]);
    expect(entries.map((e) => e.witness)).toEqual(['tcf-request', 'tcf-request', 'tcf-request']);
    expect(entries.map((e) => witnessText(e, 'en'))).toEqual([
      'the site told Xandr in a TCF consent string: no consent',
      'the site told Xandr in a TCF consent string: consent given',
      'a request to Criteo carried an unreadable TCF consent string',
    ]);
  });

  it('is only worth showing when it says more than that the page was touched', () => {
    const touched: WitnessEntry[] = [{ witness: 'user', t: NAV, event: { type: 'first-interaction', t: NAV, kind: 'pointer' } }];
    expect(hasWitnessStatements(touched)).toBe(false);
    expect(hasWitnessStatements(consentWitnesses(page).timeline.map((l) => l.entry))).toBe(true);
  });
});
