// History per site: the visits to a site's pages, newest last, capped.
import type { PageRecord } from './page-record';

export const SITE_HISTORY_VERSION = 1;
export const VISITS_PER_SITE = 50;

export interface SiteHistory {
  v: typeof SITE_HISTORY_VERSION;
  site: string;
  visits: PageRecord[];
}

export function emptySiteHistory(site: string): SiteHistory {
  return { v: SITE_HISTORY_VERSION, site, visits: [] };
}

/** Insert or replace a visit (by visitId), keeping the newest VISITS_PER_SITE. */
export function upsertVisit(history: SiteHistory, page: PageRecord): SiteHistory {
  const visits = history.visits.filter((v) => v.visitId !== page.visitId);
  visits.push(page);
  visits.sort((a, b) => a.startedAt - b.startedAt);
  return { ...history, visits: visits.slice(-VISITS_PER_SITE) };
}

/** True for shapes this version can read; anything else is reset rather than trusted. */
export function isSiteHistory(value: unknown): value is SiteHistory {
  const v = value as SiteHistory | null;
  return !!v && v.v === SITE_HISTORY_VERSION && typeof v.site === 'string' && Array.isArray(v.visits);
}
