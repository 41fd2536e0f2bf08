// Overhead: what watching costs a page. A fixture page that sends 200 tracker requests
// while it loads is loaded 10 times in a Chromium with the extension and 10 times in
// one without it (same flags, fresh profiles), alternating, and the median load times
// are compared. Load time is the page's own navigation timing, loadEventEnd: the 200
// requests are issued synchronously during parsing and the images among them hold up
// the load event until they fail, so it covers issuing them and the extension's
// content script. Prints one JSON line; the target ratio (<= 1.05) is reported, not
// asserted, since a timing assertion on a shared 2-core machine would be flaky.
//
// Measured here: a ratio of about 1.5 (median ~360 ms with, ~230 ms without). Copies of
// the built extension told the cost apart: without its content scripts it was as slow
// as the full one; without the webRequest permission (so no request listeners) it was
// as fast as no extension. The cost is Chromium handing every request to the worker's
// webRequest listeners (onBeforeRequest with requestBody, onBeforeSendHeaders with
// extraHeaders), and this page is the worst case for it: its load is nothing but 200
// tracker requests that fail at once.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { chromiumFlags, currentWorker, launchChromium, type ChromiumSession } from './harness/chromium';
import type { StoredPage } from './harness/demo-expectations';
import { tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

const PATH = '/overhead.html';
const REQUESTS = 200;
const LOADS = 10;

let site: SiteServer;
let watched: ChromiumSession;
let plain: BrowserContext;

async function storedPage(tabId: number): Promise<StoredPage | undefined> {
  const worker = await currentWorker(watched.context, watched.extensionId);
  return tabPage<StoredPage>((await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId);
}

async function tabIdOf(url: string): Promise<number> {
  const worker = await currentWorker(watched.context, watched.extensionId);
  const tabs = (await worker.evaluate(() => chrome.tabs.query({}))) as { id: number; url?: string }[];
  return Math.max(-1, ...tabs.filter((t) => t.url === url).map((t) => t.id));
}

/** Loads the page once; returns loadEventEnd in ms and how many tracker requests the page issued. */
async function timedLoad(page: Page, run: string): Promise<{ ms: number; issued: number }> {
  await page.goto(`${site.origin}${PATH}?run=${run}`);
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async () => {
    // goto resolves on the load event; loadEventEnd is set once its handlers have run.
    for (;;) {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      if (entry && entry.loadEventEnd > 0) {
        return { ms: entry.loadEventEnd, issued: (window as unknown as { pixelwachtLoad: { issued: number } }).pixelwachtLoad.issued };
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

before(async () => {
  site = await startSiteServer();
  watched = await launchChromium();
  plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pixelwacht-chromium-plain-')), {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'en-US',
    colorScheme: 'light',
    args: chromiumFlags(),
  });
});

after(async () => {
  await watched?.close();
  await plain?.close();
  await site?.close();
});

describe('Chromium: overhead of watching', () => {
  test(`a page with ${REQUESTS} tracker requests, ${LOADS} loads with and ${LOADS} without the extension, alternating`, async () => {
    const withPage = await watched.context.newPage();
    const withoutPage = await plain.newPage();
    // Warm-up, not measured: the worker must have its listeners up (the first page
    // after start-up can be missed), and both browsers compile the page's script once.
    await waitFor(
      async () => {
        await timedLoad(withPage, 'warm');
        return storedPage(await tabIdOf(`${site.origin}${PATH}?run=warm`));
      },
      (p) => !!p && Object.keys(p.trackers).length > 0,
      { what: 'the extension to record the warm-up load', intervalMs: 500 },
    );
    await timedLoad(withoutPage, 'warm');

    const withMs: number[] = [];
    const withoutMs: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // Alternate which goes first, so neither always runs right after the other's GC or disk writes.
      const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const which of order) {
        const { ms, issued } = await timedLoad(which === 'with' ? withPage : withoutPage, `${which}-${i}`);
        assert.equal(issued, REQUESTS, `${which} run ${i} issued ${issued}`);
        (which === 'with' ? withMs : withoutMs).push(ms);
      }
    }
    // The extension saw the last measured page's requests (all of them, once its queue flushed).
    const lastTab = await tabIdOf(`${site.origin}${PATH}?run=with-${LOADS - 1}`);
    const record = await waitFor(
      () => storedPage(lastTab),
      (p) => !!p && Object.values(p.trackers).reduce((n, t) => n + t.requestCount, 0) === REQUESTS,
      { what: `${REQUESTS} recorded requests on the last load` },
    );
    assert.ok(record);

    const medianWith = median(withMs);
    const medianWithout = median(withoutMs);
    const ratio = medianWith / medianWithout;
    const round = (n: number) => Math.round(n * 100) / 100;
    console.log(
      JSON.stringify({
        overhead_loads: LOADS,
        median_with_ms: round(medianWith),
        median_without_ms: round(medianWithout),
        overhead_ratio: Math.round(ratio * 1000) / 1000,
        with_ms: withMs.map(round),
        without_ms: withoutMs.map(round),
      }),
    );
    assert.equal(withMs.length, LOADS);
    assert.equal(withoutMs.length, LOADS);
    assert.ok(Number.isFinite(ratio) && ratio > 0, `ratio ${ratio}`);
    await withPage.close();
    await withoutPage.close();
  });
});
