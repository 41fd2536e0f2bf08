// The scan's list of sites: text or CSV, header rows, quoting, bad and duplicate lines.
import { describe, expect, test } from 'vitest';
import { parseScanList, splitRow, startAddress } from '../../../src/cli/scan/scan-list';
import { parseScanOptions } from '../../../src/cli/scan/scan-options';

describe('scan list', () => {
  test('one address a line, bare domains get https, comments and blanks are skipped', () => {
    const { entries, problems } = parseScanList('# verzekeraars\nhttps://www.zorgnoord.nl/\n\nzuidverzekert.nl\n  http://apotheek.example/pagina#boven \n');
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.line, e.url, e.site])).toEqual([
      [2, 'https://www.zorgnoord.nl/', 'zorgnoord.nl'],
      [4, 'https://zuidverzekert.nl/', 'zuidverzekert.nl'],
      [5, 'http://apotheek.example/pagina', 'apotheek.example'],
    ]);
  });

  test('CSV with a header row, labels and categories, quoted fields', () => {
    const { entries } = parseScanList('url,label,category\r\nhttps://a.nl/,"Zorg, en meer","verzekeraar"\r\nb.nl;Apotheek B;apotheek\r\nc.nl\tZiekenhuis C\tziekenhuis');
    expect(entries.map((e) => [e.site, e.label, e.category])).toEqual([
      ['a.nl', 'Zorg, en meer', 'verzekeraar'],
      ['b.nl', 'Apotheek B', 'apotheek'],
      ['c.nl', 'Ziekenhuis C', 'ziekenhuis'],
    ]);
    expect(splitRow('"say ""hi""",x')).toEqual(['say "hi"', 'x']);
  });

  test('bad lines and a second address on the same site are reported, not fatal', () => {
    const { entries, problems } = parseScanList('ftp://a.nl/\njavascript:alert(1)\nniet een adres\nhttps://www.b.nl/\nhttps://shop.b.nl/x\n' + `https://c.nl/${'x'.repeat(3000)}`);
    expect(entries.map((e) => e.site)).toEqual(['b.nl']);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [1, 'not-an-address'],
      [2, 'not-an-address'],
      [3, 'not-an-address'],
      [5, 'duplicate-site'],
      [6, 'too-long'],
    ]);
    expect(startAddress('intranet')).toBeNull();
    expect(startAddress('localhost:8080/x')).toBe('https://localhost:8080/x');
  });
});

describe('scan options', () => {
  test('defaults, consent runs and bounds', () => {
    const o = parseScanOptions(['list.txt']);
    expect(o).toMatchObject({ list: 'list.txt', out: 'scan-results', pagesPerSite: 5, runs: ['none'], concurrency: 2 });
    expect(parseScanOptions(['l', '--consent', 'all', '--pages-per-site', '2'])).toMatchObject({ runs: ['none', 'reject', 'accept'], pagesPerSite: 2 });
    expect(parseScanOptions(['l', '--consent', 'maybe'])).toHaveProperty('error');
    expect(parseScanOptions(['l', '--pages-per-site', '0'])).toHaveProperty('error');
    expect(parseScanOptions(['l', '--concurrency', '1e3'])).toHaveProperty('error');
    expect(parseScanOptions(['l', '--ou', 'x'])).toEqual({ error: 'unknown option --ou' });
    expect(parseScanOptions([])).toHaveProperty('error');
  });
});
