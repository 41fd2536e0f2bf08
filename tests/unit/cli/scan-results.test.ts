// The scan's figures from the pages it kept: per site and run, the headline per
// company, duplicates and problems; and the page outcome built from stored records
// with the popup's own functions.
import { describe, expect, test } from 'vitest';
import { companiesOf, healthOf, type CompanyResult, type ConsentRun, type PageOutcome } from '../../../src/cli/scan/page-outcome';
import { aggregate, headline } from '../../../src/cli/scan/scan-results';
import { sessionPageRecords, recordOfPage } from '../../../src/cli/scan/extension-records';
import { sessionPages } from '../../e2e/harness/stored-records';
import { loadRecord } from '../../fixtures/records/load';

const META = 'Meta (Facebook, Instagram)';

function company(brand: string, moments: CompanyResult['moments'], over: Partial<CompanyResult> = {}): CompanyResult {
  return { brand, company: brand, requests: 1, visit: true, healthData: true, received: [], moments, blocked: 0, ...over };
}

function page(site: string, run: ConsentRun, kind: PageOutcome['kind'], isHealth: boolean, companies: CompanyResult[], over: Partial<PageOutcome> = {}): PageOutcome {
  const url = `https://${site}/${kind}${isHealth ? '-health' : ''}`;
  return {
    run, site, label: null, category: null, url, finalUrl: url, kind, status: 'ok', error: null, httpStatus: 200, at: 0, linkWords: [],
    consent: kind === 'link' ? null : { banner: run === 'none' ? null : 'Cookiebot', clicked: run !== 'none' },
    health: { isHealth, categories: [], reasons: [] }, companies, recordFile: null, ...over,
  };
}

const SITES = ['a.nl', 'b.nl', 'c.nl', 'd.nl'].map((site) => ({ site, label: null, category: null }));

describe('scan figures', () => {
  const outcomes: PageOutcome[] = [
    // a.nl: Meta on the health page before a choice and after a refusal.
    page('a.nl', 'none', 'start', false, [company(META, ['before-choice'], { healthData: false })]),
    page('a.nl', 'none', 'link', true, [company(META, ['before-choice'])]),
    page('a.nl', 'reject', 'link', true, [company(META, ['after-refusal'])]),
    // b.nl: Meta only on a page that is not about health; Google on the health page after acceptance.
    page('b.nl', 'none', 'start', false, [company(META, ['before-choice'], { healthData: false })]),
    page('b.nl', 'accept', 'link', true, [company('Google', ['after-acceptance'])]),
    // c.nl: the start page failed in every run.
    page('c.nl', 'none', 'start', false, [], { status: 'timeout', error: 'Navigation timeout' }),
    // d.nl: went elsewhere.
    page('d.nl', 'none', 'start', false, [], { status: 'off-site', finalUrl: 'https://elders.nl/' }),
    // The same page kept twice after a resume is one page (the caller dedupes; two different pages count twice).
    page('a.nl', 'none', 'link', true, [company(META, ['before-choice'])], { url: 'https://a.nl/other-health', finalUrl: 'https://a.nl/other-health' }),
  ];
  const f = aggregate(SITES, outcomes, ['none', 'reject', 'accept']);

  test('per company: sites with health page visits, before a choice, after refusal', () => {
    const meta = f.companies.find((c) => c.brand === META)!;
    expect(meta).toEqual({ brand: META, sitesHealth: 1, sitesBeforeChoice: 1, sitesAfterRefusal: 1, sitesAfterAcceptance: 0, healthPages: 2, sitesAny: 2 });
    const google = f.companies.find((c) => c.brand === 'Google')!;
    expect([google.sitesHealth, google.sitesBeforeChoice, google.sitesAfterAcceptance]).toEqual([1, 0, 1]);
    expect(f.companies[0]!.brand).toBe(META);
    expect(headline(f, meta)).toBe(`1 of 2 sites sent visits of health pages to ${META}; 1 did so before any choice; 1 after refusal.`);
  });

  test('per site and run; failures and off-site redirects are reported, not counted', () => {
    // Health pages are distinct addresses: the same page in two runs is one.
    expect([f.sites, f.sitesScanned, f.pages, f.healthPages]).toEqual([4, 2, 6, 3]);
    const a = f.siteResults.find((s) => s.site === 'a.nl')!;
    expect(a.runs.none).toMatchObject({ status: 'ok', pages: 3, healthPages: 2, companies: { [META]: 3 } });
    expect(a.runs.reject!.healthRecipients[META]).toEqual({ pages: 1, beforeChoice: false, afterRefusal: true, afterAcceptance: false });
    expect(a.runs.accept!.status).toBe('not-scanned');
    const c = f.siteResults.find((s) => s.site === 'c.nl')!;
    expect(c.runs.none).toMatchObject({ status: 'timeout', pages: 0, problems: [{ status: 'timeout', error: 'Navigation timeout' }] });
    expect(f.siteResults.find((s) => s.site === 'd.nl')!.runs.none!.problems[0]).toMatchObject({ status: 'off-site', finalUrl: 'https://elders.nl/' });
  });

  test('a choice made before an interruption still counts as made when the scan resumed', () => {
    const g = aggregate(SITES.slice(0, 1), [
      page('a.nl', 'reject', 'before-choice', false, [], { consent: { banner: 'Cookiebot', clicked: true } }),
      page('a.nl', 'reject', 'start', false, [], { consent: { banner: null, clicked: true, madeEarlier: true } }),
    ], ['reject']);
    expect(g.siteResults[0]!.runs.reject).toMatchObject({ status: 'ok', banner: 'Cookiebot', clicked: true });
  });

  test('outcomes of sites not on the list are ignored', () => {
    const g = aggregate(SITES.slice(0, 1), outcomes, ['none']);
    expect(g.siteResults.map((s) => s.site)).toEqual(['a.nl']);
    expect(g.pages).toBe(3);
  });
});

describe('page outcome from a stored record (the popup\u2019s company lines)', () => {
  test('a health page before any choice, a page after refusal, a page without consent events', () => {
    const ivf = loadRecord('ivf-health-insurer');
    expect(healthOf(ivf)).toMatchObject({ isHealth: true, categories: ['reproduction'] });
    expect(companiesOf(ivf).map((c) => [c.brand, c.healthData, c.moments])).toEqual([[META, true, ['before-choice']], ['Google', true, ['before-choice']]]);
    expect(companiesOf(loadRecord('after-refusal')).map((c) => [c.brand, c.healthData, c.moments])).toEqual([[META, false, ['after-refusal']]]);
    expect(companiesOf(loadRecord('car-insurance'))[0]!.moments).toEqual([]);
    expect(companiesOf(ivf).every((c) => c.blocked === 0)).toBe(true);
    // Requests the health shield stopped count as blocked for their company.
    const shielded = structuredClone(ivf);
    for (const r of shielded.requests) if (r.trackerKey === 'facebook_custom_audience') r.blockedBy = 'health-shield';
    const meta = companiesOf(shielded).find((c) => c.brand === META)!;
    expect(meta.blocked).toBe(ivf.requests.filter((r) => r.trackerKey === 'facebook_custom_audience').length);
    expect(meta.blocked).toBeGreaterThan(0);
  });
});

describe('reading the extension\u2019s session records', () => {
  test('heads and chunks are put together as the test harness does; unknown shapes are skipped', () => {
    const record = loadRecord('ivf-health-insurer');
    const { requests, ...head } = record;
    const session: Record<string, unknown> = {
      [`page:v2:${record.visitId}`]: { ...head, requestChunks: 2 },
      [`page:v2:${record.visitId}#0`]: requests.slice(0, 1),
      [`page:v2:${record.visitId}#1`]: requests.slice(1),
      'page:v2:broken': { nothing: true },
      'settings:v1': {},
    };
    const ours = sessionPageRecords(session);
    expect(ours).toHaveLength(1);
    expect(ours[0]).toEqual(sessionPages(Object.fromEntries(Object.entries(session).filter(([k]) => !k.includes('broken'))))[0]);
    expect(recordOfPage(ours, `${record.url}#section`, record.startedAt)?.visitId).toBe(record.visitId);
    expect(recordOfPage(ours, record.url, record.startedAt + 60_000)).toBeNull();
  });
});
