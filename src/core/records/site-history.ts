// History per site: the visits to a site's pages, newest last, capped.
// Stored as one record per visit (written once, when its page settles) and a
// small summary per site listing its visits with the facts the dashboard needs;
// never as one growing record per site rewritten while a page loads. A
// SiteHistory is the assembled view (summary plus visit records) the UI reads.
import { capPageText } from './caps';
import { visitFacts, type VisitFacts } from './history-query';
import type { PageRecord } from './page-record';

export const SITE_HISTORY_VERSION = 1;
export const VISITS_PER_SITE = 30;

/**
 * History keeps less of each visit than the live tab record: a site's record is
 * rewritten while its page is busy, so it must stay small. Counts per tracker
 * stay exact; only the raw requests kept as evidence are fewer and shorter.
 */
export const HISTORY_LIMITS = {
  requestsPerVisit: 100,
  bodyChars: 1024,
  /** Body text kept per visit in all; later bodies are cut to nothing (flagged truncated). */
  bodyCharsPerVisit: 32 * 1024,
} as const;

export interface SiteHistory {
  v: typeof SITE_HISTORY_VERSION;
  site: string;
  visits: PageRecord[];
}

export function emptySiteHistory(site: string): SiteHistory {
  return { v: SITE_HISTORY_VERSION, site, visits: [] };
}

/** A page record trimmed to HISTORY_LIMITS (a copy; the live record is not changed). */
export function forHistory(page: PageRecord): PageRecord {
  let budget: number = HISTORY_LIMITS.bodyCharsPerVisit;
  const kept = page.requests.slice(0, HISTORY_LIMITS.requestsPerVisit).map((request) => {
    if (request.body === null) return request;
    const room = Math.max(0, Math.min(HISTORY_LIMITS.bodyChars, budget));
    if (request.body.length <= room) {
      budget -= request.body.length;
      return request;
    }
    budget -= room;
    return { ...request, body: request.body.slice(0, room), bodyTruncated: true };
  });
  const { keptChars: _budget, ...rest } = page;
  return capPageText({ ...rest, requests: kept, droppedRequests: page.droppedRequests + (page.requests.length - kept.length) });
}

/** Insert or replace a visit (by visitId), trimmed for history, keeping the newest VISITS_PER_SITE. */
export function upsertVisit(history: SiteHistory, page: PageRecord): SiteHistory {
  const visits = history.visits.filter((v) => v.visitId !== page.visitId);
  visits.push(forHistory(page));
  visits.sort((a, b) => a.startedAt - b.startedAt);
  return { ...history, visits: visits.slice(-VISITS_PER_SITE) };
}

/** True for shapes this version can read; anything else is reset rather than trusted. */
export function isSiteHistory(value: unknown): value is SiteHistory {
  const v = value as SiteHistory | null;
  return !!v && v.v === SITE_HISTORY_VERSION && typeof v.site === 'string' && Array.isArray(v.visits);
}

export const SITE_SUMMARY_VERSION = 2;

/** One visit as the site's summary lists it: enough for the history list, filters and charts. */
export interface VisitSummary {
  /** The visit's id (its record is `visit:v2:<id>`). */
  id: string;
  at: number;
  facts: VisitFacts;
}

/** A site's visits (oldest first, at most VISITS_PER_SITE), without their requests. */
export interface SiteSummary {
  v: typeof SITE_SUMMARY_VERSION;
  site: string;
  visits: VisitSummary[];
}

export function emptySiteSummary(site: string): SiteSummary {
  return { v: SITE_SUMMARY_VERSION, site, visits: [] };
}

export function visitSummary(page: PageRecord): VisitSummary {
  return { id: page.visitId, at: page.startedAt, facts: visitFacts(page) };
}

/**
 * The summary with this visit inserted or replaced, keeping the newest
 * VISITS_PER_SITE; `dropped` are the ids of visits that fell out (their records go).
 */
export function withVisit(summary: SiteSummary, visit: VisitSummary): { summary: SiteSummary; dropped: string[] } {
  const visits = summary.visits.filter((v) => v.id !== visit.id);
  visits.push(visit);
  visits.sort((a, b) => a.at - b.at);
  const cut = Math.max(0, visits.length - VISITS_PER_SITE);
  return { summary: { ...summary, visits: visits.slice(cut) }, dropped: visits.slice(0, cut).map((v) => v.id) };
}

/** The summary without visits that started before `cutoff`; `dropped` are their ids. */
export function withoutVisitsBefore(summary: SiteSummary, cutoff: number): { summary: SiteSummary; dropped: string[] } {
  const kept = summary.visits.filter((v) => v.at >= cutoff);
  const dropped = summary.visits.filter((v) => v.at < cutoff).map((v) => v.id);
  return { summary: { ...summary, visits: kept }, dropped };
}

/** The assembled history of a site: its summary's visits whose records were found, oldest first. */
export function assembleHistory(summary: SiteSummary, records: ReadonlyMap<string, PageRecord>): SiteHistory {
  const visits = summary.visits.map((v) => records.get(v.id)).filter((p): p is PageRecord => !!p);
  return { v: SITE_HISTORY_VERSION, site: summary.site, visits };
}
