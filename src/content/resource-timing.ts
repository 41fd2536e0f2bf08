// Reports what the top-level document loaded, from its own Resource Timing
// entries, so the background can add requests its request log missed (before
// its listeners were attached, or while its worker was restarting). Only the
// address, initiator type and start time of each entry leave; bounded per
// report and per document. Sent once the page has loaded, then for later
// entries at most every few seconds. Each report repeats the previous one's
// entries: a worker stopped just after receiving a report loses nothing (the
// background matches entries to recorded requests by address and count, so a
// repeat adds nothing twice). Reads only; the page's own performance buffer is
// left as it is (the observer receives entries beyond it).
import { TIMING_ENTRIES_PER_DOCUMENT, TIMING_ENTRIES_PER_REPORT, TIMING_NAME_CHARS, type TimingEntry } from '../core/records/attribution-timing';
import { sendToBackground } from './runtime';

const REPORT_EVERY_MS = 3000;
/** Keeps each message well below the background's message size cap. */
const REPORT_CHARS = 120_000;

function reportResourceTiming(): void {
  if (!/^https?:/.test(location.href) || typeof PerformanceObserver !== 'function') return;
  let taken = 0;
  const waiting: TimingEntry[] = [];
  let lastSent: TimingEntry[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let loaded = document.readyState === 'complete';

  const send = () => {
    timer = null;
    if (waiting.length === 0) return;
    const fresh = waiting.splice(0, waiting.length);
    waiting.push(...lastSent, ...fresh);
    lastSent = fresh.slice(-TIMING_ENTRIES_PER_REPORT);
    while (waiting.length > 0) {
      const entries: TimingEntry[] = [];
      let chars = 0;
      while (waiting.length > 0 && entries.length < TIMING_ENTRIES_PER_REPORT && chars + waiting[0]!.name.length <= REPORT_CHARS) {
        const entry = waiting.shift()!;
        chars += entry.name.length;
        entries.push(entry);
      }
      sendToBackground('content:resourceTiming', { url: location.href.slice(0, 4096), timeOrigin: performance.timeOrigin, entries });
    }
  };
  const soon = () => {
    if (loaded && timer === null && waiting.length > 0) timer = setTimeout(send, REPORT_EVERY_MS);
  };

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
        if (taken >= TIMING_ENTRIES_PER_DOCUMENT) break;
        taken += 1;
        waiting.push({ name: entry.name.slice(0, TIMING_NAME_CHARS), initiatorType: String(entry.initiatorType).slice(0, 32), startTime: entry.startTime });
      }
      soon();
    }).observe({ type: 'resource', buffered: true });
  } catch {
    return; // no Resource Timing here
  }
  const afterLoad = () => {
    loaded = true;
    setTimeout(send, 0);
  };
  if (loaded) afterLoad();
  else addEventListener('load', afterLoad, { once: true });
  // What arrived since the last report goes before the page is left.
  addEventListener('pagehide', () => {
    if (waiting.length > 0) send();
  });
}

if (window.top === window) reportResourceTiming();
