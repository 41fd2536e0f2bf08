// Gap C: the consent contradictions are stated in the complaint and the organisation
// letter as observations with their evidence, each only with its finding, nl and en.
import { describe, expect, test } from 'vitest';
import type { ConsentEvent } from '../../../src/core/consent/types';
import { isoWithOffset } from '../../../src/core/evidence/time';
import type { EvidenceBundle } from '../../../src/core/evidence/types';
import { draftApComplaint } from '../../../src/core/letters/ap-complaint';
import { caseFactsOf } from '../../../src/core/letters/case-facts';
import { legalGrounds } from '../../../src/core/letters/legal-grounds';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
import { bundleOfCase } from '../../fixtures/letters/cases';

type Lang = 'nl' | 'en';
const DIGEST = 'e'.repeat(64);
const complaint = (b: EvidenceBundle, lang: Lang) => draftApComplaint({ bundle: b, lang, digest: DIGEST, date: '2027-01-05', sender: {} }).body;
const letter = (b: EvidenceBundle, lang: Lang) => draftOrganisationLetter({ bundle: b, lang, digest: DIGEST, date: '2026-12-07', sender: {}, requests: ['access'] }).body;
const kinds = (b: EvidenceBundle) => caseFactsOf(b).contradictions.map((x) => x.kind);

/** The bundle with events added to its first visit's recorded timeline, at ms after the visit started. */
function withEvents(b: EvidenceBundle, events: Array<(start: number) => ConsentEvent>): EvidenceBundle {
  const out = JSON.parse(JSON.stringify(b)) as EvidenceBundle;
  const v = out.visits[0]!;
  for (const make of events) {
    const e = make(v.startedAt);
    v.consent.events.push({ atIso: isoWithOffset(e.t, 60), event: e });
  }
  v.consent.events.sort((a, b2) => a.event.t - b2.event.t);
  return out;
}

const HEAD = { nl: 'Wat de website zelf over toestemming vastlegde of meldde', en: 'What the website itself recorded or reported about consent' };

describe('after I refused, the site’s own record said all accepted', () => {
  const granted = () => withEvents(bundleOfCase('ggz-after-refusal'), [(s) => ({ type: 'cmp-record', t: s + 2100, cmp: 'Cookiebot', says: 'accept-all', granted: ['necessary', 'preferences', 'analytics', 'marketing'], denied: [] })]);
  test.each(['nl', 'en'] as const)('%s', (lang) => {
    expect(kinds(granted())).toContain('refused-but-record-granted');
    for (const text of [complaint(granted(), lang), letter(granted(), lang).replace(/uw website/g, 'de website').replace(/your website’s/g, 'the website’s')]) {
      expect(text).toContain(lang === 'nl'
        ? 'Om 20:41:12 (UTC+01:00) weigerde ik in de cookiemelding. Daarna, om 20:41:12 (UTC+01:00), stond in de eigen toestemmingsregistratie van de website (Cookiebot) dat alles was geaccepteerd.'
        : 'At 20:41:12 (UTC+01:00) I refused in the cookie banner. Afterwards, at 20:41:12 (UTC+01:00), the website’s own consent record (Cookiebot) said that everything was accepted.');
    }
    expect(legalGrounds(caseFactsOf(granted()), lang).map((g) => g.id)).toContain('site-contradicts');
    // Without the record: no such sentence, no such ground.
    const plain = bundleOfCase('ggz-after-refusal');
    expect(kinds(plain)).not.toContain('refused-but-record-granted');
    expect(complaint(plain, lang)).not.toMatch(lang === 'nl' ? /eigen toestemmingsregistratie/ : /own consent record/);
    expect(legalGrounds(caseFactsOf(plain), lang).map((g) => g.id)).not.toContain('site-contradicts');
  });
});

// LinkedIn's requests are in it although the tracker database names LinkedIn's company Microsoft.
describe('consent mode told Google storage was denied while requests went to Meta and LinkedIn', () => {
  test.each(['nl', 'en'] as const)('%s', (lang) => {
    const b = bundleOfCase('ggz-after-refusal');
    expect(kinds(b)).toContain('consent-mode-denied-but-meta-linkedin');
    const text = complaint(b, lang);
    expect(text).toContain(HEAD[lang]);
    expect(text).toMatch(lang === 'nl'
      ? /meldde de website zelf aan Google dat opslag voor advertenties op dat moment was geweigerd \(Google-toestemmingsmodus\)\. Zolang die melding gold, verstuurde mijn browser toch 2 verzoeken met identificatiecodes naar Meta Platforms Ireland Ltd\. \(Facebook, Instagram\) en LinkedIn Ireland Unlimited Company \(waarnemingen 1, 2 en 3\)/
      : /the website itself told Google that ad storage was denied at that moment \(Google consent mode\)\. While that signal stood, my browser still sent 2 requests with identifiers to Meta Platforms Ireland Ltd\. \(Facebook, Instagram\) and LinkedIn Ireland Unlimited Company \(observations 1, 2 and 3\)/);
    const accepted = bundleOfCase('fertility-after-accept');
    expect(kinds(accepted)).not.toContain('consent-mode-denied-but-meta-linkedin');
    expect(complaint(accepted, lang)).not.toContain(HEAD[lang]);
  });
});

describe('a TCF useractioncomplete with no interaction of mine', () => {
  const claimed = () => withEvents(bundleOfCase('ivf-own-email'), [(s) => ({ type: 'tcf-status', t: s + 450, cmpId: 7, gdprApplies: true, eventStatus: 'useractioncomplete', purposesConsented: [1, 2, 3, 4] })]);
  test.each(['nl', 'en'] as const)('%s', (lang) => {
    expect(kinds(claimed())).toContain('tcf-action-without-interaction');
    expect(complaint(claimed(), lang)).toContain(lang === 'nl' ? '(IAB TCF CMP #7) dat de bezoeker een keuze had gemaakt (“useractioncomplete”). Pixelwacht had tot dat moment geen enkele handeling van mij' : '(IAB TCF CMP #7) reported that the visitor had completed a choice (“useractioncomplete”). Until then Pixelwacht had recorded no action of mine');
    expect(legalGrounds(caseFactsOf(claimed()), lang).map((g) => g.id)).toContain('site-contradicts');
    // The same claim after my click is no contradiction.
    const afterClick = withEvents(bundleOfCase('ivf-own-email'), [
      (s) => ({ type: 'first-interaction', t: s + 300, kind: 'pointer' }) as ConsentEvent,
      (s) => ({ type: 'tcf-status', t: s + 450, cmpId: 7, gdprApplies: true, eventStatus: 'useractioncomplete', purposesConsented: [1] }),
    ]);
    expect(kinds(afterClick)).not.toContain('tcf-action-without-interaction');
    expect(complaint(afterClick, lang)).not.toContain(lang === 'nl' ? 'geen enkele handeling van mij' : 'no action of mine');
  });
});

describe('the site’s record said marketing refused, and requests with identifiers still went out', () => {
  const denied = () => withEvents(bundleOfCase('ivf-own-email'), [(s) => ({ type: 'cmp-record', t: s + 100, cmp: 'Cookiebot', says: 'reject-all', granted: ['necessary'], denied: ['preferences', 'analytics', 'marketing'] })]);
  test.each(['nl', 'en'] as const)('%s', (lang) => {
    expect(kinds(denied())).toContain('record-denied-but-identifiers-sent');
    const text = complaint(denied(), lang);
    expect(text).toContain(lang === 'nl'
      ? 'stond in de eigen toestemmingsregistratie van de website (Cookiebot) dat toestemming voor marketing was geweigerd. Daarna verstuurde mijn browser toch een verzoek met identificatiecodes naar Meta Platforms Ireland Ltd. (Facebook, Instagram) (waarneming 1).'
      : 'the website’s own consent record (Cookiebot) said that consent for marketing was refused. Afterwards my browser still sent a request with identifiers to Meta Platforms Ireland Ltd. (Facebook, Instagram) (observation 1).');
    expect(legalGrounds(caseFactsOf(denied()), lang).map((g) => g.id)).toContain('site-record-denied');
    expect(legalGrounds(caseFactsOf(bundleOfCase('ivf-own-email')), lang).map((g) => g.id)).not.toContain('site-record-denied');
  });
});
