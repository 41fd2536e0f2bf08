// The scan's state in its output folder (issue 19.5): no --resume flag, the same
// command continues; a folder holding a scan of another list or page count is refused;
// the pause between requests to one site is reserved per site.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readState } from '../../../src/cli/scan/scan-command';
import { reserveSiteSlot } from '../../../src/cli/scan/isolated-world';
import { parseScanOptions, SCAN_HELP } from '../../../src/cli/scan/scan-options';

describe('scan state and options', () => {
  test('--resume is not an option (resuming is automatic); --pages-per-site counts the start page', () => {
    expect(parseScanOptions(['l', '--resume'])).toEqual({ error: 'unknown option --resume' });
    expect(SCAN_HELP).toMatch(/--pages-per-site N\s+pages per site in all: the start page and up to N - 1/);
    expect(SCAN_HELP).not.toMatch(/--resume/);
  });

  test('an earlier scan of the same list continues; another list or page count is refused', () => {
    const out = mkdtempSync(join(tmpdir(), 'pixelwacht-scan-state-'));
    const fresh = readState(out, 'hash-a', 5);
    expect(fresh).toMatchObject({ list: 'hash-a', pagesPerSite: 5, runsDone: [] });
    writeFileSync(join(out, 'scan-state.json'), JSON.stringify({ ...fresh, runsDone: ['none'] }));
    expect(readState(out, 'hash-a', 5).runsDone).toEqual(['none']);
    expect(() => readState(out, 'hash-b', 5)).toThrow(/holds a scan of another list/);
    expect(() => readState(out, 'hash-a', 3)).toThrow(/--pages-per-site 5/);
  });

  test('navigations to one site are spaced by the delay; other sites do not wait', () => {
    const t = 1_000_000;
    expect(reserveSiteSlot('a.test', 2000, t)).toBe(0);
    expect(reserveSiteSlot('a.test', 2000, t + 10)).toBe(1990);
    expect(reserveSiteSlot('a.test', 2000, t + 20)).toBe(3980);
    expect(reserveSiteSlot('b.test', 2000, t + 20)).toBe(0);
    expect(reserveSiteSlot('a.test', 2000, t + 10_000)).toBe(0);
    expect(reserveSiteSlot('c.test', 0, t)).toBe(0);
  });
});
