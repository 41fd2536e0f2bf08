// `npm run bench`: speed and memory figures, reported (never asserted in tests).
// 1. The per-request pipeline the background runs — normalise the browser's
//    details, identify the tracker, decode, look for page-address leaks — over
//    8,296 real request URLs (../shared/data, Ghostery adblocker test data, MPL-2.0)
//    plus the decoder fixtures, against the bare tracker-database match alone (the
//    database's own matchUrl, as any extension would call it), measured in the same
//    run, interleaved request by request; and where the slowest 1% spend their time.
// 2. The health classifier over the page corpus and a 5 MB page.
// 3. Heap with the tracker database loaded.
// The last line printed is one JSON object with the figures.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import loadTrackerDB from '@ghostery/trackerdb';
import { fileURLToPath } from 'node:url';
import { normaliseRequest, type RawRequestDetails } from '../src/background/normalise-request';
import { loadTrackerDbFromPackage, trackerDbPaths } from '../src/cli/load-tracker-db';
import { analyseRequest } from '../src/core/analyse-request';
import type { ObservedRequest } from '../src/core/model';
import { benchHealth } from './bench/health';
import { healthCorpusReport, healthReaderCost } from './bench/health-corpus';
import { benchCompressed } from './bench/requests';
import { nodeInflater } from '../src/cli/inflate-node';

const TOP_SITES = fileURLToPath(new URL('../../shared/data/requests/top-sites-requests.jsonl', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../tests/fixtures/requests/', import.meta.url));
const CONTENT_SCRIPT = fileURLToPath(new URL('../dist/chrome/src/content/index.js', import.meta.url));
const ROUNDS = 5;

const encoder = new TextEncoder();

/** Requests as the browser hands them over (Chrome's details shape, bodies as raw bytes). */
function loadDetails(): RawRequestDetails[] {
  const out: RawRequestDetails[] = [];
  const push = (url: string, type: string, pageUrl: string | null, method = 'GET', body: string | null = null) =>
    out.push({
      requestId: String(out.length),
      url,
      type,
      method,
      tabId: 1,
      frameId: 0,
      timeStamp: 0,
      initiator: pageUrl ? new URL(pageUrl).origin : undefined,
      documentUrl: pageUrl ?? undefined,
      requestBody: body === null ? null : { raw: [{ bytes: encoder.encode(body).buffer as ArrayBuffer }] },
    });
  if (existsSync(TOP_SITES)) {
    for (const line of readFileSync(TOP_SITES, 'utf8').split('\n')) {
      if (!line) continue;
      const l = JSON.parse(line) as { url: string; sourceUrl: string; type: string };
      push(l.url, l.type, l.sourceUrl);
    }
  } else {
    console.warn(`(${TOP_SITES} not found: fixtures only)`);
  }
  for (const f of readdirSync(FIXTURES).filter((n) => n.endsWith('.json'))) {
    const file = JSON.parse(readFileSync(FIXTURES + f, 'utf8')) as { cases: Array<{ variants: Array<{ request: ObservedRequest }> }> };
    for (const c of file.cases) for (const v of c.variants) push(v.request.url, v.request.type, v.request.pageUrl, v.request.method, v.request.body);
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function timeUs(run: (i: number) => void, i: number): number {
  const t0 = process.hrtime.bigint();
  run(i);
  return Number(process.hrtime.bigint() - t0) / 1000;
}

/**
 * Per-request times (µs) of two functions, interleaved per request: both run on
 * request i back to back (which goes first alternates with i and the round), so
 * a busy moment of a shared machine slows both alike instead of one whole round
 * of one of them. Each request's time is its median over ROUNDS rounds, so one
 * GC pause does not count as a slow request. Both lists come back sorted.
 */
function perRequestInterleaved(count: number, a: (i: number) => void, b: (i: number) => void, rounds = ROUNDS): { a: number[]; b: number[]; slowestB: number[] } {
  const timesA = Array.from({ length: count }, () => new Array<number>(rounds));
  const timesB = Array.from({ length: count }, () => new Array<number>(rounds));
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < count; i++) {
      if ((i + r) % 2 === 0) {
        timesA[i]![r] = timeUs(a, i);
        timesB[i]![r] = timeUs(b, i);
      } else {
        timesB[i]![r] = timeUs(b, i);
        timesA[i]![r] = timeUs(a, i);
      }
    }
  }
  const mid = Math.floor(rounds / 2);
  const perRequest = (times: number[][]) => times.map((t) => t.sort((x, y) => x - y)[mid]!);
  const medianB = perRequest(timesB);
  const slowestB = medianB.map((t, i) => [t, i] as const).sort((x, y) => y[0] - x[0]).slice(0, Math.max(1, Math.ceil(count / 100))).map(([, i]) => i);
  return { a: perRequest(timesA).sort((x, y) => x - y), b: [...medianB].sort((x, y) => x - y), slowestB };
}

/**
 * The slowest 1% of requests, taken apart: the median time of each stage over them
 * (normalising the browser's details, naming the tracker, the rest of the analysis —
 * decoding and the leak finder), their median address length and body size.
 */
function whereTheTimeGoes(slowest: number[], details: RawRequestDetails[], trackers: Awaited<ReturnType<typeof loadTrackerDbFromPackage>>) {
  const med = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
  const normalise: number[] = [], identify: number[] = [], rest: number[] = [], urlChars: number[] = [], bodyChars: number[] = [];
  for (const i of slowest) {
    const n: number[] = [], id: number[] = [], all: number[] = [];
    let request: ObservedRequest | null = null;
    for (let r = 0; r < ROUNDS; r++) {
      n.push(timeUs(() => void (request = normaliseRequest(details[i]!, null)), 0));
      id.push(timeUs(() => void trackers.identify(request!.url, request!.type, request!.pageUrl), 0));
      all.push(timeUs(() => void analyseRequest(request!, trackers), 0));
    }
    normalise.push(med(n));
    identify.push(med(id));
    rest.push(Math.max(0, med(all) - med(id)));
    urlChars.push(details[i]!.url.length);
    bodyChars.push((request as ObservedRequest | null)?.body?.length ?? 0);
  }
  return {
    requests: slowest.length,
    normalise_us: round(med(normalise)),
    identify_us: round(med(identify)),
    decode_and_rest_us: round(med(rest)),
    url_chars: med(urlChars),
    body_chars: med(bodyChars),
  };
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

async function main(): Promise<void> {
  // Heap plus array buffers: the database engine keeps its tables in typed arrays.
  const used = () => {
    global.gc?.();
    const m = process.memoryUsage();
    return m.heapUsed + m.arrayBuffers;
  };
  const heapBefore = used();
  const trackers = await loadTrackerDbFromPackage();

  const bare = await loadTrackerDB(new Uint8Array(readFileSync(trackerDbPaths().engine)));

  const details = loadDetails();
  const pipeline = (i: number) => analyseRequest(normaliseRequest(details[i]!, null), trackers);
  const engineType = (type: string) => (type === 'beacon' ? 'ping' : type) as never;
  const baseline = (i: number) =>
    bare.matchUrl({ url: details[i]!.url, type: engineType(details[i]!.type), sourceUrl: details[i]!.documentUrl ?? details[i]!.url }, { getDomainMetadata: true })[0];
  for (let i = 0; i < details.length; i++) {
    pipeline(i);
    baseline(i);
  }
  // Measured once the database is loaded and warm (its lookup caches filled), as in a running worker.
  const heapWithDb = used();
  // Interleaved per request, so both see the same machine state.
  const { a: base, b: full, slowestB } = perRequestInterleaved(details.length, baseline, pipeline);
  const stages = whereTheTimeGoes(slowestB, details, trackers);
  const health = benchHealth();
  const compressed = await benchCompressed(nodeInflater, trackers);
  const corpus = healthCorpusReport();
  const reader = healthReaderCost();

  const figures = {
    requests: details.length,
    pipeline_p50_us: round(percentile(full, 50)),
    pipeline_p99_us: round(percentile(full, 99)),
    baseline_p50_us: round(percentile(base, 50)),
    baseline_p99_us: round(percentile(base, 99)),
    slowest_1pct_stages: stages,
    heap_mb: round((heapWithDb - heapBefore) / 1024 / 1024, 1),
    health_pages: health.pages,
    health_classify_p50_ms: round(health.classify_p50_ms, 3),
    health_classify_p95_ms: round(health.classify_p95_ms, 3),
    health_page_5mb_ms: round(health.page_5mb_ms, 1),
    compressed_bodies: compressed.bodies,
    compressed_detect_p99_us: round(compressed.detect_p99_us),
    compressed_inflate_decode_median_us: round(compressed.inflate_decode_median_us),
    health_full_corpus: corpus,
    health_reader_5mb_ms: reader.page_5mb.read_ms,
    health_reader_20k_elements_ms: reader.page_20k_elements.read_ms,
    health_reader_elements_visited_5mb: reader.page_5mb.elements_visited,
    content_script_kb: existsSync(CONTENT_SCRIPT) ? round(statSync(CONTENT_SCRIPT).size / 1024, 1) : null,
  };
  console.log(`pipeline: p50 ${figures.pipeline_p50_us} µs, p99 ${figures.pipeline_p99_us} µs (target: ≤ 2× bare match and p99 < 60 µs)`);
  console.log(`bare tracker-database match: p50 ${figures.baseline_p50_us} µs, p99 ${figures.baseline_p99_us} µs`);
  console.log(`slowest 1% (${stages.requests} requests), median per stage: normalise ${stages.normalise_us} µs, name the tracker ${stages.identify_us} µs, decode and the rest ${stages.decode_and_rest_us} µs; address ${stages.url_chars} chars, body ${stages.body_chars} chars`);
  console.log(`heap with the tracker database loaded: ${figures.heap_mb} MB`);
  console.log(`health classifier: p50 ${figures.health_classify_p50_ms} ms, p95 ${figures.health_classify_p95_ms} ms over ${health.pages} pages; 5 MB page ${figures.health_page_5mb_ms} ms`);
  console.log(`content script: ${figures.content_script_kb ?? '(not built)'} KB`);
  console.log(JSON.stringify(figures));
}

await main();
