// Health words in sent data are looked up in the page's language, not the
// interface's: the Dutch IVF page's "vruchtbaarheid" is found whatever the UI speaks.
import { describe, expect, test } from 'vitest';
import { healthWordsSent } from '../../../src/core/records/health-words-sent';
import type { PageRecord } from '../../../src/core/records/page-record';
import { loadRecord } from '../../fixtures/records/load';

function ivfWith(language: string, customData: Record<string, string>): PageRecord {
  const page = loadRecord('ivf-health-insurer');
  page.health!.verdict!.language = language;
  const meta = page.trackers.facebook_custom_audience!;
  meta.disclosures = [{ vendor: 'meta-pixel', carriedBy: {}, event: 'ViewContent', customData }];
  return page;
}

const terms = (page: PageRecord) => healthWordsSent(page.trackers.facebook_custom_audience!, page).map((f) => f.term.toLowerCase());

describe('health words in sent data', () => {
  test('a Dutch page: Dutch words are found (no interface language involved)', () => {
    expect(terms(ivfWith('nl', { content_category: 'Vergoedingen vruchtbaarheid' }))).toContain('vruchtbaarheid');
  });

  test('an unknown page language: every lexicon is asked', () => {
    expect(terms(ivfWith('de', { content_category: 'Vergoedingen vruchtbaarheid' }))).toContain('vruchtbaarheid');
    expect(terms(ivfWith('', { content_name: 'fertility treatment' }))).toContain('fertility');
  });

  test('an English page is not searched for Dutch words', () => {
    expect(terms(ivfWith('en', { content_category: 'Vergoedingen vruchtbaarheid' }))).not.toContain('vruchtbaarheid');
  });
});
