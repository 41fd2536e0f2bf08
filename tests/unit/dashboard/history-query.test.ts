import { describe, expect, test } from 'vitest';
import type { TrackerKind } from '../../../src/core/model';
import {
  dayEnd,
  dayKey,
  dayStart,
  facetsOf,
  findingsPerDay,
  healthRecipients,
  indexSite,
  pageOf,
  queryHistory,
  type SiteEntry,
} from '../../../src/core/records/history-query';
import { startPage, type PageRecord } from '../../../src/core/records/page-record';
import type { SiteHistory } from '../../../src/core/records/site-history';

interface T {
  key: string;
  company: string;
  category?: string;
  kind?: TrackerKind;
  pageUrl?: boolean;
}

const at = (day: number, hour = 10) => new Date(2026, 10, day, hour).getTime();

function visit(site: string, when: number, trackers: T[], health = false): PageRecord {
  const page = startPage(1, `https://www.${site}/page`, when);
  page.site = site;
  page.health = health ? { verdict: null, override: { value: 'health', scope: 'page' } } : null;
  for (const t of trackers) {
    page.trackers[t.key] = {
      tracker: { key: t.key, name: t.key, companyKey: t.company, company: t.company, category: t.category ?? 'advertising', country: null, website: null, privacyPolicy: null },
      kind: t.kind ?? 'pixel',
      requestCount: 1,
      firstSeen: when,
      lastSeen: when,
      disclosures: t.pageUrl === false ? [{ vendor: 'x', carriedBy: {} }] : [{ vendor: 'x', carriedBy: {}, pageUrl: page.url }],
      disguised: false,
      loginCookies: null,
      headersSeen: 0,
    };
  }
  return page;
}

const history = (site: string, visits: PageRecord[]): SiteHistory => ({ v: 1, site, visits });

const META: T = { key: 'fb', company: 'Meta' };
const GA: T = { key: 'ga', company: 'Google', category: 'site_analytics', kind: 'analytics' };
const HOTJAR: T = { key: 'hotjar', company: 'Hotjar', category: 'site_analytics', kind: 'session-replay', pageUrl: false };

const entries = [
  indexSite(history('insurer.nl', [visit('insurer.nl', at(3), [META, GA], true), visit('insurer.nl', at(5), [GA])])),
  indexSite(history('shop.nl', [visit('shop.nl', at(4), [META, GA, HOTJAR])])),
  indexSite(history('clinic.nl', [visit('clinic.nl', at(1), [HOTJAR], true)])),
  indexSite(history('news.nl', [visit('news.nl', at(6), [GA])])),
].filter((e): e is SiteEntry => !!e);

const sites = (list: SiteEntry[]) => list.map((e) => e.site);

describe('history index', () => {
  test('a site is indexed with its visits, companies, categories, kinds and health facts', () => {
    const insurer = entries[0]!;
    expect(insurer).toMatchObject({
      site: 'insurer.nl', firstVisit: at(3), lastVisit: at(5), companies: ['Google', 'Meta'],
      categories: ['advertising', 'site_analytics'], kinds: ['pixel', 'analytics'], health: true, disclosed: true,
    });
    expect(insurer.visits[0]!.healthCompanies.sort()).toEqual(['Google', 'Meta']);
  });

  test('a health page whose trackers received no address is a health visit but no disclosure', () => {
    expect(entries.find((e) => e.site === 'clinic.nl')).toMatchObject({ health: true, disclosed: false });
  });

  test('a site whose visits sent nothing to trackers is left out', () => {
    expect(indexSite(history('empty.nl', [visit('empty.nl', at(1), [])]))).toBeNull();
  });
});

describe('filtering and sorting', () => {
  test.each([
    ['last visit, newest first', 'last-visit', ['news.nl', 'insurer.nl', 'shop.nl', 'clinic.nl']],
    ['most companies first', 'companies', ['shop.nl', 'insurer.nl', 'news.nl', 'clinic.nl']],
    ['disclosed health first, then health, then newest', 'health-first', ['insurer.nl', 'clinic.nl', 'news.nl', 'shop.nl']],
  ] as const)('sorts by %s', (_name, sort, expected) => {
    expect(sites(queryHistory(entries, {}, sort))).toEqual(expected);
  });

  test.each([
    ['health only', { healthOnly: true }, ['insurer.nl', 'clinic.nl']],
    ['company', { company: 'Hotjar' }, ['shop.nl', 'clinic.nl']],
    ['category', { category: 'advertising' }, ['insurer.nl', 'shop.nl']],
    ['kind', { kind: 'session-replay' as const }, ['shop.nl', 'clinic.nl']],
    ['date range', { from: dayStart('2026-11-04'), to: dayEnd('2026-11-05') }, ['insurer.nl', 'shop.nl']],
    ['site name', { text: 'CLIN' }, ['clinic.nl']],
    // The insurer's health visit had Meta, but not on the 5th: conditions hold for one visit at once.
    ['conditions on the same visit', { company: 'Meta', from: dayStart('2026-11-05') }, []],
    ['health and company on the same visit', { healthOnly: true, company: 'Meta' }, ['insurer.nl']],
  ])('filters by %s', (_name, filter, expected) => {
    expect(sites(queryHistory(entries, filter, 'last-visit'))).toEqual(expected);
  });

  test('pages of a list are clamped to the pages there are', () => {
    const list = Array.from({ length: 120 }, (_, i) => i);
    expect(pageOf(list, 0, 50)).toMatchObject({ page: 0, pages: 3, total: 120 });
    expect(pageOf(list, 2, 50).items).toHaveLength(20);
    expect(pageOf(list, 9, 50).page).toBe(2);
    expect(pageOf([], 3, 50)).toMatchObject({ page: 0, pages: 1, items: [] });
  });

  test('5,000 sites are filtered and sorted in one pass (time printed, not asserted: the machine may be busy)', () => {
    const many: SiteEntry[] = [];
    for (let i = 0; i < 5000; i++) {
      const e = indexSite(history(`s${i}.nl`, [visit(`s${i}.nl`, at(1 + (i % 28), i % 24), i % 3 ? [META, GA] : [HOTJAR], i % 7 === 0)]));
      if (e) many.push(e);
    }
    const started = performance.now();
    const result = queryHistory(many, { company: 'Meta', healthOnly: true }, 'health-first');
    const elapsed = performance.now() - started;
    console.log(JSON.stringify({ history_query_sites: many.length, history_query_ms: Math.round(elapsed) }));
    expect(many.length).toBe(5000);
    expect(result.length).toBeGreaterThan(100);
    console.info(`history query: ${many.length} sites filtered and sorted in ${elapsed.toFixed(1)} ms`);
    expect(result.every((e) => e.companies.includes('Meta') && e.health)).toBe(true);
  });
});

describe('aggregations', () => {
  test('facets list companies by the number of sites they appear on', () => {
    const facets = facetsOf(entries);
    expect(facets.companies).toEqual([
      { name: 'Google', sites: 3 },
      { name: 'Hotjar', sites: 2 },
      { name: 'Meta', sites: 2 },
    ]);
    expect(facets.categories).toEqual(['advertising', 'site_analytics']);
    expect(facets.kinds).toEqual(['pixel', 'analytics', 'session-replay']);
  });

  test('companies that received data from health pages, most pages first', () => {
    expect(healthRecipients(entries)).toEqual([
      { company: 'Google', pages: 1, sites: 1 },
      { company: 'Meta', pages: 1, sites: 1 },
    ]);
    expect(healthRecipients(entries, { company: 'Hotjar' })).toEqual([]);
  });

  test('findings per day include the empty days, oldest first', () => {
    const days = findingsPerDay(entries, {}, 7);
    expect(days.map((d) => d.day)).toEqual(['2026-10-31', '2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']);
    expect(days.find((d) => d.day === '2026-11-03')).toEqual({ day: '2026-11-03', visits: 1, disclosures: 1 });
    expect(days.find((d) => d.day === '2026-11-02')).toEqual({ day: '2026-11-02', visits: 0, disclosures: 0 });
    expect(findingsPerDay([], {}, 7)).toEqual([]);
  });

  test('days are local calendar days', () => {
    expect(dayKey(new Date(2026, 0, 2, 23, 59).getTime())).toBe('2026-01-02');
    expect(dayStart('2026-01-02')).toBe(new Date(2026, 0, 2).getTime());
    expect(dayEnd('2026-01-02')).toBe(new Date(2026, 0, 3).getTime() - 1);
    expect(dayStart('2 Jan')).toBeNull();
  });
});
