// The per-site facts run in Node against an injected storage area, and their
// read-modify-writes go through one serial chain: changes made at the same
// moment (two tabs' choices, a pause and an override) are all kept.
import { describe, expect, test } from 'vitest';
import { NOTICES_KEY } from '../../../src/storage/keys';
import { addNotice, readNotices } from '../../../src/storage/notices';
import { MAX_FACT_SITES, SiteFactsStore } from '../../../src/storage/site-facts-store';
import { memoryArea } from '../../../src/storage/storage-area';
import { slowArea } from './fixtures';

describe('site facts store', () => {
  test('choices, pauses, overrides and notifications made at the same moment are all kept', async () => {
    const area = slowArea();
    const facts = new SiteFactsStore(area);
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => facts.rememberChoice(`site${i}.nl`, { choice: 'accept-all', t: i })),
      ...Array.from({ length: 10 }, (_, i) => facts.setPaused(`paused${i}.nl`, true)),
      facts.setOverride('site', 'cz.nl', 'health'),
      facts.setOverride('page', 'https://cz.nl/a', 'not-health'),
      ...Array.from({ length: 5 }, (_, i) => addNotice(area, { at: i, part: 'tab', key: `k${i}` })),
    ]);
    for (let i = 0; i < 20; i++) expect(await facts.earlierChoice(`site${i}.nl`)).toEqual({ choice: 'accept-all', t: i });
    expect((await facts.readPausedSites()).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `paused${i}.nl`).sort());
    const overrides = await facts.readOverrides();
    expect(Object.keys(overrides.sites)).toEqual(['cz.nl']);
    expect(Object.keys(overrides.pages)).toEqual(['https://cz.nl/a']);
    expect((await readNotices(area)).map((n) => n.key).sort()).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
  });

  test('a daily notification is claimed once per site and day, even when asked twice at once', async () => {
    const facts = new SiteFactsStore(slowArea());
    const claims = await Promise.all([facts.claimDailyNotification('cz.nl', '2026-12-01'), facts.claimDailyNotification('cz.nl', '2026-12-01')]);
    expect(claims.sort()).toEqual([false, true]);
    expect(await facts.claimDailyNotification('cz.nl', '2026-12-02')).toBe(true);
  });

  test('stored values of the wrong shape read as empty and are replaced on the next write', async () => {
    const area = memoryArea({ 'choices:v1': [1, 2], 'paused:v1': 'x', 'overrides:v1': { sites: 3 }, [NOTICES_KEY]: [{ at: 'no' }, { at: 1, part: 'tab', key: 'k' }] });
    const facts = new SiteFactsStore(area);
    expect(await facts.earlierChoice('cz.nl')).toBeNull();
    expect(await facts.readPausedSites()).toEqual([]);
    expect(await facts.readOverrides()).toEqual({ sites: {}, pages: {} });
    expect(await readNotices(area)).toEqual([{ at: 1, part: 'tab', key: 'k' }]);
    await facts.setPaused('cz.nl', true);
    expect(area.data.get('paused:v1')).toEqual(['cz.nl']);
  });

  test('the oldest sites go first beyond the cap', async () => {
    const full = Object.fromEntries(Array.from({ length: MAX_FACT_SITES }, (_, i) => [`s${i}.nl`, { choice: 'reject-all', t: i }]));
    const facts = new SiteFactsStore(memoryArea({ 'choices:v1': full }));
    for (let i = MAX_FACT_SITES; i < MAX_FACT_SITES + 3; i++) await facts.rememberChoice(`s${i}.nl`, { choice: 'reject-all', t: i });
    expect(await facts.earlierChoice('s2.nl')).toBeNull();
    expect(await facts.earlierChoice('s3.nl')).not.toBeNull();
    expect(await facts.earlierChoice('s0.nl')).toBeNull();
    expect(await facts.earlierChoice(`s${MAX_FACT_SITES + 2}.nl`)).not.toBeNull();
  });
});
