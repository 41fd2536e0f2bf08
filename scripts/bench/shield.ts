// `npm run bench:shield`: what the health shield costs a page load, and what it saves.
// Loads the demo site's IVF page in Chromium with Pixelwacht, alternating shield on and
// off (so drift in a busy machine hits both alike), and prints the median load time
// (loadEventEnd) and the time until the page's tracker requests were done (the last
// resource entry the page saw) for each, and their ratios, as one JSON line. Every host
// but 127.0.0.1 goes to a proxy on 127.0.0.1 that refuses at once, as in the e2e tests.
// Printed, never asserted. Run `npm run build:chrome` first. Options: --loads N (default 15).
//
// First, in this process: what deciding a disguised payload costs per request — Firefox's
// blocking listener runs the decoders' recognition (core/shield/disguised.ts
// `isDisguisedPayload`) on each image, fetch and beacon of a protected tab, and the
// request waits for it; Chromium's mark runs `disguisedShapeOf`. Replays the real request
// URLs of `npm run bench` (top-sites-requests.jsonl) and the decoder and shield fixtures.
// `--decisions-only` stops there.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ObservedRequest } from '../../src/core/model';
import { disguisedShapeOf, isDisguisedPayload, type PayloadRequest } from '../../src/core/shield/disguised';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startSiteServer } from '../../tests/fixtures/site-server.mjs';
import { CHROME_DIST, chromiumFlags, OFFLINE_EXCEPT_LOCAL } from '../../tests/e2e/harness/chromium';

const IVF_PATH = '/vergoedingen/ivf.html';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function decisionRequests(): PayloadRequest[] {
  const out: PayloadRequest[] = [];
  const topSites = fileURLToPath(new URL('../../../shared/data/requests/top-sites-requests.jsonl', import.meta.url));
  if (existsSync(topSites)) {
    for (const line of readFileSync(topSites, 'utf8').split('\n')) {
      if (!line) continue;
      const l = JSON.parse(line) as { url: string; type: string };
      out.push({ url: l.url, type: l.type as PayloadRequest['type'], method: 'GET', body: null });
    }
  }
  const fixtures = fileURLToPath(new URL('../../tests/fixtures/requests/', import.meta.url));
  for (const f of readdirSync(fixtures).filter((n) => n.endsWith('.json'))) {
    const file = JSON.parse(readFileSync(fixtures + f, 'utf8')) as { cases: { variants: { request: ObservedRequest }[] }[] };
    for (const c of file.cases) for (const v of c.variants) out.push(v.request);
  }
  const shield = JSON.parse(readFileSync(new URL('../../tests/fixtures/shield/disguised-requests.json', import.meta.url), 'utf8')) as { cases: PayloadRequest[] };
  for (const c of shield.cases) out.push({ ...c, body: c.body ?? null });
  return out;
}

/** Microseconds per request of each decision, median of 7 rounds after 2 warm-up rounds. */
function benchDecisions(): Record<string, unknown> {
  const requests = decisionRequests();
  const time = (decide: (r: PayloadRequest) => boolean) => {
    const rounds: number[] = [];
    let hits = 0;
    for (let round = -2; round < 7; round++) {
      hits = 0;
      const start = performance.now();
      for (const r of requests) if (decide(r)) hits++;
      if (round >= 0) rounds.push(((performance.now() - start) * 1000) / requests.length);
    }
    return { usPerRequest: Math.round(median(rounds) * 100) / 100, matched: hits };
  };
  return {
    requests: requests.length,
    firefoxRecognition: time((r) => isDisguisedPayload(r)),
    chromiumMarkShapes: time((r) => disguisedShapeOf(r.url) !== null),
  };
}

async function main(): Promise<void> {
  const decisions = benchDecisions();
  console.log(JSON.stringify({ bench: 'shield-decisions', ...decisions }));
  if (process.argv.includes('--decisions-only')) return;
  const at = process.argv.indexOf('--loads');
  const loads = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 15) : 15;
  if (!existsSync(join(CHROME_DIST, 'manifest.json'))) throw new Error('run npm run build:chrome first');
  const site = await startSiteServer();
  const proxy = createServer((_req, res) => res.writeHead(502).end());
  proxy.on('connect', (_req, socket) => socket.destroy());
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as { port: number }).port;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pixelwacht-bench-shield-')), {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${CHROME_DIST}`,
      `--load-extension=${CHROME_DIST}`,
      ...chromiumFlags().filter((f) => f !== OFFLINE_EXCEPT_LOCAL),
      `--proxy-server=http://127.0.0.1:${proxyPort}`,
    ],
  });
  try {
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(first.url()).host;
    const worker = () => context.serviceWorkers().find((w) => w.url().includes(id)) ?? first;
    const setShield = async (on: boolean) => {
      await worker().evaluate(async (value) => {
        const stored = ((await chrome.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as object;
        await chrome.storage.local.set({ 'settings:v1': { ...stored, shield: value } });
      }, on);
      // Wait until the background has applied it (the site rule is there exactly when the shield is on).
      for (let i = 0; i < 100; i++) {
        const rules = await worker().evaluate(async () => (await chrome.declarativeNetRequest.getSessionRules()).length);
        if ((rules > 0) === on) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`shield did not turn ${on ? 'on' : 'off'}`);
    };
    const figures = { on: { load: [] as number[], done: [] as number[] }, off: { load: [] as number[], done: [] as number[] } };
    const page = await context.newPage();
    // Two warm-up loads, then alternate: on, off, on, off, …
    for (let i = -2; i < 2 * loads; i++) {
      const on = i % 2 === 0;
      await setShield(on);
      await page.goto(`${site.origin}${IVF_PATH}?bench=${i}`, { waitUntil: 'load' });
      await page.waitForTimeout(300); // the trackers fire at the load event
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const last = Math.max(0, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => e.responseEnd));
        return { load: nav.loadEventEnd, done: Math.max(nav.loadEventEnd, last) };
      });
      if (i < 0) continue;
      const cell = on ? figures.on : figures.off;
      cell.load.push(timing.load);
      cell.done.push(timing.done);
    }
    const m = (v: number[]) => Math.round(median(v) * 10) / 10;
    const result = {
      bench: 'shield',
      browser: 'chromium',
      page: IVF_PATH,
      loadsEach: loads,
      medianLoadMs: { on: m(figures.on.load), off: m(figures.off.load) },
      loadRatioOnToOff: Math.round((median(figures.on.load) / median(figures.off.load)) * 1000) / 1000,
      medianTrackersDoneMs: { on: m(figures.on.done), off: m(figures.off.done) },
      trackersDoneRatioOnToOff: Math.round((median(figures.on.done) / median(figures.off.done)) * 1000) / 1000,
    };
    console.log(JSON.stringify(result));
  } finally {
    await context.close();
    await site.close();
    proxy.close();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:shield: ${(error as Error).message}`);
  process.exitCode = 1;
});
