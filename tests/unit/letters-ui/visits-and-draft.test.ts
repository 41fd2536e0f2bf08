import { describe, expect, test } from 'vitest';
import { draftFor, type DraftChoice } from '../../../src/dashboard/letters/draft';
import { chosenVisits, visitRows } from '../../../src/dashboard/letters/visit-rows';
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
    expect(d.deadline).toBe('2027-01-01');
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
    const tip = draftFor(bundle, digest, { ...base, kind: 'tip' });
    expect(tip.body).toContain('This tip is given anonymously.');
    expect(tip.notes.join(' ')).toMatch(/anonymous/);
  });
});
