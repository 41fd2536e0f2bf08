// Settings of `npm run bench:pageload`, from flags or environment variables
// (flags win). Defaults fit in under 10 minutes on a 2-core machine.
import type { BrowserName } from './launch';

export interface Options {
  trackers: number[];
  /** Tracker counts for Firefox (by default one, N = 60, to keep the default run under 10 minutes). */
  firefoxTrackers: number[];
  loads: number;
  warmup: number;
  profileLoads: number;
  browsers: BrowserName[];
  /** Serve HTTP/1.1 over TLS instead of HTTP/2. */
  http1: boolean;
  /** A directory to keep the worker's CPU profiles in (.cpuprofile, one per configuration and N), or null. */
  profileDir: string | null;
}

export const USAGE = `npm run bench:pageload -- [options]   (builds nothing: run npm run build first)
  --trackers=20,60,200   tracker requests per page load          (env BENCH_TRACKERS)
  --loads=15             measured loads per configuration and N   (env BENCH_LOADS)
  --warmup=2             unmeasured loads first                   (env BENCH_WARMUP)
  --profile-loads=3      extra loads under the worker's CPU profiler, Chromium (env BENCH_PROFILE_LOADS; 0 = none)
  --firefox-trackers=60  tracker counts in Firefox (default: 60 alone, or --trackers if given) (env BENCH_FIREFOX_TRACKERS)
  --browsers=chromium,firefox                                     (env BENCH_BROWSERS)
  --http1                HTTP/1.1 over TLS instead of HTTP/2       (env BENCH_HTTP1=1)
  --profile-dir=DIR      keep the worker's CPU profiles there      (env BENCH_PROFILE_DIR)`;

function positiveInts(value: string, what: string): number[] {
  const list = value.split(',').map((v) => Number(v.trim()));
  if (list.length === 0 || list.some((n) => !Number.isInteger(n) || n < 0)) throw new Error(`${what}: expected whole numbers, got "${value}"`);
  return list;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options | 'help' {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return 'help';
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    flags.set(m[1]!, m[2] ?? '1');
  }
  const known = new Set(['trackers', 'firefox-trackers', 'loads', 'warmup', 'profile-loads', 'browsers', 'http1', 'profile-dir']);
  for (const k of flags.keys()) if (!known.has(k)) throw new Error(`unknown option --${k}\n${USAGE}`);
  const get = (flag: string, name: string, fallback: string) => flags.get(flag) ?? env[name] ?? fallback;
  const one = (flag: string, name: string, fallback: number) => positiveInts(get(flag, name, String(fallback)), `--${flag}`)[0]!;
  const browsers = get('browsers', 'BENCH_BROWSERS', 'chromium,firefox').split(',').map((b) => b.trim());
  for (const b of browsers) if (b !== 'chromium' && b !== 'firefox') throw new Error(`--browsers: unknown browser "${b}" (chromium, firefox)`);
  const loads = one('loads', 'BENCH_LOADS', 15);
  if (loads < 1) throw new Error('--loads: at least 1');
  const trackersGiven = flags.has('trackers') || env.BENCH_TRACKERS !== undefined;
  const trackers = positiveInts(get('trackers', 'BENCH_TRACKERS', '20,60,200'), '--trackers');
  return {
    trackers,
    firefoxTrackers: positiveInts(get('firefox-trackers', 'BENCH_FIREFOX_TRACKERS', trackersGiven ? trackers.join(',') : '60'), '--firefox-trackers'),
    loads,
    warmup: one('warmup', 'BENCH_WARMUP', 2),
    profileLoads: one('profile-loads', 'BENCH_PROFILE_LOADS', 3),
    browsers: browsers as BrowserName[],
    http1: flags.has('http1') || env.BENCH_HTTP1 === '1',
    profileDir: flags.get('profile-dir') ?? env.BENCH_PROFILE_DIR ?? null,
  };
}
