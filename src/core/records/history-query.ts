// The dashboard's history, as an in-memory index: one small entry per site with
// the facts the filters, sorting and charts need, built once from the stored
// SiteHistory records (which can then be dropped). Pure, so it is tested in Node
// and stays fast with thousands of sites.
import { TRACKER_KINDS, type TrackerKind } from '../model';
import { companiesOf } from './companies';
import { specialCategoryDisclosures } from './health-alarm';
import type { PageRecord } from './page-record';
import { isHealthPage } from './page-health';
import type { SiteHistory, SiteSummary } from './site-history';

/** What one page visit showed, without its requests. */
export interface VisitFacts {
  at: number;
  /** A page about health (the user's override first). */
  health: boolean;
  /** Companies, most requests first. */
  companies: string[];
  /** Companies that received the health page's address, title or content. */
  healthCompanies: string[];
  /** Tracker database categories (`advertising`, `site_analytics`...). */
  categories: string[];
  kinds: TrackerKind[];
}

export interface SiteEntry {
  site: string;
  firstVisit: number;
  lastVisit: number;
  visits: VisitFacts[];
  /** Union over the visits. */
  companies: string[];
  categories: string[];
  kinds: TrackerKind[];
  /** At least one visit was a page about health. */
  health: boolean;
  /** At least one health page was disclosed to a third party (the alarm). */
  disclosed: boolean;
}

export interface HistoryFilter {
  healthOnly?: boolean;
  company?: string | null;
  category?: string | null;
  kind?: TrackerKind | null;
  /** Epoch ms, inclusive. */
  from?: number | null;
  to?: number | null;
  /** Part of the site's name. */
  text?: string;
}

export type HistorySort = 'last-visit' | 'companies' | 'health-first';
export const HISTORY_SORTS: readonly HistorySort[] = ['last-visit', 'companies', 'health-first'];

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

export function visitFacts(page: PageRecord): VisitFacts {
  const trackers = Object.values(page.trackers);
  return {
    at: page.startedAt,
    health: isHealthPage(page.health),
    companies: companiesOf(page).map((c) => c.company),
    healthCompanies: specialCategoryDisclosures(page).map((d) => d.company),
    categories: unique(trackers.map((t) => t.tracker.category)),
    kinds: unique(trackers.map((t) => t.kind)),
  };
}

/** The index entry of one site; null when none of its visits sent anything to a tracker. */
export function indexSite(history: SiteHistory): SiteEntry | null {
  const visits = history.visits.filter((v) => v && v.trackers && Object.keys(v.trackers).length > 0).map(visitFacts);
  return indexVisits(history.site, visits);
}

/** The index entry of one site from its stored summary (no visit record is read). */
export function indexSummary(summary: SiteSummary): SiteEntry | null {
  // Visits that sent nothing to a tracker are never written; the check keeps old data honest.
  return indexVisits(summary.site, summary.visits.map((v) => v.facts).filter((f) => f.companies.length > 0 || f.kinds.length > 0));
}

function indexVisits(site: string, visits: VisitFacts[]): SiteEntry | null {
  if (visits.length === 0) return null;
  visits.sort((a, b) => a.at - b.at);
  return {
    site,
    firstVisit: visits[0]!.at,
    lastVisit: visits.at(-1)!.at,
    visits,
    companies: unique(visits.flatMap((v) => v.companies)),
    categories: unique(visits.flatMap((v) => v.categories)),
    kinds: unique(visits.flatMap((v) => v.kinds)),
    health: visits.some((v) => v.health),
    disclosed: visits.some((v) => v.healthCompanies.length > 0),
  };
}

function visitMatches(visit: VisitFacts, filter: HistoryFilter): boolean {
  if (filter.healthOnly && !visit.health) return false;
  if (filter.company && !visit.companies.includes(filter.company)) return false;
  if (filter.category && !visit.categories.includes(filter.category)) return false;
  if (filter.kind && !visit.kinds.includes(filter.kind)) return false;
  if (filter.from != null && visit.at < filter.from) return false;
  if (filter.to != null && visit.at > filter.to) return false;
  return true;
}

const needsVisits = (f: HistoryFilter) => !!(f.healthOnly || f.company || f.category || f.kind || f.from != null || f.to != null);

/** Whether a site has at least one visit that meets every condition at once. */
export function siteMatches(entry: SiteEntry, filter: HistoryFilter): boolean {
  const text = filter.text?.trim().toLowerCase();
  if (text && !entry.site.toLowerCase().includes(text)) return false;
  return !needsVisits(filter) || entry.visits.some((v) => visitMatches(v, filter));
}

function compare(sort: HistorySort): (a: SiteEntry, b: SiteEntry) => number {
  const byLast = (a: SiteEntry, b: SiteEntry) => b.lastVisit - a.lastVisit || a.site.localeCompare(b.site);
  switch (sort) {
    case 'companies':
      return (a, b) => b.companies.length - a.companies.length || byLast(a, b);
    case 'health-first':
      return (a, b) => Number(b.disclosed) - Number(a.disclosed) || Number(b.health) - Number(a.health) || byLast(a, b);
    default:
      return byLast;
  }
}

export function queryHistory(entries: readonly SiteEntry[], filter: HistoryFilter, sort: HistorySort): SiteEntry[] {
  return entries.filter((e) => siteMatches(e, filter)).sort(compare(sort));
}

export interface PageOf<T> {
  items: T[];
  /** Zero-based, clamped to the pages there are. */
  page: number;
  pages: number;
  total: number;
}

export function pageOf<T>(list: readonly T[], page: number, size: number): PageOf<T> {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { items: list.slice(current * size, (current + 1) * size), page: current, pages, total: list.length };
}

export interface Facets {
  /** Companies with the number of sites they appear on, most sites first. */
  companies: { name: string; sites: number }[];
  categories: string[];
  kinds: TrackerKind[];
}

export function facetsOf(entries: readonly SiteEntry[]): Facets {
  const companies = new Map<string, number>();
  const categories = new Set<string>();
  const kinds = new Set<TrackerKind>();
  for (const entry of entries) {
    for (const c of entry.companies) companies.set(c, (companies.get(c) ?? 0) + 1);
    for (const c of entry.categories) categories.add(c);
    for (const k of entry.kinds) kinds.add(k);
  }
  return {
    companies: [...companies].map(([name, sites]) => ({ name, sites })).sort((a, b) => b.sites - a.sites || a.name.localeCompare(b.name)),
    categories: [...categories].sort(),
    kinds: TRACKER_KINDS.filter((k) => kinds.has(k)),
  };
}

export interface CompanyCount {
  company: string;
  /** Health page visits whose address, title or content this company received. */
  pages: number;
  sites: number;
}

/** Which companies received data from health pages, most pages first. */
export function healthRecipients(entries: readonly SiteEntry[], filter: HistoryFilter = {}, limit = 10): CompanyCount[] {
  const counts = new Map<string, { pages: number; sites: Set<string> }>();
  for (const entry of entries) {
    for (const visit of entry.visits) {
      if (visit.healthCompanies.length === 0 || !visitMatches(visit, filter)) continue;
      for (const company of visit.healthCompanies) {
        const count = counts.get(company) ?? { pages: 0, sites: new Set<string>() };
        count.pages += 1;
        count.sites.add(entry.site);
        counts.set(company, count);
      }
    }
  }
  return [...counts]
    .map(([company, c]) => ({ company, pages: c.pages, sites: c.sites.size }))
    .sort((a, b) => b.pages - a.pages || a.company.localeCompare(b.company))
    .slice(0, limit);
}

/** Local calendar day of a time, as `YYYY-MM-DD`. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Local midnight of a `YYYY-MM-DD` day (as a date input gives it); null when malformed. */
export function dayStart(day: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(d.getTime()) ? null : d.getTime();
}

/** The last millisecond of a local day. */
export function dayEnd(day: string): number | null {
  const start = dayStart(day);
  if (start === null) return null;
  const d = new Date(start);
  d.setDate(d.getDate() + 1);
  return d.getTime() - 1;
}

export interface DayCount {
  day: string;
  /** Page visits that sent something to a tracker. */
  visits: number;
  /** Health pages disclosed to a third party. */
  disclosures: number;
}

/**
 * Findings per local day over the last `days` days up to the newest visit (or
 * `until`), with empty days included so the chart's time axis is even.
 */
export function findingsPerDay(entries: readonly SiteEntry[], filter: HistoryFilter = {}, days = 30, until?: number): DayCount[] {
  const counts = new Map<string, DayCount>();
  let newest = 0;
  for (const entry of entries) {
    for (const visit of entry.visits) {
      if (!visitMatches(visit, filter)) continue;
      newest = Math.max(newest, visit.at);
      const day = dayKey(visit.at);
      const count = counts.get(day) ?? { day, visits: 0, disclosures: 0 };
      count.visits += 1;
      if (visit.healthCompanies.length > 0) count.disclosures += 1;
      counts.set(day, count);
    }
  }
  const end = until ?? newest;
  if (counts.size === 0 || !end) return [];
  const out: DayCount[] = [];
  const cursor = new Date(end);
  cursor.setHours(12, 0, 0, 0); // noon: daylight-saving changes never skip or repeat a day
  for (let i = 0; i < days; i++) {
    const day = dayKey(cursor.getTime());
    out.push(counts.get(day) ?? { day, visits: 0, disclosures: 0 });
    cursor.setDate(cursor.getDate() - 1);
  }
  return out.reverse();
}
