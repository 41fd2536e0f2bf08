// The one-month period of art. 12(3) GDPR, as calendar dates (YYYY-MM-DD), counted
// as Regulation (EEC, Euratom) No 1182/71 counts periods: a month runs to the same
// day of the next month (art. 3(2)(c)); when that day does not exist (31 January) it
// ends on the last day of that month; and when the last day is a Saturday, Sunday or
// public holiday the period ends at the end of the next working day (art. 3(4)).
// Public holidays are the Dutch ones of legal-reference.md §1.

function parse(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const format = (d: Date) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const utc = (date: string) => {
  const [y, m, d] = parse(date);
  return new Date(Date.UTC(y, m - 1, d));
};
const addDays = (date: string, days: number) => {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
};

/** Easter Sunday (Gregorian calendar; the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * Dutch public holidays of a year that can fall on a weekday: New Year's Day, Easter
 * Monday, King's Day (27 April; 26 April when the 27th is a Sunday), Liberation Day
 * in lustrum years, Ascension Day, Whit Monday, Christmas Day and Boxing Day.
 */
export function dutchPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const kingsDay = new Date(Date.UTC(year, 3, 27)).getUTCDay() === 0 ? `${year}-04-26` : `${year}-04-27`;
  return [
    `${pad(year, 4)}-01-01`,
    addDays(easter, 1),
    kingsDay,
    ...(year % 5 === 0 ? [`${pad(year, 4)}-05-05`] : []),
    addDays(easter, 39),
    addDays(easter, 50),
    `${pad(year, 4)}-12-25`,
    `${pad(year, 4)}-12-26`,
  ];
}

export function isWorkingDay(date: string): boolean {
  const day = utc(date).getUTCDay();
  return day !== 0 && day !== 6 && !dutchPublicHolidays(Number(date.slice(0, 4))).includes(date);
}

/** The same day one month later (or that month's last day), before any moving. */
export function oneMonthAfter(date: string): string {
  const [y, m, d] = parse(date);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** The first working day on or after `date`. */
export function nextWorkingDay(date: string): string {
  let day = date;
  // At most a long weekend plus Christmas: a handful of steps, bounded anyway.
  for (let i = 0; i < 10 && !isWorkingDay(day); i++) day = addDays(day, 1);
  return day;
}

/**
 * The last day to answer a request received on `receivedOn` (art. 12(3) GDPR):
 * one month, moved past weekends and Dutch public holidays (Reg. 1182/71 art. 3(4)).
 */
export function letterDeadline(receivedOn: string): string {
  return nextWorkingDay(oneMonthAfter(receivedOn));
}

/**
 * True once the whole deadline day has gone by. `now` is a YYYY-MM-DD date, or epoch ms
 * read at the given UTC offset (minutes east, as in evidence/time.ts).
 */
export function deadlinePassed(sentOn: string, now: string | number, utcOffsetMinutes = 0): boolean {
  const today = typeof now === 'string' ? now : new Date(now + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
  parse(today);
  return today > letterDeadline(sentOn);
}
