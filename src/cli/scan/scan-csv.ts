// results.csv: one row per page and company (a page without trackers has one row with
// the company empty), RFC 4180 quoting. Cells that a spreadsheet would run as a
// formula (starting with = + - @) get a leading apostrophe: page text is hostile.
import type { PageOutcome } from './page-outcome';

export const CSV_COLUMNS = [
  'site', 'label', 'category', 'consent_run', 'page', 'final_address', 'kind', 'status', 'error', 'health_page', 'health_reasons',
  'banner', 'choice_clicked', 'company', 'requests', 'received_visit', 'received_health_data', 'received', 'consent_moments', 'blocked',
] as const;

export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRows(outcomes: readonly PageOutcome[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const o of outcomes) {
    const page = [
      o.site, o.label, o.category, o.run, o.url, o.finalUrl, o.kind, o.status, o.error,
      o.health ? (o.health.isHealth ? 'yes' : 'no') : '', o.health?.reasons.join(' | ') ?? '',
      o.consent?.banner ?? '', o.consent ? (o.consent.clicked ? 'yes' : 'no') : '',
    ];
    const companies = o.companies.length > 0 ? o.companies : [null];
    for (const c of companies) {
      const cells = c
        ? [c.brand, c.requests, c.visit ? 'yes' : 'no', c.healthData ? 'yes' : 'no', c.received.join(' '), c.moments.join(' '), c.blocked]
        : ['', '', '', '', '', '', ''];
      lines.push([...page, ...cells].map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}
