// Precision and recall of the page classifier on the labelled corpus. The bar is the
// one the classifier must also meet on held-back real pages: precision ≥ 0.95,
// recall ≥ 0.90. Misclassified pages are printed so a failure says which and why.
import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../src/core/health/classify';
import { loadCorpus, toSignals } from '../../fixtures/pages/load-corpus';

describe('health classifier on the labelled page corpus', () => {
  const pages = loadCorpus();

  it('has a corpus of at least 150 pages, Dutch and English, roughly half health', () => {
    expect(pages.length).toBeGreaterThanOrEqual(150);
    const health = pages.filter((p) => p.label).length;
    expect(health / pages.length).toBeGreaterThan(0.35);
    expect(health / pages.length).toBeLessThan(0.65);
    expect(pages.filter((p) => p.lang === 'nl').length).toBeGreaterThan(50);
    expect(pages.filter((p) => p.lang === 'en').length).toBeGreaterThan(50);
  });

  it('reaches precision ≥ 0.95 and recall ≥ 0.90', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const page of pages) {
      const v = classifyPage(toSignals(page), { lang: 'en' });
      if (v.health && page.label) tp++;
      else if (v.health) fp++;
      else if (page.label) fn++;
      if (v.health !== page.label) {
        wrong.push(`${page.label ? 'FN' : 'FP'} ${v.score} ${page.url} (${page.note}): ${v.reasons.join('; ')}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`health corpus: ${pages.length} pages, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
    if (wrong.length) console.log(wrong.join('\n'));
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});
