// Classifies the top-level page once it is loaded and idle, and again when a
// single-page app changes its address — a bounded number of times per page.
// Nothing runs at document_start but two listeners: the reading (page-reader.ts: two
// walks over the live DOM, each capped in elements and text, no clone, no layout)
// waits for the load event and an idle period. Only the verdict and lexicon terms
// leave; the page's text never does.
import { classifyPage } from '../core/health/classify';
import type { PageVerdict } from '../core/health/types';
import { readPageSignals } from './page-signals';

/** At most this many classifications per document (address changes in single-page apps). */
const MAX_RUNS = 10;
/** How often to look whether a single-page app changed the address (cheap string compare). */
const URL_POLL_MS = 1500;
const TITLE_CHARS = 300;

export interface VerdictReport {
  url: string;
  title: string;
  verdict: Omit<PageVerdict, 'reasons'>;
}

function whenIdle(work: () => void): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void }).requestIdleCallback;
  if (idle) idle(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

export function watchPageHealth(report: (r: VerdictReport) => void): void {
  let runs = 0;
  let lastUrl = '';

  const run = () => {
    // Only web pages are classified (not the about:blank a new tab starts with).
    if (runs >= MAX_RUNS || !/^https?:/.test(location.href)) return;
    runs += 1;
    lastUrl = location.href;
    try {
      const { reasons: _reasons, ...verdict } = classifyPage(readPageSignals(document));
      report({ url: location.href, title: document.title.slice(0, TITLE_CHARS), verdict });
    } catch {
      // A page we cannot read gets no verdict rather than a broken one.
    }
  };

  const watchAddress = () => {
    const poll = setInterval(() => {
      if (runs >= MAX_RUNS) return clearInterval(poll);
      // Give the app a moment to render the new view before reading it.
      if (lastUrl && location.href !== lastUrl) {
        lastUrl = location.href;
        setTimeout(() => whenIdle(run), 500);
      }
    }, URL_POLL_MS);
  };
  const start = () => {
    whenIdle(run);
    watchAddress();
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
