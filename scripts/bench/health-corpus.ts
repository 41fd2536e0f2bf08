// Precision and recall of the red alarm on the full-page corpus
// (tests/fixtures/pages-full), per language and per split (tuning / held out), read
// through the CLI's path (HTML → page reader → classifier). Exported for the unit test
// and for `npm run bench` (scripts/bench.ts calls healthCorpusReport()).
import { classifyPage } from '../../src/core/health/classify';
import { parseHtml } from '../../src/core/health/html-tree';
import { verdictFromPageInput } from '../../src/core/health/page-input';
import { readPage } from '../../src/core/health/page-reader';
import { fiveMegabytePage, twentyThousandElementPage } from '../../tests/fixtures/pages-full/large-pages';
import { loadFullCorpus } from '../../tests/fixtures/pages-full/load-full-corpus';

export interface Figures {
  pages: number;
  precision: number;
  recall: number;
  /** Share of pages whose three-way verdict (health / general / none) matches the label. */
  kindAccuracy: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface CorpusReport {
  byGroup: Record<string, Figures>;
  wrong: string[];
}

type Kind = 'health' | 'general' | 'none';

export function evaluateFullCorpus(): CorpusReport {
  const groups = new Map<string, { tp: number; fp: number; fn: number; n: number; kindOk: number }>();
  const wrong: string[] = [];
  for (const page of loadFullCorpus()) {
    const v = verdictFromPageInput({ url: page.url, html: page.html });
    const kind: Kind = (v as { kind?: Kind }).kind ?? (v.health ? 'health' : 'none');
    const red = kind === 'health';
    const want = page.label === 'health';
    for (const key of [`${page.lang} ${page.split}`, `${page.lang} all`, `all ${page.split}`, 'all all']) {
      const g = groups.get(key) ?? { tp: 0, fp: 0, fn: 0, n: 0, kindOk: 0 };
      g.n++;
      if (red && want) g.tp++;
      else if (red) g.fp++;
      else if (want) g.fn++;
      if (kind === page.label) g.kindOk++;
      groups.set(key, g);
    }
    if (kind !== page.label) wrong.push(`${page.split} ${page.id} want ${page.label} got ${kind} ${v.score} ${page.url} [${page.note}; ${page.chrome}]: ${v.reasons.join('; ')}`);
  }
  const byGroup: Record<string, Figures> = {};
  for (const [key, g] of [...groups].sort()) {
    byGroup[key] = {
      pages: g.n,
      precision: g.tp + g.fp ? g.tp / (g.tp + g.fp) : 1,
      recall: g.tp + g.fn ? g.tp / (g.tp + g.fn) : 1,
      kindAccuracy: g.kindOk / g.n,
      tp: g.tp,
      fp: g.fp,
      fn: g.fn,
    };
  }
  return { byGroup, wrong };
}

export function formatReport(report: CorpusReport): string {
  const lines = ['health full-page corpus (red alarm = positive):'];
  for (const [key, f] of Object.entries(report.byGroup)) {
    lines.push(`  ${key.padEnd(12)} pages ${String(f.pages).padStart(3)}  precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  three-way ${f.kindAccuracy.toFixed(3)}  (tp ${f.tp}, fp ${f.fp}, fn ${f.fn})`);
  }
  return lines.join('\n');
}

export interface ReaderCost {
  html_mb: number;
  elements: number;
  parse_ms: number;
  read_ms: number;
  classify_ms: number;
  elements_visited: number;
  text_chars_read: number;
  truncated: boolean;
}

/**
 * The page reader's cost on the two large pages, over the CLI's tree (the content
 * script runs the same reader over the live DOM: tests/e2e/health-agreement.test.ts
 * prints those figures from Chromium). Work is bounded by the reader's caps.
 */
export function healthReaderCost(): Record<'page_5mb' | 'page_20k_elements', ReaderCost> {
  const cost = (html: string): ReaderCost => {
    const t0 = performance.now();
    const tree = parseHtml(html);
    const t1 = performance.now();
    const { signals, stats } = readPage(tree.root, 'https://www.example.nl/pagina');
    const t2 = performance.now();
    classifyPage(signals);
    const t3 = performance.now();
    const r = (n: number) => Math.round(n * 10) / 10;
    return { html_mb: r(html.length / 1e6), elements: tree.elements, parse_ms: r(t1 - t0), read_ms: r(t2 - t1), classify_ms: r(t3 - t2), elements_visited: stats.elementsVisited, text_chars_read: stats.textCharsRead, truncated: stats.truncated };
  };
  return { page_5mb: cost(fiveMegabytePage()), page_20k_elements: cost(twentyThousandElementPage()) };
}

/** For `npm run bench`: prints the table and returns the figures for its JSON line. */
export function healthCorpusReport(): Record<string, Figures> {
  const report = evaluateFullCorpus();
  console.log(formatReport(report));
  return report.byGroup;
}

if (process.argv[1]?.endsWith('health-corpus.ts')) {
  const report = evaluateFullCorpus();
  console.log(formatReport(report));
  console.log(JSON.stringify(healthReaderCost()));
  if (process.argv.includes('--wrong')) console.log(report.wrong.filter((w) => process.argv.includes('--holdout') || w.startsWith('tune')).join('\n'));
}
