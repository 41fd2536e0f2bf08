// Settings of `npm run bench:pageload`: defaults, flags, environment, errors.
import { describe, expect, test } from 'vitest';
import { parseOptions } from '../../../scripts/bench/pageload/options';

describe('bench:pageload options', () => {
  test('defaults: N = 20, 60, 200 in Chromium, 60 in Firefox, 15 loads after 2 warm-ups', () => {
    expect(parseOptions([], {})).toEqual({
      trackers: [20, 60, 200],
      firefoxTrackers: [60],
      loads: 15,
      warmup: 2,
      profileLoads: 3,
      browsers: ['chromium', 'firefox'],
      http1: false,
      profileDir: null,
    });
  });

  test('flags win over the environment; --trackers also sets Firefox unless it has its own', () => {
    const o = parseOptions(['--trackers=5,10', '--loads=3', '--browsers=firefox'], { BENCH_LOADS: '40', BENCH_WARMUP: '0' });
    expect(o).toMatchObject({ trackers: [5, 10], firefoxTrackers: [5, 10], loads: 3, warmup: 0, browsers: ['firefox'] });
    expect(parseOptions(['--firefox-trackers=200'], { BENCH_TRACKERS: '20' })).toMatchObject({ trackers: [20], firefoxTrackers: [200] });
    expect(parseOptions(['--http1'], {})).toMatchObject({ http1: true });
    expect(parseOptions(['--profile-dir=/tmp/p'], { BENCH_PROFILE_DIR: '/x' })).toMatchObject({ profileDir: '/tmp/p' });
    expect(parseOptions([], { BENCH_PROFILE_DIR: '/x' })).toMatchObject({ profileDir: '/x' });
  });

  test('help and mistakes', () => {
    expect(parseOptions(['--help'], {})).toBe('help');
    expect(() => parseOptions(['--loads=x'], {})).toThrow(/whole numbers/);
    expect(() => parseOptions(['--loads=0'], {})).toThrow(/at least 1/);
    expect(() => parseOptions(['--browsers=safari'], {})).toThrow(/unknown browser/);
    expect(() => parseOptions(['--speed=11'], {})).toThrow(/unknown option/);
    expect(() => parseOptions(['loads'], {})).toThrow(/unknown argument/);
  });
});
