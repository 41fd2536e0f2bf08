// A letter never claims what its evidence lacks.
import { describe, expect, test } from 'vitest';
import { draftApComplaint, draftApTip } from '../../../src/core/letters/ap-complaint';
import { deadlinePassed, letterDeadline } from '../../../src/core/letters/deadline';
import { factsOf } from '../../../src/core/letters/facts';
import { legalGrounds } from '../../../src/core/letters/legal-grounds';
import { draftOrganisationLetter } from '../../../src/core/letters/organisation-letter';
import { LEGAL_ENTITIES, recipientName } from '../../../src/core/letters/legal-entities';
import { serialiseEvidence } from '../../../src/core/evidence/serialise';
import { ALL, bundleOf, type RecordName } from '../../fixtures/records/load';

const DIGEST = 'b'.repeat(64);
const grounds = (...names: RecordName[]) => legalGrounds(factsOf(bundleOf(...names)), 'en').map((g) => g.id);
const complaint = (lang: 'nl' | 'en', ...names: RecordName[]) =>
  draftApComplaint({ bundle: bundleOf(...names), lang, digest: DIGEST, date: '2027-01-05', sender: {} }).body;

describe('legal grounds follow the evidence', () => {
  test('health page + plug-in + hashed e-mail + before any interaction: all their grounds', () => {
    expect(grounds('ivf-health-insurer')).toEqual(['personal-data', 'hashed-email', 'consent-missing', 'consent-proof', 'health', 'social-plugin', 'transparency', 'cookie-rule']);
  });

  test('no health verdict: no art. 9 and no health case law', () => {
    for (const lang of ['nl', 'en'] as const) {
      const body = complaint(lang, 'car-insurance', 'after-refusal');
      for (const absent of ['C-252/21', 'C-184/20', 'C-21/23', lang === 'nl' ? 'artikel 9' : 'Article 9']) expect(body).not.toContain(absent);
    }
    expect(complaint('en', 'ivf-health-insurer')).toContain('C-252/21');
  });

  test('no social plug-in: no Fashion ID', () => {
    expect(complaint('en', 'car-insurance', 'after-refusal')).not.toContain('C-40/17');
    expect(complaint('nl', 'ivf-health-insurer')).toContain('C-40/17');
    expect(draftOrganisationLetter({ bundle: bundleOf('car-insurance'), lang: 'en', digest: DIGEST, date: '2026-12-01', sender: {}, requests: ['joint-controllers'] }).body).not.toContain('Fashion ID');
  });

  test('no timeline: no timing claims at all', () => {
    const body = complaint('en', 'car-insurance');
    expect(grounds('car-insurance')).not.toContain('consent-missing');
    for (const absent of ['before I had', 'after I had', 'started loading', 'before I had made']) expect(body).not.toContain(absent);
    expect(body).toContain('no timeline was recorded');
  });

  test('after a refusal: the refusal ground, not the "no choice yet" ground', () => {
    expect(grounds('after-refusal')).toContain('after-reject');
    expect(grounds('after-refusal')).not.toContain('consent-missing');
    expect(complaint('en', 'after-refusal')).toContain('after I had refused in the cookie banner');
  });

  test('no hashed e-mail: no hashed e-mail sentence', () => {
    expect(grounds('car-insurance', 'after-refusal')).not.toContain('hashed-email');
    expect(complaint('en', 'after-refusal')).not.toMatch(/hashed e-mail/i);
  });

  test('the cookie rule appears only as context with the ACM', () => {
    const body = complaint('nl', ...ALL);
    expect(body).toContain('11.7a Telecommunicatiewet');
    expect(body).toContain('Autoriteit Consument & Markt (ACM)');
  });

  test('AP address, art. 77, the digest, the anonymity note; tips may be anonymous', () => {
    const body = complaint('nl', ...ALL);
    expect(body).toContain('Postbus 93374\n2509 AJ Den Haag');
    expect(body).toContain('Klacht op grond van artikel 77 AVG');
    expect(body).toContain(DIGEST);
    expect(body).toContain('niet anoniem');
    const tip = draftApTip({ bundle: bundleOf(...ALL), lang: 'en', digest: DIGEST, date: '2027-01-05' });
    expect(tip.body).toContain('anonymously');
    expect(tip.notes.join(' ')).toContain('https://autoriteitpersoonsgegevens.nl/een-tip-of-klacht-indienen-bij-de-ap');
  });

  test('recipients are named, with the legal entity where known', () => {
    const l = draftOrganisationLetter({ bundle: bundleOf(...ALL), lang: 'en', digest: DIGEST, date: '2026-12-01', sender: {}, requests: ['access'] });
    expect(l.recipientsNamed).toEqual(['Meta (Meta Platforms Ireland Ltd.)', 'Google (Google Ireland Limited)']);
    expect(l.body).toContain('C-154/21');
    expect(l.body).toContain('[your name]');
    expect(l.deadline).toBe('2027-01-01');
  });
});

describe('redaction in letters', () => {
  test('removes addresses, titles and own identifiers from letters, never from the evidence bytes', () => {
    const bundle = bundleOf(...ALL);
    const before = serialiseEvidence(bundle);
    const redaction = { pageAddresses: 'category', ownIdentifiers: 'remove' } as const;
    const texts = [
      draftOrganisationLetter({ bundle, lang: 'en', digest: DIGEST, date: '2026-12-01', sender: {}, requests: ['access', 'erasure'], redaction }).body,
      draftApComplaint({ bundle, lang: 'nl', digest: DIGEST, date: '2027-01-05', sender: {}, redaction }).body,
      draftApTip({ bundle, lang: 'en', digest: DIGEST, date: '2027-01-05', redaction }).body,
    ];
    for (const text of texts) {
      for (const secret of ['vergoedingen/ivf', 'IwAR3abcDEF', 'f660ab912ec121d1', 'fb.1.1764368044000', 'IVF en vruchtbaarheid', '/contact']) expect(text).not.toContain(secret);
    }
    expect(texts[0]).toContain('a page about reproduction and pregnancy');
    expect(Buffer.from(serialiseEvidence(bundle)).equals(Buffer.from(before))).toBe(true);
  });

  test('without redaction the letter to the organisation lists my identifiers to help find my data', () => {
    const body = draftOrganisationLetter({ bundle: bundleOf(...ALL), lang: 'en', digest: DIGEST, date: '2026-12-01', sender: {}, requests: ['access'] }).body;
    expect(body).toContain('fb.1.1764368044000.987654321');
  });
});

describe('deadlines', () => {
  test.each([
    ['2026-12-01', '2027-01-01'],
    ['2027-01-31', '2027-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-03-15', '2026-04-15'],
  ])('%s + one month = %s', (sent, due) => expect(letterDeadline(sent)).toBe(due));

  test('passed only after the whole deadline day', () => {
    expect(deadlinePassed('2026-12-01', '2027-01-01')).toBe(false);
    expect(deadlinePassed('2026-12-01', '2027-01-02')).toBe(true);
    // 1 January 2027, 23:30 in Amsterdam is still the deadline day.
    expect(deadlinePassed('2026-12-01', Date.UTC(2027, 0, 1, 22, 30), 60)).toBe(false);
    expect(deadlinePassed('2026-12-01', Date.UTC(2027, 0, 1, 23, 30), 60)).toBe(true);
  });
});

describe('legal entities', () => {
  test('every entry names its source; LinkedIn is named apart from its parent Microsoft', () => {
    for (const e of LEGAL_ENTITIES) expect(e.source.length).toBeGreaterThan(10);
    expect(recipientName('microsoft', 'Microsoft', 'linkedin_ads')).toBe('LinkedIn (LinkedIn Ireland Unlimited Company)');
    expect(recipientName('microsoft', 'Microsoft', 'bing_ads')).toBe('Microsoft (Microsoft Ireland Operations Limited)');
    expect(recipientName('google', 'Google')).toBe('Google (Google Ireland Limited)');
    expect(recipientName('unknown_co', 'Unknown Co')).toBe('Unknown Co');
  });
});
