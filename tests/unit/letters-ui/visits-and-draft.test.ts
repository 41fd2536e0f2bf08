import { describe, expect, test } from 'vitest';
import { draftFor, type DraftChoice } from '../../../src/dashboard/letters/draft';
import { alsoHealthVisits, chosenVisits, initialChoice, pageGroups, visitRows } from '../../../src/dashboard/letters/visit-rows';
import { letterHash, letterTarget } from '../../../src/dashboard/letters/letter-target';
import { MAILTO_MAX_CHARS, mailtoFor } from '../../../src/dashboard/letters/mailto';
import { ownIdentifiers } from '../../../src/core/evidence/redaction';
import { NO_REDACTION } from '../../../src/core/evidence';
import { bundleOf, loadRecord } from '../../fixtures/records/load';

const ivf = loadRecord('ivf-health-insurer');
const car = loadRecord('car-insurance');
const refusal = loadRecord('after-refusal');
const visits = [ivf, car, refusal];

describe('visit rows', () => {
  test('newest first, with title, health verdict and companies', () => {
    const rows = visitRows(visits, 'en');
    expect(rows.map((r) => r.startedAt)).toEqual([...rows.map((r) => r.startedAt)].sort((a, b) => b - a));
    const ivfRow = rows.find((r) => r.visitId === ivf.visitId)!;
    expect(ivfRow.health).toBe(true);
    expect(ivfRow.categories.length).toBeGreaterThan(0);
    expect(ivfRow.companies).toContain('Meta');
    expect(ivfRow.title).toBe(ivf.title);
    const carRow = rows.find((r) => r.visitId === car.visitId)!;
    expect(carRow.health).toBe(false);
    expect(carRow.categories).toEqual([]);
  });

  test('companies by the names people know, once each: TikTok and LinkedIn, not ByteDance Inc and Microsoft', () => {
    const tracker = (key: string, companyKey: string, company: string) => ({
      ...ivf.trackers.google_analytics!, tracker: { ...ivf.trackers.google_analytics!.tracker, key, companyKey, company },
    });
    const page = { ...ivf, trackers: { ...ivf.trackers, tiktok_analytics: tracker('tiktok_analytics', 'bytedance_inc', 'ByteDance Inc'), linkedin_ads: tracker('linkedin_ads', 'microsoft', 'Microsoft') } };
    const row = visitRows([page], 'en')[0]!;
    expect([...row.companies].sort()).toEqual(['Google', 'LinkedIn', 'Meta', 'TikTok']);
  });

  test('category names follow the language', () => {
    const nl = visitRows([ivf], 'nl')[0]!.categories;
    const en = visitRows([ivf], 'en')[0]!.categories;
    expect(nl).not.toEqual(en);
  });

  test('chosen visits: all, or the selected ones, oldest first as the evidence keeps them', () => {
    expect(chosenVisits(visits, 'all').map((v) => v.visitId)).toEqual([...visits].sort((a, b) => a.startedAt - b.startedAt).map((v) => v.visitId));
    expect(chosenVisits(visits, new Set([car.visitId])).map((v) => v.visitId)).toEqual([car.visitId]);
    expect(chosenVisits(visits, new Set())).toEqual([]);
  });
});

describe('draft for the wizard’s choices', () => {
  const bundle = bundleOf('ivf-health-insurer', 'car-insurance', 'after-refusal');
  const digest = 'ab'.repeat(32);
  const base: DraftChoice = {
    kind: 'organisation', requests: ['access'], lang: 'en', sender: {}, organisation: {}, redaction: NO_REDACTION, date: '2026-12-01',
  };

  test('the organisation letter carries the deadline and the digest', () => {
    const d = draftFor(bundle, digest, base);
    expect(d.deadline).toBe('2027-01-04'); // 1 January is a holiday, then the weekend
    expect(d.body).toContain(digest);
    expect(d.body).toContain('Meta');
    expect(d.body).toContain(ivf.url);
  });

  test('empty fields leave the core’s placeholders; filled ones are trimmed', () => {
    const d = draftFor(bundle, digest, { ...base, sender: { name: '  Sam  ', email: ' ' }, organisation: { name: '' } });
    expect(d.body).toContain('\nSam\n'.slice(1));
    expect(d.body).toContain('[your e-mail address]');
    expect(d.body).toContain('[name of the organisation]');
  });

  test('redaction by category removes the page address from the letter', () => {
    const d = draftFor(bundle, digest, { ...base, redaction: { pageAddresses: 'category', ownIdentifiers: 'remove' } });
    expect(d.body).not.toContain(ivf.url);
    expect(d.body).toMatch(/a page about/);
  });

  test('no request chosen still gives a letter asking for access', () => {
    expect(draftFor(bundle, digest, { ...base, requests: [] }).subject).toMatch(/access/);
  });

  test('the complaint mentions the letter marked as sent; the tip can be anonymous', () => {
    const c = draftFor(bundle, digest, { ...base, kind: 'complaint', lang: 'nl', prior: { sentOn: '2026-10-01', answered: false } });
    expect(c.subject).toBe('Klacht op grond van artikel 77 AVG');
    expect(c.body).toContain('1 oktober 2026');
    const tip = draftFor(bundle, digest, { ...base, kind: 'tip', sender: { name: 'Sam Voorbeeld', address: 'Straat 1' } });
    expect(tip.body).toContain('This is an anonymous tip.');
    expect(tip.body).not.toContain('Sam Voorbeeld');
    for (const secret of ownIdentifiers(bundle)) expect(tip.body).not.toContain(secret);
    expect(tip.notes.join(' ')).toMatch(/traced back/);
  });
});

describe('a wizard opened from a visit', () => {
  test('the route carries the visit after the site; hostile values are dropped', () => {
    expect(letterTarget('127.0.0.1?visit=12-1764368044700')).toEqual({ site: '127.0.0.1', visitId: '12-1764368044700' });
    expect(letterTarget('example.nl')).toEqual({ site: 'example.nl', visitId: null });
    expect(letterTarget('example.nl?visit=<script>')).toEqual({ site: 'example.nl', visitId: null });
    expect(letterHash('example.nl', '12-3')).toBe('#/letter/example.nl?visit=12-3');
  });

  test('preselects that visit (and other visits of the same page) only; all visits otherwise', () => {
    expect(initialChoice(visits, ivf.visitId)).toEqual(new Set([ivf.visitId]));
    expect(initialChoice(visits, null)).toBe('all');
    expect(initialChoice(visits, 'no-such-visit')).toBe('all');
    const again = { ...ivf, visitId: 'again', startedAt: ivf.startedAt + 60_000 };
    expect(initialChoice([...visits, again], ivf.visitId)).toEqual(new Set([ivf.visitId, 'again']));
  });

  test('preselects the site’s other health visits too, marked as such; not health pages that reached no one, nor other pages', () => {
    const ggz = { ...ivf, visitId: 'ggz', url: 'https://www.zorgverzekeraar-voorbeeld.nl/vergoedingen/ggz', startedAt: ivf.startedAt + 1000 };
    // A health page whose every request the shield blocked told no one.
    const blocked = {
      ...ivf, visitId: 'blocked', url: 'https://www.zorgverzekeraar-voorbeeld.nl/vergoedingen/fysio', startedAt: ivf.startedAt + 2000,
      trackers: Object.fromEntries(Object.entries(ivf.trackers).map(([k, r]) => [k, { ...r, blocked: r.requestCount }])),
    };
    const noTrackers = { ...ivf, visitId: 'quiet', url: 'https://www.zorgverzekeraar-voorbeeld.nl/vergoedingen/tand', trackers: {} };
    const all = [...visits, ggz, blocked, noTrackers];
    expect(initialChoice(all, ivf.visitId)).toEqual(new Set([ivf.visitId, 'ggz']));
    expect(alsoHealthVisits(all, ivf.visitId)).toEqual(new Set(['ggz']));
    // Opened from the car page: that page, and the health page that reached companies.
    expect(initialChoice(all, car.visitId)).toEqual(new Set([car.visitId, ivf.visitId, 'ggz']));
    expect(alsoHealthVisits(all, null)).toEqual(new Set());
    const groups = pageGroups(visitRows(all, 'en'), car.visitId);
    expect(groups[0]!.url).toBe(car.url);
    expect(groups.slice(1, 5).every((g) => g.health)).toBe(true);
  });

  test('groups by page: the page it came from first, then other health pages, then the rest', () => {
    const rows = visitRows(visits, 'en');
    const groups = pageGroups(rows, refusal.visitId);
    expect(groups[0]!.url).toBe(refusal.url);
    expect(groups[0]!.startedHere).toBe(true);
    expect(groups[1]!.url).toBe(ivf.url);
    expect(groups[1]!.health).toBe(true);
    expect(groups.map((g) => g.rows.length)).toEqual([1, 1, 1]);
  });
});

describe('mailto', () => {
  test('a short letter goes in whole; a long one gets a short body asking to paste it', () => {
    const short = mailtoFor('privacy@example.org', 'Subject', 'Short letter.', 'nl');
    expect(short.fits).toBe(true);
    expect(decodeURIComponent(short.url)).toContain('Short letter.');
    const long = mailtoFor('privacy@example.org', 'Subject', 'x'.repeat(5000), 'nl');
    expect(long.fits).toBe(false);
    expect(long.url.length).toBeLessThanOrEqual(MAILTO_MAX_CHARS);
    expect(decodeURIComponent(long.url)).toContain('Plak hier de brief');
  });
});
