// Hostile input through the whole core pipeline, not just the decoders (their own
// fuzz test is tests/unit/decoders/fuzz.test.ts): generated pages (hostile titles,
// giant texts, deep and broken HTML, broken encodings, invalid addresses) through
// extractPageSignals + classifyPage and healthInText, and generated page visits
// (request streams with random timestamps, random consent event sequences, health
// verdicts and overrides) through analyseRequest with the real tracker database,
// the page record and everything the badge, popup and letters read from it.
// Seeded, so a failure reproduces. Nothing may escape as an exception; time per case
// is measured and bounded. `FUZZ=long` runs 200,000 cases (with the decoders'
// 1,000,000 that is 1.2 million); the default keeps `npm test` fast.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseRequest } from '../../src/core/analyse-request';
import { loadTrackerDbFromPackage } from '../../src/cli/load-tracker-db';
import { appendConsentEvent, startTimeline } from '../../src/core/consent/consent-timeline';
import { consentStateAt, describeConsent } from '../../src/core/consent/consent-state';
import type { ChoiceKind, ConsentEvent, ConsentState, TcfEventStatus } from '../../src/core/consent/types';
import { classifyPage } from '../../src/core/health/classify';
import { extractPageSignals } from '../../src/core/health/html-signals';
import { healthInText } from '../../src/core/health/in-disclosure';
import type { PageSignals } from '../../src/core/health/types';
import type { ObservedRequest, RequestType } from '../../src/core/model';
import { badgeView } from '../../src/core/records/badge-state';
import { companiesOf } from '../../src/core/records/companies';
import { summariseTracker } from '../../src/core/records/disclosure-summary';
import { healthAlarm, specialCategoryDisclosures } from '../../src/core/records/health-alarm';
import { addTrackerRequest, LIMITS, startPage, type PageRecord } from '../../src/core/records/page-record';
import { consentStatesOfTracker, pageSummary } from '../../src/core/records/page-summary';
import type { TrackerIdentifier } from '../../src/core/trackers/tracker-db';
import { loadFixtures } from './decoders/fixtures';
import { loadCorpus, toSignals } from '../fixtures/pages/load-corpus';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './support/prng';

const LONG = process.env.FUZZ === 'long';
const CASES = LONG ? 200_000 : 4_000;
// Work per case is bounded by the caps of the page record and the signal extractor; that is
// what is asserted (the record keeps at most LIMITS.requestsPerPage requests). Times are only
// printed: a busy 2-core machine must not fail the suite. The heaviest cases are 1-2 MB pages
// (100-220 ms here, linear in size).


type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (rand: Rand, n: number) => Math.floor(rand() * n);

function chars(rand: Rand, n: number, alphabet: string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(alphabet[int(rand, alphabet.length)] ?? 'a');
  return out.join('');
}

// Seeds: the labelled page corpus, the demo site's pages and the decoders' request fixtures.
const corpus = loadCorpus();
const SIGNAL_SEEDS: PageSignals[] = corpus.map(toSignals);
const SITE_DIR = fileURLToPath(new URL('../fixtures/site', import.meta.url));
const HTML_SEEDS: string[] = [
  ...readdirSync(SITE_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(SITE_DIR, f), 'utf8')),
  ...corpus.slice(0, 40).map(
    (p) =>
      `<!doctype html><html lang="${p.lang}"><head><title>${p.title}</title><meta name="description" content="${p.metaDescription}">` +
      `<script type="application/ld+json">{"@type":${JSON.stringify(p.schemaTypes)}}</script></head><body><main>` +
      p.headings.map((h, i) => `<h${i === 0 ? 1 : 2}>${h}</h${i === 0 ? 1 : 2}>`).join('') +
      `<p>${p.mainText}</p></main></body></html>`,
  ),
];
const REQUEST_SEEDS: ObservedRequest[] = loadFixtures().flatMap((f) => f.cases.flatMap((c) => c.variants.map((v) => v.request)));

// Words that hit the lexicons, so verdicts and findings are exercised, not just the empty path.
const HEALTH_WORDS = ['depressie', 'ivf', 'fysiotherapie', 'hiv', 'abortus', 'kanker', 'chemotherapy', 'diabetes', 'psychiatrist', 'zwangerschap', 'ggz', 'verslaving', 'huisarts'];
const HOSTILE_TEXT = '\u0000\u0001\u202e\u200b\ufeff\ufffd\ud800\udfff\u0301é€💉<>&"\'`\\/%#?=;\n\t ';
const URLS = [
  'https://www.ziekenhuis.nl/ggz/depressie?behandeling=ivf',
  'https://www.example.org/shop/chairs',
  'http://127.0.0.1:8377/vergoedingen/ivf.html',
  '',
  'not a url',
  'https://[',
  'https://%E0%A4%A/ggz',
  'javascript:alert(1)',
  'data:text/html,<h1>depressie</h1>',
  'https://xn--ls8h.la/%F0%9F%92%A9/%ZZ',
  'https://a.' + 'b.'.repeat(300) + 'nl/' + 'depressie/'.repeat(200),
  'file:///etc/passwd',
  'https://user:pass@www.example.nl:99999/x',
];

// Reused big inputs: building megabytes per case would measure the generator, not the pipeline.
const DEEP_DIVS = '<div>'.repeat(200_000) + 'depressie' + '</div>'.repeat(10);
const DEEP_MIXED = '<main><ul><li><span><a><b>'.repeat(30_000) + 'ivf';
const GIANT_TEXT = '<main><p>' + 'kanker behandeling vergoeding '.repeat(90_000) + '</p></main>'; // ~2.7 MB, over MAX_HTML
const MANY_HEADINGS = Array.from({ length: 20_000 }, (_, i) => `<h${1 + (i % 3)}>ggz ${i}</h${1 + (i % 3)}>`).join('');
const MANY_BREADCRUMBS = '<nav aria-label="breadcrumb"><ol>' + '<li><a href="/">Zorg</a></li>'.repeat(20_000) + '</ol></nav>';
const JSON_LD_DEEP = '<script type="application/ld+json">' + '{"@graph":['.repeat(20_000) + '{"@type":"Hospital"}' + ']}'.repeat(20_000) + '</script>';
const JSON_LD_WIDE = '<script type="application/ld+json">' + JSON.stringify({ '@type': Array.from({ length: 50_000 }, (_, i) => `MedicalThing${i}`) }) + '</script>';
const ENTITIES = '<title>' + '&#x110000;&#99999999999;&#xD800;&amp&lt;&#0;&nbsp;&unknown;&#x'.repeat(5_000) + '</title>';
const UNCLOSED = '<title>' + '<'.repeat(100_000) + '<script>' + '<!--'.repeat(20_000) + '<style>';
const GIANT_TITLE = '<title>' + 'IVF '.repeat(400_000) + '</title>';
const MANY_ATTRS = '<html ' + Array.from({ length: 30_000 }, (_, i) => `lang${i}="x"`).join(' ') + ' lang="' + 'nl'.repeat(10_000) + '"><body>';
const HEAVY_HTML = [DEEP_DIVS, DEEP_MIXED, GIANT_TEXT, MANY_HEADINGS, MANY_BREADCRUMBS, JSON_LD_DEEP, JSON_LD_WIDE, ENTITIES, UNCLOSED, GIANT_TITLE, MANY_ATTRS];

function mutate(rand: Rand, s: string): string {
  if (!s) return chars(rand, int(rand, 50), HOSTILE_TEXT);
  const i = int(rand, s.length);
  switch (int(rand, 9)) {
    case 0: return s.slice(0, i);
    case 1: return s.slice(0, i) + chars(rand, 1 + int(rand, 60), '<>/="\'&#;![]-' + HOSTILE_TEXT) + s.slice(i);
    case 2: return s.slice(0, i) + '%E0%A4%A' + s.slice(i);
    case 3: return s.slice(0, i) + pick(rand, HEALTH_WORDS) + ' ' + s.slice(i);
    case 4: return s.slice(i) + s.slice(0, i);
    case 5: return s.slice(0, i) + String.fromCharCode(int(rand, 0x10000)) + s.slice(i + 1);
    case 6: return s.replace(/</g, () => (rand() < 0.1 ? '' : '<'));
    case 7: return s.toUpperCase();
    default: return s + s;
  }
}

function hostileString(rand: Rand): string {
  switch (int(rand, 6)) {
    case 0: return chars(rand, int(rand, 400), HOSTILE_TEXT + 'abc ');
    case 1: return pick(rand, HEALTH_WORDS) + chars(rand, int(rand, 20), HOSTILE_TEXT);
    case 2: return 'x'.repeat(int(rand, 200_000));
    case 3: return mutate(rand, pick(rand, SIGNAL_SEEDS).title);
    case 4: return '';
    default: return Array.from({ length: int(rand, 50) }, () => pick(rand, HEALTH_WORDS)).join(' ');
  }
}

function generateHtml(rand: Rand): string {
  if (rand() < 0.08) {
    const heavy = pick(rand, HEAVY_HTML);
    return rand() < 0.5 ? heavy : pick(rand, HTML_SEEDS).replace('<body', heavy + '<body');
  }
  let html = pick(rand, HTML_SEEDS);
  const rounds = 1 + int(rand, 4);
  for (let i = 0; i < rounds; i++) html = mutate(rand, html);
  if (rand() < 0.3) html = html.replace(/<title>[^<]*<\/title>/, `<title>${hostileString(rand)}</title>`);
  return html;
}

/** Signals as a page could hand them over directly (the DOM reader caps them; here they are not always capped). */
function generateSignals(rand: Rand): PageSignals {
  const s = structuredClone(pick(rand, SIGNAL_SEEDS));
  s.url = rand() < 0.5 ? pick(rand, URLS) : mutate(rand, s.url);
  if (rand() < 0.5) s.title = hostileString(rand);
  if (rand() < 0.3) s.mainText = rand() < 0.2 ? 'ivf '.repeat(60_000) : mutate(rand, s.mainText);
  if (rand() < 0.3) s.headings.h1 = Array.from({ length: int(rand, 100) }, () => hostileString(rand).slice(0, 2_000));
  if (rand() < 0.2) s.breadcrumbs = Array.from({ length: int(rand, 30) }, () => hostileString(rand).slice(0, 500));
  if (rand() < 0.2) s.schemaTypes = Array.from({ length: int(rand, 60) }, () => pick(rand, ['Hospital', 'MedicalWebPage', '', 'Car', '__proto__', 'constructor', hostileString(rand).slice(0, 100)]));
  if (rand() < 0.3) s.lang = pick(rand, ['', 'nl', 'en-GB', 'zz', 'NL-nl', '__proto__', hostileString(rand).slice(0, 50)]);
  if (rand() < 0.2) s.metaDescription = hostileString(rand);
  return s;
}

const LANGS = [undefined, 'nl', 'en'] as const;

function pageCase(rand: Rand): void {
  const lang = pick(rand, LANGS);
  const signals = rand() < 0.6 ? extractPageSignals(generateHtml(rand), pick(rand, URLS)) : generateSignals(rand);
  const verdict = classifyPage(signals, { lang });
  if (typeof verdict.health !== 'boolean' || !Number.isFinite(verdict.score)) throw new Error(`bad verdict ${JSON.stringify(verdict).slice(0, 200)}`);
  const customData: Record<string, string> = {};
  for (let i = int(rand, 8); i > 0; i--) customData[rand() < 0.2 ? '__proto__' : hostileString(rand).slice(0, 40)] = hostileString(rand).slice(0, 5_000);
  healthInText({ pageUrl: rand() < 0.5 ? signals.url : pick(rand, URLS), pageTitle: signals.title, customData }, pick(rand, LANGS));
}

const TYPES: RequestType[] = ['image', 'script', 'xmlhttprequest', 'ping', 'beacon', 'sub_frame', 'other', 'main_frame', 'websocket'];

function timestamp(rand: Rand, nav: number): number {
  switch (int(rand, 10)) {
    case 0: return Number.NaN;
    case 1: return pick(rand, [Infinity, -Infinity, 0, -1, Number.MAX_SAFE_INTEGER, 1e300, -0]);
    case 2: return nav - int(rand, 100_000); // before the page started
    default: return nav + rand() * 60_000;
  }
}

function generateRequest(rand: Rand, n: number, page: PageRecord): ObservedRequest {
  const r: ObservedRequest = { ...pick(rand, REQUEST_SEEDS) };
  r.id = String(n);
  r.tabId = page.tabId;
  r.timeStamp = timestamp(rand, page.startedAt);
  r.pageUrl = rand() < 0.8 ? page.url : pick(rand, [null, ...URLS]);
  switch (int(rand, 8)) {
    case 0: r.url = mutate(rand, r.url); break;
    case 1: r.body = r.body ? mutate(rand, r.body) : hostileString(rand); r.method = 'POST'; break;
    case 2: r.url = pick(rand, URLS); break;
    case 3: r.type = pick(rand, TYPES); r.frameId = pick(rand, [0, 1, -1, 2 ** 31]); break;
    case 4: r.url = r.url.replace(/dl=[^&]*/, `dl=${encodeURIComponent(pick(rand, URLS))}`); break;
    case 5: r.cookieNames = pick(rand, [null, [], ['c_user', 'xs', 'SID', 'li_at'], [hostileString(rand).slice(0, 100)]]); r.referrer = pick(rand, [null, ...URLS]); break;
    default: break; // the seed as it is: real trackers, so the record fills up
  }
  return r;
}

const CHOICES: ChoiceKind[] = ['accept-all', 'reject-all', 'save-custom', 'other'];
const TCF_STATUS: TcfEventStatus[] = ['tcloaded', 'cmpuishown', 'useractioncomplete', 'unknown'];

function consentEvent(rand: Rand, nav: number): ConsentEvent {
  const t = timestamp(rand, nav);
  const cmp = pick(rand, ['Cookiebot', 'OneTrust', 'generic', '', hostileString(rand).slice(0, 200)]);
  switch (int(rand, 6)) {
    case 0: return { type: 'navigation-start', t };
    case 1: return { type: 'first-interaction', t, kind: pick(rand, ['pointer', 'key', 'touch'] as const) };
    case 2: return { type: 'banner-shown', t, cmp, tcf: rand() < 0.5 };
    case 3: return { type: 'banner-hidden', t };
    case 4: return { type: 'choice', t, choice: pick(rand, CHOICES), cmp, via: pick(rand, ['rule', 'button-text', 'tcf'] as const) };
    default:
      return {
        type: 'tcf-status',
        t,
        cmpId: pick(rand, [null, 0, 10, -1, 2 ** 40]),
        gdprApplies: pick(rand, [null, true, false]),
        eventStatus: pick(rand, TCF_STATUS),
        purposesConsented: Array.from({ length: int(rand, 15) }, () => int(rand, 20) - 2),
        purposesLegitimateInterest: rand() < 0.5 ? undefined : [2, 7, 99],
        vendorsConsentedCount: rand() < 0.5 ? undefined : int(rand, 5_000),
        tcString: rand() < 0.5 ? undefined : hostileString(rand).slice(0, 3_000),
      };
  }
}

const STATES: ConsentState[] = ['before-any-interaction', 'banner-unanswered', 'after-reject', 'after-accept', 'after-custom', 'earlier-choice', 'unknown'];

function visitCase(rand: Rand, trackers: TrackerIdentifier, n: number): number {
  const nav = rand() < 0.05 ? timestamp(rand, 1_700_000_000_000) : 1_700_000_000_000 + int(rand, 1e9);
  const page = startPage(int(rand, 2000), rand() < 0.7 ? pick(rand, URLS.slice(0, 3)) : pick(rand, URLS), nav, rand() < 0.1);
  page.title = rand() < 0.5 ? null : hostileString(rand).slice(0, 1_000);
  page.consent = rand() < 0.2 ? null : startTimeline(nav);
  if (rand() < 0.3) page.earlierChoice = { choice: pick(rand, CHOICES), t: timestamp(rand, nav) };
  if (rand() < 0.7) {
    const verdict = classifyPage(generateSignals(rand));
    page.health = {
      verdict: rand() < 0.2 ? null : { ...verdict, health: rand() < 0.7 || verdict.health, at: nav, url: page.url },
      override: rand() < 0.2 ? { value: pick(rand, ['health', 'not-health'] as const), scope: pick(rand, ['page', 'site'] as const) } : null,
    };
  }
  const steps = int(rand, rand() < 0.1 ? 60 : 12);
  for (let i = 0; i < steps; i++) {
    if (page.consent && rand() < 0.3) {
      page.consent = appendConsentEvent(page.consent, consentEvent(rand, nav));
      continue;
    }
    const request = generateRequest(rand, n * 100 + i, page);
    addTrackerRequest(page, request, analyseRequest(request, trackers));
  }
  // Everything the badge, the popup and the letters read from a page record.
  const alarm = healthAlarm(page);
  badgeView(page, false, alarm ? 1 : 0);
  companiesOf(page);
  pageSummary(page);
  specialCategoryDisclosures(page);
  for (const [key, record] of Object.entries(page.trackers)) {
    summariseTracker(record);
    consentStatesOfTracker(page, page.requests.filter((r) => r.trackerKey === key));
  }
  for (const r of page.requests) {
    const at = consentStateAt(page.consent, r.timeStamp, page.earlierChoice);
    describeConsent(at.state, at.sinceNavigationMs, rand() < 0.5 ? 'nl' : 'en', null, { earlierChoice: at.earlierChoice });
  }
  // States and times the records do not produce on their own.
  describeConsent(pick(rand, STATES), pick(rand, [null, Number.NaN, -5, 0, 1e15, rand() * 1e7]), rand() < 0.5 ? 'nl' : 'en', pick(rand, [null, {}, { gcs: 'G100' }, { ad_storage: 'denied' }]));
  consentStateAt(page.consent, timestamp(rand, nav), page.earlierChoice);
  // The record must still be plain data that storage can hold.
  JSON.stringify(page);
  return page.requests.length;
}

let trackers: TrackerIdentifier;
beforeAll(async () => {
  trackers = await loadTrackerDbFromPackage();
});

function timeOne(run: () => number | void): { ms: number; kept: number } {
  const t0 = performance.now();
  const kept = run() ?? 0;
  return { ms: performance.now() - t0, kept };
}

describe('whole-pipeline fuzzing', () => {
  it(`survives ${CASES.toLocaleString('en')} hostile pages and page visits with bounded records`, () => {
    const rand = prng(0xc0ffee);
    const errors: string[] = [];
    const overCap: number[] = [];
    const max = { page: 0, visit: 0 };
    let maxCase = -1;
    let mostKept = 0;
    const started = performance.now();
    for (let n = 0; n < CASES; n++) {
      // Each case gets its own generator, seeded by its number, so a failing case can be replayed alone.
      const caseRand = prng(Math.floor(rand() * 2 ** 32));
      const kind = n % 2 === 0 ? 'page' : 'visit';
      const seed = Math.floor(caseRand() * 2 ** 32);
      const run = kind === 'page' ? () => pageCase(prng(seed)) : () => visitCase(prng(seed), trackers, n);
      let measured: { ms: number; kept: number };
      try {
        measured = timeOne(run);
      } catch (e) {
        if (errors.length < 5) errors.push(`case ${n} (${kind}, seed ${seed}): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        continue;
      }
      mostKept = Math.max(mostKept, measured.kept);
      if (measured.kept > LIMITS.requestsPerPage && overCap.length < 5) overCap.push(n);
      if (measured.ms > max[kind]) {
        max[kind] = measured.ms;
        if (measured.ms >= Math.max(max.page, max.visit)) maxCase = n;
      }
    }
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `pipeline fuzz: ${CASES} cases in ${seconds.toFixed(1)} s, at most ${mostKept} requests kept per page, ` +
        `slowest ${max.page.toFixed(1)} ms per page case, ${max.visit.toFixed(1)} ms per visit case (case ${maxCase})`,
    );
    expect(errors).toEqual([]);
    expect(overCap).toEqual([]);
  }, 1_800_000);
});
