// Timestamps for evidence and letters: ISO 8601 in the user's local offset, so a
// reader sees the time the user saw on their clock *and* can convert it exactly.

/**
 * Minutes east of UTC (+60 for Amsterdam in winter, +120 in summer) — the ISO sign,
 * i.e. the negation of JavaScript's `Date#getTimezoneOffset()`. A function lets the
 * caller give the offset that applied at each moment (daylight saving changes it);
 * the browser passes `(t) => -new Date(t).getTimezoneOffset()`.
 */
export type UtcOffset = number | ((epochMs: number) => number);

export function offsetAt(offset: UtcOffset, epochMs: number): number {
  const minutes = typeof offset === 'function' ? offset(epochMs) : offset;
  // Offsets are whole minutes between -14:00 and +14:00; anything else is a caller bug.
  return Number.isInteger(minutes) && Math.abs(minutes) <= 14 * 60 ? minutes : 0;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** "+01:00" for 60, "-03:30" for -210. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  offsetMinutes: number;
}

/** Calendar fields of an instant as seen at the given offset (no Intl, no host time zone). */
export function localParts(epochMs: number, offset: UtcOffset): LocalParts {
  const offsetMinutes = offsetAt(offset, epochMs);
  const d = new Date(epochMs + offsetMinutes * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    offsetMinutes,
  };
}

/** `2026-11-28T23:14:05.123+01:00`. */
export function isoWithOffset(epochMs: number, offset: UtcOffset): string {
  const p = localParts(epochMs, offset);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.ms, 3)}${formatOffset(p.offsetMinutes)}`;
}

/** `2026-11-28` in local time. */
export function localDate(epochMs: number, offset: UtcOffset): string {
  return isoWithOffset(epochMs, offset).slice(0, 10);
}

/**
 * Reads back an ISO string this module wrote: the instant and the offset. Letters and
 * the report work from the bundle only, so they need the offset the bundle recorded.
 */
export function parseIso(iso: string): { epochMs: number; offsetMinutes: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{3}))?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, off] = m;
  let offsetMinutes = 0;
  if (off && off !== 'Z') {
    const sign = off.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
  }
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms ?? 0));
  return { epochMs: local - offsetMinutes * 60_000, offsetMinutes };
}

/** The last Sunday of a month at 01:00 UTC, when EU summer time starts (March) or ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * Dutch time (Europe/Amsterdam) at an instant: +60 in winter, +120 in summer (EU rule since
 * 1996: from the last Sunday of March to the last Sunday of October, 01:00 UTC). For
 * recordings whose own times are in UTC, so letters show Dutch time whatever zone the
 * analysing machine is in.
 */
export const amsterdamOffset: UtcOffset = (epochMs) => {
  const year = new Date(epochMs).getUTCFullYear();
  return epochMs >= lastSundayOneUtc(year, 2) && epochMs < lastSundayOneUtc(year, 9) ? 120 : 60;
};
