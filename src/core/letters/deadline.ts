// The one-month period of art. 12(3) GDPR, as calendar dates (YYYY-MM-DD). A month
// runs to the same day of the next month; when that day does not exist (31 January)
// it ends on the last day of that month. Presented as when to expect an answer.

function parse(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function letterDeadline(sentOn: string): string {
  const [y, m, d] = parse(sentOn);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
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
