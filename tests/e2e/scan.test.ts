// The scan (issue 19) end to end: the built extension in Debian's Chromium, driven by
// Crawlee, over the fictional sites of tests/fixtures/scan-sites (two insurers, a
// hospital, a pharmacy, a car dealer, a site that moved elsewhere and one that does
// not resolve), two pages each, in all three consent runs. Checks the figures per
// site and per run, the evidence files and their SHA-256, that no form was sent and
// no login page visited, and takes a screenshot of the rendered report.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { runCli } from '../../src/cli/main';
import type { PageOutcome } from '../../src/cli/scan/page-outcome';
import type { CompanyFigure, SiteResult } from '../../src/cli/scan/scan-results';
import { scanPageLog } from '../fixtures/scan-sites/routes.mjs';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { screenshotPath } from './harness/screenshots';

const META = 'Meta (Facebook, Instagram)';
const HOSTS = 'MAP *.test 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';

interface Results {
  figures: { sites: number; sitesScanned: number; companies: CompanyFigure[] };
  sites: SiteResult[];
  evidence: { site: string; run: string; file: string; sha256: string }[];
  pages: PageOutcome[];
}

describe('scan a list of sites (Chromium, built extension, Crawlee)', () => {
  let server: SiteServer;
  let out: string;
  let results: Results;
  const progress: string[] = [];

  before(async () => {
    server = await startSiteServer(0);
    const port = new URL(server.origin).port;
    const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-scan-e2e-'));
    const list = join(dir, 'sites.csv');
    writeFileSync(list, readFileSync(new URL('../fixtures/scan-sites/sites.csv', import.meta.url), 'utf8').replaceAll('PORT', port));
    out = join(dir, 'out');
    const started = Date.now();
    const { code, stdout } = await runCli(
      ['scan', list, '--out', out, '--pages-per-site', '2', '--consent', 'all', '--concurrency', '2', '--site-delay', '0', '--page-wait', '8000', '--banner-wait', '3000', '--host-resolver-rules', HOSTS],
      { progress: (line) => progress.push(line) },
    );
    console.log(`scan of the fixture sites: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    assert.equal(code, 0, stdout);
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  });

  after(async () => {
    await server?.close();
  });

  const site = (name: string) => results.sites.find((s) => s.site === name)!;
  const company = (brand: string) => results.figures.companies.find((c) => c.brand === brand)!;

  test('the headline figures: who received health page visits, before a choice and after refusal', () => {
    assert.equal(results.figures.sites, 7);
    assert.equal(results.figures.sitesScanned, 5);
    assert.deepEqual(
      { ...company(META) },
      { brand: META, sitesHealth: 4, sitesBeforeChoice: 3, sitesAfterRefusal: 1, sitesAfterAcceptance: 3, healthPages: 5, sitesAny: 5 },
    );
    const google = company('Google');
    assert.deepEqual([google.sitesHealth, google.sitesBeforeChoice, google.sitesAfterRefusal, google.sitesAfterAcceptance], [3, 2, 1, 3]);
    assert.deepEqual([company('TikTok').sitesHealth, company('LinkedIn').sitesBeforeChoice, company('LinkedIn').sitesAfterAcceptance], [1, 0, 1]);
  });

  test('per site and consent run', () => {
    const recipients = (name: string, run: 'none' | 'reject' | 'accept') => Object.keys(site(name).runs[run]!.healthRecipients).sort();
    // Insurer North keeps telling Meta after the refusal (Cookiebot-like banner, found by the CMP table).
    assert.deepEqual(recipients('zorgnoord.test', 'none'), ['Google', META]);
    assert.deepEqual(recipients('zorgnoord.test', 'reject'), [META]);
    assert.equal(site('zorgnoord.test').runs.reject!.healthRecipients[META]!.afterRefusal, true);
    assert.deepEqual(recipients('zorgnoord.test', 'accept'), ['Google', 'LinkedIn', META]);
    assert.equal(site('zorgnoord.test').runs.reject!.banner, 'Cookiebot');
    // Insurer South waits for consent (a home-made banner, found by the generic heuristic).
    assert.deepEqual(recipients('zuidverzekert.test', 'none'), []);
    assert.deepEqual(recipients('zuidverzekert.test', 'reject'), []);
    assert.deepEqual(recipients('zuidverzekert.test', 'accept'), ['Google', META]);
    assert.equal(site('zuidverzekert.test').runs.reject!.banner, 'generic');
    // The hospital stops Meta after a refusal but not Google.
    assert.deepEqual(recipients('rivierland-ziekenhuis.test', 'none'), ['Google', META]);
    assert.deepEqual(recipients('rivierland-ziekenhuis.test', 'reject'), ['Google']);
    // The pharmacy has no banner: nothing to click, the same in every run.
    for (const run of ['none', 'reject', 'accept'] as const) {
      assert.deepEqual(recipients('apotheekdelinde.test', run), [META, 'TikTok']);
      assert.equal(site('apotheekdelinde.test').runs[run]!.clicked, false);
    }
    // The car dealer has no health page.
    for (const run of ['none', 'reject', 'accept'] as const) assert.equal(site('autovandam.test').runs[run]!.healthPages, 0);
    assert.equal(site('autovandam.test').runs.reject!.clicked, true);
    // A site that moved elsewhere and one that does not resolve are reported, and did not stop the scan.
    for (const run of ['none', 'reject', 'accept'] as const) {
      assert.equal(site('verhuisd.test').runs[run]!.status, 'off-site');
      assert.equal(site('onbereikbaar.example').runs[run]!.status, 'failed');
    }
  });

  test('the health page is the link chosen, and the scan never logged in or sent a form', () => {
    const links = results.pages.filter((p) => p.kind === 'link' && p.run === 'none').map((p) => new URL(p.url).pathname).sort();
    assert.deepEqual(links, ['/afdelingen/oncologie.html', '/medicijnen/antidepressiva.html', '/occasions.html', '/vergoedingen/fysiotherapie.html', '/zorg/ivf-vergoeding.html']);
    assert.equal(server.requested.filter((r) => r.method !== 'GET').length, 0);
    assert.equal(server.requested.filter((r) => /inloggen|winkelwagen/.test(r.path)).length, 0);
    assert.ok(progress.some((line) => /pages \d+\/\d+ · sites \d+\/\d+ · .* left/.test(line)), progress.join('\n'));
  });

  test('one evidence file per site and run, in the evidence schema, with its SHA-256', () => {
    assert.equal(results.evidence.length, 15);
    for (const e of results.evidence) {
      const bytes = readFileSync(join(out, e.file));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), e.sha256);
      const bundle = JSON.parse(bytes.toString('utf8')) as { format: string; site: string; visits: unknown[] };
      assert.equal(bundle.format, 'pixelwacht-evidence');
      assert.equal(bundle.site, e.site);
      assert.ok(bundle.visits.length >= 2);
    }
    const sums = readFileSync(join(out, 'evidence', 'SHA256SUMS'), 'utf8');
    assert.equal(sums.trim().split('\n').length, 15);
    const csv = readFileSync(join(out, 'results.csv'), 'utf8');
    assert.match(csv.split('\r\n')[0]!, /^site,label,category,consent_run,page/);
  });

  test('report.html is self-contained and renders (screenshot)', async () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    assert.doesNotMatch(html, /<script|<link|<img|src=|@import|url\(/i);
    assert.match(html, /4 of 5 sites sent visits of health pages to Meta \(Facebook, Instagram\); 3 did so before any choice; 1 after refusal\./);
    const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      // Nothing may be fetched: every request the report makes fails the test.
      const requests: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) requests.push(r.url());
      });
      await page.goto(`file://${join(out, 'report.html')}`);
      assert.equal(await page.locator('svg').count(), 2);
      assert.equal(await page.locator('section.site').count(), 7);
      await page.screenshot({ path: screenshotPath('scan-report'), fullPage: true });
      assert.deepEqual(requests, []);
    } finally {
      await browser.close();
    }
  });
});

/** runCli, with the scan's log lines (standard error) kept. */
async function runCliCapturing(argv: string[]): Promise<{ code: number; stdout: string; stderr: string[] }> {
  const stderr: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void stderr.push(args.map(String).join(' '));
  try {
    return { ...(await runCli(argv, { progress: () => {} })), stderr };
  } finally {
    console.error = original;
  }
}

interface SpyReport {
  found: string[];
  newGlobals: string[];
  clicks: { trusted: boolean; text: string }[];
  webdriver: boolean;
  page: string;
}

describe('the scan cannot be noticed by the page and never sends a form (Chromium, reject run)', () => {
  let server: SiteServer;
  let out: string;
  let results: Results;
  const logs: string[] = [];

  before(async () => {
    server = await startSiteServer(0);
    const port = new URL(server.origin).port;
    const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-scan-guards-'));
    const list = join(dir, 'sites.txt');
    writeFileSync(list, ['spion.test', 'formulier.test', 'formulier-js.test'].map((h) => `http://${h}:${port}/`).join('\n'));
    out = join(dir, 'out');
    const { code, stdout, stderr } = await runCliCapturing(
      ['scan', list, '--out', out, '--pages-per-site', '2', '--consent', 'reject', '--concurrency', '2', '--site-delay', '0', '--page-wait', '6000', '--banner-wait', '3000', '--host-resolver-rules', HOSTS],
    );
    logs.push(...stderr);
    assert.equal(code, 0, stdout);
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  });

  after(async () => {
    await server?.close();
  });

  const reports = (): SpyReport[] =>
    server.requested.filter((r) => r.path.startsWith('/spion-report/')).map((r) => JSON.parse(decodeURIComponent(r.path.slice('/spion-report/'.length))) as SpyReport);

  test('a page that looks for the scan (globals, DOM getters, toString, messages, patched natives) finds nothing', () => {
    const all = reports();
    assert.ok(all.length >= 2, `reports: ${all.length}`);
    assert.deepEqual([...new Set(all.map((r) => r.page))].sort(), ['/', '/zorg/diabetes.html']);
    for (const r of all) {
      assert.deepEqual(r.found, [], `${r.page}: ${r.found.join('; ')}`);
      assert.deepEqual(r.newGlobals, [], `${r.page}: ${r.newGlobals.join(', ')}`);
    }
    console.log(`spy page reports: ${all.length}; navigator.webdriver seen by the page: ${all.some((r) => r.webdriver)}`);
  });

  test('the refusal was a real click, and the extension recorded it as the user\'s choice', () => {
    const clicks = reports().flatMap((r) => r.clicks);
    assert.ok(clicks.length >= 1);
    assert.ok(clicks.every((c) => c.trusted), JSON.stringify(clicks));
    const spy = results.sites.find((s) => s.site === 'spion.test')!;
    assert.equal(spy.runs.reject!.clicked, true);
    const before = results.pages.find((p) => p.site === 'spion.test' && p.kind === 'before-choice')!;
    const record = JSON.parse(readFileSync(join(out, before.recordFile!), 'utf8')) as { consent: { events: { type: string; choice?: string }[] } | null };
    assert.ok(record.consent?.events.some((e) => e.type === 'choice' && e.choice === 'reject-all'), JSON.stringify(record.consent?.events.map((e) => e.type)));
  });

  test('a banner built as a form: submit buttons are not clicked, a submission by the page is stopped, no POST left', () => {
    assert.equal(server.requested.filter((r) => r.method !== 'GET').length, 0, JSON.stringify(server.requested.filter((r) => r.method !== 'GET')));
    const form = results.sites.find((s) => s.site === 'formulier.test')!.runs.reject!;
    assert.equal(form.banner, 'generic');
    assert.equal(form.clicked, false);
    const scripted = results.sites.find((s) => s.site === 'formulier-js.test')!.runs.reject!;
    assert.equal(scripted.clicked, true);
    const blocked = results.pages.filter((p) => p.site === 'formulier-js.test').flatMap((p) => p.blockedSubmissions ?? []);
    assert.ok(blocked.some((b) => /^POST http:\/\/formulier-js\.test:\d+\/toestemming$/.test(b)), JSON.stringify(blocked));
    assert.ok(logs.some((l) => /formulier-js\.test: stopped a form submission \(POST /.test(l)), logs.join('\n'));
  });
});

describe('Ctrl-C (a real SIGINT) halfway, then the same command: resumed, nothing twice, nothing lost; the pause per site kept', () => {
  const SITES = 3;
  const PAGES = 4;
  const DELAY_MS = 1000;
  let server: SiteServer;
  let out: string;
  let argv: string[];
  let results: Results;
  let firstRun: { code: number | null; stdout: string; loads: { host: string; path: string; at: number }[]; doneAtSignal: number };
  let secondLoads: { host: string; path: string; at: number }[];

  before(async () => {
    server = await startSiteServer(0);
    const port = new URL(server.origin).port;
    const dir = mkdtempSync(join(tmpdir(), 'pixelwacht-scan-sigint-'));
    const list = join(dir, 'sites.txt');
    writeFileSync(list, Array.from({ length: SITES }, (_, i) => `http://bench-${i + 1}.test:${port}/`).join('\n'));
    out = join(dir, 'out');
    argv = ['scan', list, '--out', out, '--pages-per-site', String(PAGES), '--consent', 'none', '--concurrency', '2', '--site-delay', String(DELAY_MS / 1000), '--page-wait', '6000', '--host-resolver-rules', HOSTS];
    const logStart = scanPageLog.length;
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url)), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let doneAtSignal = -1;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      const done = Math.max(0, ...[...stderr.matchAll(/pages (\d+)\//g)].map((m) => Number(m[1])));
      if (doneAtSignal < 0 && done >= (SITES * PAGES) / 2) {
        doneAtSignal = done;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    assert.ok(doneAtSignal > 0, `never signalled:\n${stderr}`);
    assert.match(stderr, /stopping: the scan can be continued with the same command/);
    firstRun = { code, stdout, loads: scanPageLog.slice(logStart), doneAtSignal };
    console.log(`SIGINT after ${doneAtSignal} pages; exit ${code}; stdout ${stdout.trim()}; stderr tail:\n${stderr.slice(-1500)}`);
    const secondStart = scanPageLog.length;
    const again = await runCli(argv, { progress: () => {} });
    assert.equal(again.code, 0, again.stdout);
    secondLoads = scanPageLog.slice(secondStart);
    results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  });

  after(async () => {
    await server?.close();
  });

  const key = (l: { host: string; path: string }) => `${l.host}${l.path}`;

  test('the interrupted process stopped with a resumable state, halfway', () => {
    assert.equal(firstRun.code, 130, firstRun.stdout);
    assert.equal((JSON.parse(firstRun.stdout) as { interrupted: boolean }).interrupted, true);
    assert.ok(firstRun.loads.length >= firstRun.doneAtSignal && firstRun.loads.length < SITES * PAGES, `first run loaded ${firstRun.loads.length} pages`);
  });

  test('resumed: every page once in the results, no page loaded twice, none lost', () => {
    const urls = results.pages.map((p) => new URL(p.url).host + new URL(p.url).pathname);
    assert.equal(urls.length, SITES * PAGES);
    assert.equal(new Set(urls).size, SITES * PAGES);
    assert.ok(results.pages.every((p) => p.status === 'ok'), JSON.stringify(results.pages.map((p) => p.status)));
    const loads = [...firstRun.loads, ...secondLoads].map(key);
    assert.equal(loads.length, SITES * PAGES, `page loads: ${loads.length}\n${loads.join('\n')}`);
    assert.equal(new Set(loads).size, SITES * PAGES);
    assert.equal(secondLoads.length, SITES * PAGES - firstRun.loads.length);
  });

  test('requests to one site were spaced by --site-delay (when the scan let each go), in each process', () => {
    const firstKeys = new Set(firstRun.loads.map(key));
    const pageKey = (url: string) => new URL(url).hostname + new URL(url).pathname;
    assert.ok(results.pages.every((p) => (p.sentAt ?? []).length === 1), JSON.stringify(results.pages.map((p) => p.sentAt)));
    let gaps = 0;
    for (const inFirst of [true, false]) {
      for (let i = 1; i <= SITES; i++) {
        const host = `bench-${i}.test`;
        const sent = results.pages
          .filter((p) => new URL(p.url).hostname === host && firstKeys.has(pageKey(p.url)) === inFirst)
          .flatMap((p) => p.sentAt ?? [])
          .sort((x, y) => x - y);
        for (let k = 1; k < sent.length; k++) {
          gaps++;
          assert.ok(sent[k]! - sent[k - 1]! >= DELAY_MS, `${host}: ${sent.map((t) => t - sent[0]!).join(', ')}`);
        }
      }
    }
    assert.ok(gaps >= SITES * PAGES - 2 * SITES, `gaps checked: ${gaps}`);
  });
});
