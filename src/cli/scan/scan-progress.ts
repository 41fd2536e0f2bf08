// The progress line on standard error: pages done, sites done and the time left,
// estimated from this process's pace. Pages that will not be visited (a site with
// fewer links, a start page that failed) are taken off the total as soon as known.
import type { ConsentRun } from './page-outcome';

export interface ProgressState {
  pagesDone: number;
  pagesTotal: number;
  sitesDone: number;
  sitesTotal: number;
  /** Seconds, or null before the first page of this process. */
  secondsLeft: number | null;
  run: ConsentRun;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

export function progressLine(p: ProgressState): string {
  const width = 20;
  const ratio = p.pagesTotal > 0 ? Math.min(1, p.pagesDone / p.pagesTotal) : 0;
  const filled = Math.round(ratio * width);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`;
  const left = p.secondsLeft === null ? '--:--' : formatDuration(p.secondsLeft);
  return `[${bar}] run ${p.run} · pages ${p.pagesDone}/${p.pagesTotal} · sites ${p.sitesDone}/${p.sitesTotal} · ${left} left`;
}

/** Counts per consent run and site; the estimate uses only pages done by this process. */
export class ScanProgress {
  private pagesDone = 0;
  private doneHere = 0;
  private readonly startedAt: number;
  private readonly pending = new Map<string, number>();
  private readonly sitesDone = new Set<string>();
  private pagesTotal: number;
  private run: ConsentRun;

  constructor(
    private readonly sitesTotal: number,
    private readonly pagesPerSite: number,
    runs: readonly ConsentRun[],
    private readonly now: () => number = Date.now,
  ) {
    this.startedAt = now();
    this.pagesTotal = sitesTotal * pagesPerSite * runs.length;
    this.run = runs[0] ?? 'none';
  }

  /** What an earlier process of this scan kept (resuming): its pages, and its sites' links still to visit. */
  resumeFrom(earlier: readonly { run: ConsentRun; site: string; kind: string; status: string; linksChosen?: number }[]): void {
    for (const o of earlier) {
      if (o.kind === 'before-choice') continue;
      if (o.kind === 'start') this.linksChosen(o.run, o.site, o.status === 'ok' || o.status === 'no-record' ? (o.linksChosen ?? 0) : 0);
    }
    for (const o of earlier) if (o.kind === 'link') this.pageDone(o.run, o.site, true);
    for (const o of earlier) if (o.kind === 'start') this.pageDone(o.run, o.site, false);
    this.doneHere = 0;
  }

  startRun(run: ConsentRun): void {
    this.run = run;
  }

  linksChosen(run: ConsentRun, site: string, count: number): void {
    const key = `${run} ${site}`;
    this.pagesTotal -= Math.max(0, this.pagesPerSite - 1 - count);
    this.pending.set(key, count);
    if (count === 0) this.sitesDone.add(key);
  }

  pageDone(run: ConsentRun, site: string, isLink: boolean): void {
    this.pagesDone++;
    this.doneHere++;
    const key = `${run} ${site}`;
    if (!isLink) return;
    const left = (this.pending.get(key) ?? 1) - 1;
    this.pending.set(key, left);
    if (left <= 0) this.sitesDone.add(key);
  }

  state(runs: number): ProgressState {
    const elapsed = (this.now() - this.startedAt) / 1000;
    const remaining = Math.max(0, this.pagesTotal - this.pagesDone);
    return {
      pagesDone: this.pagesDone,
      pagesTotal: Math.max(this.pagesTotal, this.pagesDone),
      sitesDone: Math.min(this.sitesDone.size, this.sitesTotal * runs),
      sitesTotal: this.sitesTotal * runs,
      secondsLeft: this.doneHere > 0 ? (elapsed / this.doneHere) * remaining : null,
      run: this.run,
    };
  }
}
