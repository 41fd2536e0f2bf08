// Names of the files the wizard saves: the site and the date, nothing from the page.

export type ExportKind = 'evidence' | 'evidence-redacted' | 'har' | 'report' | 'letter';

const EXTENSION: Record<ExportKind, string> = { evidence: 'json', 'evidence-redacted': 'json', har: 'har', report: 'html', letter: 'txt' };

/** "pixelwacht-evidence-example.nl-2025-03-14.json"; characters a file system dislikes become "_". */
export function exportFileName(kind: ExportKind, site: string, date: string): string {
  const safeSite = site.replace(/[^A-Za-z0-9.-]/g, '_').replace(/^\.+/, '_') || 'site';
  return `pixelwacht-${kind}-${safeSite}-${date}.${EXTENSION[kind]}`;
}

/** The local calendar date of an instant, YYYY-MM-DD (the date picker's format). */
export function localDate(epochMs: number, utcOffsetMinutes: number): string {
  return new Date(epochMs + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
