// The gaps an audit of the letters found (brief "letters", session 5): each as a test,
// both ways where a fact switches a sentence on.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { harBrowser } from '../../../src/cli/har-recording';
import type { ConsentTimeline } from '../../../src/core/consent/types';
import type { EvidenceBundle } from '../../../src/core/evidence/types';
import { draftApComplaint } from '../../../src/core/letters/ap-complaint';
import { caseFactsOf } from '../../../src/core/letters/case-facts';
import { legalGrounds } from '../../../src/core/letters/legal-grounds';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
import { annexList } from '../../../src/core/letters/annexes';
import { recordingSentence } from '../../../src/core/letters/recording';
import { matchPhoneHashes, normalisedPhones } from '../../../src/core/letters/phone-hash';
import type { PageHealth } from '../../../src/core/records/page-health';
import { caseBundle, bundleOfCase } from '../../fixtures/letters/cases';
import { recordVisit, type FixtureRequest } from '../../fixtures/records/record-visit';

const DIGEST = 'c'.repeat(64);
const SITE = 'https://www.zorgverzekeraar-voorbeeld.nl';
const URL_ = `${SITE}/vergoedingen/ggz`;
const START = Date.UTC(2026, 11, 3, 19, 41, 10, 0);
const enc = encodeURIComponent;
type Lang = 'nl' | 'en';

const HEALTH: PageHealth = {
  override: null,
  verdict: { health: true, score: 0.9, categories: ['mental-health'], language: 'nl', at: START + 300, url: URL_, reasonCodes: [], matchedTerms: [] },
};

async function bundleOf(requests: FixtureRequest[], health: PageHealth | null = HEALTH, consent: ConsentTimeline | null = null): Promise<EvidenceBundle> {
  const page = await recordVisit({ tabId: 5, origin: SITE, url: URL_, start: START, title: 'Vergoeding GGZ', requests, health, consent });
  return caseBundle(page);
}

const req = (id: string, url: string, dt = 500, cookieNames: string[] | null = null): FixtureRequest => ({ id, method: 'GET', type: 'image', timeStamp: START + dt, body: null, cookieNames, url });
const complaint = (bundle: EvidenceBundle, lang: Lang) => draftApComplaint({ bundle, lang, digest: DIGEST, date: '2027-01-05', sender: {} }).body;
const letter = (bundle: EvidenceBundle, lang: Lang) => draftOrganisationLetter({ bundle, lang, digest: DIGEST, date: '2026-12-07', sender: {}, requests: ['access'] }).body;

describe('A. only event names the request carried', () => {
  test.each(['nl', 'en'] as const)('Google Ads, HubSpot and Matomo events made up from the address are not stated (%s)', async (lang) => {
    const b = await bundleOf([
      req('a1', `https://www.googleadservices.com/pagead/conversion/123456789/?label=AbCdEf&url=${enc(URL_)}`),
      req('a2', `https://track.hubspot.com/__ptq.gif?a=1234567&k=1&r=${enc(URL_)}`, 700),
      req('a4', `https://voorbeeld.matomo.cloud/matomo.php?idsite=3&rec=1&action_name=GGZ&url=${enc(URL_)}`, 900),
    ]);
    const text = complaint(b, lang);
    for (const made of ['"conversion"', '"page_view"', '"event"']) expect(text).not.toContain(made);
    expect(text).toContain(lang === 'nl' ? 'Het verzoek noemde zelf geen gebeurtenis.' : 'The request itself named no event.');
  });

  test.each(['nl', 'en'] as const)('an event name the request carried is stated (%s)', async (lang) => {
    const b = await bundleOf([req('a3', `https://www.googleadservices.com/pagead/conversion/123456789/?label=AbCdEf&data=event%3Dpurchase&url=${enc(URL_)}`)]);
    const text = complaint(b, lang);
    expect(text).toContain(lang === 'nl' ? 'de gebeurtenis "purchase"' : 'the event "purchase"');
    expect(text).not.toContain(lang === 'nl' ? 'noemde zelf geen gebeurtenis' : 'itself named no event');
  });
});

describe('B. the browser a HAR was recorded with', () => {
  const har = (creator: unknown, headers: Array<{ name: string; value: string }> = [], browser?: unknown) => ({
    log: { creator, ...(browser ? { browser } : {}), entries: [{ startedDateTime: '2026-11-20T09:15:02.000Z', request: { headers } }] },
  });
  test('from the entries’ user agent', () => {
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
    expect(harBrowser(har({ name: 'WebInspector', version: '537.36' }, [{ name: 'User-Agent', value: ua }]))).toEqual({ name: 'Chrome', version: '156.0.0.0' });
  });
  test('from the HAR’s browser or a creator that is a browser', () => {
    expect(harBrowser(har({ name: 'Firefox', version: '140.0' }, [], { name: 'Firefox', version: '140.0' }))).toEqual({ name: 'Firefox', version: '140.0' });
    expect(harBrowser(har({ name: 'Firefox', version: '140.0' }))).toEqual({ name: 'Firefox', version: '140.0' });
  });
  test('"WebInspector 537.36" is the developer tools’ own name, not a browser: unknown', () => {
    expect(harBrowser(har({ name: 'WebInspector', version: '537.36' }))).toBeNull();
  });
  test.each(['nl', 'en'] as const)('an unknown browser is not named (%s)', (lang) => {
    const bundle = bundleOfCase('ivf-own-email');
    const recording = { kind: 'har' as const, browser: null, fileName: 'x.har', sha256: 'd'.repeat(64) };
    const text = [recordingSentence(recording, bundle, lang), ...annexList(bundle, lang, { digest: DIGEST, recording, correspondence: false, screenshots: false }).map((a) => a.text)].join('\n');
    expect(text).not.toMatch(/WebInspector|null|unknown/);
    expect(text).toContain(lang === 'nl' ? 'de ontwikkelaarstools van een browser' : 'the developer tools of a browser');
  });
});

describe('E. the organisation letter labels each identifier', () => {
  test.each(['nl', 'en'] as const)('%s', (lang) => {
    const text = draftOrganisationLetter({ bundle: bundleOfCase('ivf-own-email'), lang, digest: DIGEST, date: '2026-12-07', sender: {}, requests: ['access'], redaction: { ownIdentifiers: 'show' } as never }).body;
    const block = text.slice(text.indexOf(lang === 'nl' ? 'Om u te helpen mijn gegevens te vinden' : 'To help you find my data'));
    expect(block).toContain(lang === 'nl' ? 'de Meta-ID van mijn browser (fbp): fb.1.1764705900000.777888999' : 'my browser’s Meta id (fbp): fb.1.1764705900000.777888999');
    expect(block).toContain(lang === 'nl' ? 'het pixel-ID van uw website bij Meta: 1234567890123456' : 'your website’s pixel id at Meta: 1234567890123456');
    expect(block).toMatch(lang === 'nl' ? /een gehasht e-mailadres \(em\): 2487a7a1/ : /a hashed e-mail address \(em\): 2487a7a1/);
  });
});

describe('F. a hashed phone number is named as such', () => {
  const phoneHash = 'a'.repeat(64);
  test.each(['nl', 'en'] as const)('%s', async (lang) => {
    const withPhone = await bundleOf([req('f1', `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=${enc(URL_)}&ud[ph]=${phoneHash}`)]);
    const text = complaint(withPhone, lang);
    expect(text).toContain(lang === 'nl' ? `een gehasht telefoonnummer (ph: ${phoneHash})` : `a hashed phone number (ph: ${phoneHash})`);
    expect(legalGrounds(caseFactsOf(withPhone), lang).map((g) => g.id)).toContain('hashed-phone');
    const without = await bundleOf([req('f2', `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=${enc(URL_)}`)]);
    expect(complaint(without, lang)).not.toMatch(/gehasht telefoonnummer|hashed phone number/);
    expect(legalGrounds(caseFactsOf(without), lang).map((g) => g.id)).not.toContain('hashed-phone');
  });
});

describe('G. representation under art. 80(1) in the complaint itself', () => {
  test.each(['nl', 'en'] as const)('%s', (lang) => {
    const body = complaint(bundleOfCase('ivf-own-email'), lang);
    expect(body).toContain(lang === 'nl' ? 'artikel 80, lid 1, AVG' : 'Article 80(1) GDPR');
    expect(body).toContain(lang === 'nl' ? 'machtiging' : 'authorisation');
  });
});

describe('H. a page about health in general: no art. 9, no special-category wording', () => {
  const general = (healthFlag: boolean): PageHealth => ({
    override: null,
    verdict: { health: healthFlag, kind: 'general', score: 0.6, categories: ['mental-health'], language: 'nl', at: START + 300, url: URL_, reasonCodes: [], matchedTerms: [] } as never,
  });
  test.each(['nl', 'en'] as const)('%s', async (lang) => {
    for (const flag of [false, true]) {
      const b = await bundleOf([req('h1', `https://www.facebook.com/tr/?id=1234567890123456&ev=ViewContent&dl=${enc(URL_)}&cd[content_name]=${enc('Gezond leven')}`)], general(flag));
      const texts = [complaint(b, lang), letter(b, lang)];
      for (const text of texts) {
        for (const absent of lang === 'nl'
          ? ['artikel 9', 'gezondheidspagina', 'C-252/21', 'C-184/20', 'bijzondere categorie', 'uitdrukkelijke toestemming', 'gegevens over gezondheid']
          : ['Article 9', 'health page', 'C-252/21', 'C-184/20', 'special categor', 'explicit consent', 'data concerning health']) {
          expect(text, `${absent} (health flag ${flag})`).not.toContain(absent);
        }
      }
    }
  });
});

describe('D. which request carried what', () => {
  const em = 'b'.repeat(64);
  const meta = (id: string, dt: number, withEmail: boolean) => req(id, `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=${enc(URL_)}${withEmail ? `&ud[em]=${em}` : ''}`, dt);
  test.each(['nl', 'en'] as const)('a hashed e-mail in some of the requests: how many, and the first one’s time (%s)', async (lang) => {
    const b = await bundleOf([meta('d1', 500, false), meta('d2', 1500, true), meta('d3', 2500, false), meta('d4', 3500, true)]);
    expect(complaint(b, lang)).toContain(lang === 'nl'
      ? 'Het gehashte e-mailadres ging mee in 2 van de 4 verzoeken, het eerst om 20:41:11 (UTC+01:00).'
      : 'The hashed e-mail address went in 2 of the 4 requests, first at 20:41:11 (UTC+01:00).');
  });
  test.each(['nl', 'en'] as const)('in every request: no such sentence (%s)', async (lang) => {
    const b = await bundleOf([meta('d5', 500, true), meta('d6', 1500, true)]);
    expect(complaint(b, lang)).not.toMatch(lang === 'nl' ? /ging mee in \d+ van de/ : /went in \d+ of the/);
  });
});

describe('F. the local check of a hashed phone number', () => {
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  test('normalised as the vendors document it: digits with the country code, and E.164', () => {
    expect(normalisedPhones('06-12 34 56 78')).toEqual({ digits: '31612345678', e164: '+31612345678' });
    expect(normalisedPhones('+31 (0)6 1234 5678')).toEqual({ digits: '31612345678', e164: '+31612345678' });
    expect(normalisedPhones('0031 6 12345678')).toEqual({ digits: '31612345678', e164: '+31612345678' });
    expect(normalisedPhones('not a number')).toBeNull();
  });
  test.each(['nl', 'en'] as const)('a match lets the letters say it is my phone number; no match, no such sentence (%s)', async (lang) => {
    const b = await bundleOf([req('p1', `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=${enc(URL_)}&ud[ph]=${sha('31612345678')}`)]);
    const matches = matchPhoneHashes(b, '06 12345678');
    expect(matches).toHaveLength(1);
    const said = lang === 'nl' ? 'de SHA-256-hash van mijn telefoonnummer' : 'the SHA-256 hash of my phone number';
    const own = draftApComplaint({ bundle: b, lang, digest: DIGEST, date: '2027-01-05', sender: {}, phoneMatches: matches }).body;
    expect(own).toContain(said);
    expect(draftOrganisationLetter({ bundle: b, lang, digest: DIGEST, date: '2026-12-07', sender: {}, requests: ['access'], phoneMatches: matches }).body).toContain(said);
    expect(matchPhoneHashes(b, '06 12345679')).toEqual([]);
    expect(complaint(b, lang)).not.toContain(said);
  });
});
