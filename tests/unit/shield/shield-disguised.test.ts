// The health shield's disguised-payload blocking (issue 18, part 3): GA4 and Meta
// shapes on first-party, server-side tagging and gateway hosts. Table-driven from
// tests/fixtures/shield/disguised-requests.json (documented request shapes): which
// shapes Chromium's regexFilter rules block, which Firefox's listener blocks with the
// decoders' recognition, and that neither touches the site's ordinary requests.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTrackerDbFromPackage } from '../../../src/cli/load-tracker-db';
import type { TrackerIdentifier } from '../../../src/core/trackers/tracker-db';
import { analyseRequest } from '../../../src/core/analyse-request';
import type { ObservedRequest, RequestType } from '../../../src/core/model';
import { DISGUISED_SHAPE_IDS, DISGUISED_SHAPES, disguisedShapeOf, isDisguisedPayload } from '../../../src/core/shield/disguised';
import {
  buildShieldRules, FIRST_ALLOW_RULE_ID, FIRST_SITE_DISGUISED_RULE_ID, FIRST_TAB_DISGUISED_RULE_ID, MAX_SHIELD_RULES, SITE_RULE_ID, TAB_RULE_ID,
} from '../../../src/core/shield/rules';
import { inShieldScope, shieldWouldBlock, type InstalledShield } from '../../../src/core/shield/would-block';

interface Case {
  what: string;
  method: string;
  type: RequestType;
  url: string;
  body?: string;
  chromium: string | null;
  firefox: boolean;
}

const CASES = (JSON.parse(readFileSync(new URL('../../fixtures/shield/disguised-requests.json', import.meta.url), 'utf8')) as { cases: Case[] }).cases;
const PAGE = 'https://www.gezondenwel.nl/vergoedingen/ivf';

const observed = (c: Case): ObservedRequest => ({
  id: '1', tabId: 4, frameId: 0, pageUrl: PAGE, initiator: 'https://www.gezondenwel.nl', method: c.method, type: c.type, url: c.url,
  body: c.body ?? null, bodyTruncated: false, timeStamp: 0, referrer: null, cookieNames: null,
});

const installed = (over: Partial<{ healthSites: string[]; tabIds: number[]; exceptions: string[]; shapes: string[] }> = {}): InstalledShield => ({
  healthSites: new Set(over.healthSites ?? []),
  tabIds: new Set(over.tabIds ?? []),
  exceptions: new Set(over.exceptions ?? []),
  disguisedShapes: new Set((over.shapes ?? DISGUISED_SHAPE_IDS) as (typeof DISGUISED_SHAPE_IDS)[number][]),
});

describe('which shapes: Chromium\'s URL rules and Firefox\'s recognition, per documented request', () => {
  let trackers: TrackerIdentifier;
  beforeAll(async () => {
    trackers = await loadTrackerDbFromPackage();
  });

  it.each(CASES.map((c) => [c.what, c] as const))('%s', (_what, c) => {
    expect(disguisedShapeOf(c.url)).toBe(c.chromium);
    // The rule's own regex (RE2 syntax, JavaScript reads it the same) says the same.
    const byRegex = DISGUISED_SHAPES.find((s) => new RegExp(s.regex).test(c.url))?.id ?? null;
    expect(byRegex).toBe(c.chromium);
    expect(isDisguisedPayload(observed(c))).toBe(c.firefox);
  });

  it('whatever Chromium\'s rules block, the recorder names a tracker of the shape\'s company (a blocked request is never an unnamed one)', () => {
    for (const c of CASES.filter((x) => x.chromium)) {
      const shape = DISGUISED_SHAPES.find((s) => s.id === c.chromium)!;
      const analysis = analyseRequest(observed(c), trackers);
      expect(analysis.decoder, c.what).toBe(shape.decoder);
      expect(analysis.disguised, c.what).toBe(true);
      // Firefox blocks at least what Chromium does.
      expect(c.firefox, c.what).toBe(true);
    }
  });

  it('the scan agrees with the regexes on addresses built from the shapes\' pieces in every order', () => {
    const pieces = ['v=2', 'tid=G-PWDEMO1234', 'tid=g-x', 'gtm=45je', 'gtm=', 'en=page_view', 'en=', 'id=1234567890123456', 'id=12', 'ev=PageView', 'ev=', 'dl=x', 'ts=1', 'q=a?b', 'x#y'];
    const paths = ['https://h.nl/g/collect', 'https://h.nl/a/g/collect/', 'https://h.nl/tr', 'https://h.nl/tr/', 'https://h.nl/x', 'https://h.nl/xg/collect', 'https://h.nl/a/tr'];
    const valid = [['v=2', 'tid=G-PWDEMO1234', 'gtm=45je', 'en=page_view'], ['v=2', 'tid=G-PWDEMO1234', 'en=page_view'], ['id=1234567890123456', 'ev=PageView', 'dl=x']];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    let matched = 0;
    let missed = 0;
    for (let i = 0; i < 4000; i++) {
      // A valid sequence, then up to three mutations: insert a piece, drop one, swap two neighbours.
      const params = [...valid[next(valid.length)]!];
      for (let m = next(4); m > 0; m--) {
        const at = next(params.length);
        const op = next(3);
        if (op === 0) params.splice(next(params.length + 1), 0, pieces[next(pieces.length)]!);
        else if (op === 1 && params.length > 1) params.splice(at, 1);
        else if (at + 1 < params.length) [params[at], params[at + 1]] = [params[at + 1]!, params[at]!];
      }
      const url = `${paths[next(paths.length)]}?${params.join('&')}`;
      const byRegex = DISGUISED_SHAPES.find((s) => new RegExp(s.regex).test(url))?.id ?? null;
      expect(disguisedShapeOf(url), url).toBe(byRegex);
      if (byRegex) matched++;
      else missed++;
    }
    // Both outcomes are exercised many times.
    expect(matched).toBeGreaterThan(400);
    expect(missed).toBeGreaterThan(400);
  });

  it('a hostile address is scanned once, not backtracked: a long repetition of near-misses is decided', () => {
    const url = `https://h.nl/g/collect?${'v=2&tid=G-PWDEMO1234&'.repeat(3000)}x=1`;
    expect(disguisedShapeOf(url)).toBeNull();
  });

  it('each regex stays small (Chromium caps a regexFilter\'s compiled size; isRegexSupported checks it at install)', () => {
    for (const s of DISGUISED_SHAPES) expect(s.regex.length).toBeLessThan(200);
  });
});

describe('which tabs and sites: the disguised rules follow the site and tab rules', () => {
  const regexRules = (rules: ReturnType<typeof buildShieldRules>) => rules.filter((r) => r.condition.regexFilter);

  it('one rule per shape for the health sites, one per shape for the shielded tabs, any party, never a navigation', () => {
    const rules = buildShieldRules({ healthSites: ['cz.nl'], tabIds: [7, 3], exceptions: ['127.0.0.1'], disguisedShapes: [...DISGUISED_SHAPE_IDS] });
    expect(rules.length).toBeLessThanOrEqual(MAX_SHIELD_RULES);
    const regex = regexRules(rules);
    expect(regex.length).toBe(2 * DISGUISED_SHAPES.length);
    for (const [i, shape] of DISGUISED_SHAPES.entries()) {
      const site = rules.find((r) => r.id === FIRST_SITE_DISGUISED_RULE_ID + i)!;
      const tab = rules.find((r) => r.id === FIRST_TAB_DISGUISED_RULE_ID + i)!;
      for (const r of [site, tab]) {
        expect(r.action.type).toBe('block');
        expect(r.condition.regexFilter).toBe(shape.regex);
        expect(r.condition.isUrlFilterCaseSensitive).toBe(true);
        expect(r.condition.domainType).toBeUndefined();
        expect(r.condition.requestDomains).toBeUndefined();
        expect(r.condition.excludedResourceTypes).toEqual(['main_frame']);
        expect(r.condition.excludedInitiatorDomains).toEqual(['127.0.0.1']);
      }
      expect(site.condition.initiatorDomains).toEqual(['cz.nl']);
      expect(site.condition.tabIds).toBeUndefined();
      expect(tab.condition.tabIds).toEqual([3, 7]);
      expect(tab.condition.initiatorDomains).toBeUndefined();
    }
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id !== SITE_RULE_ID && id !== TAB_RULE_ID && id < FIRST_ALLOW_RULE_ID).every((id) => id >= FIRST_SITE_DISGUISED_RULE_ID)).toBe(true);
  });

  it('only the shapes the browser accepted; only tabs: no site-keyed shape rules; nothing to protect: none', () => {
    const onlyMeta = regexRules(buildShieldRules({ healthSites: [], tabIds: [5], exceptions: [], disguisedShapes: ['meta-tr'] }));
    expect(onlyMeta.map((r) => r.id)).toEqual([FIRST_TAB_DISGUISED_RULE_ID + DISGUISED_SHAPE_IDS.indexOf('meta-tr')]);
    expect(onlyMeta[0]!.condition.excludedInitiatorDomains).toBeUndefined();
    expect(buildShieldRules({ healthSites: [], tabIds: [], exceptions: [], disguisedShapes: [...DISGUISED_SHAPE_IDS] })).toEqual([]);
    expect(regexRules(buildShieldRules({ healthSites: ['cz.nl'], tabIds: [1], exceptions: [] }))).toEqual([]);
  });

  it('the mark on a recorded request follows the rules: shielded tab or health site, the page\'s own host too, not an exception, not another tab', () => {
    const ga4 = CASES.find((c) => c.chromium === 'ga4-collect')!.url;
    const ownHost = 'https://www.gezondenwel.nl/pntd/ag/g/c?v=2&tid=G-PWDEMO1234&gtm=45je&en=page_view';
    const req = (url: string, over: Partial<{ tabId: number; initiator: string; type: string }> = {}) => ({
      url, type: over.type ?? 'ping', initiator: over.initiator ?? 'https://www.gezondenwel.nl', tabId: over.tabId ?? 4,
    });
    expect(shieldWouldBlock(req(ga4), installed({ tabIds: [4] }))).toBe(true);
    expect(shieldWouldBlock(req(ownHost), installed({ tabIds: [4] }))).toBe(true);
    expect(shieldWouldBlock(req(ownHost), installed({ healthSites: ['gezondenwel.nl'] }))).toBe(true);
    expect(shieldWouldBlock(req(ownHost, { tabId: 5 }), installed({ tabIds: [4] }))).toBe(false);
    expect(shieldWouldBlock(req(ownHost), installed({ tabIds: [4], exceptions: ['gezondenwel.nl'] }))).toBe(false);
    expect(shieldWouldBlock(req(ownHost, { type: 'main_frame' }), installed({ tabIds: [4] }))).toBe(false);
    // A shape whose rule the browser refused is not marked; nor is anything without the shapes installed.
    expect(shieldWouldBlock(req(ownHost), installed({ tabIds: [4], shapes: ['meta-tr'] }))).toBe(false);
    expect(shieldWouldBlock(req(ownHost), { healthSites: new Set(), tabIds: new Set([4]), exceptions: new Set() })).toBe(false);
    // The site's ordinary requests, in a shielded tab.
    for (const c of CASES.filter((x) => !x.firefox)) expect(shieldWouldBlock(req(c.url), installed({ tabIds: [4] })), c.what).toBe(false);
    expect(inShieldScope(req(ownHost), installed({ tabIds: [4] }))).toBe(true);
  });
});
