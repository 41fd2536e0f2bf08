// The red alarm on whole pages: precision and recall on the full-page corpus
// (tests/fixtures/pages-full: real site structures, nl and en), per language, for the
// tuning split and the held-out split (written before tuning). Misjudged pages are
// printed with their reasons.
import { describe, expect, it } from 'vitest';
import { evaluateFullCorpus, formatReport } from '../../../scripts/bench/health-corpus';
import { loadFullCorpus } from '../../fixtures/pages-full/load-full-corpus';

describe('health classifier on the full-page corpus', () => {
  it('has at least 150 pages in nl and en, of every structure the issue names, in several chromes', () => {
    const pages = loadFullCorpus();
    expect(pages.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['nl', 'en']) {
      const mine = pages.filter((p) => p.lang === lang);
      expect(mine.length).toBeGreaterThanOrEqual(70);
      for (const label of ['health', 'general', 'none']) expect(mine.filter((p) => p.label === label).length).toBeGreaterThanOrEqual(10);
      expect(mine.filter((p) => p.split === 'holdout').length).toBeGreaterThanOrEqual(20);
    }
    for (const note of ['news article with health rails and menu', 'hospital department in full chrome', 'insurer reimbursement page in full chrome', 'legal services', 'professional education']) {
      expect(new Set(pages.filter((p) => p.note === note).map((p) => p.chrome)).size).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(pages.map((p) => p.chrome)).size).toBeGreaterThanOrEqual(8);
  });

  it('reaches precision ≥ 0.97 and recall ≥ 0.95 in nl and in en, on the tuning and the held-out split', () => {
    const report = evaluateFullCorpus();
    console.log(formatReport(report));
    if (report.wrong.length) console.log(report.wrong.join('\n'));
    for (const key of ['nl all', 'en all', 'nl holdout', 'en holdout']) {
      expect(report.byGroup[key]!.precision, key).toBeGreaterThanOrEqual(0.97);
      expect(report.byGroup[key]!.recall, key).toBeGreaterThanOrEqual(0.95);
    }
  });
});
