// Trackers grouped by the company behind them. Kept apart from page-record.ts
// so that UI bundles do not pull in the public-suffix list.
import type { PageRecord, TrackerRecord } from './page-record';

export interface CompanySummary {
  companyKey: string;
  company: string;
  country: string | null;
  trackers: TrackerRecord[];
  requestCount: number;
}

/** Trackers grouped by company, most requests first. */
export function companiesOf(page: PageRecord): CompanySummary[] {
  const byCompany = new Map<string, CompanySummary>();
  for (const record of Object.values(page.trackers)) {
    const { companyKey, company, country } = record.tracker;
    let summary = byCompany.get(companyKey);
    if (!summary) {
      summary = { companyKey, company, country, trackers: [], requestCount: 0 };
      byCompany.set(companyKey, summary);
    }
    summary.trackers.push(record);
    summary.requestCount += record.requestCount;
  }
  const list = [...byCompany.values()];
  for (const summary of list) summary.trackers.sort((a, b) => b.requestCount - a.requestCount);
  return list.sort((a, b) => b.requestCount - a.requestCount || a.company.localeCompare(b.company));
}
