// The visits of a site as the wizard lists them: grouped by page, the page the user
// came from first, then health pages, then the rest; newest first within a page.
import { categoryLabel } from '../../core/health/reasons';
import { companiesOf } from '../../core/records/companies';
import { displayBrand, shortBrand } from '../../core/records/display-brand';
import { isHealthPage } from '../../core/records/page-health';
import type { PageRecord } from '../../core/records/page-record';
import type { Lang } from '../../core/evidence';

export interface VisitRow {
  visitId: string;
  startedAt: number;
  url: string;
  title: string | null;
  health: boolean;
  /** Health categories in the given language; empty when not a health page. */
  categories: string[];
  /** Companies (by the brand people know) at least one request of the visit reached. */
  companies: string[];
  /** Companies the page only tried to tell: the health shield blocked every request to them. */
  blockedCompanies: string[];
  requestCount: number;
}

export interface PageGroup {
  url: string;
  title: string | null;
  health: boolean;
  /** The page of the visit the wizard was opened from. */
  startedHere: boolean;
  rows: VisitRow[];
}

export function visitRows(visits: readonly PageRecord[], lang: Lang): VisitRow[] {
  return [...visits]
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((page) => {
      const health = isHealthPage(page.health);
      const companies = companiesOf(page);
      // The names people know ("TikTok", "LinkedIn"), once each, in the order of the companies.
      const brands = (reached: boolean) => [
        ...new Set(
          companies.flatMap((c) => c.trackers.filter((r) => ((r.blocked ?? 0) < r.requestCount) === reached).map((r) => shortBrand(displayBrand(r.tracker)))),
        ),
      ];
      const reached = brands(true);
      return {
        visitId: page.visitId,
        startedAt: page.startedAt,
        url: page.url,
        title: page.title,
        health,
        categories: health ? (page.health?.verdict?.categories ?? []).map((c) => categoryLabel(c, lang)) : [],
        // A company whose every request the shield blocked received nothing: never "sent to".
        companies: reached,
        blockedCompanies: brands(false).filter((b) => !reached.includes(b)),
        requestCount: companies.reduce((n, c) => n + c.requestCount, 0),
      };
    });
}

export function pageGroups(rows: readonly VisitRow[], startedVisitId: string | null): PageGroup[] {
  const startedUrl = rows.find((r) => r.visitId === startedVisitId)?.url ?? null;
  const groups = new Map<string, PageGroup>();
  for (const row of rows) {
    let g = groups.get(row.url);
    if (!g) {
      g = { url: row.url, title: row.title, health: false, startedHere: row.url === startedUrl, rows: [] };
      groups.set(row.url, g);
    }
    g.rows.push(row);
    g.health ||= row.health;
    g.title ??= row.title;
  }
  const rank = (g: PageGroup) => (g.startedHere ? 0 : g.health ? 1 : 2);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || b.rows[0]!.startedAt - a.rows[0]!.startedAt);
}

/** Whether a visit disclosed a health page: a health verdict, and at least one request reached a company. */
function healthDisclosed(page: PageRecord): boolean {
  return isHealthPage(page.health) && Object.values(page.trackers).some((r) => (r.blocked ?? 0) < r.requestCount);
}

/**
 * What the wizard preselects: opened from a visit, that visit, the other visits of
 * the same page, and the site's other visits that disclosed a health page (the view
 * marks those "also about health"); otherwise every visit.
 */
export function initialChoice(visits: readonly PageRecord[], startedVisitId: string | null): ReadonlySet<string> | 'all' {
  const started = startedVisitId ? visits.find((v) => v.visitId === startedVisitId) : undefined;
  if (!started) return 'all';
  return new Set(visits.filter((v) => v.url === started.url || healthDisclosed(v)).map((v) => v.visitId));
}

/** The preselected visits that are not of the page the wizard was opened from: the other health visits. */
export function alsoHealthVisits(visits: readonly PageRecord[], startedVisitId: string | null): ReadonlySet<string> {
  const started = startedVisitId ? visits.find((v) => v.visitId === startedVisitId) : undefined;
  if (!started) return new Set();
  return new Set(visits.filter((v) => v.url !== started.url && healthDisclosed(v)).map((v) => v.visitId));
}

/** The chosen visits, oldest first as the evidence file keeps them; all when nothing is chosen. */
export function chosenVisits(visits: readonly PageRecord[], chosen: ReadonlySet<string> | 'all'): PageRecord[] {
  const picked = chosen === 'all' ? [...visits] : visits.filter((v) => chosen.has(v.visitId));
  return picked.sort((a, b) => a.startedAt - b.startedAt);
}
