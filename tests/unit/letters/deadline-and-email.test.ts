// The answer deadline counted as Regulation 1182/71 counts it, and the local check
// that a hashed e-mail address sent to a tracker is the user's own.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { deadlinePassed, dutchPublicHolidays, easterSunday, letterDeadline, oneMonthAfter } from '../../../src/core/letters/deadline';
import { looksLikeEmail, matchEmailHashes, normalisedEmails } from '../../../src/core/letters/email-hash';
import { bundleOfCase, OWN_EMAIL } from '../../fixtures/letters/cases';

describe('deadline: one month from receipt, moved past weekends and Dutch public holidays', () => {
  test.each([
    ['2026-12-07', '2027-01-07'], // a Thursday
    ['2026-12-01', '2027-01-04'], // 1 January is a holiday (Friday), then the weekend
    ['2027-01-31', '2027-03-01'], // no 31 February: 28 February, a Sunday, so Monday
  ])('%s → %s', (received, due) => expect(letterDeadline(received)).toBe(due));

  test('month arithmetic before moving', () => {
    expect(oneMonthAfter('2027-01-31')).toBe('2027-02-28');
    expect(oneMonthAfter('2028-01-31')).toBe('2028-02-29');
    expect(oneMonthAfter('2026-11-25')).toBe('2026-12-25');
  });

  test('Christmas, Easter Monday, King’s Day, Ascension, Whit Monday, Liberation Day in lustrum years', () => {
    expect(letterDeadline('2026-11-25')).toBe('2026-12-28'); // 25 and 26 December, then Sunday
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(dutchPublicHolidays(2027)).toEqual(['2027-01-01', '2027-03-29', '2027-04-27', '2027-05-06', '2027-05-17', '2027-12-25', '2027-12-26']);
    expect(dutchPublicHolidays(2030)).toContain('2030-05-05');
    expect(dutchPublicHolidays(2031)).not.toContain('2031-05-05');
    expect(letterDeadline('2027-02-28')).toBe('2027-03-30'); // 28 March is Easter Sunday, 29 Easter Monday
    expect(letterDeadline('2027-03-27')).toBe('2027-04-28'); // 27 April is King’s Day
  });

  test('passed only after the whole deadline day, in the user’s offset', () => {
    expect(deadlinePassed('2026-12-01', '2027-01-04')).toBe(false);
    expect(deadlinePassed('2026-12-01', '2027-01-05')).toBe(true);
    expect(deadlinePassed('2026-12-07', Date.UTC(2027, 0, 7, 22, 30), 60)).toBe(false);
    expect(deadlinePassed('2026-12-07', Date.UTC(2027, 0, 7, 23, 30), 60)).toBe(true);
  });
});

describe('e-mail hash check', () => {
  const bundle = bundleOfCase('ivf-own-email');

  test('the typed address, trimmed and lower-cased, matches the hash that was sent', () => {
    const matches = matchEmailHashes(bundle, OWN_EMAIL);
    expect(matches).toEqual([expect.objectContaining({ field: 'em', normalisation: 'trim-lower' })]);
    expect(matchEmailHashes(bundle, 'sam.voorbeeld@example.nl')).toHaveLength(1);
  });

  test('another address, or no address, matches nothing', () => {
    expect(matchEmailHashes(bundle, 'someone.else@example.nl')).toEqual([]);
    expect(matchEmailHashes(bundle, 'not an address')).toEqual([]);
    expect(looksLikeEmail('a@b.nl')).toBe(true);
  });

  test('Reddit’s normalisation drops dots in the local part', () => {
    const b = JSON.parse(JSON.stringify(bundle));
    const t = Object.values(b.visits[0].trackers)[0] as { disclosures: { hashedPii?: Record<string, string> }[] };
    t.disclosures[0]!.hashedPii = { em: createHash('sha256').update('samvoorbeeld@example.nl').digest('hex') };
    expect(normalisedEmails(OWN_EMAIL)['no-dots-local']).toBe('samvoorbeeld@example.nl');
    expect(matchEmailHashes(b, OWN_EMAIL)).toEqual([expect.objectContaining({ normalisation: 'no-dots-local' })]);
  });
});
