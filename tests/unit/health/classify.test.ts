import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/health/classify';
import { formatReason } from '../../../src/core/health/reasons';
import { page } from './helpers';

describe('where a word appears matters', () => {
  it('a clearly medical word in the title is enough; the same word once in the text is not', () => {
    expect(classifyPage(page({ title: 'Depressie', lang: 'nl' })).health).toBe(true);
    const once = classifyPage(page({ title: 'Nieuws', mainText: 'Het kabinet sprak ook over depressie. Verder ging het over de begroting en de woningbouw.', lang: 'nl' }));
    expect(once.health).toBe(false);
  });

  it('weighs the address path like the title and reports the path', () => {
    const v = classifyPage(page({ url: 'https://www.example.nl/vergoedingen/ggz', title: 'Vergoedingen', lang: 'nl' }));
    expect(v.health).toBe(true);
    expect(v.reasonCodes[0]).toMatchObject({ kind: 'term', where: 'url', path: '/vergoedingen/ggz', category: 'mental-health' });
    expect(formatReason(v.reasonCodes[0]!, 'en')).toBe('path /vergoedingen/ggz (mental health)');
  });

  it('repeating a word in the body has diminishing returns', () => {
    const few = classifyPage(page({ mainText: 'zorgverzekering '.repeat(3) }));
    const many = classifyPage(page({ mainText: 'zorgverzekering '.repeat(300) }));
    expect(many.score).toBeLessThan(few.score * 2);
    expect(many.health).toBe(false);
  });

  it('generic care words alone do not make a health page', () => {
    const v = classifyPage(page({ title: 'Afspraak en behandeling', mainText: 'Maak een afspraak. Wij behandelen uw aanvraag snel. Specialist in uw buurt.', lang: 'nl' }));
    expect(v.health).toBe(false);
  });
});

describe('schema.org types', () => {
  it('MedicalWebPage with a little text is health', () => {
    const v = classifyPage(page({ schemaTypes: ['MedicalWebPage'], title: 'Wat is het?', mainText: 'Uitleg over klachten.' }));
    expect(v.health).toBe(true);
    expect(v.reasons).toContain('schema.org MedicalWebPage');
  });

  it('VeterinaryCare keeps an animal diabetes page negative', () => {
    const signals = page({ title: 'Diabetes bij honden', mainText: 'Diabetes en insuline: de behandeling van suikerziekte bij uw hond.', lang: 'nl' });
    expect(classifyPage({ ...signals, schemaTypes: ['VeterinaryCare'] }).health).toBe(false);
  });
});

describe('curated health sites are a prior, never a verdict', () => {
  const insurer = 'https://www.zilverenkruis.nl';
  it.each([
    ['/contact', 'Contact | Zilveren Kruis', 'Bel ons of chat met ons. Openingstijden maandag tot vrijdag.'],
    ['/werken-bij', 'Werken bij Zilveren Kruis', 'Bekijk onze vacatures en solliciteer.'],
    ['/autoverzekering', 'Autoverzekering', 'Bereken uw premie met uw kenteken.'],
    ['/', 'Zilveren Kruis', ''],
  ])('%s on an insurer is not health', (path, title, mainText) => {
    expect(classifyPage(page({ url: insurer + path, title, mainText, lang: 'nl' })).health).toBe(false);
  });

  it('lifts a weakly medical page on a hospital site but not elsewhere', () => {
    const text = 'Neem uw verwijsbrief en uw medicijnoverzicht mee naar uw eerste afspraak.';
    const hospital = classifyPage(page({ url: 'https://www.olvg.nl/eerste-afspraak', title: 'Uw eerste afspraak', mainText: text, lang: 'nl' }));
    const other = classifyPage(page({ url: 'https://www.example.nl/eerste-afspraak', title: 'Uw eerste afspraak', mainText: text, lang: 'nl' }));
    expect(hospital.score).toBeGreaterThan(other.score);
    expect(hospital.reasonCodes).toContainEqual({ kind: 'site', domain: 'olvg.nl', org: 'hospital' });
  });
});

describe('verdict shape', () => {
  const signals = page({ url: 'https://www.cz.nl/vergoedingen/ivf', title: 'IVF vergoeding | CZ', mainText: 'De basisverzekering vergoedt drie IVF-pogingen als u zwanger wilt worden.', lang: 'nl' });

  it('gives reasons in Dutch and in English for the same codes', () => {
    const nl = classifyPage(signals, { lang: 'nl' });
    const en = classifyPage(signals, { lang: 'en' });
    expect(nl.reasonCodes).toEqual(en.reasonCodes);
    expect(en.reasons).toContain("title mentions 'IVF'");
    expect(nl.reasons).toContain("titel noemt 'IVF'");
  });

  it('ranks categories and names the page language', () => {
    const v = classifyPage(signals);
    expect(v).toMatchObject({ health: true, language: 'nl', categories: ['reproduction'] });
    expect(v.score).toBeGreaterThan(0.5);
    expect(v.score).toBeLessThanOrEqual(1);
    expect(v.matchedTerms[0]).toMatchObject({ term: 'IVF', category: 'reproduction' });
  });

  it('detects Dutch text behind a wrong lang attribute', () => {
    const v = classifyPage(page({ lang: 'en', title: 'Vergoeding', mainText: 'Heeft u een verwijzing van de huisarts nodig voor de fysiotherapeut? Dat hangt af van uw aanvullende verzekering en het aantal behandelingen.' }));
    expect(v.language).toBe('nl');
  });

  it('has no categories when the page is not health, and says why', () => {
    const v = classifyPage(page({ url: 'https://www.example.nl/parkeren', title: 'Parkeren bij het ziekenhuis', mainText: 'Parkeergarage P1, tarief per uur.', lang: 'nl' }), { lang: 'en' });
    expect(v.health).toBe(false);
    expect(v.categories).toEqual([]);
    expect(v.reasons[0]).toMatch(/about parking and directions/);
  });
});
