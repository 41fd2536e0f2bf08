import { describe, expect, it } from 'vitest';
import { matchToken } from '../../../src/core/health/lexicon';
import { lexiconsFor } from '../../../src/core/health/lexicons';
import { LEXICON_EN } from '../../../src/core/health/lexicon-en';
import { LEXICON_NL } from '../../../src/core/health/lexicon-nl';
import { parseEntry } from '../../../src/core/health/lexicon';
import { tokenize } from '../../../src/core/health/tokenize';

const [nl] = lexiconsFor('nl');
const [en] = lexiconsFor('en');
const categoriesOf = (lex: typeof nl, token: string) =>
  matchToken(lex!, token).map((e) => ('health' in e.target ? e.target.health : `counter:${e.target.counter}`));

describe('Dutch compounds and inflections', () => {
  it.each([
    ['fysiotherapeut', 'disability-rehabilitation'],
    ['fysiotherapiebehandeling', 'disability-rehabilitation'],
    ['depressieve', 'mental-health'],
    ['winterdepressie', 'mental-health'],
    ['kinderpsycholoog', 'mental-health'],
    ['borstkankerpatienten', 'cancer'],
    ['ivfbehandeling', 'reproduction'],
    ['hivtest', 'sexual-health'],
    ['soas', 'sexual-health'],
    ['huisartsen', 'hospital-gp-care'],
  ])('%s → %s', (token, category) => {
    expect(categoriesOf(nl, token)).toContain(category);
  });

  it('finds both halves of zwangerschapsdiabetes', () => {
    expect(categoriesOf(nl, 'zwangerschapsdiabetes')).toEqual(expect.arrayContaining(['reproduction', 'chronic-conditions']));
  });

  it.each(['archief', 'archiv', 'soapserie', 'voorwaarts', 'huiswaarts', 'schadebehandeling', 'klachtbehandeling', 'verslag', 'kraampje'])(
    'does not see health in %s',
    (token) => {
      expect(categoriesOf(nl, token).filter((c) => !c.startsWith('counter:'))).toEqual([]);
    },
  );

  it('splits hyphenated words: ggz-behandelaar names ggz', () => {
    const { folded } = tokenize('Onze ggz-behandelaar en de patiënt');
    expect(folded).toEqual(['onze', 'ggz', 'behandelaar', 'en', 'de', 'patient']);
  });
});

describe('English morphology', () => {
  it.each([
    ['therapy', 'general-health'],
    ['therapies', 'general-health'],
    ['therapist', 'general-health'],
    ['pregnant', 'reproduction'],
    ['pregnancy', 'reproduction'],
    ['physiotherapists', 'disability-rehabilitation'],
    ['gp', 'hospital-gp-care'],
  ])('%s → %s', (token, category) => {
    expect(categoriesOf(en, token)).toContain(category);
  });

  it.each(['gps', 'stating', 'archive', 'conditions'])('does not see health in %s', (token) => {
    expect(categoriesOf(en, token).filter((c) => !c.startsWith('counter:'))).toEqual([]);
  });
});

describe('lexicon sources', () => {
  it.each([LEXICON_NL, LEXICON_EN])('every entry of $lang parses to a weight between 0 and 5, stems long enough', (src) => {
    for (const list of [...Object.values(src.categories), ...Object.values(src.counters)]) {
      for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
        const { text, weight, mode } = parseEntry(item);
        expect(weight, item).toBeGreaterThan(0);
        expect(weight, item).toBeLessThanOrEqual(5);
        expect(text, item).toMatch(/^[a-z0-9 ]+$/);
        if (mode === 'prefix' || mode === 'suffix') expect(text.length, item).toBeGreaterThanOrEqual(4);
        if (mode === 'infix') expect(text.length, item).toBeGreaterThanOrEqual(5);
      }
    }
  });
});
