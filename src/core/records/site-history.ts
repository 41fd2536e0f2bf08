// History per site: the visits to a site's pages, newest last, capped.
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
  return { ...page, requests: kept, droppedRequests: page.droppedRequests + (page.requests.length - kept.length) };
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
