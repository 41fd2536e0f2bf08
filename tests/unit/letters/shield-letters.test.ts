// Requests the health shield blocked are stated as attempts in the letters ("de pagina
// probeerde … te versturen; mijn browser blokkeerde dat"), never as a completed transfer.
import { describe, expect, test } from 'vitest';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
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
