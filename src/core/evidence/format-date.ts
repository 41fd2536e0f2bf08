// Dates and times for people, read from the ISO strings in the bundle so the report
// and letters show the clock time the user saw, with its UTC offset.
import { formatOffset, parseIso } from './time';
import type { Lang } from './types';

const MONTHS: Record<Lang, string[]> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** "2026-11-28" or an ISO timestamp → "28 november 2026" / "28 November 2026". */
export function longDate(isoOrDate: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoOrDate);
  if (!m) return isoOrDate;
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** ISO timestamp → "23:14:05 (UTC+01:00)". */
export function clockTime(iso: string): string {
  const parsed = parseIso(iso);
  const m = /T(\d{2}:\d{2}:\d{2})/.exec(iso);
  if (!parsed || !m) return iso;
  return `${m[1]} (UTC${formatOffset(parsed.offsetMinutes)})`;
}

/** ISO timestamp → "28 november 2026, 23:14:05 (UTC+01:00)". */
export function dateTime(iso: string, lang: Lang): string {
  return `${longDate(iso, lang)}, ${clockTime(iso)}`;
}
