// When the toolbar badge is redrawn: after a short delay that gathers a burst of
// requests, at most a few times a second per tab, and only when what it shows
// changed. What it shows (companies, the health alarm) is computed once per
// update and handed to badge.ts, which only draws.
import { badgeState, type BadgeState } from '../core/records/badge-state';
import { companiesOf } from '../core/records/companies';
import { specialCategoryDisclosures, type SpecialCategoryDisclosure } from '../core/records/health-alarm';
import type { PageRecord } from '../core/records/page-record';

/** The first update waits this long, so a burst of requests is drawn once. */
const GATHER_MS = 100;
/** And updates of one tab are at least this far apart: at most four a second. */
const MIN_INTERVAL_MS = 250;

export interface BadgeView {
  state: BadgeState;
  told: SpecialCategoryDisclosure[];
  paused: boolean;
}

export function badgeView(page: PageRecord | null, paused: boolean): BadgeView {
  // The page's companies are grouped once, for the count, the alarm and the tooltip alike.
  const companies = page ? companiesOf(page) : [];
  const told = specialCategoryDisclosures(page, companies);
  return { state: badgeState(page, told.length > 0, companies), told, paused };
}

const fingerprint = (view: BadgeView) => JSON.stringify([view.state, view.told, view.paused]);

export interface BadgeSchedulerDeps {
  page: (tabId: number) => PageRecord | null;
  isPaused: (site: string) => boolean;
  draw: (tabId: number, page: PageRecord | null, view: BadgeView) => Promise<void> | void;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

export class BadgeScheduler {
  private readonly timers = new Map<number, unknown>();
  private readonly shown = new Map<number, { at: number; fingerprint: string }>();
  /** How many times a badge was actually drawn (for tests and diagnostics). */
  draws = 0;

  constructor(private readonly deps: BadgeSchedulerDeps) {}

  /** `redraw`: the browser reset the badge (Firefox does on navigation), draw even if unchanged. */
  schedule(tabId: number, redraw = false): void {
    if (redraw) this.shown.delete(tabId);
    if (this.timers.has(tabId)) return;
    const now = this.now();
    const last = this.shown.get(tabId)?.at ?? Number.NEGATIVE_INFINITY;
    const wait = Math.max(GATHER_MS, last + MIN_INTERVAL_MS - now);
    this.timers.set(tabId, (this.deps.setTimer ?? setTimeout)(() => this.update(tabId), wait));
  }

  forgetTab(tabId: number): void {
    this.shown.delete(tabId);
    this.timers.delete(tabId);
  }

  private update(tabId: number): void {
    this.timers.delete(tabId);
    const page = this.deps.page(tabId);
    const view = badgeView(page, !!page && this.deps.isPaused(page.site));
    const print = fingerprint(view);
    if (this.shown.get(tabId)?.fingerprint === print) return;
    this.shown.set(tabId, { at: this.now(), fingerprint: print });
    this.draws += 1;
    void this.deps.draw(tabId, page, view);
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
