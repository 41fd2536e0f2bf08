// Load: one tab fires 5,000 tracker requests (Meta pixel GETs, GA4 beacons, LinkedIn
// Insight images, TikTok JSON POSTs) within 10 seconds. Every one must be counted,
// the kept request list must stay at its cap, the badge and popup must be right, and
// the service worker's heap must stay bounded. Prints one JSON line with the figures.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { currentWorker, launchChromium, type ChromiumSession } from './harness/chromium';
import type { StoredPage } from './harness/demo-expectations';
import { waitFor } from './harness/wait';
import { tabPage } from './harness/stored-records';
import { workerHeap } from './harness/worker-heap';

const LOAD_PATH = '/load.html';
const TOTAL = 5_000;
const FIRE_SECONDS = 3;
const KEPT = 300; // LIMITS.requestsPerPage in src/core/records/page-record.ts
const COMPANIES = ['ByteDance Inc', 'Google', 'Meta', 'Microsoft'];
// The badge's tooltip names them by the brands people know (core/records/display-brand.ts).
const BRANDS = ['Google', 'LinkedIn', 'Meta (Facebook, Instagram)', 'TikTok'];
const TRACKERS = ['facebook_custom_audience', 'google_analytics', 'linkedin_ads', 'tiktok_analytics'];
// Measured on the 2-core machine (load average around 11 from other work): 1.9-2.0 MB
// used before the burst (after a forced GC), 5.7-10.4 MB right after it and 2.6-3.4 MB
// after a GC - the capped page record plus garbage not yet collected. 32 MB is three
// times the highest figure, so GC timing cannot trip it, yet it fails if the worker
// kept all 5,000 requests with their decoded disclosures (the kept 300 cost about
// 1-2 MB, so 5,000 would cost tens of MB) or leaked per-request state.
const HEAP_BOUND_MB = 32;
// The page aims to fire the burst in 3 s. With the extension watching, Chromium's
// renderer takes 5-8 s for it on that machine (2.5-4.5 s without the extension):
// every request is also an event sent to the worker. The issue asks for 5,000 within
// 10 s; the figure is printed, never asserted: a contended machine must not fail the
// test (the recording assertions below do not depend on speed).

let site: SiteServer;
let session: ChromiumSession;

async function worker() {
  return currentWorker(session.context, session.extensionId);
}

async function tabIdOf(url: string): Promise<number> {
  const tabs = (await (await worker()).evaluate(() => chrome.tabs.query({}))) as { id: number; url?: string }[];
  const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
  assert.ok(ids.length > 0, `no tab with ${url}`);
  return Math.max(...ids);
}

interface LoadPage extends StoredPage {
  droppedRequests: number;
}

async function storedPage(tabId: number): Promise<LoadPage | undefined> {
  return tabPage<LoadPage>((await (await worker()).evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId);
}

const recordedCount = (p: LoadPage | undefined) => Object.values(p?.trackers ?? {}).reduce((sum, t) => sum + t.requestCount, 0);
const round = (n: number) => Math.round(n * 100) / 100;

before(async () => {
  site = await startSiteServer();
  session = await launchChromium();
  // The worker can announce itself before its webRequest listener is live: wait until it has seen a page.
  const warm = await session.context.newPage();
  await warm.goto(site.origin + '/');
  const tabId = await tabIdOf(site.origin + '/');
  await waitFor(async () => (await storedPage(tabId)) ?? (await warm.reload(), undefined), (p) => !!p, { what: 'warm-up page record', intervalMs: 500 });
  await warm.close();
});

after(async () => {
  await session?.close();
  await site?.close();
});

describe('Chromium under load', () => {
  test(`${TOTAL.toLocaleString('en')} tracker requests in one tab: every one counted, list capped, badge and popup right, heap bounded`, async () => {
    const url = site.origin + LOAD_PATH;
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);
    await waitFor(() => storedPage(tabId), (p) => !!p && p.url === url, { what: 'page record before the burst' });

    const before = await workerHeap(session.context, session.extensionId, { collectGarbage: true });
    const started = Date.now();
    await page.evaluate(([total, seconds]) => (window as unknown as { pixelwachtLoad: { start(t: number, s: number): void } }).pixelwachtLoad.start(total!, seconds!), [TOTAL, FIRE_SECONDS]);
    const fired = await waitFor(
      () => page.evaluate(() => {
        const s = (window as unknown as { pixelwachtLoad: { issued: number; done: boolean; beaconRefused: number; startedAt: number; endedAt: number } }).pixelwachtLoad;
        return { issued: s.issued, done: s.done, beaconRefused: s.beaconRefused, ms: s.endedAt - s.startedAt };
      }),
      (s) => s.done,
      { timeoutMs: 60_000, what: 'the page to fire its burst' },
    );
    assert.equal(fired.issued, TOTAL);

    // Session storage is written at least once a second; wait for the count to settle there.
    const record = await waitFor(() => storedPage(tabId), (p) => recordedCount(p) >= TOTAL, { timeoutMs: 30_000, intervalMs: 250, what: `${TOTAL} recorded requests` });
    const loadSeconds = (Date.now() - started) / 1000;
    const afterHeap = await workerHeap(session.context, session.extensionId);
    const afterGc = await workerHeap(session.context, session.extensionId, { collectGarbage: true });
    const recorded = recordedCount(record);
    console.log(
      JSON.stringify({
        load_requests: TOTAL,
        load_recorded: recorded,
        worker_heap_before_mb: round(before.usedMb),
        worker_heap_after_mb: round(afterHeap.usedMb),
        worker_heap_after_gc_mb: round(afterGc.usedMb),
        load_seconds: round(loadSeconds),
        fire_seconds: round(fired.ms / 1000),
        beacons_refused: fired.beaconRefused,
      }),
    );

    assert.equal(recorded, TOTAL, 'every request counted, none twice');
    assert.deepEqual(Object.keys(record!.trackers).sort(), TRACKERS);
    assert.equal(record!.requests.length, KEPT, 'the kept list stays at its cap');
    assert.equal(record!.droppedRequests, TOTAL - KEPT);
    // The kept ones are the first to arrive (beacons and fetches tend to overtake images, so no order is asserted).
    assert.ok(record!.requests.every((r) => TRACKERS.includes(r.trackerKey)));
    assert.ok(afterHeap.usedMb < HEAP_BOUND_MB, `worker heap after the burst: ${afterHeap.usedMb.toFixed(1)} MB`);

    const badge = await waitFor(
      async () => (await worker()).evaluate(async (id) => ({ text: await chrome.action.getBadgeText({ tabId: id }), title: await chrome.action.getTitle({ tabId: id }) }), tabId),
      (b) => b.text === String(COMPANIES.length),
      { what: 'badge with four companies' },
    );
    assert.match(badge.title, new RegExp(`this page told ${BRANDS.length} companies about your visit`));
    for (const brand of BRANDS) assert.ok(badge.title.includes(brand), badge.title);

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.getByTestId('company').first().waitFor();
    const shown = await popup.getByTestId('company').evaluateAll((els) => els.map((e) => e.getAttribute('data-company')));
    assert.deepEqual([...shown].sort(), COMPANIES);
    await popup.close();
    await page.close();
  });
});
