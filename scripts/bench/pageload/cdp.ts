// Measurements of an extension's service worker in Chromium, through the Chrome
// DevTools Protocol, and of the extension's process through /proc.
//
// Playwright's newCDPSession takes only pages, so the worker is reached the way
// tests/e2e/harness/worker-heap.ts does it: a page session attaches to the
// worker target without flattening, and commands travel inside
// Target.sendMessageToTarget. Unlike that helper, the session stays attached,
// so the CPU profiler can run across several page loads.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const MB = 1024 * 1024;
/** Linux reports process CPU in clock ticks of 1/100 s (USER_HZ) on every mainstream architecture. */
const USER_HZ = 100;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface WorkerSession {
  url: string;
  send(method: string, params?: object): Promise<unknown>;
  close(): Promise<void>;
}

/** Attaches to the (only) extension service worker of the browser the page belongs to. */
export async function attachToExtensionWorker(context: BrowserContext, page: Page): Promise<WorkerSession> {
  const session: CDPSession = await context.newCDPSession(page);
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
  if (!worker) {
    await session.detach().catch(() => undefined);
    throw new Error('the extension has no running service worker');
  }
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  session.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id!);
    if (message.error) waiting.reject(new Error(message.error.message));
    else waiting.resolve(message.result);
  });
  session.on('Target.detachedFromTarget', (event: { sessionId: string }) => {
    if (event.sessionId !== sessionId) return;
    for (const w of pending.values()) w.reject(new Error('the service worker went away'));
    pending.clear();
  });
  return {
    url: worker.url,
    send: (method, params = {}) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) } as never).catch(reject);
      }),
    close: async () => {
      await session.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
      await session.detach().catch(() => undefined);
    },
  };
}

/** The worker's used JS heap in MB after a full garbage collection. */
export async function heapAfterGcMb(worker: WorkerSession): Promise<number> {
  await worker.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await worker.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / MB;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export interface WorkerCpu {
  /**
   * Sampled time the worker thread was busy (everything but "(idle)"), ms. Wall time, not CPU time:
   * on a loaded machine a busy thread that waits for a core still counts.
   */
  busyMs: number;
  /** Of that, garbage collection, ms. */
  gcMs: number;
  /** Sampled time in total (busy + idle), ms. */
  sampledMs: number;
  /** Whether the profile marked idle time at all (if not, busy time would be wall time). */
  idleSeen: boolean;
  /** The functions with the most self time (name, ms), busiest first. */
  top: Array<[string, number]>;
}

/** Starts V8's sampling CPU profiler in the worker (every 500 µs). */
export async function startWorkerProfile(worker: WorkerSession): Promise<void> {
  await worker.send('Profiler.enable');
  await worker.send('Profiler.setSamplingInterval', { interval: 500 });
  await worker.send('Profiler.start');
}

/** `saveAs`: a path to keep the whole profile at (open it in Chrome's DevTools, Performance panel). */
export async function stopWorkerProfile(worker: WorkerSession, saveAs?: string): Promise<WorkerCpu> {
  const { profile } = (await worker.send('Profiler.stop')) as { profile: Profile };
  await worker.send('Profiler.disable').catch(() => undefined);
  if (saveAs) writeFileSync(saveAs, JSON.stringify(profile));
  return summariseProfile(profile);
}

/** Sample i covers the time up to sample i+1 (timeDeltas[i+1], µs). */
export function summariseProfile(profile: Profile): WorkerCpu {
  const names = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || `(anonymous ${n.callFrame.url.split('/').pop()})`]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let busy = 0;
  let gc = 0;
  let total = 0;
  let idleSeen = false;
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? 0;
    const name = names.get(samples[i]!) ?? '';
    total += us;
    if (name === '(idle)') {
      idleSeen = true;
      continue;
    }
    busy += us;
    self.set(name, (self.get(name) ?? 0) + us);
    if (name === '(garbage collector)') gc += us;
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, us]): [string, number] => [n, us / 1000]);
  return { busyMs: busy / 1000, gcMs: gc / 1000, sampledMs: total / 1000, idleSeen, top };
}

function processCpuMs(pid: string): number {
  // Fields after the command name (which may contain spaces, hence the last ")"): utime is the 14th field, stime the 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
}

/**
 * CPU time (user + system, ms) so far of the processes whose command line (its
 * arguments, split at spaces too) `matches`, or null when /proc is not there or none match.
 */
export function cpuMsOfProcesses(matches: (args: string[]) => boolean): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  let total = 0;
  let found = false;
  for (const pid of pids) {
    try {
      // Zygote-forked Chromium children rewrite their argv as one space-separated string, hence the second split.
      if (!matches(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/).filter(Boolean))) continue;
      total += processCpuMs(pid);
      found = true;
    } catch {
      // The process ended while we read.
    }
  }
  return found ? total : null;
}
