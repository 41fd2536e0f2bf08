// Turns the benchmark's raw loads into figures: per browser and tracker count,
// each configuration's median load time and LCP with their ratios to no
// extension (with IQR and min–max), and the extension's heap and CPU per request.
import type { CellResult, ConfigResult } from './run';
import { formatSpread, median, ratioTo, round, spread, type Spread } from './stats';

export interface ConfigFigures {
  load_ms: Spread;
  lcp_ms: Spread | null;
  load_ratio: Spread;
  lcp_ratio: Spread | null;
  requests_per_load: number;
  heap_mb_after_warmup: number | null;
  heap_mb_after_gc: number | null;
  /** Extension process CPU (user + system) over the measured loads, per request the page made. */
  cpu_ms_per_request: number | null;
  /** The worker's sampled busy (wall) time per request over the profiled loads (profiler running). */
  profile_busy_ms_per_request: number | null;
  profile_gc_share: number | null;
  profile_top: Array<[string, number]> | null;
}

export interface CellFigures {
  browser: string;
  trackers: number;
  html_kb: number;
  protocol: string;
  loads: number;
  configs: Record<string, ConfigFigures>;
}

const roundSpread = (s: Spread, digits: number): Spread => ({
  n: s.n,
  median: round(s.median, digits),
  q1: round(s.q1, digits),
  q3: round(s.q3, digits),
  min: round(s.min, digits),
  max: round(s.max, digits),
});

const lcps = (c: ConfigResult) => c.loads.map((l) => l.lcp).filter((v): v is number => typeof v === 'number');

export function figuresOf(cell: CellResult): CellFigures {
  const none = cell.configs.find((c) => c.config === 'none')!;
  const noneLoad = none.loads.map((l) => l.loadEventEnd);
  const noneLcp = lcps(none);
  const configs: Record<string, ConfigFigures> = {};
  for (const c of cell.configs) {
    const load = c.loads.map((l) => l.loadEventEnd);
    const lcp = lcps(c);
    const perRequest = (ms: number | null, requests: number) => (ms === null || requests === 0 ? null : round(ms / requests, 4));
    configs[c.config] = {
      load_ms: roundSpread(spread(load), 1),
      lcp_ms: lcp.length ? roundSpread(spread(lcp), 1) : null,
      load_ratio: roundSpread(ratioTo(load, noneLoad), 3),
      lcp_ratio: lcp.length && noneLcp.length ? roundSpread(ratioTo(lcp, noneLcp), 3) : null,
      requests_per_load: round(c.requests / Math.max(1, c.loads.length), 1),
      heap_mb_after_warmup: c.heapAfterWarmupMb === null ? null : round(c.heapAfterWarmupMb, 2),
      heap_mb_after_gc: c.heapAfterGcMb === null ? null : round(c.heapAfterGcMb, 2),
      cpu_ms_per_request: perRequest(c.cpuMs, c.requests),
      profile_busy_ms_per_request: c.profile ? perRequest(c.profile.busyMs, c.profile.requests) : null,
      profile_gc_share: c.profile && c.profile.busyMs > 0 ? round(c.profile.gcMs / c.profile.busyMs, 3) : null,
      profile_top: c.profile ? c.profile.top.map(([n, ms]): [string, number] => [n, round(ms, 1)]) : null,
    };
  }
  const protocols = [...new Set(cell.configs.flatMap((c) => c.loads.map((l) => l.protocol)))].join('+');
  return { browser: cell.browser, trackers: cell.trackers, html_kb: round(cell.htmlBytes / 1024, 1), protocol: protocols, loads: median(cell.configs.map((c) => c.loads.length)), configs };
}

const pad = (s: string, n: number) => s.padEnd(n);

export function printCell(f: CellFigures, print: (s: string) => void): void {
  const req = f.configs.pixelwacht?.requests_per_load ?? f.configs.none?.requests_per_load ?? 0;
  print(`\n${f.browser} · ${f.trackers} trackers · ${f.html_kb} KB HTML · ${f.protocol} · ${f.loads} measured loads per configuration · ${req} requests per load`);
  print(`  ${pad('', 11)}${pad('loadEventEnd ms', 17)}${pad('load ratio to none', 47)}${pad('LCP ms', 10)}LCP ratio to none`);
  for (const [name, c] of Object.entries(f.configs)) {
    print(
      `  ${pad(name, 11)}${pad(c.load_ms.median.toFixed(0), 17)}${pad(formatSpread(c.load_ratio), 47)}${pad(c.lcp_ms ? c.lcp_ms.median.toFixed(0) : 'n/a', 10)}${c.lcp_ratio ? formatSpread(c.lcp_ratio) : 'n/a'}`,
    );
  }
  const bare = f.configs.bare;
  const pw = f.configs.pixelwacht;
  if (bare && pw) {
    print(`  pixelwacht's load ratio ÷ bare observer's: ${round(pw.load_ratio.median / bare.load_ratio.median, 2)}`);
    const mb = (v: number | null) => (v === null ? 'n/a' : `${v.toFixed(2)} MB`);
    if (pw.heap_mb_after_gc !== null || bare.heap_mb_after_gc !== null) {
      print(`  worker heap after GC (after warm-up → after all loads): bare ${mb(bare.heap_mb_after_warmup)} → ${mb(bare.heap_mb_after_gc)}; pixelwacht ${mb(pw.heap_mb_after_warmup)} → ${mb(pw.heap_mb_after_gc)}`);
    } else {
      print('  worker heap: not measurable in this browser');
    }
    const ms = (v: number | null) => (v === null ? 'n/a' : `${(v * 1000).toFixed(0)} µs`);
    const times = (a: number | null, b: number | null) => (a !== null && b ? ` (${round(a / b, 1)}× bare)` : '');
    if (pw.cpu_ms_per_request !== null || bare.cpu_ms_per_request !== null) {
      print(`  extension process CPU per request (measured loads, no profiler): bare ${ms(bare.cpu_ms_per_request)}, pixelwacht ${ms(pw.cpu_ms_per_request)}${times(pw.cpu_ms_per_request, bare.cpu_ms_per_request)}`);
    } else {
      print('  extension CPU: not measurable in this browser');
    }
    if (pw.profile_busy_ms_per_request !== null) {
      print(`  worker busy time per request (CDP profiler, extra loads; wall time, so above CPU on a loaded machine): bare ${ms(bare.profile_busy_ms_per_request)}, pixelwacht ${ms(pw.profile_busy_ms_per_request)}${times(pw.profile_busy_ms_per_request, bare.profile_busy_ms_per_request)}; GC ${round((pw.profile_gc_share ?? 0) * 100, 0)}% of pixelwacht's`);
      print(`  pixelwacht's worker, most self time: ${(pw.profile_top ?? []).map(([n, v]) => `${n} ${v} ms`).join(', ')}`);
    }
  }
}
