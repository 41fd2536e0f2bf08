// The page-load benchmark's statistics: medians, quartiles and ratios to the baseline.
import { describe, expect, test } from 'vitest';
import { formatSpread, median, quantile, ratioTo, spread } from '../../../scripts/bench/pageload/stats';

describe('bench stats', () => {
  test('median of odd and even counts, in any order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  test('quartiles by linear interpolation (R type 7)', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(quantile(values, 0.25)).toBeCloseTo(3.25);
    expect(quantile(values, 0.75)).toBeCloseTo(7.75);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(10);
  });

  test('spread: median, IQR and extremes; the input is not reordered', () => {
    const values = [10, 40, 20, 30, 100];
    expect(spread(values)).toEqual({ n: 5, median: 30, q1: 20, q3: 40, min: 10, max: 100 });
    expect(values).toEqual([10, 40, 20, 30, 100]);
  });

  test('ratios are taken against the baseline median', () => {
    const baseline = [100, 200, 300];
    const r = ratioTo([300, 400, 500], baseline);
    expect(r.median).toBe(2);
    expect(r.min).toBe(1.5);
    expect(r.max).toBe(2.5);
    expect(r.q1).toBe(1.75);
    expect(ratioTo(baseline, baseline).median).toBe(1);
  });

  test('formatted with its spread', () => {
    expect(formatSpread(ratioTo([300, 400, 500], [100, 200, 300]))).toBe('2.00 (IQR 1.75–2.25, min–max 1.50–2.50)');
    expect(formatSpread(spread([]))).toBe('n/a');
  });
});
