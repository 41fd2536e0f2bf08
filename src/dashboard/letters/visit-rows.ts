// The visits of a site as the wizard lists them: newest first, with what the user
// needs to pick them (date, title or address, health verdict, companies).
import { categoryLabel } from '../../core/health/reasons';
import { companiesOf } from '../../core/records/companies';
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
  companies: string[];
  requestCount: number;
}

export function visitRows(visits: readonly PageRecord[], lang: Lang): VisitRow[] {
  return [...visits]
    .sort((a, b) => b.startedAt - a.startedAt)
    .map((page) => {
      const health = isHealthPage(page.health);
      const companies = companiesOf(page);
      return {
        visitId: page.visitId,
        startedAt: page.startedAt,
        url: page.url,
        title: page.title,
        health,
        categories: health ? (page.health?.verdict?.categories ?? []).map((c) => categoryLabel(c, lang)) : [],
        companies: companies.map((c) => c.company),
        requestCount: companies.reduce((n, c) => n + c.requestCount, 0),
      };
    });
}

/** The chosen visits, oldest first as the evidence file keeps them; all when nothing is chosen. */
export function chosenVisits(visits: readonly PageRecord[], chosen: ReadonlySet<string> | 'all'): PageRecord[] {
  const picked = chosen === 'all' ? [...visits] : visits.filter((v) => chosen.has(v.visitId));
  return picked.sort((a, b) => a.startedAt - b.startedAt);
}
