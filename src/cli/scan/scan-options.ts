// `scan LIST [--out DIR] [--pages-per-site N] [--consent none|reject|accept|all]
//  [--concurrency K] [--host-resolver-rules RULES]`, parsed and bounded. There is no
//  --resume: the same command on the same DIR always continues an interrupted scan.
import type { ConsentRun } from './page-outcome';

export interface ScanOptions {
  list: string;
  out: string;
  runs: ConsentRun[];
  concurrency: number;
  /** Pages per site in all: the start page and up to N - 1 pages it links to. */
  pagesPerSite: number;
  /** Chromium's --host-resolver-rules, for a scan of local fixture sites (tests, demo). */
  hostResolverRules: string | null;
  /** Seconds between two requests to the same site. */
  siteDelaySecs: number;
  /** Longest wait for a page's findings to settle after it loaded. */
  pageWaitMs: number;
  /** Longest wait for a cookie banner on a start page (reject and accept runs). */
  bannerWaitMs: number;
}

export const SCAN_USAGE =
  'scan LIST [--out DIR] [--pages-per-site N] [--consent none|reject|accept|all] [--concurrency K] [--site-delay SECONDS] [--page-wait MS] [--banner-wait MS] [--host-resolver-rules RULES]';

/** What the options mean (`scan --help`). */
export const SCAN_HELP = `pixelwacht ${SCAN_USAGE}

  LIST                   text file, one start address a line, or CSV url,label,category
  --out DIR              where results, evidence, report and the scan's state go (scan-results)
  --pages-per-site N     pages per site in all: the start page and up to N - 1 pages it links to (5; 1 to 100)
  --consent RUN          none (before any choice), reject, accept, or all three (none)
  --concurrency K        pages open at once, at most (2; 1 to 32)
  --site-delay SECONDS   pause between two requests to one site (2)
  --page-wait MS         longest wait for a page's findings to settle (10000)
  --banner-wait MS       longest wait for a cookie banner on a start page (8000)
  --host-resolver-rules  Chromium's host resolver rules (for local fixture sites)

Ctrl-C stops the scan and keeps its state in DIR: the same command continues it.
A DIR that holds a scan of another list or another --pages-per-site is refused.`;

const RUNS: Record<string, ConsentRun[]> = { none: ['none'], reject: ['reject'], accept: ['accept'], all: ['none', 'reject', 'accept'] };

function intIn(text: string | null, min: number, max: number, fallback: number): number | null {
  if (text === null) return fallback;
  if (!/^\d+$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/** The options, or an error message. Unknown flags are errors: a typo must not scan with defaults. */
export function parseScanOptions(argv: readonly string[]): ScanOptions | { error: string } {
  const [list, ...rest] = argv;
  if (!list || list.startsWith('--')) return { error: 'missing LIST' };
  const values = new Map<string, string | null>();
  const takesValue = new Set(['--out', '--pages-per-site', '--consent', '--concurrency', '--host-resolver-rules', '--site-delay', '--page-wait', '--banner-wait']);
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    if (!takesValue.has(flag)) return { error: `unknown option ${flag}` };
    const value = rest[i + 1];
    if (value === undefined) return { error: `${flag} needs a value` };
    values.set(flag, value);
    i++;
  }
  const pagesPerSite = intIn(values.get('--pages-per-site') ?? null, 1, 100, 5);
  const concurrency = intIn(values.get('--concurrency') ?? null, 1, 32, 2);
  const siteDelaySecs = intIn(values.get('--site-delay') ?? null, 0, 600, 2);
  const pageWaitMs = intIn(values.get('--page-wait') ?? null, 500, 120_000, 10_000);
  const bannerWaitMs = intIn(values.get('--banner-wait') ?? null, 0, 120_000, 8000);
  const runs = RUNS[values.get('--consent') ?? 'none'];
  if (pagesPerSite === null) return { error: '--pages-per-site must be 1 to 100' };
  if (concurrency === null) return { error: '--concurrency must be 1 to 32' };
  if (siteDelaySecs === null) return { error: '--site-delay must be 0 to 600 seconds' };
  if (pageWaitMs === null) return { error: '--page-wait must be 500 to 120000 ms' };
  if (bannerWaitMs === null) return { error: '--banner-wait must be 0 to 120000 ms' };
  if (!runs) return { error: '--consent must be none, reject, accept or all' };
  return {
    list,
    out: values.get('--out') ?? 'scan-results',
    pagesPerSite,
    runs,
    concurrency,
    hostResolverRules: values.get('--host-resolver-rules') ?? null,
    siteDelaySecs,
    pageWaitMs,
    bannerWaitMs,
  };
}
