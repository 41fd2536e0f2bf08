// Hostile input: generated and mutated requests (seeded, so failures reproduce)
// through decodeRequest. Nothing may escape as an exception and no single case may
// take more than 5 ms. `FUZZ=long` runs a million cases; the default keeps CI fast.
import { describe, expect, it } from 'vitest';
import { decodeRequest } from '../../../src/core/decoders/index';
import { MAX_EVENTS } from '../../../src/core/decoders/limits';
import type { ObservedRequest, RequestType } from '../../../src/core/model';
import { loadFixtures } from './fixtures';
import { prng } from '../support/prng';

const CASES = process.env.FUZZ === 'long' ? 1_000_000 : 100_000;


const seeds: ObservedRequest[] = loadFixtures().flatMap((f) => f.cases.flatMap((c) => c.variants.map((v) => v.request)));
const TYPES: RequestType[] = ['image', 'script', 'xmlhttprequest', 'ping', 'beacon', 'sub_frame', 'other'];
const HOSTS = ['www.facebook.com', 'region1.google-analytics.com', 'sgtm.example.nl', 'ad.doubleclick.net', 'ct.pinterest.com', 'x', '', '[::1]:80', 'a'.repeat(300) + '.com', 'stats.example.org'];
const PATHS = ['/tr', '/g/collect', '/collect', '/matomo.php', '/ppms.php', '/activity;src=1;type=%;cat=%%', '/api/v2/pixel', '/event', '/', '/%E0%A4%A', '/p'];

function big(rand: () => number, n: number, alphabet: string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(alphabet[Math.floor(rand() * alphabet.length)] ?? 'a');
  return out.join('');
}

// Reused big strings: building 2 MB per case would measure the generator, not the decoder.
const HUGE = 'a=' + 'x'.repeat(2_000_000);
const MANY_PARAMS = Array.from({ length: 5_000 }, (_, i) => `p${i}=${i}`).join('&');
const DEEP_JSON = '['.repeat(100_000) + ']'.repeat(100_000);
const DEEP_OBJ = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
const MANY_LINES = Array.from({ length: 20_000 }, () => 'en=x&ep.a=1').join('\n');

function mutateString(rand: () => number, s: string): string {
  if (!s) return s;
  const i = Math.floor(rand() * s.length);
  switch (Math.floor(rand() * 8)) {
    case 0: return s.slice(0, i);
    case 1: return s.slice(0, i) + '%' + s.slice(i);
    case 2: return s.slice(0, i) + '%E0%A4%A' + s.slice(i);
    case 3: return s.slice(0, i) + big(rand, 1 + Math.floor(rand() * 40), '&=;?#%[]{}"\\\n\u0000\uffff\ud800+/.:') + s.slice(i);
    case 4: return s + s;
    case 5: return s.split('').reverse().join('');
    case 6: return s.slice(0, i) + String.fromCharCode(Math.floor(rand() * 0xffff)) + s.slice(i + 1);
    default:
      try {
        return encodeURIComponent(s);
      } catch {
        return s; // lone surrogates cannot be encoded
      }
  }
}

function generate(rand: () => number, n: number): ObservedRequest {
  const base = seeds[n % seeds.length] as ObservedRequest;
  const r: ObservedRequest = { ...base };
  // Most cases are cheap mutations; one in eight is one of the heavy shapes.
  const LIGHT = [3, 4, 5, 7, 8, 9, 12, 13];
  const HEAVY = [0, 1, 2, 6, 10, 11];
  const pool = rand() < 0.875 ? LIGHT : HEAVY;
  const kind = pool[Math.floor(rand() * pool.length)];
  switch (kind) {
    case 0: r.body = HUGE; break;
    case 1: r.url = `https://${HOSTS[n % HOSTS.length]}${PATHS[n % PATHS.length]}?${MANY_PARAMS}`; break;
    case 2: r.body = rand() < 0.5 ? DEEP_JSON : DEEP_OBJ; r.method = 'POST'; break;
    case 3: r.body = big(rand, 200 + Math.floor(rand() * 4000), '\u0000\u0001\u00ff\ufffd\ud800abc{}[]"=&\n'); break;
    case 4: r.url = big(rand, Math.floor(rand() * 200), 'htps:/?#%&=.[]@abc'); break;
    case 5: r.url = mutateString(rand, r.url); break;
    case 6: r.body = r.body ? mutateString(rand, r.body) : MANY_LINES; break;
    case 7: r.pageUrl = rand() < 0.3 ? null : mutateString(rand, r.pageUrl ?? 'https://a.nl/b'); r.referrer = mutateString(rand, r.pageUrl ?? 'x'); break;
    case 8: r.url = `https://${HOSTS[n % HOSTS.length]}${PATHS[(n >> 3) % PATHS.length]}?${mutateString(rand, 'v=2&tid=G-ABCD123&en=page_view&id=1234567890&ev=Lead&dl=https%3A%2F%2Fa.nl%2Fb&gcs=G1%&gdpr_consent=CQ%%')}`; break;
    case 9: r.cookieNames = rand() < 0.5 ? null : ['c_user', '', 'x'.repeat(1000), 'SID']; break;
    case 10: r.type = TYPES[n % TYPES.length] as RequestType; r.method = rand() < 0.5 ? 'POST' : 'GET'; r.body = MANY_LINES; break;
    case 11: r.body = JSON.stringify({ batch: Array.from({ length: 200 }, () => ({ event: 'x', context: { page: { url: 'https://a.nl/b' } } })) }); break;
    case 12: (r as unknown as Record<string, unknown>).url = rand() < 0.5 ? undefined : 42; break;
    default: r.url = mutateString(rand, mutateString(rand, r.url)); r.body = r.body ? mutateString(rand, r.body) : null;
  }
  return r;
}

// Work is bounded by the decoders' caps (limits.ts), so what one request can yield is bounded too.
// That is asserted; how long it took is only printed (a busy machine must not fail the suite).
const MAX_DISCLOSURES = MAX_EVENTS + 8;

function decodeTimed(r: ObservedRequest): { ms: number; disclosures: number } {
  const t0 = performance.now();
  const result = decodeRequest(r);
  return { ms: performance.now() - t0, disclosures: result.disclosures.length };
}

describe('decoder fuzzing', () => {
  it(`survives ${CASES.toLocaleString('en')} hostile requests with bounded output`, () => {
    const rand = prng(0x5eed);
    let max = 0;
    let maxCase = -1;
    let maxWhat = '';
    let mostDisclosures = 0;
    const unbounded: number[] = [];
    const errors: string[] = [];
    for (let n = 0; n < CASES; n++) {
      const r = generate(rand, n);
      let run: { ms: number; disclosures: number };
      try {
        run = decodeTimed(r);
      } catch (e) {
        if (errors.length < 5) errors.push(`case ${n}: ${String(e)}`);
        continue;
      }
      mostDisclosures = Math.max(mostDisclosures, run.disclosures);
      if (run.disclosures > MAX_DISCLOSURES && unbounded.length < 5) unbounded.push(n);
      if (run.ms > max) {
        max = run.ms;
        maxCase = n;
        maxWhat = `${String(r.url).slice(0, 60)} body ${r.body?.length ?? 0}`;
      }
    }
    console.info(`fuzz: ${CASES} cases, at most ${mostDisclosures} disclosures per request, slowest ${max.toFixed(2)} ms (case ${maxCase}: ${maxWhat})`);
    expect(errors).toEqual([]);
    expect(unbounded).toEqual([]);
  }, 600_000);
});
