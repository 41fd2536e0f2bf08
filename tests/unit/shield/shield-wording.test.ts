// Issue 18, part 4: a request the health shield blocked is never called "sent". The
// views render these strings for every tracker, blocked or not (chips, the values
// fold, the health terms in what a request carried, the letter preview), so they
// must not say "sent" at all; the letter wizard lists a company that only got
// attempts as "tried to send to … (blocked)", never under "sent to".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { visitRows } from '../../../src/dashboard/letters/visit-rows';
import { loadRecord } from '../../fixtures/records/load';

const SENT = { en: /\b(sent|sends?|sending)\b/i, nl: /\b(verstuurd|verstuurde|verstuurden|verzonden|verzond|stuurde|stuurden|gestuurd)\b/i } as const;

/** Strings the popup and dashboard render for a tracker whatever happened to its requests. */
const STATE_BLIND_KEYS = ['popupWhatWasSent', 'healthInSent', 'letterRedactPreview'];

const messages = (lang: 'en' | 'nl') => JSON.parse(readFileSync(new URL(`../../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Record<string, { message: string }>;

describe('no blocked request is called sent', () => {
  for (const lang of ['en', 'nl'] as const) {
    it(`${lang}: the chips and the tracker's folds say nothing about sending`, () => {
      const m = messages(lang);
      const keys = [...Object.keys(m).filter((k) => k.startsWith('chip_')), ...STATE_BLIND_KEYS];
      expect(keys.length).toBeGreaterThan(STATE_BLIND_KEYS.length);
      for (const key of keys) expect(m[key]?.message, key).not.toMatch(SENT[lang]);
    });

    it(`${lang}: the shield's own strings call blocked requests blocked or tried`, () => {
      const m = messages(lang);
      for (const key of ['shield_letterVisitTried', 'shield_blockedCount_one', 'shield_blockedCount_other']) {
        expect(m[key]?.message, key).toMatch(lang === 'en' ? /blocked|tried/i : /blokkeerde|geblokkeerd|probeerde/i);
      }
    });
  }

  it('the letter wizard lists a company whose every request was blocked as tried, one with a request that left as sent', () => {
    const page = loadRecord('ivf-health-insurer');
    const keys = Object.keys(page.trackers);
    expect(keys.length).toBeGreaterThan(1);
    // Every request to one company blocked; the others' left.
    const company = page.trackers[keys[0]!]!.tracker.company;
    for (const record of Object.values(page.trackers)) if (record.tracker.company === company) record.blocked = record.requestCount;
    const rest = keys.filter((k) => page.trackers[k]!.tracker.company !== company);
    expect(rest.length).toBeGreaterThan(0);
    const [row] = visitRows([page], 'en');
    expect(row!.blockedCompanies).toEqual([company]);
    // A company with another tracker that reached it is still "sent to", and never in both lists.
    const reached = new Set(rest.map((k) => page.trackers[k]!.tracker.company));
    for (const c of row!.companies) expect(reached.has(c)).toBe(true);
    for (const c of row!.blockedCompanies) expect(row!.companies).not.toContain(c);
    expect(row!.companies.length).toBeGreaterThan(0);
  });
});
