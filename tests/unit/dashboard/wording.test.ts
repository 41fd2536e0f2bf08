// Wording the audit of issue 16 found, kept fixed: Dutch without "paginaadres" or an
// untranslated "social plug-in" in what the store shows, counts through the plural
// helper, the site's pixel id named as such, no dead strings, and the store
// description within Chrome's 132 characters.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatMessage, type Messages } from '../../../src/core/message-format';

const load = (lang: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, `../../../public/_locales/${lang}/messages.json`), 'utf8')) as Messages;
const en = load('en');
const nl = load('nl');

/** Every `plural('key', …)` base the dashboard's letters and settings use. */
const PLURALS = ['settingsExported', 'lettersChosenVisits', 'lettersVisitsChosenCount'];

describe('wording', () => {
  test('Dutch says "adressen van pagina\'s", never "paginaadres"', () => {
    const found = Object.entries(nl).filter(([, m]) => /paginaadres/i.test(m.message)).map(([k]) => k);
    expect(found).toEqual([]);
  });

  test('the store description: no untranslated "social plug-ins" in Dutch, at most 132 characters', () => {
    expect(nl.extDescription!.message).not.toMatch(/social plug-in/i);
    for (const messages of [en, nl]) expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  test('the account chip names the website’s advertising id (pixel id)', () => {
    expect(nl.chip_account!.message).toBe('advertentie-ID van de website (pixel-ID)');
    expect(en.chip_account!.message).toMatch(/advertising ID \(pixel ID\)/);
    expect(nl.chip_account!.message).not.toMatch(/accountnummer/);
  });

  test('no dead strings from the old summary', () => {
    for (const messages of [en, nl]) expect(Object.keys(messages).filter((k) => k.startsWith('summaryHealthDisclosed'))).toEqual([]);
  });

  test.each(PLURALS)('%s has a one and an other form in both languages, and the bare key is gone', (base) => {
    for (const messages of [en, nl]) {
      expect(messages[`${base}_one`], `${base}_one`).toBeDefined();
      expect(messages[`${base}_other`], `${base}_other`).toBeDefined();
      expect(messages[base]).toBeUndefined();
    }
  });

  test('one site is one site', () => {
    expect(formatMessage(nl.settingsExported_one!.message, ['1'])).toBe('Bestand met 1 site gemaakt.');
    expect(formatMessage(en.settingsExported_one!.message, ['1'])).toBe('File made with 1 site.');
    expect(formatMessage(nl.lettersVisitsChosenCount_one!.message, ['1', '1'])).toBe('1 van 1 bezoek gekozen');
    expect(formatMessage(en.lettersVisitsChosenCount_other!.message, ['3', '1'])).toBe('1 of 3 visits chosen');
  });
});
