// The verdict's kind: health (red alarm), general (about health in general: amber),
// none — and that everything that raises the alarm treats 'general' as not health.
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/health/classify';
import { isGeneralHealthPage, isHealthPage, pageHealthKind, type PageHealth, type StoredVerdict } from '../../../src/core/records/page-health';
import { page } from './helpers';

const NEWS_TEXT = 'De zangeres vertelde haar volgers dat zij en haar partner een miskraam hebben gehad. Fans reageerden massaal. Haar tournee gaat door.';

describe('verdict kind', () => {
  it('news about someone else’s health is general, decided by the NewsArticle type, and says so first', () => {
    const v = classifyPage(page({ url: 'https://www.example.nl/entertainment/123', title: 'Zangeres maakt miskraam bekend', schemaTypes: ['NewsArticle'], mainText: NEWS_TEXT, lang: 'nl' }), { lang: 'nl' });
    expect(v).toMatchObject({ kind: 'general', health: false });
    expect(v.reasonCodes[0]).toMatchObject({ kind: 'counter-schema', type: 'NewsArticle', topic: 'news' });
  });

  it('a news section path or a news publisher decides the same without markup', () => {
    const byPath = classifyPage(page({ url: 'https://www.example.nl/nieuws/zangeres-miskraam', title: 'Zangeres maakt miskraam bekend', mainText: NEWS_TEXT, lang: 'nl' }));
    const bySite = classifyPage(page({ url: 'https://www.nu.nl/entertainment/123/zangeres', title: 'Zangeres maakt miskraam bekend', mainText: NEWS_TEXT, lang: 'nl' }));
    expect(byPath.kind).toBe('general');
    expect(bySite.kind).toBe('general');
    expect(bySite.reasonCodes[0]).toMatchObject({ kind: 'counter', term: 'nu.nl', topic: 'news' });
  });

  it('the same words on a patient page are health; a MedicalWebPage is health even in a news section', () => {
    const care = classifyPage(page({ url: 'https://www.example.nl/zwangerschap/miskraam', title: 'Miskraam: wat gebeurt er en wat kunt u doen?', mainText: 'Bij een miskraam verliest u bloed. Neem contact op met de verloskundige of huisarts.', lang: 'nl' }));
    expect(care).toMatchObject({ kind: 'health', health: true });
    const marked = classifyPage(page({ url: 'https://www.example.nl/nieuws/miskraam', title: 'Miskraam', schemaTypes: ['MedicalWebPage'], mainText: 'Bij een miskraam verliest u bloed. Neem contact op met de verloskundige.', lang: 'nl' }));
    expect(marked.kind).toBe('health');
  });

  it('healthy-living advice is general; a medicine in a web shop stays health', () => {
    const diet = classifyPage(page({ url: 'https://www.example.com/nutrition/tips', title: 'Ten tips for a healthy diet and weight loss', mainText: 'A balanced diet with vegetables, healthy eating and exercise lowers your risk of heart disease. Tips from our nutritionist.', lang: 'en' }));
    expect(diet.kind).toBe('general');
    const medicine = classifyPage(page({ url: 'https://www.example.com/shop/paracetamol-500mg', title: 'Paracetamol 500 mg tablets', schemaTypes: ['Product'], mainText: 'Paracetamol for pain relief and fever. Read the patient information leaflet. Dosage: 1 to 2 tablets. Add to basket.', lang: 'en' }));
    expect(medicine.kind).toBe('health');
  });

  it('a law firm on injury claims and a professional course are not health', () => {
    const legal = classifyPage(page({ url: 'https://www.example.co.uk/personal-injury/gym', title: 'Gym injury claims', schemaTypes: ['LegalService'], mainText: 'If you were injured at a gym you may claim compensation. Our solicitors work no win no fee.', lang: 'en' }));
    expect(legal.health).toBe(false);
    const course = classifyPage(page({ url: 'https://www.example.co.uk/courses/skin', title: 'Advanced skin care CPD course', schemaTypes: ['Course'], mainText: 'An accredited continuing education course on acne, eczema and skin analysis. Earn 10 CPD points.', lang: 'en' }));
    expect(course.health).toBe(false);
  });
});

describe('consumers: general is not health for the alarm, and the user can still mark it', () => {
  const verdict = (kind: StoredVerdict['kind'], health: boolean): StoredVerdict => ({ health, kind, score: 0.7, categories: [], language: 'nl', reasonCodes: [], matchedTerms: [], at: 0, url: 'https://x.nl/' });
  const h = (v: StoredVerdict | null, override: PageHealth['override'] = null): PageHealth => ({ verdict: v, override });

  it('general: not a health page, shown as general', () => {
    expect(isHealthPage(h(verdict('general', false)))).toBe(false);
    expect(isGeneralHealthPage(h(verdict('general', false)))).toBe(true);
    // Even a malformed stored verdict saying both is not an alarm.
    expect(isHealthPage(h(verdict('general', true)))).toBe(false);
  });

  it('the user’s override wins over general; verdicts stored before kinds existed keep their meaning', () => {
    expect(isHealthPage(h(verdict('general', false), { value: 'health', scope: 'page' }))).toBe(true);
    expect(pageHealthKind(h(verdict('general', false), { value: 'health', scope: 'page' }))).toBe('health');
    expect(isHealthPage(h(verdict(undefined, true)))).toBe(true);
    expect(pageHealthKind(h(verdict(undefined, false)))).toBe('none');
  });
});
