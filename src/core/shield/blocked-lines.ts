// What the health shield stopped on a page, per company, for the popup and the
// dashboard: "tried to tell Meta …, blocked". Read from the page's tracker records
// (their `blocked` counts are exact; the kept requests are capped).
import type { CompanyLine } from '../records/company-lines';
import type { PageRecord } from '../records/page-record';

export interface BlockedLine {
  brand: string;
  company: string;
  /** Requests to this company the shield stopped. */
  blocked: number;
  /** Requests to this company in all (a tracker not in the shield's categories is not blocked). */
  requestCount: number;
  line: CompanyLine;
}

/** Requests the health shield stopped on this page. */
export function blockedCount(page: PageRecord): number {
  let n = 0;
  for (const record of Object.values(page.trackers)) n += record.blocked ?? 0;
  return n;
}

export function blockedLines(lines: readonly CompanyLine[]): BlockedLine[] {
  return lines
    .map((line) => ({
      brand: line.brand,
      company: line.company,
      blocked: line.trackers.reduce((n, t) => n + (t.blocked ?? 0), 0),
      requestCount: line.requestCount,
      line,
    }))
    .filter((b) => b.blocked > 0);
}

/** The companies at least one request of this page reached (the shield stopped none, or not all, of theirs). */
export function linesThatLeft(lines: readonly CompanyLine[]): CompanyLine[] {
  return lines.filter((line) => line.requestCount > line.trackers.reduce((n, t) => n + (t.blocked ?? 0), 0));
}
