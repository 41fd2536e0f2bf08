// Dates and numbers in the user's language.
import { formatNumber as formatUiNumber, uiLocale } from '../ui/i18n';

let dateTime: Intl.DateTimeFormat | null = null;
let date: Intl.DateTimeFormat | null = null;
let time: Intl.DateTimeFormat | null = null;

const locale = uiLocale;

export function formatDateTime(ms: number): string {
  dateTime ??= new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' });
  return dateTime.format(ms);
}

export function formatDate(ms: number): string {
  date ??= new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' });
  return date.format(ms);
}

export function formatTime(ms: number): string {
  time ??= new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return time.format(ms);
}

/** A `YYYY-MM-DD` day, short ("3 Nov"). */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short' }).format(new Date(y!, m! - 1, d!));
}

export const formatNumber = formatUiNumber;
