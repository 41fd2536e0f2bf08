// The command-line contract used by external checks: one JSON object per input
// line, in order, with exactly these fields.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

function cli(command: string, lines: unknown[] | string): Record<string, unknown>[] {
  const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-cli-'));
  const file = join(dir, 'input');
  writeFileSync(file, typeof lines === 'string' ? lines : lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  const out = execFileSync(TSX, [resolve(ROOT, 'src/cli/main.ts'), command, file], { encoding: 'utf8' });
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

const PAGE = 'https://www.gezondenwel.example/vergoedingen/ivf.html';

describe('cli requests', () => {
  test('one output per input line, in order, following the contract', () => {
    const out = cli('requests', [
      { url: `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=${encodeURIComponent(PAGE)}`, pageUrl: PAGE },
      'not json',
      { url: 'https://www.gezondenwel.example/style.css', pageUrl: PAGE },
      { url: 'https://px.ads.linkedin.com/collect?v=2&fmt=js&pid=7654321&url=' + encodeURIComponent(PAGE), method: 'GET' },
      { url: 'https://www.facebook.com/plugins/like.php?href=' + encodeURIComponent(PAGE), type: 'sub_frame', pageUrl: PAGE },
    ]);
    expect(out).toHaveLength(5);
    for (const line of out) expect(Object.keys(line).slice(0, 4)).toEqual(['url', 'tracker', 'kind', 'disclosures']);
    expect(out[0]).toMatchObject({ tracker: { company: 'Meta', category: 'advertising' }, kind: 'pixel' });
    expect(out[0]!.disclosures).toEqual([expect.objectContaining({ event: 'PageView', pageUrl: PAGE, accountId: '1234567890123456' })]);
    expect(out[1]).toMatchObject({ url: null, tracker: null, kind: null, disclosures: [], error: 'invalid JSON' });
    expect(out[2]).toMatchObject({ tracker: null, kind: null, disclosures: [] });
    expect(out[3]).toMatchObject({ tracker: { company: 'Microsoft' }, kind: 'pixel' });
    expect(out[4]).toMatchObject({ tracker: { company: 'Meta' }, kind: 'social-plugin' });
  });

  test('har: the same per entry, with the page taken from the HAR', () => {
    const har = {
      log: {
        version: '1.2',
        pages: [{ id: 'p1', title: 'Vergoeding IVF' }],
        entries: [
          { pageref: 'p1', _resourceType: 'document', request: { method: 'GET', url: PAGE, headers: [] }, response: { content: { mimeType: 'text/html', text: '<title>Vergoeding IVF-behandeling</title><h1>IVF en vruchtbaarheid</h1><p>De basisverzekering vergoedt drie IVF-pogingen.</p>' } } },
          { pageref: 'p1', _resourceType: 'ping', request: { method: 'POST', url: 'https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&cid=1.2', headers: [{ name: 'Cookie', value: 'NID=secret' }], postData: { text: `en=page_view&dl=${encodeURIComponent(PAGE)}\nen=scroll` } }, response: { content: {} } },
        ],
      },
    };
    const out = cli('har', JSON.stringify(har));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ url: PAGE, tracker: null, kind: null });
    expect(out[1]).toMatchObject({ tracker: { company: 'Google' }, kind: 'analytics', pageUrl: PAGE });
    expect((out[1]!.disclosures as unknown[]).length).toBe(2); // one per batched event
    expect(out[1]!.pageHealth).toMatchObject({ health: true });
    expect(JSON.stringify(out)).not.toContain('secret'); // cookie values never come out
  });

  test('pages: one verdict per line in the documented shape', () => {
    const out = cli('pages', [
      { url: 'https://www.gezondenwel.example/vergoedingen/ggz/depressie', title: 'Vergoeding behandeling depressie in de GGZ', text: 'Psychologische zorg bij depressie en angststoornis wordt vergoed uit de basisverzekering.' },
      { url: 'https://www.gezondenwel.example/autoverzekering', title: 'Autoverzekering afsluiten', text: 'WA, beperkt casco of allrisk. Bereken uw premie.' },
    ]);
    expect(out.map((v) => Object.keys(v).sort())).toEqual([
      ['categories', 'health', 'kind', 'language', 'reasons', 'score'],
      ['categories', 'health', 'kind', 'language', 'reasons', 'score'],
    ]);
    expect(out[0]).toMatchObject({ health: true, kind: 'health', categories: expect.arrayContaining(['mental-health']) });
    expect(out[1]).toMatchObject({ health: false });
  });
});

describe('cli audit', () => {
  const HAR = resolve(ROOT, 'tests/fixtures/har/ivf-session.har');
  const run = (args: string[]) => execFileSync(TSX, [resolve(ROOT, 'src/cli/main.ts'), 'audit', ...args], { encoding: 'utf8' });

  test('a HAR recording: report as text, evidence file with its SHA-256, and both drafts in Dutch', () => {
    const out = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const text = run([HAR, '--letter', 'nl', '--out', out]);
    const evidence = readFileSync(join(out, 'ivf-session.pixelwacht-evidence.json'));
    const digest = createHash('sha256').update(evidence).digest('hex');
    expect(text).toContain(`SHA-256 van het bewijsbestand: ${digest}`);
    expect(JSON.parse(evidence.toString('utf8'))).toMatchObject({ format: 'pixelwacht-evidence', schemaVersion: 1, site: 'gezondenwel.example' });
    // The report: the health page and what Meta and Google received.
    expect(text).toMatch(/Pagina over gezondheid: voortplanting en zwangerschap/);
    expect(text).toContain('Meta (Meta Platforms Ireland Ltd.)');
    expect(text).toContain('Google (Google Ireland Limited)');
    expect(text).toMatch(/gehasht e-mailadres|gehashte? e-mail/i);
    // The complaint: the AP and its address, art. 77, art. 9 for the health page, the digest.
    expect(text).toContain('Autoriteit Persoonsgegevens');
    expect(text).toContain('Postbus 93374');
    expect(text).toMatch(/artikel 77/i);
    expect(text).toMatch(/artikel 9/i);
    expect(text.split(digest).length).toBeGreaterThanOrEqual(4); // report, letter and complaint all cite it
    expect(text).not.toContain('secret'); // cookie values never come out
  });

  test('no health page in the recording: no article 9 in the drafts', () => {
    const har = JSON.parse(readFileSync(HAR, 'utf8'));
    har.log.entries = har.log.entries.filter((e: { pageref: string }) => e.pageref === 'page_2');
    har.log.pages = har.log.pages.filter((p: { id: string }) => p.id === 'page_2');
    const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const file = join(dir, 'car.har');
    writeFileSync(file, JSON.stringify(har));
    const text = run([file, '--letter', 'en']);
    expect(text).toContain('Not recognised as a page about health');
    expect(text).toMatch(/Article 77/);
    expect(text).not.toMatch(/Article 9\b/);
    expect(readFileSync(join(dir, 'car.pixelwacht-evidence.json'), 'utf8')).toContain('"site": "gezondenwel.example"');
  });
});
