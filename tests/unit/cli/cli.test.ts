// The command-line contract used by external checks: one JSON object per input
// line, in order, with exactly these fields.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { auditCommand } from '../../../src/cli/audit-command';

const ROOT = resolve(import.meta.dirname, '../../..');

// The command runs in this process (spawning tsx per test hit Vitest's timeout on a busy machine).
async function stdoutOf(argv: string[]): Promise<string> {
  const { code, stdout } = await runCli(argv);
  expect(code).toBe(0);
  return stdout;
}

async function cli(command: string, lines: unknown[] | string): Promise<Record<string, unknown>[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-cli-'));
  const file = join(dir, 'input');
  writeFileSync(file, typeof lines === 'string' ? lines : lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n'));
  const out = await stdoutOf([command, file]);
  return out.trim().split('\n').map((l) => JSON.parse(l));
}

const PAGE = 'https://www.gezondenwel.example/vergoedingen/ivf.html';

describe('cli requests', () => {
  test('one output per input line, in order, following the contract', async () => {
    const out = await cli('requests', [
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

  test('har: the same per entry, with the page taken from the HAR', async () => {
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
    const out = await cli('har', JSON.stringify(har));
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ url: PAGE, tracker: null, kind: null });
    expect(out[1]).toMatchObject({ tracker: { company: 'Google' }, kind: 'analytics', pageUrl: PAGE });
    expect((out[1]!.disclosures as unknown[]).length).toBe(2); // one per batched event
    expect(out[1]!.pageHealth).toMatchObject({ health: true });
    expect(JSON.stringify(out)).not.toContain('secret'); // cookie values never come out
  });

  test('pages: one verdict per line in the documented shape', async () => {
    const out = await cli('pages', [
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

describe('cli audit (in-process)', () => {
  const HAR = resolve(ROOT, 'tests/fixtures/har/ivf-session.har');
  const base = { letters: [] as ('nl' | 'en')[], out: null as string | null, consent: null, stillSends: null, email: null, date: '2026-12-07', now: Date.UTC(2026, 11, 7, 9) };

  test('a HAR recording: report as text, evidence file with its SHA-256, both drafts in Dutch', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const text = await auditCommand(HAR, { ...base, letters: ['nl'], out });
    const evidence = readFileSync(join(out, 'ivf-session.pixelwacht-evidence.json'));
    const digest = createHash('sha256').update(evidence).digest('hex');
    expect(text).toContain(`SHA-256 van het bewijsbestand: ${digest}`);
    expect(JSON.parse(evidence.toString('utf8'))).toMatchObject({ format: 'pixelwacht-evidence', schemaVersion: 2, site: 'gezondenwel.example' });
    expect(text).toMatch(/Pagina over gezondheid: voortplanting en zwangerschap/);
    expect(text).toContain('Meta Platforms Ireland Ltd. (Facebook, Instagram)');
    expect(text).toContain('Google Ireland Limited');
    expect(text).toMatch(/gehasht e-mailadres/i);
    expect(text).toContain('Postbus 93374');
    expect(text).toMatch(/artikel 77/i);
    expect(text).toMatch(/artikel 9/i);
    expect(text.split(digest).length).toBeGreaterThanOrEqual(4);
    expect(text).not.toContain('secret');
  });

  test('recorded with developer tools: said so, the original HAR hashed and annexed, times in Dutch time', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const text = await auditCommand(HAR, { ...base, letters: ['nl'], out });
    const harDigest = createHash('sha256').update(readFileSync(HAR)).digest('hex');
    expect(text).toContain('vastgelegd met de ontwikkelaarstools van mijn browser');
    expect(text).toContain(`het oorspronkelijke HAR-bestand ivf-session.har`);
    expect(text).toContain(harDigest);
    expect(text).not.toContain('Mijn browserextensie Pixelwacht legde vast');
    // 09:15:02Z in the HAR is 10:15:02 in Amsterdam (winter time), whatever this machine's zone.
    expect(text).toContain('10:15:02 (UTC+01:00)');
  });

  test('nl and en letters cite one evidence file with one SHA-256, across runs too', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const both = await auditCommand(HAR, { ...base, letters: ['nl', 'en'], out });
    const digest = createHash('sha256').update(readFileSync(join(out, 'ivf-session.pixelwacht-evidence.json'))).digest('hex');
    expect(both).toContain(`SHA-256: ${digest}`);
    expect(both).toContain('Complaint under Article 77 GDPR');
    expect(both).toContain('Klacht op grond van artikel 77 AVG');
    const again = await auditCommand(HAR, { ...base, letters: ['en'], out, now: base.now + 3_600_000 });
    expect(createHash('sha256').update(readFileSync(join(out, 'ivf-session.pixelwacht-evidence.json'))).digest('hex')).toBe(digest);
    expect(again).toContain(`SHA-256: ${digest}`);
  });

  test('without --consent nothing is alleged about consent; with it, the statement is the user’s own', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const silent = await auditCommand(HAR, { ...base, letters: ['en'], out });
    expect(silent).toContain('I make no statement about the consent status');
    expect(silent).not.toMatch(/were sent (before I had made|after I had refused)/);
    const stated = await auditCommand(HAR, { ...base, letters: ['en'], out, consent: 'refused', stillSends: 'yes' });
    expect(stated).toContain('At the time of these visits I had refused in this website’s cookie banner.');
    expect(stated).toContain('as I state above');
    expect(stated).toContain('the processing is continuing');
  });

  test('--email: the hash check runs locally; a match lets the letter say so', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const yes = await auditCommand(HAR, { ...base, letters: ['en'], out, email: ' Jan.Jansen@example.nl' });
    expect(yes).toContain('is the SHA-256 hash of my e-mail address');
    expect(yes).not.toMatch(/jan\.jansen/i);
    const no = await auditCommand(HAR, { ...base, letters: ['en'], out, email: 'someone@example.nl' });
    expect(no).not.toContain('is the SHA-256 hash of my e-mail address');
  });

  test('--out DIR that does not exist yet is created', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pixelwacht-audit-')), 'new', 'deeper');
    const text = await auditCommand(HAR, { ...base, out });
    expect(text).toContain(join(out, 'ivf-session.pixelwacht-evidence.json'));
    expect(existsSync(join(out, 'ivf-session.pixelwacht-evidence.json'))).toBe(true);
  });

  test('--phone: the phone hash check runs locally; a match lets the letter say so', async () => {
    const har = JSON.parse(readFileSync(HAR, 'utf8'));
    const tr = har.log.entries.find((e: { request: { url: string } }) => e.request.url.startsWith('https://www.facebook.com/tr/'));
    tr.request.url += `&ud[ph]=${createHash('sha256').update('31612345678').digest('hex')}`;
    const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const file = join(dir, 'phone.har');
    writeFileSync(file, JSON.stringify(har));
    const yes = await auditCommand(file, { ...base, letters: ['en'], phone: '06-12345678' });
    expect(yes).toContain('Phone check: the hash of your phone number appears in the evidence');
    expect(yes).toContain('is the SHA-256 hash of my phone number');
    expect(yes).not.toContain('12345678 ');
    const no = await auditCommand(file, { ...base, letters: ['en'], phone: '06-12345679' });
    expect(no).not.toContain('is the SHA-256 hash of my phone number');
  });

  test('no health page in the recording: no article 9 in the drafts', async () => {
    const har = JSON.parse(readFileSync(HAR, 'utf8'));
    har.log.entries = har.log.entries.filter((e: { pageref: string }) => e.pageref === 'page_2');
    har.log.pages = har.log.pages.filter((p: { id: string }) => p.id === 'page_2');
    const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-audit-'));
    const file = join(dir, 'car.har');
    writeFileSync(file, JSON.stringify(har));
    const text = await auditCommand(file, { ...base, letters: ['en'] });
    expect(text).toContain('Not recognised as a page about health');
    expect(text).toMatch(/Article 77/);
    expect(text).not.toMatch(/Article 9\b/);
    expect(readFileSync(join(dir, 'car.pixelwacht-evidence.json'), 'utf8')).toContain('"site": "gezondenwel.example"');
  });
});
