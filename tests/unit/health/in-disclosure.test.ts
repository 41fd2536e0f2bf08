import { describe, expect, it } from 'vitest';
import { healthInText } from '../../../src/core/health/in-disclosure';

describe('healthInText', () => {
  it('finds the treatment in the address sent, with the path up to it', () => {
    const findings = healthInText({ pageUrl: 'https://www.zilverenkruis.nl/vergoedingen/ggz/depressie' });
    expect(findings).toContainEqual({ field: 'pageUrl', term: 'depressie', category: 'mental-health', excerpt: '…/vergoedingen/ggz/depressie' });
    expect(findings).toContainEqual({ field: 'pageUrl', term: 'ggz', category: 'mental-health', excerpt: '…/vergoedingen/ggz' });
  });

  it('finds terms in query values, the title and custom data', () => {
    const findings = healthInText({
      pageUrl: 'https://www.example.nl/zoeken?q=ivf%20behandeling',
      pageTitle: 'Zwangerschapsdiabetes | Ziekenhuis',
      customData: { content_name: 'Fysiotherapie', value: '12.50' },
    }, 'nl');
    expect(findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'pageUrl', key: 'q', term: 'ivf', category: 'reproduction' }),
      expect.objectContaining({ field: 'pageTitle', term: 'Zwangerschapsdiabetes', category: 'reproduction' }),
      expect.objectContaining({ field: 'pageTitle', term: 'Zwangerschapsdiabetes', category: 'chronic-conditions' }),
      expect.objectContaining({ field: 'customData', key: 'content_name', term: 'Fysiotherapie', category: 'disability-rehabilitation' }),
    ]));
  });

  it('ignores generic words and non-health addresses', () => {
    expect(healthInText({ pageUrl: 'https://www.example.nl/afspraak/contact', pageTitle: 'Health and safety' })).toEqual([]);
    expect(healthInText({ pageUrl: 'https://www.example.nl/archief/2024' })).toEqual([]);
  });

  it('tolerates malformed input', () => {
    expect(healthInText({ pageUrl: 'not a url %E0%A4%A', customData: { x: 5 as unknown as string } })).toEqual([]);
  });
});
