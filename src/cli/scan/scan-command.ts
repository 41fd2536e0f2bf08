// `scan LIST …`: the built extension in Debian's Chromium over a list of sites, one
// Crawlee crawl per consent run, then the outputs: results.json, results.csv, one
// evidence file per site and run (the existing evidence schema, with its SHA-256),
// and report.html. State lives in the output folder (Crawlee's storage, the browser
// profiles, the page records): after Ctrl-C the same command continues the scan.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Dataset, log as crawleeLog, LogLevel } from '@crawlee/core';
import { buildEvidenceBundle, evidenceDigest, serialiseEvidence } from '../../core/evidence/index';
import type { PageRecord } from '../../core/records/page-record';
import { trackerDbPaths } from '../load-tracker-db';
import { DEFAULT_CHROMIUM, DEFAULT_EXTENSION_DIR, extensionVersion } from './browser-launcher';
import type { ConsentRun, PageOutcome } from './page-outcome';
import { csvRows } from './scan-csv';
import { parseScanList, type ScanEntry } from './scan-list';
import type { ScanOptions } from './scan-options';
import { ScanProgress, progressLine } from './scan-progress';
import { renderScanReport, type ReportMethod } from './scan-report';
import { aggregate } from './scan-results';
import { crawleeConfig, datasetName, runConsentRun } from './scan-run';

export interface ScanIo {
  /** A line for the person running the scan (standard error). */
  log(line: string): void;
  /** The progress line, rewritten in place on a terminal. */
  progress(line: string): void;
  /** Aborting stops the crawl where it is; the state stays resumable. */
  signal?: AbortSignal;
  extensionDir?: string;
  chromiumPath?: string;
  /** Test and bench setting: a shorter navigation timeout. */
  navigationTimeoutSecs?: number;
}

export interface ScanSummary {
  interrupted: boolean;
  pages: number;
  sites: number;
  out: string;
}

interface ScanState {
  /** SHA-256 of the list's text. */
  list: string;
  pagesPerSite?: number;
  startedAt: number;
  browser: string | null;
  runsDone: ConsentRun[];
}

const stateFile = (out: string) => join(out, 'scan-state.json');

/**
 * The scan's state in DIR: the one to continue, or a new one. A DIR that holds a scan of
 * another list, or with another number of pages per site, is refused: its queue and
 * results would mix with the new scan's.
 */
export function readState(out: string, list: string, pagesPerSite: number): ScanState {
  let state: ScanState | null = null;
  try {
    state = JSON.parse(readFileSync(stateFile(out), 'utf8')) as ScanState;
  } catch {
    // no earlier scan here
  }
  if (!state) return { list, pagesPerSite, startedAt: Date.now(), browser: null, runsDone: [] };
  if (state.list !== list) throw new Error(`${out} holds a scan of another list: choose another --out, or delete ${out} to start again`);
  if ((state.pagesPerSite ?? pagesPerSite) !== pagesPerSite) {
    throw new Error(`${out} holds a scan with --pages-per-site ${state.pagesPerSite}: continue it with that, choose another --out, or delete ${out}`);
  }
  return { ...state, pagesPerSite };
}

/** Outcomes of a run, the last one of each page (a page retried after an interruption was kept twice). */
async function outcomesOf(out: string, run: ConsentRun): Promise<PageOutcome[]> {
  const dataset = await Dataset.open(datasetName(run), { config: crawleeConfig(out) });
  const byPage = new Map<string, PageOutcome>();
  await dataset.forEach((item) => {
    const o = item as unknown as PageOutcome;
    byPage.set(`${o.kind} ${o.url}`, o);
  });
  return [...byPage.values()];
}

/** Waits (bounded) until Chromium has left the profile, so the next run or a resumed scan can open it. */
async function profileReleased(profile: string, maxWaitMs = 15_000): Promise<void> {
  const deadline = Date.now() + maxWaitMs;
  while (Date.now() < deadline) {
    try {
      lstatSync(join(profile, 'SingletonLock'));
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

const fileSafe = (site: string) => site.replace(/[^a-z0-9.-]/gi, '_').slice(0, 100);

async function writeEvidence(out: string, entries: readonly ScanEntry[], outcomes: readonly PageOutcome[], method: Omit<ReportMethod, 'evidence'>): Promise<ReportMethod['evidence']> {
  const dir = join(out, 'evidence');
  mkdirSync(dir, { recursive: true });
  const written: ReportMethod['evidence'] = [];
  const [browserName, ...version] = method.browser.split(' ');
  for (const entry of entries) {
    for (const run of ['none', 'reject', 'accept'] as const) {
      const visits: PageRecord[] = outcomes
        .filter((o) => o.site === entry.site && o.run === run && o.recordFile)
        .map((o) => JSON.parse(readFileSync(join(out, o.recordFile!), 'utf8')) as PageRecord);
      if (visits.length === 0) continue;
      const bundle = buildEvidenceBundle({
        site: entry.site,
        visits,
        generatedAt: method.finishedAt,
        pixelwachtVersion: method.extensionVersion,
        browser: { name: browserName ?? 'Chromium', version: version.join(' ') },
        trackerDbVersion: method.trackerDbVersion,
        timezoneOffsetMinutes: (t) => -new Date(t).getTimezoneOffset(),
      });
      const bytes = serialiseEvidence(bundle);
      const file = join('evidence', `${fileSafe(entry.site)}.${run}.pixelwacht-evidence.json`);
      writeFileSync(join(out, file), bytes);
      written.push({ site: entry.site, run, file, sha256: await evidenceDigest(bytes, async (b) => createHash('sha256').update(b).digest('hex')) });
    }
  }
  writeFileSync(join(out, 'evidence', 'SHA256SUMS'), written.map((w) => `${w.sha256}  ${basename(w.file)}\n`).join(''));
  return written;
}

export async function scanCommand(options: ScanOptions, io: ScanIo): Promise<ScanSummary> {
  // The scan reports each page's outcome itself; Crawlee's own log only when asked for (CRAWLEE_LOG_LEVEL).
  if (!process.env.CRAWLEE_LOG_LEVEL) crawleeLog.setLevel(LogLevel.OFF);
  const listText = readFileSync(options.list, 'utf8');
  const { entries, problems } = parseScanList(listText);
  for (const p of problems) io.log(`list line ${p.line}: ${p.reason}: ${p.text}`);
  if (entries.length === 0) throw new Error('the list holds no start address');
  const extensionDir = io.extensionDir ?? DEFAULT_EXTENSION_DIR;
  const version = extensionVersion(extensionDir);
  mkdirSync(options.out, { recursive: true });
  const listHash = createHash('sha256').update(listText).digest('hex');
  const state = readState(options.out, listHash, options.pagesPerSite);
  const saveState = () => writeFileSync(stateFile(options.out), JSON.stringify(state, null, 2));
  saveState();

  const progress = new ScanProgress(entries.length, options.pagesPerSite, options.runs);
  const kept: PageOutcome[] = [];
  for (const run of options.runs) kept.push(...(await outcomesOf(options.out, run)));
  const earlier = kept.filter((o) => o.kind !== 'before-choice').length;
  const complete = options.runs.every((r) => state.runsDone.includes(r));
  if (complete) io.log(`the scan in ${options.out} is complete: writing its results again`);
  else if (earlier > 0) io.log(`continuing an earlier scan in ${options.out}: ${earlier} pages already done`);
  progress.resumeFrom(kept);
  let lastProgress = 0;
  const showProgress = (force = false) => {
    if (!force && Date.now() - lastProgress < 1000) return;
    lastProgress = Date.now();
    io.progress(progressLine(progress.state(options.runs.length)));
  };

  let interrupted = false;
  for (const run of options.runs) {
    if (state.runsDone.includes(run)) continue;
    if (io.signal?.aborted) break;
    progress.startRun(run);
    // A fresh profile for a run that begins; a resumed run keeps its profile (the choices made in it).
    const profile = join(options.out, 'profiles', run);
    if (!existsSync(profile)) mkdirSync(profile, { recursive: true });
    const { crawler, done } = await runConsentRun(run, entries, {
      out: options.out,
      pagesPerSite: options.pagesPerSite,
      concurrency: options.concurrency,
      pageWaitMs: options.pageWaitMs,
      bannerWaitMs: options.bannerWaitMs,
      siteDelaySecs: options.siteDelaySecs,
      navigationTimeoutSecs: io.navigationTimeoutSecs ?? 30,
      retries: 2,
      extensionDir,
      chromiumPath: io.chromiumPath ?? DEFAULT_CHROMIUM,
      hostResolverRules: options.hostResolverRules,
      locale: 'nl-NL',
      onPage(outcome) {
        for (const b of outcome.blockedSubmissions ?? []) io.log(`${outcome.site}: stopped a form submission (${b}): the scan never sends forms`);
        if (outcome.kind === 'before-choice') return;
        progress.pageDone(run, outcome.site, outcome.kind === 'link');
        if (outcome.status !== 'ok') io.log(`${outcome.site}: ${outcome.status} ${outcome.url}${outcome.error ? ` (${outcome.error})` : ''}`);
        showProgress();
      },
      onBrowser(browser) {
        state.browser = `Chromium ${browser}`;
        saveState();
      },
      onLinksChosen: (r, site, count) => progress.linksChosen(r, site, count),
    });
    // Crawlee's graceful stop: no new page is started, the pages being visited are finished and
    // kept, the queue keeps the rest for the next run of the same command.
    const abort = () => {
      interrupted = true;
      crawler.stop('interrupted');
    };
    io.signal?.addEventListener('abort', abort, { once: true });
    try {
      await done;
    } finally {
      io.signal?.removeEventListener('abort', abort);
      await profileReleased(profile);
    }
    if (interrupted || io.signal?.aborted) {
      interrupted = true;
      break;
    }
    state.runsDone.push(run);
    saveState();
    showProgress(true);
  }
  if (interrupted) {
    io.log(`interrupted: run the same command again to continue (state in ${options.out})`);
    return { interrupted, pages: progress.state(options.runs.length).pagesDone, sites: entries.length, out: options.out };
  }

  const outcomes: PageOutcome[] = [];
  for (const run of options.runs) outcomes.push(...(await outcomesOf(options.out, run)));
  outcomes.sort((a, b) => a.site.localeCompare(b.site) || options.runs.indexOf(a.run) - options.runs.indexOf(b.run) || a.at - b.at);
  const figures = aggregate(entries, outcomes, options.runs);
  const method: Omit<ReportMethod, 'evidence'> = {
    startedAt: state.startedAt,
    finishedAt: Date.now(),
    browser: state.browser ?? 'Chromium (version not recorded)',
    extensionVersion: version,
    trackerDbVersion: trackerDbPaths().version,
    pagesPerSite: options.pagesPerSite,
    listName: basename(options.list),
  };
  const evidence = await writeEvidence(options.out, entries, outcomes, method);
  writeFileSync(join(options.out, 'results.json'), `${JSON.stringify({ format: 'pixelwacht-scan', version: 1, method: { ...method, startedAt: new Date(method.startedAt).toISOString(), finishedAt: new Date(method.finishedAt).toISOString(), runs: options.runs }, figures: { sites: figures.sites, sitesScanned: figures.sitesScanned, pages: figures.pages, healthPages: figures.healthPages, companies: figures.companies }, sites: figures.siteResults, evidence, pages: outcomes }, null, 2)}\n`);
  writeFileSync(join(options.out, 'results.csv'), csvRows(outcomes));
  writeFileSync(join(options.out, 'report.html'), renderScanReport(figures, { ...method, evidence }));
  rmSync(join(options.out, 'profiles'), { recursive: true, force: true });
  io.log(`${figures.pages} pages of ${figures.sitesScanned}/${figures.sites} sites: ${join(options.out, 'report.html')}`);
  return { interrupted, pages: figures.pages, sites: figures.sites, out: options.out };
}
