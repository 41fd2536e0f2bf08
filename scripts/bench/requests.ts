// Replays real request URLs (top-sites-requests.jsonl, Ghostery adblocker test data,
// MPL-2.0) and the decoder fixtures through the full per-request pipeline —
// normalise to ObservedRequest, identify, decode — and through identification
// alone, so the decoders' share of the cost is visible. Called from scripts/bench.ts
// with the real tracker database; run directly for a quick look:
//   npx tsx scripts/bench/requests.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseCompressedBody } from '../../src/core/analyse-compressed';
import { compressedBodyOf, type Inflater } from '../../src/core/decoders/compressed-body';
import { decodeRequest } from '../../src/core/decoders/index';
import type { ObservedRequest, RequestType } from '../../src/core/model';
import type { TrackerIdentifier } from '../../src/core/trackers/tracker-db';

const TOP_SITES = fileURLToPath(new URL('../../../shared/data/requests/top-sites-requests.jsonl', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/requests/', import.meta.url));
// gzip / base64-gzip bodies (Clarity, LinkedIn): replayed as the request path sees them (detection only);
// their inflation runs off that path and is timed separately by benchCompressed.
const COMPRESSED = fileURLToPath(new URL('../../tests/fixtures/requests-compressed/compressed.json', import.meta.url));
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
  if (existsSync(COMPRESSED)) {
    for (const c of compressedCases()) out.push({ ...c.request });
  }
  return out;
}

interface CompressedCase {
  request: ObservedRequest;
  rawBodyBase64?: string;
}

function compressedCases(): CompressedCase[] {
  return (JSON.parse(readFileSync(COMPRESSED, 'utf8')) as { cases: CompressedCase[] }).cases;
}

/**
 * The compressed bodies: detection on the request path (µs per request) and the
 * deferred inflate + decode (µs per body), with the given inflater.
 */
export async function benchCompressed(inflater: Inflater, trackers: TrackerIdentifier): Promise<{ bodies: number; detect_p50_us: number; detect_p99_us: number; inflate_decode_median_us: number }> {
  const cases = existsSync(COMPRESSED) ? compressedCases() : [];
  const parts = cases.map((c) => (c.rawBodyBase64 ? [{ bytes: new Uint8Array(Buffer.from(c.rawBodyBase64, 'base64')).buffer }] : null));
  const detect: number[] = [];
  const late: number[] = [];
  for (let round = 0; round < 25; round++) {
    const warm = round < 5;
    for (let i = 0; i < cases.length; i++) {
      const t0 = process.hrtime.bigint();
      const body = compressedBodyOf(cases[i]!.request, parts[i]);
      if (!warm) detect.push(Number(process.hrtime.bigint() - t0) / 1000);
      if (!body) continue;
      const t1 = process.hrtime.bigint();
      await analyseCompressedBody(cases[i]!.request, body, inflater, trackers);
      if (!warm) late.push(Number(process.hrtime.bigint() - t1) / 1000);
    }
  }
  detect.sort((a, b) => a - b);
  late.sort((a, b) => a - b);
  return { bodies: cases.length, detect_p50_us: round(percentile(detect, 50)), detect_p99_us: round(percentile(detect, 99)), inflate_decode_median_us: round(percentile(late, 50)) };
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
  const { nodeInflater } = await import('../../src/cli/inflate-node');
  console.log('compressed bodies:', await benchCompressed(nodeInflater, identifier));
}
