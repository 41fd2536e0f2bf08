// Timing of the health classifier: each corpus page classified many times (p50/p95 per
// call), and one synthetic 5 MB page through HTML signal extraction + classification,
// which must stay bounded by the input and text caps.
import { classifyPage } from '../../src/core/health/classify';
import { extractPageSignals } from '../../src/core/health/html-signals';
import { loadCorpus, toSignals } from '../../tests/fixtures/pages/load-corpus';

export interface HealthBench {
  pages: number;
  classify_p50_ms: number;
  classify_p95_ms: number;
  page_5mb_ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

function syntheticPage(bytes: number): string {
  const paragraph =
    '<div class="card"><h3>Nieuws</h3><p>De gemeente opent een nieuwe bibliotheek met een leeszaal, een café en ' +
    'een parkeergarage. Ook de huisarts en de apotheek verhuizen naar het nieuwe plein.</p>' +
    '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:"view"});</script></div>\n';
  const head = '<!doctype html><html lang="nl"><head><title>Stadsnieuws</title></head><body><main>';
  return head + paragraph.repeat(Math.ceil(bytes / paragraph.length)) + '</main></body></html>';
}

export function benchHealth(rounds = 20): HealthBench {
  const signals = loadCorpus().map(toSignals);
  for (const s of signals) classifyPage(s); // warm up the JIT
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const s of signals) {
      const t0 = performance.now();
      classifyPage(s);
      times.push(performance.now() - t0);
    }
  }
  times.sort((a, b) => a - b);
  const html = syntheticPage(5 * 1024 * 1024);
  const t0 = performance.now();
  classifyPage(extractPageSignals(html, 'https://www.example.nl/nieuws'));
  const page5mb = performance.now() - t0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { pages: signals.length, classify_p50_ms: round(percentile(times, 0.5)), classify_p95_ms: round(percentile(times, 0.95)), page_5mb_ms: round(page5mb) };
}
