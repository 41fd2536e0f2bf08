// A letter never claims what its evidence lacks: every argument is switched on by its
// fact and only by it (tested both ways), no sentence states a future date as past,
// and the anonymous tip carries none of the person's identifiers.
import { beforeAll, describe, expect, test } from 'vitest';
import { draftApComplaint } from '../../../src/core/letters/ap-complaint';
import { caseFactsOf } from '../../../src/core/letters/case-facts';
import { JUDGMENTS } from '../../../src/core/letters/case-law';
import { NO_STATEMENT, type UserStatement } from '../../../src/core/letters/consent-statement';
import { legalGrounds, type GroundId } from '../../../src/core/letters/legal-grounds';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
import { LEGAL_ENTITIES, recipientName } from '../../../src/core/letters/legal-entities';
import { draftApTip } from '../../../src/core/letters/tip';
import { ownIdentifiers, redactBundleForTip } from '../../../src/core/evidence/redaction';
import { serialiseEvidence } from '../../../src/core/evidence/serialise';
import type { EvidenceBundle } from '../../../src/core/evidence/types';
import { ALL, bundleOf } from '../../fixtures/records/load';
import { bundleOfCase, carBundle } from '../../fixtures/letters/cases';
import { priorIn, situations, type Situation } from '../../fixtures/letters/situations';

const DIGEST = 'b'.repeat(64);
const ids = (bundle: EvidenceBundle, statement: UserStatement = NO_STATEMENT) => legalGrounds(caseFactsOf(bundle, statement), 'en').map((g) => g.id);
const complaint = (bundle: EvidenceBundle, lang: 'nl' | 'en' = 'en', statement: UserStatement = NO_STATEMENT) =>
  draftApComplaint({ bundle, lang, digest: DIGEST, date: '2027-01-05', sender: {}, statement }).body;
const clone = (b: EvidenceBundle) => JSON.parse(JSON.stringify(b)) as EvidenceBundle;

let all: Situation[] = [];
beforeAll(async () => {
  all = await situations();
});

describe('each ground appears with its fact, and never without it', () => {
  test.each<[GroundId, () => EvidenceBundle, () => EvidenceBundle]>([
    ['health', () => bundleOfCase('ggz-after-refusal'), carBundle],
    ['no-legitimate-interest', () => bundleOfCase('ggz-after-refusal'), carBundle],
    ['hashed-email', () => bundleOfCase('ivf-own-email'), () => bundleOfCase('ggz-after-refusal')],
    ['consent-missing', () => bundleOfCase('ivf-own-email'), () => bundleOfCase('fertility-after-accept')],
    ['after-reject', () => bundleOfCase('ggz-after-refusal'), () => bundleOfCase('ivf-own-email')],
    ['accept-not-explicit', () => bundleOfCase('fertility-after-accept'), () => bundleOfCase('ggz-after-refusal')],
    ['pharmacy-order', () => bundleOfCase('pharmacy-order'), () => bundleOfCase('ivf-own-email')],
    ['google-denied', () => bundleOfCase('ggz-after-refusal'), () => bundleOfCase('fertility-after-accept')],
    ['joint-controllers', () => bundleOfCase('ggz-after-refusal'), carBundle],
  ])('%s', (id, withFact, without) => {
    expect(ids(withFact())).toContain(id);
    expect(ids(without())).not.toContain(id);
  });

  test('C-252/21, C-184/20 and art. 9 only with a health page; described as the operator’s collection', () => {
    const health = complaint(bundleOfCase('ggz-after-refusal'));
    expect(health).toContain('C-252/21');
    expect(health).toContain('Meta’s collection');
    for (const lang of ['nl', 'en'] as const) {
      const body = complaint(carBundle(), lang);
      for (const absent of ['C-252/21', 'C-184/20', 'C-21/23', '05/2020', lang === 'nl' ? 'artikel 9' : 'Article 9']) expect(body).not.toContain(absent);
    }
  });

  test('C-21/23 needs order events on a pharmacy site: a pharmacy page view is not enough', () => {
    const b = bundleOfCase('pharmacy-order');
    expect(complaint(b)).toContain('C-21/23');
    const viewOnly = clone(b);
    for (const t of Object.values(viewOnly.visits[0]!.trackers)) for (const d of t.disclosures) d.event = 'PageView';
    expect(complaint(viewOnly)).not.toContain('C-21/23');
    // Order events on a site that is not a pharmacy do not switch it on either.
    const notPharmacy = clone(b);
    notPharmacy.visits[0]!.health.categories = ['reproduction'];
    notPharmacy.visits[0]!.health.verdict!.reasonCodes = [];
    expect(complaint(notPharmacy)).not.toContain('C-21/23');
  });

  test('art. 26 for pixels (EDPB 8/2020) and for plug-ins (C-40/17)', () => {
    const pixels = complaint(bundleOfCase('ggz-after-refusal'));
    expect(pixels).toContain('8/2020');
    expect(pixels).toContain('Article 26');
    const plugin = complaint(bundleOf('ivf-health-insurer'));
    expect(plugin).toMatch(/embeds a social plug-in \(observation 3\)/);
    const analyticsOnly = complaint(carBundle());
    expect(analyticsOnly).not.toContain('8/2020');
    expect(analyticsOnly).not.toContain('C-40/17');
  });

  test('gcs=G100: the site signalled no consent while other recipients got requests; alone it is not argued', () => {
    const body = complaint(bundleOfCase('ggz-after-refusal'));
    expect(body).toContain('the website itself told Google that ad or analytics storage was denied at that moment (gcs=G100)');
    expect(body).not.toMatch(/consent was refused \(Google/);
    const googleOnly = clone(bundleOfCase('ggz-after-refusal'));
    for (const key of Object.keys(googleOnly.visits[0]!.trackers)) if (!key.startsWith('google')) delete googleOnly.visits[0]!.trackers[key];
    expect(ids(googleOnly)).not.toContain('google-denied');
  });

  test('art. 13(1)(f) only with a recipient established outside the EEA', () => {
    expect(complaint(bundleOfCase('ggz-after-refusal'))).not.toContain('13(1)(f)');
    const us = clone(carBundle());
    const t = Object.values(us.visits[0]!.trackers)[0]!;
    t.tracker = { ...t.tracker, companyKey: 'some_us_vendor', company: 'Some US Vendor', country: 'US' };
    expect(ids(us)).toContain('transfer');
    expect(complaint(us)).toContain('Article 13(1)(f)');
  });

  test('no timeline and no statement: nothing is alleged about consent; the statement switches it on', () => {
    const car = carBundle();
    expect(ids(car)).not.toContain('consent-missing');
    expect(ids(car)).not.toContain('after-reject');
    expect(complaint(car)).toContain('I make no statement about the consent status of that visit');
    expect(ids(car, { choice: 'nothing', stillSends: null })).toContain('consent-missing');
    expect(ids(car, { choice: 'refused', stillSends: null })).toContain('after-reject');
    expect(complaint(car, 'en', { choice: 'refused', stillSends: null })).toContain('as I state above');
    // A recorded timeline is never overridden by the statement.
    expect(ids(bundleOfCase('fertility-after-accept'), { choice: 'nothing', stillSends: null })).not.toContain('consent-missing');
  });

  test('a health page: explicit consent denied in words; whether the processing goes on as stated', () => {
    const body = complaint(bundleOfCase('ggz-after-refusal'), 'nl', { choice: 'refused', stillSends: 'yes' });
    expect(body).toContain('Ik heb nooit uitdrukkelijk toestemming gegeven');
    expect(body).toContain('de verwerking gaat door');
    expect(complaint(carBundle(), 'nl')).not.toContain('uitdrukkelijk toestemming gegeven');
  });

  test('own e-mail: the hash sentence only when the user’s address matched', () => {
    for (const s of all) {
      const c = caseFactsOf(s.bundle, s.statement, s.emailMatches);
      expect(legalGrounds(c, 'nl').some((g) => g.id === 'own-email')).toBe(s.emailMatches.length > 0);
    }
    expect(all.find((s) => s.name === 'health-hashed-email-before-choice')!.emailMatches).toHaveLength(1);
  });
});

describe('what was sent, said as it was', () => {
  test('like.php is the Like button loading with the page address, not a “like”', () => {
    const body = complaint(bundleOf('ivf-health-insurer'));
    expect(body).toContain('the page loaded Meta’s Like button');
    expect(body).toContain('I did not click that button');
    expect(body).not.toMatch(/the event "like"/);
  });

  test('a LinkedIn request without an event name is not given one', () => {
    const body = complaint(bundleOfCase('ggz-after-refusal'));
    expect(body).toContain('The request itself named no event.');
    expect(body).not.toMatch(/LinkedIn[^\n]*"page_view"/);
  });

  test('values that show the health link are quoted; identifiers are named', () => {
    const body = complaint(bundleOfCase('ggz-after-refusal'), 'nl');
    expect(body).toContain('"content_name: Vergoeding GGZ"');
    expect(complaint(bundleOfCase('fertility-after-accept'), 'nl')).toContain('"item_category: Vergoedingen vruchtbaarheid"');
    expect(body).toContain('de Meta-ID van mijn browser (fbp)');
    expect(body).toContain('het advertentie-ID (pixel-ID) van de website bij Meta');
    expect(body).not.toContain('extra gegevens bij de gebeurtenis');
  });

  test('recipients are named one way: legal entity, then brand', () => {
    expect(recipientName('facebook', 'Meta')).toBe('Meta Platforms Ireland Ltd. (Facebook, Instagram)');
    expect(recipientName('microsoft', 'Microsoft', 'linkedin_ads')).toBe('LinkedIn Ireland Unlimited Company');
    expect(recipientName('google', 'Google')).toBe('Google Ireland Limited');
    expect(recipientName('unknown_co', 'Unknown Co')).toBe('Unknown Co');
    for (const e of LEGAL_ENTITIES) expect(e.source.length).toBeGreaterThan(10);
    const body = complaint(bundleOfCase('ggz-after-refusal'));
    expect(body).not.toMatch(/Microsoft|LinkedIn Ads/);
    expect(body).toContain('LinkedIn Ireland Unlimited Company');
  });

  test('only confirmed ECLI numbers are printed', () => {
    const texts = all.flatMap((s) => (['nl', 'en'] as const).map((lang) => complaint(s.bundle, lang, s.statement)));
    for (const j of Object.values(JUDGMENTS)) {
      for (const t of texts) if (!j.confirmed && j.ecli) expect(t).not.toContain(j.ecli);
    }
    expect(texts.some((t) => t.includes('ECLI:EU:C:2023:537'))).toBe(true);
  });

  test('singular and plural by count', () => {
    for (const s of all) {
      for (const lang of ['nl', 'en'] as const) {
        const body = complaint(s.bundle, lang, s.statement);
        expect(body).not.toMatch(/\b1 (bezoeken|visits|waarnemingen|observations|verzoeken|requests|sites)\b/);
        expect(body).not.toMatch(/\(en\)|\(s\)/);
        if (s.bundle.visits.length === 1) expect(body).not.toMatch(/een van de pagina’s|one of the pages|deze bezoeken|these visits/);
      }
    }
  });
});

const MONTHS: Record<string, number> = {
  januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8, september: 9, oktober: 10, november: 11, december: 12,
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
};
const DATE = /\b(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})\b/g;
// Verbs and phrases that state something as having happened.
const PAST = /\b(ontvangen|ontving|schreef|bezocht|verstuurde|werd|eindigde|heb ik geen|received|wrote|visited|sent|ended|had no|have had no)\b/;

function futureAsPast(text: string, letterDate: string): string[] {
  const bad: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n/)) {
    for (const m of sentence.matchAll(DATE)) {
      const iso = `${m[3]}-${String(MONTHS[m[2]!]).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
      if (iso > letterDate && PAST.test(sentence)) bad.push(sentence);
    }
  }
  return bad;
}

describe('no sentence states a date in the future as past', () => {
  test('complaints drafted on every day from the letter to well after its deadline', () => {
    const b = bundleOfCase('ggz-after-refusal');
    let checked = 0;
    for (let day = 0; day <= 60; day += 1) {
      const date = new Date(Date.UTC(2026, 11, 7 + day)).toISOString().slice(0, 10);
      for (const lang of ['nl', 'en'] as const) {
        for (const answered of [false, true]) {
          const body = draftApComplaint({ bundle: b, lang, digest: DIGEST, date, sender: {}, organisationLetter: { sentOn: '2026-12-07', answered } }).body;
          expect(futureAsPast(body, date)).toEqual([]);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(61 * 4);
  });

  test('the checker itself catches the old sentence', () => {
    expect(futureAsPast('Tot 1 januari 2027 (een maand later) heb ik geen antwoord ontvangen.', '2026-12-10')).toHaveLength(1);
  });

  test('letters to the organisation and the golden situations', () => {
    for (const s of all) {
      for (const lang of ['nl', 'en'] as const) {
        const letter = draftOrganisationLetter({ bundle: s.bundle, lang, digest: DIGEST, date: s.letterDate, sender: {}, requests: ['access', 'erasure', 'stop'], statement: s.statement });
        expect(futureAsPast(letter.body, s.letterDate)).toEqual([]);
        const c = draftApComplaint({ bundle: s.bundle, lang, digest: DIGEST, date: s.complaintDate, sender: {}, statement: s.statement, ...(priorIn(s, lang) ? { organisationLetter: priorIn(s, lang)! } : {}) });
        expect(futureAsPast(c.body, s.complaintDate)).toEqual([]);
      }
    }
  });
});

describe('the anonymous tip', () => {
  test('its default annex holds none of the user’s identifiers, and no query strings or bodies', () => {
    for (const bundle of [bundleOf(...ALL), bundleOfCase('ivf-own-email'), bundleOfCase('ggz-after-refusal'), bundleOfCase('pharmacy-order')]) {
      const secrets = ownIdentifiers(bundle);
      expect(secrets.length).toBeGreaterThan(0);
      const text = new TextDecoder().decode(serialiseEvidence(redactBundleForTip(bundle, 'nl')));
      for (const s of secrets) expect(text).not.toContain(s);
      expect(text).not.toMatch(/"url": "[^"]*\?/);
      expect(text).not.toContain('"hashedPii"');
      expect(text).not.toContain('"userIds"');
      // The full file is left as it was.
      expect(new TextDecoder().decode(serialiseEvidence(bundle))).toContain(secrets[0]!);
    }
  });

  test('it says “tip”, never “klacht”, and carries no name, address or placeholder for them', () => {
    for (const lang of ['nl', 'en'] as const) {
      const tip = draftApTip({ bundle: bundleOf(...ALL), lang, digest: DIGEST, date: '2027-01-05' });
      expect(tip.body).not.toMatch(lang === 'nl' ? /klacht/i : /complaint/i);
      expect(tip.body).not.toMatch(/\[(uw naam|uw adres|uw e-mailadres|your name|your address|your e-mail address)\]/);
      for (const secret of ownIdentifiers(bundleOf(...ALL))) expect(tip.body).not.toContain(secret);
      expect(tip.notes.join(' ')).toMatch(lang === 'nl' ? /herleiden/ : /traced back/);
      expect(tip.body).toMatch(lang === 'nl' ? /bewerkt bewijsbestand/ : /edited to leave out my own identifiers/);
    }
    const full = draftApTip({ bundle: bundleOf(...ALL), lang: 'en', digest: DIGEST, date: '2027-01-05', annex: 'full' });
    expect(full.notes[0]).toContain('can be traced back to you');
  });
});
