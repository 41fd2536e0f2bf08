// The architecture holds: every registered decoder has fixtures, every fixture
// file belongs to a registered decoder, and decoder declarations are sane.
import { describe, expect, it } from 'vitest';
import { DECODERS } from '../../../src/core/decoders/registry';
import { TRACKER_KINDS } from '../../../src/core/model';
import { fixtureFileNames, loadFixtures } from './fixtures';

describe('decoder registry', () => {
  const files = new Set(fixtureFileNames().map((f) => f.replace(/\.json$/, '')));

  it.each(DECODERS.map((d) => [d.id]))('%s has a fixture file with at least 3 requests', (id) => {
    expect(files.has(id)).toBe(true);
    const file = loadFixtures().find((f) => f.decoder === id);
    expect(file?.cases.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it('every fixture file names a registered decoder', () => {
    const ids = new Set(DECODERS.map((d) => d.id));
    for (const f of files) expect(ids.has(f), `${f}.json has no decoder`).toBe(true);
    for (const f of loadFixtures()) expect(files.has(f.decoder)).toBe(true);
  });

  it('every fixture case is given as Chrome and as Firefox', () => {
    for (const f of loadFixtures()) {
      for (const c of f.cases) expect(new Set(c.variants.map((v) => v.browser))).toEqual(new Set(['chrome', 'firefox']));
    }
  });

  it('decoder ids are unique and declarations complete', () => {
    expect(new Set(DECODERS.map((d) => d.id)).size).toBe(DECODERS.length);
    for (const d of DECODERS) {
      expect(d.name && d.company, d.id).toBeTruthy();
      expect(TRACKER_KINDS).toContain(d.kind);
      expect(d.hosts.length, d.id).toBeGreaterThan(0);
    }
  });
});
