// One benchmark cell: one browser, one tracker count. Starts a fresh browser per
// configuration, warms each up, then loads the page in turn in each (the order
// rotating every round, so none always follows another's work), measures the
// extension's CPU over those loads, profiles the worker over a few more, and
// reads its heap after a garbage collection.
import { heapAfterGcMb, startWorkerProfile, stopWorkerProfile, type WorkerCpu } from './cdp';
import { CONFIGS, launchConfig, type BrowserName, type BrowserUnderTest, type ConfigName, type LoadResult } from './launch';
import type { Options } from './options';
import { generatePage, PAGE_HOST, PAGE_PATH } from './page';
import type { BenchServer } from './server';

/** Longest wait after a load for its last tracker requests to be answered. */
const SETTLE_TIMEOUT_MS = 5_000;
/** Time after the profiled loads for the worker's deferred work (flushes, timers) to run. */
const PROFILE_TAIL_MS = 2_000;

export interface ConfigResult {
  config: ConfigName;
  loads: LoadResult[];
  /** Requests the server answered during this configuration's measured loads. */
  requests: number;
  /** Extension process CPU over the measured loads (ms), or null. */
  cpuMs: number | null;
  heapAfterWarmupMb: number | null;
  heapAfterGcMb: number | null;
  profile: (WorkerCpu & { requests: number }) | null;
}

export interface CellResult {
  browser: BrowserName;
  trackers: number;
  htmlBytes: number;
  configs: ConfigResult[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Loads once and waits until the server has answered every tracker request the page sent. */
async function loadAndSettle(b: BrowserUnderTest, server: BenchServer, url: string): Promise<{ result: LoadResult; requests: number }> {
  const before = { requests: server.counts.requests, trackers: server.counts.trackers };
  const result = await b.load(url);
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  while (Date.now() < deadline && (server.counts.trackers - before.trackers < result.sent || server.counts.inFlight > 0)) await sleep(10);
  return { result, requests: server.counts.requests - before.requests };
}

export async function runCell(browser: BrowserName, trackers: number, options: Options, server: BenchServer, log: (s: string) => void): Promise<CellResult> {
  const page = generatePage(trackers, server.scheme);
  server.setPage(page);
  const url = (tag: string) => `${server.scheme}://${PAGE_HOST}${PAGE_PATH}?load=${tag}`;
  const sessions: BrowserUnderTest[] = [];
  try {
    for (const config of CONFIGS) sessions.push(await launchConfig(browser, config, server));
    const results = new Map<ConfigName, ConfigResult>(
      CONFIGS.map((c) => [c, { config: c, loads: [], requests: 0, cpuMs: null, heapAfterWarmupMb: null, heapAfterGcMb: null, profile: null }]),
    );
    for (let w = 0; w < options.warmup; w++) for (const s of sessions) await loadAndSettle(s, server, url(`warm-${s.config}-${w}`));
    for (const s of sessions) {
      const worker = await s.worker().catch((error: Error) => void log(`  (${s.config}: no worker heap after warm-up: ${error.message})`));
      if (!worker) continue;
      results.get(s.config)!.heapAfterWarmupMb = await heapAfterGcMb(worker).finally(() => worker.close());
    }

    const cpuBefore = new Map(sessions.map((s) => [s.config, s.extensionCpuMs()]));
    for (let i = 0; i < options.loads; i++) {
      for (let k = 0; k < sessions.length; k++) {
        const s = sessions[(i + k) % sessions.length]!;
        const { result, requests } = await loadAndSettle(s, server, url(`${s.config}-${i}`));
        const r = results.get(s.config)!;
        r.loads.push(result);
        r.requests += requests;
      }
      if ((i + 1) % 5 === 0 || i + 1 === options.loads) log(`  ${browser} N=${trackers}: ${i + 1}/${options.loads} rounds`);
    }
    for (const s of sessions) {
      const before = cpuBefore.get(s.config);
      const after = s.extensionCpuMs();
      results.get(s.config)!.cpuMs = before !== null && before !== undefined && after !== null ? after - before : null;
    }

    for (const s of sessions) {
      const worker = await s.worker().catch((error: Error) => void log(`  (${s.config}: no worker profile or heap: ${error.message})`));
      if (!worker) continue;
      const r = results.get(s.config)!;
      try {
        if (options.profileLoads > 0) {
          await startWorkerProfile(worker);
          let requests = 0;
          for (let p = 0; p < options.profileLoads; p++) requests += (await loadAndSettle(s, server, url(`profile-${s.config}-${p}`))).requests;
          await sleep(PROFILE_TAIL_MS);
          const saveAs = options.profileDir ? `${options.profileDir}/${browser}-${trackers}-${s.config}.cpuprofile` : undefined;
          const cpu = await stopWorkerProfile(worker, saveAs);
          r.profile = { ...cpu, requests };
        }
        r.heapAfterGcMb = await heapAfterGcMb(worker);
      } finally {
        await worker.close();
      }
    }
    return { browser, trackers, htmlBytes: page.htmlBytes, configs: CONFIGS.map((c) => results.get(c)!) };
  } finally {
    for (const s of sessions) await s.close();
  }
}
