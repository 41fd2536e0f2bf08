// Summary statistics for the page-load benchmark: medians and spreads of load
// times, and ratios to the no-extension baseline. Pure functions (unit-tested).

export interface Spread {
  n: number;
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
}

/** The p-quantile (0..1) by linear interpolation between closest ranks (R type 7, as spreadsheets do). */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function spread(values: readonly number[]): Spread {
  return {
    n: values.length,
    median: median(values),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  };
}

/**
 * A configuration's figures relative to the baseline's median: the ratio of the
 * medians, and the quartiles and extremes of the configuration's loads divided by
 * that same baseline median (so the spread shows how much the loads themselves vary).
 */
export function ratioTo(values: readonly number[], baseline: readonly number[]): Spread {
  const base = median(baseline);
  const s = spread(values);
  return { n: s.n, median: s.median / base, q1: s.q1 / base, q3: s.q3 / base, min: s.min / base, max: s.max / base };
}

export function round(value: number, digits = 2): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "1.23 (IQR 1.10–1.35, min–max 1.02–1.60)" */
export function formatSpread(s: Spread, digits = 2): string {
  if (s.n === 0) return 'n/a';
  const r = (v: number) => round(v, digits).toFixed(digits);
  return `${r(s.median)} (IQR ${r(s.q1)}–${r(s.q3)}, min–max ${r(s.min)}–${r(s.max)})`;
}
