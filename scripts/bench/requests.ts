// Replays real request URLs (top-sites-requests.jsonl, Ghostery adblocker test data,
// MPL-2.0) and the decoder fixtures through the full per-request pipeline —
// normalise to ObservedRequest, identify, decode — and through identification
// alone, so the decoders' share of the cost is visible. Called from scripts/bench.ts
// with the real tracker database; run directly for a quick look:
//   npx tsx scripts/bench/requests.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeRequest } from '../../src/core/decoders/index';
import type { ObservedRequest, RequestType } from '../../src/core/model';

const TOP_SITES = fileURLToPath(new URL('../../../shared/data/requests/top-sites-requests.jsonl', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/requests/', import.meta.url));
const WARMUP_ROUNDS = 2;

interface Raw {
  url: string;
  type: string;
  pageUrl: string | null;
  method: string;
  body: string | null;
  referrer: string | null;
  cookieNames: string[] | null;
}

function loadRequests(): Raw[] {
  const out: Raw[] = [];
  if (existsSync(TOP_SITES)) {
    for (const line of readFileSync(TOP_SITES, 'utf8').split('\n')) {
      if (!line) continue;
      const l = JSON.parse(line) as { url: string; sourceUrl: string; type: string };
      out.push({ url: l.url, type: l.type, pageUrl: l.sourceUrl, method: 'GET', body: null, referrer: null, cookieNames: null });
    }
  }
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.json'))) {
    const file = JSON.parse(readFileSync(FIXTURES + f, 'utf8')) as { cases: Array<{ variants: Array<{ request: ObservedRequest }> }> };
    for (const c of file.cases) for (const v of c.variants) out.push({ ...v.request });
  }
  return out;
}

/** What the background does once per request: details → ObservedRequest (already text here). */
function normalise(raw: Raw, i: number): ObservedRequest {
  return {
    id: String(i), tabId: 1, frameId: 0, pageUrl: raw.pageUrl, initiator: null, method: raw.method, type: raw.type as RequestType,
    url: raw.url, body: raw.body, bodyTruncated: false, timeStamp: 0, referrer: raw.referrer, cookieNames: raw.cookieNames,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function round(us: number): number {
  return Math.round(us * 100) / 100;
}

export async function benchRequests(
  identify: (url: string, type: string, pageUrl: string | null) => unknown,
): Promise<{ requests: number; pipeline_p50_us: number; pipeline_p99_us: number; baseline_p50_us: number; baseline_p99_us: number }> {
  const raws = loadRequests();
  const pipeline = (raw: Raw, i: number) => {
    const r = normalise(raw, i);
    identify(r.url, r.type, r.pageUrl);
    decodeRequest(r);
  };
  const baseline = (raw: Raw) => {
    identify(raw.url, raw.type, raw.pageUrl);
  };
  for (let w = 0; w < WARMUP_ROUNDS; w++) raws.forEach((raw, i) => { pipeline(raw, i); baseline(raw); });

  const measure = (fn: (raw: Raw, i: number) => void): number[] => {
    const times = new Array<number>(raws.length);
    for (let i = 0; i < raws.length; i++) {
      const t0 = process.hrtime.bigint();
      fn(raws[i] as Raw, i);
      times[i] = Number(process.hrtime.bigint() - t0) / 1000;
    }
    return times.sort((a, b) => a - b);
  };
  const withDecode = measure(pipeline);
  const identifyOnly = measure(baseline);
  return {
    requests: raws.length,
    pipeline_p50_us: round(percentile(withDecode, 50)),
    pipeline_p99_us: round(percentile(withDecode, 99)),
    baseline_p50_us: round(percentile(identifyOnly, 50)),
    baseline_p99_us: round(percentile(identifyOnly, 99)),
  };
}

// Direct run: with the real tracker database when it is installed.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { createTrackerIdentifier } = await import('../../src/core/trackers/tracker-db');
  const engine = fileURLToPath(new URL('../../node_modules/@ghostery/trackerdb/dist/trackerdb.engine', import.meta.url));
  const identifier = await createTrackerIdentifier(new Uint8Array(readFileSync(engine)), 'bench');
  console.log(await benchRequests((url, type, pageUrl) => identifier.identify(url, type as RequestType, pageUrl)));
  console.log('decode only:', await benchRequests(() => null));
}
