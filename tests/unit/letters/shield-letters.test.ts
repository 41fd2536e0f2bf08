// Requests the health shield blocked are stated as attempts in the letters ("de pagina
// probeerde … te versturen; mijn browser blokkeerde dat"), never as a completed transfer.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { offeredKinds, supportedKind } from '../../../src/dashboard/letters/draft';
import { draftApComplaint } from '../../../src/core/letters/ap-complaint';
import { attemptedRecipients, caseFactsOf, reachedFacts } from '../../../src/core/letters/case-facts';
import { infringements, legalGrounds } from '../../../src/core/letters/legal-grounds';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
import { draftApTip } from '../../../src/core/letters/tip';
import type { PageRecord } from '../../../src/core/records/page-record';
import { caseBundle, loadCaseRecord } from '../../fixtures/letters/cases';

const DIGEST = '3f'.repeat(32);

/** The IVF case record as the shield would have left it: every request (or all but one tracker's) blocked. */
function shielded(allBut?: string, name: 'ivf-own-email' | 'ggz-after-refusal' = 'ivf-own-email'): PageRecord {
  const page = loadCaseRecord(name);
  for (const [key, record] of Object.entries(page.trackers)) if (key !== allBut) record.blocked = record.requestCount;
  for (const request of page.requests) if (request.trackerKey !== allBut) request.blockedBy = 'health-shield';
  return page;
}

const letter = (page: PageRecord, lang: 'nl' | 'en') =>
  draftOrganisationLetter({
    bundle: caseBundle(page),
    lang,
    digest: DIGEST,
    statement: null,
    emailMatches: null,
    date: '2026-12-06',
    sender: { name: 'Sam Voorbeeld' },
    requests: ['access'],
  } as never).body;

const observations = (body: string) => body.split('\n').filter((l) => /^\(\d+\) /.test(l));

describe('letters about blocked requests', () => {
  test('nl: every blocked observation is an attempt the browser blocked; none says the browser sent it', () => {
    const lines = observations(letter(shielded(), 'nl'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/de pagina probeerde .+ te versturen/);
      expect(line).toContain('mijn browser blokkeerde dat');
      expect(line).not.toMatch(/mijn browser verstuurde|werd verstuurd|gingen ook de inlogcookies/);
    }
  });

  test('en: the same, in English', () => {
    const lines = observations(letter(shielded(), 'en'));
    for (const line of lines) {
      expect(line).toMatch(/the page tried to send .+; my browser blocked (it|them)/);
      expect(line).not.toMatch(/my browser sent|was sent|also carried/);
    }
  });

  test('a tracker the shield did not block is still stated as sent, next to the blocked ones', () => {
    const lines = observations(letter(shielded('linkedin_ads', 'ggz-after-refusal'), 'nl'));
    expect(lines.some((l) => l.includes('mijn browser verstuurde'))).toBe(true);
    expect(lines.some((l) => l.includes('mijn browser blokkeerde dat'))).toBe(true);
  });

  test('some of one tracker\'s requests blocked: sent, and the blocked ones said so', () => {
    const page = loadCaseRecord('pharmacy-order');
    page.trackers.facebook_custom_audience!.blocked = 1;
    const lines = observations(letter(page, 'nl'));
    expect(lines.some((l) => l.includes('Mijn browser blokkeerde 1 verzoek daarvan'))).toBe(true);
    const en = observations(letter(page, 'en'));
    expect(en.some((l) => l.includes('My browser blocked 1 request of them'))).toBe(true);
  });

  test('nothing blocked: the letter is unchanged by the shield\'s code path', () => {
    const plain = letter(loadCaseRecord('ivf-own-email'), 'nl');
    expect(plain).not.toContain('blokkeerde');
  });
});

// The same case in three states of the shield, in both languages, through the three
// documents: what each states as sent, as an attempt, and what it alleges.
type Scenario = 'none-blocked' | 'some-blocked' | 'all-blocked';
const SCENARIOS: Scenario[] = ['none-blocked', 'some-blocked', 'all-blocked'];
const LANGS = ['nl', 'en'] as const;

function scenarioPage(s: Scenario): PageRecord {
  if (s === 'none-blocked') return loadCaseRecord('ggz-after-refusal');
  return shielded(s === 'some-blocked' ? 'linkedin_ads' : undefined, 'ggz-after-refusal');
}

const WORDS = {
  nl: { sent: /mijn browser verstuurde/, attempt: /de pagina probeerde .+ te versturen.*mijn browser blokkeerde dat/, art9: /artikel 9, lid 1, AVG: verwerking/i, art6: /artikel 6, lid 1, AVG, met artikel 4/i, noTransfer: /kan ik op grond van dit bewijs niet stellen/ },
  en: { sent: /my browser sent/, attempt: /the page tried to send .+; my browser blocked/, art9: /Article 9\(1\) GDPR: processing/, art6: /Article 6\(1\) GDPR, with Articles 4\(11\)/, noTransfer: /I cannot allege a transfer/ },
} as const;

const complaint = (page: PageRecord, lang: 'nl' | 'en') =>
  draftApComplaint({ bundle: caseBundle(page), lang, digest: DIGEST, date: '2027-01-20', sender: { name: 'Sam Voorbeeld' }, statement: { choice: 'refused', stillSends: 'unknown' } } as never);
const tip = (page: PageRecord, lang: 'nl' | 'en') => draftApTip({ bundle: caseBundle(page), lang, digest: DIGEST, date: '2027-01-20' });
const section = (draft: { sections: { id: string; text: string }[] }, id: string) => draft.sections.find((s) => s.id === id)?.text ?? '';

describe.each(LANGS)('letters and the shield, %s', (lang) => {
  const w = WORDS[lang];

  test.each(SCENARIOS)('%s: each observation is stated as what happened to it, in every document', (s) => {
    const page = scenarioPage(s);
    const facts = caseFactsOf(caseBundle(page));
    for (const body of [letter(page, lang), complaint(page, lang).body, tip(page, lang).body]) {
      const lines = observations(body);
      expect(lines.length).toBe(facts.numbered.length);
      for (const o of facts.numbered) {
        const line = lines.find((l) => l.startsWith(`(${o.n}) `))!;
        if (facts.attempts.includes(o.n)) {
          expect(line).toMatch(w.attempt);
          expect(line).not.toMatch(w.sent);
        } else {
          expect(line).toMatch(w.sent);
        }
      }
    }
    expect(facts.attempts.length).toBe(s === 'none-blocked' ? 0 : s === 'some-blocked' ? facts.numbered.length - 1 : facts.numbered.length);
  });

  test.each(SCENARIOS)('%s: the complaint alleges only what reached a company', (s) => {
    const page = scenarioPage(s);
    const facts = caseFactsOf(caseBundle(page));
    const draft = complaint(page, lang);
    const legal = section(draft, 'legal');
    if (s === 'all-blocked') {
      // No transfer, so no art. 6 or art. 9 infringement, no case law about collection, no request to erase.
      expect(legal).toMatch(w.noTransfer);
      for (const absent of [w.art9, w.art6, /C-252\/21/, /C-184\/20/, /58, lid 2|58\(2\)/]) expect(draft.body).not.toMatch(absent);
      expect(section(draft, 'summary')).not.toMatch(w.sent);
      expect(section(draft, 'summary')).toMatch(lang === 'nl' ? /probeerde de pagina .+ te versturen/ : /the page tried to send/);
      expect(draft.recipientsNamed).toEqual([]);
      expect(draft.notes[0]).toMatch(lang === 'nl' ? /geen gegevens een bedrijf/ : /no data reached any company/);
    } else {
      expect(legal).not.toMatch(w.noTransfer);
      expect(legal).toMatch(w.art9);
      // Every provision and ground cites only observations that reached their recipient.
      const reached = reachedFacts(facts);
      for (const g of legalGrounds(reached, lang)) for (const n of g.observations) expect(facts.reached).toContain(n);
      for (const i of infringements(reached, lang)) {
        expect(i.observations.length).toBeGreaterThan(0);
        for (const n of i.observations) expect(facts.reached).toContain(n);
      }
      if (s === 'some-blocked') {
        // The summary names the company reached as sent to, and the others as attempts.
        const summary = section(draft, 'summary');
        expect(summary).toMatch(lang === 'nl' ? /De pagina probeerde daarnaast gegevens/ : /The page also tried to send data/);
        expect(draft.recipientsNamed.length).toBe(1);
        expect(attemptedRecipients(facts).length).toBeGreaterThan(0);
        for (const name of attemptedRecipients(facts)) expect(draft.recipientsNamed).not.toContain(name);
      }
    }
  });

  test.each(SCENARIOS)('%s: the tip, too, alleges no transfer where none happened', (s) => {
    const draft = tip(scenarioPage(s), lang);
    const legal = section(draft, 'legal');
    if (s === 'all-blocked') {
      expect(legal).toMatch(w.noTransfer);
      expect(legal).not.toMatch(/C-252\/21/);
    } else expect(legal).not.toMatch(w.noTransfer);
  });

  test('everything blocked: the organisation letter asks what the site sends when a browser does not block it, and calls the identifiers contained, not sent', () => {
    const page = scenarioPage('all-blocked');
    const body = draftOrganisationLetter({
      bundle: caseBundle(page), lang, digest: DIGEST, statement: null, emailMatches: null, date: '2026-12-06', sender: { name: 'Sam Voorbeeld' }, requests: ['access', 'stop'],
      redaction: { pageAddresses: 'full', ownIdentifiers: 'show' },
    } as never).body;
    expect(body).toMatch(lang === 'nl' ? /Mijn browser blokkeerde al deze verzoeken/ : /My browser blocked all of these requests/);
    expect(body).toMatch(lang === 'nl' ? /de identificatiecodes die in de verzoeken stonden/ : /the identifiers the requests contained/);
    expect(body).not.toMatch(lang === 'nl' ? /identificatiecodes die mijn browser verstuurde/ : /identifiers my browser sent/);
  });
});

describe('the letter wizard\'s choice when the shield blocked things', () => {
  test.each([
    ['none-blocked', ['organisation', 'complaint', 'tip']],
    ['some-blocked', ['organisation', 'complaint', 'tip']],
    ['all-blocked', ['organisation', 'tip']],
  ] as const)('%s: offers %j', (s, kinds) => {
    const bundle = caseBundle(scenarioPage(s));
    expect(offeredKinds(bundle)).toEqual(kinds);
    // A complaint chosen before the visits changed falls back to the organisation letter.
    expect(supportedKind('complaint', bundle)).toBe(kinds.includes('complaint' as never) ? 'complaint' : 'organisation');
    expect(supportedKind('tip', bundle)).toBe('tip');
  });

  test('the wizard\'s explanation exists in both languages and says why', () => {
    for (const [lang, words] of [['nl', /geen klacht/], ['en', /no transfer to complain about/]] as const) {
      const messages = JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;
      expect(messages.shield_letterNoComplaint?.message).toMatch(words);
    }
  });
});
