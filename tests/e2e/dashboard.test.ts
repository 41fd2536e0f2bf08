// The dashboard (and the popup) in Debian's Chromium: the demo site's history,
// hostile content, axe-core, speed with 5,000 sites and a 500-request popup,
// and screenshots in Dutch and English, light and dark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { MAX_SITES } from '../../src/storage/history-store';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { currentWorker, launchChromium, type ChromiumSession } from './harness/chromium';
import { IVF_COMPANIES, IVF_PATH, IVF_TRACKERS } from './harness/demo-expectations';
import { screenshotPath } from './harness/screenshots';
import { siteHistory, tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HOSTILE = '<img src=x onerror=alert(1)>';
const SITES = 5000;

let site: SiteServer;
let session: ChromiumSession;

const extUrl = (s: ChromiumSession, path: string) => `chrome-extension://${s.extensionId}/${path}`;
const dashboardUrl = (s: ChromiumSession, hash = '#/') => extUrl(s, `src/dashboard/index.html${hash}`);

async function tabIdOf(s: ChromiumSession, url: string): Promise<number> {
  const worker = await currentWorker(s.context, s.extensionId);
  const tabs = (await worker.evaluate(() => chrome.tabs.query({}))) as { id: number; url?: string }[];
  const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
  assert.ok(ids.length > 0, `no tab with ${url}`);
  return Math.max(...ids);
}

async function localGet(s: ChromiumSession, key: string | null): Promise<Record<string, unknown>> {
  const worker = await currentWorker(s.context, s.extensionId);
  return worker.evaluate((k) => chrome.storage.local.get(k), key) as Promise<Record<string, unknown>>;
}

async function localSet(s: ChromiumSession, items: Record<string, unknown>): Promise<void> {
  const worker = await currentWorker(s.context, s.extensionId);
  await worker.evaluate((i) => chrome.storage.local.set(i), items);
}

/** Opens the demo IVF page and waits until its visit is in history with every tracker. */
async function visitIvf(s: ChromiumSession): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(site.origin + IVF_PATH);
  await waitFor(
    async () => siteHistory<{ trackers: Record<string, unknown>; health: unknown }>(await localGet(s, null), '127.0.0.1'),
    (h) => !!h && h.visits.some((v) => Object.keys(IVF_TRACKERS).every((k) => k in v.trackers) && !!v.health),
    { what: 'IVF visit in history', timeoutMs: 60_000, intervalMs: 250 },
  );
  return page;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core in the page (evaluated, since an extension page's CSP forbids inline scripts): moderate, serious and critical violations. */
async function axeSerious(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  })) as AxeViolation[];
  // Moderate too: `page-has-heading-one`, `heading-order` and `landmark-unique` are moderate.
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.impact === 'moderate');
}

async function assertAxeClean(page: Page, what: string): Promise<void> {
  const serious = await axeSerious(page);
  assert.deepEqual(serious, [], `${what}: ${JSON.stringify(serious, null, 1)}`);
}

/** Opens every <details> so that axe and screenshots see what they hide. */
const openAllDetails = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

// Realistic site histories, generated in the extension (so 5,000 records do not travel through the test's wire).
function generateHistories(args: { from: number; to: number; now: number }): Record<string, unknown> {
  const TRACKERS = [
    ['facebook_custom_audience', 'Facebook Custom Audience', 'meta', 'Meta', 'advertising', 'pixel', 'IE'],
    ['facebook_social_plugins', 'Facebook Social Plugins', 'meta', 'Meta', 'social_media', 'social-plugin', 'IE'],
    ['google_analytics', 'Google Analytics', 'google', 'Google', 'site_analytics', 'analytics', 'US'],
    ['google_tag_manager', 'Google Tag Manager', 'google', 'Google', 'site_analytics', 'tag-manager', 'US'],
    ['doubleclick', 'DoubleClick', 'google', 'Google', 'advertising', 'advertising', 'US'],
    ['linkedin_ads', 'LinkedIn Ads', 'microsoft', 'Microsoft', 'advertising', 'pixel', 'US'],
    ['bing_ads', 'Bing Ads', 'microsoft', 'Microsoft', 'advertising', 'pixel', 'US'],
    ['tiktok_analytics', 'TikTok Analytics', 'bytedance', 'ByteDance Inc', 'advertising', 'pixel', 'CN'],
    ['hotjar', 'Hotjar', 'hotjar', 'Hotjar', 'site_analytics', 'session-replay', 'MT'],
    ['criteo', 'Criteo', 'criteo', 'Criteo', 'advertising', 'advertising', 'FR'],
    ['pinterest_conversion_tracker', 'Pinterest Conversion Tracker', 'pinterest', 'Pinterest', 'advertising', 'pixel', 'US'],
    ['snapchat_pixel', 'Snap Pixel', 'snap', 'Snap Inc.', 'advertising', 'pixel', 'US'],
    ['twitter_ads', 'X Ads', 'x', 'X Corp.', 'advertising', 'pixel', 'US'],
    ['adform', 'Adform', 'adform', 'Adform', 'advertising', 'advertising', 'DK'],
    ['hubspot', 'HubSpot', 'hubspot', 'HubSpot', 'customer_interaction', 'other', 'US'],
    ['youtube', 'YouTube', 'google', 'Google', 'audio_video_player', 'other', 'US'],
    ['cookiebot', 'Cookiebot', 'usercentrics', 'Usercentrics', 'consent', 'other', 'DE'],
    ['microsoft_clarity', 'Microsoft Clarity', 'microsoft', 'Microsoft', 'site_analytics', 'session-replay', 'US'],
  ];
  const WORDS = ['zorg', 'vergoeding', 'ggz', 'fysiotherapie', 'ivf', 'tandarts', 'nieuws', 'winkel', 'reizen', 'auto', 'wonen', 'sport', 'recept', 'bank', 'verzekering'];
  let seed = args.from * 7919 + 17;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = <T,>(list: T[]) => list[Math.floor(rnd() * list.length)]!;
  const out: Record<string, unknown> = {};
  for (let i = args.from; i < args.to; i++) {
    const site = `${pick(WORDS)}-${i}.example.nl`;
    const visits = [];
    const nVisits = 1 + Math.floor(rnd() * 3);
    for (let v = 0; v < nVisits; v++) {
      const startedAt = args.now - Math.floor(rnd() * 30 * 86_400_000);
      const word = pick(WORDS);
      const url = `https://www.${site}/${word}/pagina-${v}?utm_source=nieuwsbrief`;
      const health = rnd() < 0.12;
      const trackers: Record<string, unknown> = {};
      const requests = [];
      const nTrackers = 2 + Math.floor(rnd() * 6);
      for (let k = 0; k < nTrackers; k++) {
        const [key, name, companyKey, company, category, kind, country] = pick(TRACKERS);
        if (trackers[key!]) continue;
        const firstSeen = startedAt + 200 + Math.floor(rnd() * 3000);
        const count = 1 + Math.floor(rnd() * 4);
        trackers[key!] = {
          tracker: { key, name, companyKey, company, category, country, website: null, privacyPolicy: null },
          kind, requestCount: count, firstSeen, lastSeen: firstSeen + 500, disguised: false, loginCookies: null, headersSeen: count,
          disclosures: [{ vendor: key, carriedBy: {}, pageUrl: url, pageTitle: `${word} | ${site}`, event: pick(['PageView', 'ViewContent', 'page_view', 'Lead']), userIds: { _fbp: `fb.1.${startedAt}.${i}` } }],
        };
        for (let r = 0; r < count; r++) {
          requests.push({ requestId: `${i}-${v}-${k}-${r}`, url: `https://tracker.example/${key}?dl=${encodeURIComponent(url)}&r=${r}`, method: 'GET', type: 'image', timeStamp: firstSeen + r * 100, frameId: 0, body: null, bodyTruncated: false, referrer: null, cookieNames: [], trackerKey: key });
        }
      }
      visits.push({
        v: 1, visitId: `${i}-${startedAt}`, tabId: 1, url, site, startedAt, incognito: false, trackers, requests, droppedRequests: 0,
        title: `${word} | ${site}`,
        health: health
          ? { verdict: { health: true, score: 0.9, categories: ['general-health'], language: 'nl', reasonCodes: [{ kind: 'term', where: 'title', term: word, category: 'general-health' }], matchedTerms: [], at: startedAt, url }, override: null }
          : { verdict: { health: false, score: 0.1, categories: [], language: 'nl', reasonCodes: [], matchedTerms: [], at: startedAt, url }, override: null },
        consent: { navigationStart: startedAt, events: [{ type: 'navigation-start', t: startedAt }, { type: 'banner-shown', t: startedAt + 400, cmp: 'Cookiebot' }], truncated: false },
        earlierChoice: null,
      });
    }
    visits.sort((a, b) => a.startedAt - b.startedAt);
    out[`site:v1:${site}`] = { v: 1, site, visits };
  }
  return out;
}

async function seedSites(s: ChromiumSession, count: number): Promise<void> {
  const worker = await currentWorker(s.context, s.extensionId);
  // tsx keeps function names with a helper the browser does not have.
  await worker.evaluate(`self.__name = (f) => f; self.__generateHistories = ${generateHistories.toString()};`);
  const now = Date.now();
  for (let from = 0; from < count; from += 500) {
    await worker.evaluate(
      (args) => chrome.storage.local.set((self as unknown as { __generateHistories: typeof generateHistories }).__generateHistories(args)),
      { from, to: Math.min(count, from + 500), now },
    );
  }
  // The generator writes history of the first (per-site) layout; the background moves it into the per-visit one.
  await waitFor(
    async () => (await worker.evaluate(async () => (await (chrome.storage.local as unknown as { getKeys(): Promise<string[]> }).getKeys()).filter((k) => k.startsWith('site:v1:')).length)),
    (left) => left === 0,
    { what: 'seeded history migrated', timeoutMs: 400_000, intervalMs: 500 },
  );
}

/** Records render time and long tasks from the very start of an extension page. */
const PERF_PROBE = `
  window.__perf = { longtasks: [], first: {} };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__perf.longtasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  const watch = ['[data-testid="site-row"]', '[data-testid="company"]'];
  const mo = new MutationObserver(() => {
    for (const sel of watch) if (!(sel in window.__perf.first) && document.querySelector(sel)) window.__perf.first[sel] = performance.now();
  });
  mo.observe(document, { childList: true, subtree: true });
`;

interface Perf {
  longtasks: { start: number; duration: number }[];
  first: Record<string, number>;
}
const perfOf = (page: Page) => page.evaluate(() => (window as unknown as { __perf: Perf }).__perf);

async function stopWorker(s: ChromiumSession): Promise<void> {
  const internals = await s.context.newPage();
  await internals.goto('chrome://serviceworker-internals/');
  const version = internals.locator('.serviceworker-version', { hasText: `chrome-extension://${s.extensionId}/` });
  await version.locator('cr-button[data-command="stop"]').click();
  await waitFor(() => version.locator('.serviceworker-running-status .value').textContent(), (v) => v?.trim() === 'STOPPED', { what: 'worker stopped' });
  await internals.close();
}

/** A tab record with 500 requests from 50 trackers (20 companies). */
function bigTabRecord(tabId: number, url: string, now: number) {
  const trackers: Record<string, unknown> = {};
  const requests = [];
  for (let k = 0; k < 50; k++) {
    const key = `tracker_${k}`;
    const firstSeen = now + 100 + k * 10;
    trackers[key] = {
      tracker: { key, name: `Tracker ${k}`, companyKey: `c${k % 20}`, company: `Company ${k % 20}`, category: k % 3 ? 'advertising' : 'site_analytics', country: 'US', website: null, privacyPolicy: null },
      kind: k % 3 ? 'pixel' : 'analytics', requestCount: 10, firstSeen, lastSeen: firstSeen + 900, disguised: false, loginCookies: null, headersSeen: 10,
      disclosures: Array.from({ length: 5 }, (_, d) => ({
        vendor: key, carriedBy: {}, pageUrl: `${url}?q=${d}`, pageTitle: 'IVF vergoeding', event: `Event${d}`,
        userIds: { _fbp: `fb.1.${now}.${k}${d}` }, hashedPii: { em: 'a'.repeat(64) }, customData: { content_name: `ivf ${d}` },
      })),
    };
    for (let r = 0; r < 10; r++) {
      requests.push({ requestId: `${k}-${r}`, url: `https://t${k}.example/collect?dl=${encodeURIComponent(url)}&n=${r}`, method: r % 2 ? 'POST' : 'GET', type: 'ping', timeStamp: firstSeen + r * 90, frameId: 0, body: r % 2 ? `ev=PageView&n=${r}` : null, bodyTruncated: false, referrer: null, cookieNames: ['_fbp'], trackerKey: key });
    }
  }
  return {
    v: 1, visitId: `${tabId}-${now}`, tabId, url, site: '127.0.0.1', startedAt: now, incognito: false, trackers, requests, droppedRequests: 0,
    title: 'IVF vergoeding', health: { verdict: { health: true, score: 0.9, categories: ['reproduction'], language: 'nl', reasonCodes: [{ kind: 'term', where: 'title', term: 'IVF', category: 'reproduction' }], matchedTerms: [], at: now, url }, override: null },
    consent: { navigationStart: now, events: [{ type: 'navigation-start', t: now }], truncated: false }, earlierChoice: null,
  };
}

/** The worker can announce itself before its webRequest listener is live: wait until it has seen a page. */
async function warmUp(s: ChromiumSession): Promise<void> {
  const warm = await s.context.newPage();
  await warm.goto(site.origin + '/');
  const worker = await currentWorker(s.context, s.extensionId);
  const tabId = await tabIdOf(s, site.origin + '/');
  await waitFor(
    async () => tabPage((await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId) ?? (await warm.reload(), undefined),
    (p) => !!p,
    { what: 'warm-up page record', intervalMs: 500 },
  );
  await warm.close();
}

before(async () => {
  site = await startSiteServer();
  session = await launchChromium();
  await warmUp(session);
});

after(async () => {
  await session?.close();
  await site?.close();
});

describe('Chromium: the dashboard', () => {
  test("the demo site's history: listed, filtered, its site page shows the IVF visit; axe finds nothing serious", async () => {
    const ivf = await visitIvf(session);
    const page = await session.context.newPage();
    await page.goto(dashboardUrl(session));
    const row = page.locator('[data-testid="site-row"][data-site="127.0.0.1"]');
    await row.waitFor();
    assert.match((await row.textContent()) ?? '', /Health page disclosed/);
    // Health only keeps it; a company it never used removes it.
    await page.getByTestId('filter-health').check();
    await row.waitFor();
    await page.getByTestId('filter-health').uncheck();
    await page.getByTestId('chart-health').waitFor();
    for (const company of IVF_COMPANIES) assert.ok(((await page.getByTestId('chart-health').textContent()) ?? '').includes(company), company);
    await openAllDetails(page);
    await assertAxeClean(page, 'history');

    await row.getByRole('link').click();
    await page.getByTestId('site-heading').waitFor();
    assert.equal(await page.getByTestId('site-heading').textContent(), '127.0.0.1');
    const visit = page.getByTestId('visit').filter({ hasText: IVF_PATH }).first();
    await visit.waitFor();
    const companies = await visit.getByTestId('visit-company').evaluateAll((els) => els.map((e) => e.getAttribute('data-company')));
    assert.deepEqual([...new Set(companies)].sort(), [...IVF_COMPANIES].sort());
    assert.equal(await visit.getByTestId('visit-health').getAttribute('data-health'), 'true');
    await visit.getByTestId('visit-alarm').waitFor();
    const meta = visit.locator('[data-tracker="facebook_custom_audience"]');
    assert.equal(await meta.getByTestId('visit-consent').getAttribute('data-consent'), 'before-any-interaction');
    const chips = await meta.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip')));
    assert.ok(chips.includes('page-address'), chips.join(','));
    // Every chip shown has its explanation.
    const explained = await meta.locator('[data-explain]').evaluateAll((els) => els.map((e) => e.getAttribute('data-explain')));
    for (const chip of chips) assert.ok(explained.includes(`explain_chip_${chip!.replace(/-/g, '_')}`), `${chip} explained`);
    assert.equal(await page.getByTestId('draft-letter').getAttribute('href'), '#/letter/127.0.0.1');
    await openAllDetails(page);
    await assertAxeClean(page, 'site page');

    await page.getByTestId('back').click();
    await row.waitFor();
    for (const hash of ['#/settings', '#/about']) {
      await page.goto(dashboardUrl(session, hash));
      await page.locator('h1').waitFor();
      await openAllDetails(page);
      await assertAxeClean(page, hash);
    }
    assert.match((await page.getByTestId('about-privacy').textContent()) ?? '', /private windows/);
    await page.goto(extUrl(session, 'src/onboarding/index.html'));
    await page.locator('main:not([aria-busy])').waitFor();
    await assertAxeClean(page, 'onboarding');
    await page.screenshot({ path: screenshotPath('chromium-onboarding-en') });
    await page.close();
    await ivf.close();
  });

  test('the popup has no serious or critical axe violations', async () => {
    const ivf = await session.context.newPage();
    await ivf.goto(site.origin + IVF_PATH);
    const tabId = await tabIdOf(session, site.origin + IVF_PATH);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(extUrl(session, `src/popup/index.html?tabId=${tabId}`));
    await waitFor(() => popup.getByTestId('company').count(), (n) => n === IVF_COMPANIES.length, { what: 'companies in popup' });
    await openAllDetails(popup);
    await assertAxeClean(popup, 'popup');
    await popup.close();
    await ivf.close();
  });

  test('hostile titles, addresses and values are shown as text and run nothing', async () => {
    const now = Date.now();
    await localSet(session, {
      'site:v1:hostile.example': {
        v: 1, site: 'hostile.example',
        visits: [{
          v: 1, visitId: `9-${now}`, tabId: 9, url: `https://hostile.example/${HOSTILE}`, site: 'hostile.example', startedAt: now, incognito: false,
          trackers: {
            facebook_custom_audience: {
              tracker: { key: 'facebook_custom_audience', name: HOSTILE, companyKey: 'meta', company: HOSTILE, category: 'advertising', country: null, website: null, privacyPolicy: null },
              kind: 'pixel', requestCount: 1, firstSeen: now + 10, lastSeen: now + 10, disguised: false, loginCookies: null, headersSeen: 0,
              disclosures: [{ vendor: 'meta', carriedBy: {}, pageUrl: HOSTILE, pageTitle: HOSTILE, event: HOSTILE, customData: { x: HOSTILE } }],
            },
          },
          requests: [{ requestId: 'h1', url: `https://www.facebook.com/tr?dl=${HOSTILE}`, method: 'GET', type: 'image', timeStamp: now + 10, frameId: 0, body: HOSTILE, bodyTruncated: false, referrer: null, cookieNames: null, trackerKey: 'facebook_custom_audience' }],
          droppedRequests: 0, title: HOSTILE, health: null, consent: null, earlierChoice: null,
        }],
      },
    });
    const page = await session.context.newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    await page.goto(dashboardUrl(session, '#/site/hostile.example'));
    await page.getByTestId('visit').waitFor();
    await openAllDetails(page);
    assert.equal(await page.getByTestId('visit-title').textContent(), HOSTILE);
    assert.equal(await page.getByTestId('visit-url').textContent(), `https://hostile.example/${HOSTILE}`);
    assert.ok(((await page.getByTestId('visit-values').textContent()) ?? '').includes(HOSTILE));
    assert.equal(await page.locator('main img, main script').count(), 0);
    await page.goto(dashboardUrl(session, '#/'));
    await page.locator('[data-site="hostile.example"]').waitFor();
    assert.equal(await page.locator('main img').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(dialogs, 0);
    await page.close();
  });

  test(`speed: ${SITES} sites render paginated; scrolling keeps the rows in the DOM bounded (long tasks printed)`, async () => {
    await seedSites(session, SITES);
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.addInitScript(PERF_PROBE);
    await page.goto(dashboardUrl(session));
    await page.getByTestId('site-row').first().waitFor({ timeout: 30_000 });
    const renderMs = Math.round((await perfOf(page)).first['[data-testid="site-row"]']!);
    // The first page shows while the rest is still being read, newest first.
    await page.getByTestId('history-loading').waitFor({ state: 'detached', timeout: 60_000 });
    const completeMs = Math.round(await page.evaluate(() => performance.now()));
    const rows = await page.getByTestId('site-row').count();
    const status = (await page.getByTestId('result-count').textContent()) ?? '';
    // The seeded sites and the two the earlier tests visited, up to the cap on sites (the oldest go first).
    assert.match(status, new RegExp(`of (${Math.min(SITES + 2, MAX_SITES).toLocaleString('en-GB')}|${Math.min(SITES, MAX_SITES).toLocaleString('en-GB')}) sites`));

    // Scroll the list top to bottom and back, then page through it.
    const scrollStart = await page.evaluate(() => performance.now());
    let mostRowsWhileScrolling = 0;
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel(0, i < 10 ? 600 : -600);
      await page.waitForTimeout(30);
      mostRowsWhileScrolling = Math.max(mostRowsWhileScrolling, await page.getByTestId('site-row').count());
    }
    const scrollEnd = await page.evaluate(() => performance.now());
    for (let i = 0; i < 5; i++) await page.getByTestId('page-next').click();
    await page.getByTestId('page-status').filter({ hasText: 'Page 6 of' }).waitFor();
    // A filter over all sites, then sorting.
    await page.getByTestId('filter-health').check();
    await page.getByTestId('sort').selectOption('companies');
    await page.waitForTimeout(200);
    const done = await perfOf(page);
    const during = (from: number, to: number) => done.longtasks.filter((t) => t.start >= from && t.start <= to);
    const scrollTasks = during(scrollStart, scrollEnd);
    const afterLoad = during(scrollEnd, Infinity);
    console.log(
      JSON.stringify({
        dashboard_sites: SITES,
        dashboard_render_ms: renderMs,
        dashboard_all_read_ms: completeMs,
        dashboard_rows_in_dom: rows,
        dashboard_most_rows_while_scrolling: mostRowsWhileScrolling,
        dashboard_long_tasks: scrollTasks.length,
        dashboard_long_tasks_paging_filtering: afterLoad.length,
        dashboard_longest_task_paging_filtering_ms: Math.round(Math.max(0, ...afterLoad.map((t) => t.duration))),
        dashboard_long_tasks_loading: during(0, completeMs).length,
      }),
    );
    // The work, not the time (a long task is 50 ms of wall clock, which a busy machine decides):
    // the list renders one page of rows however far it is scrolled.
    assert.ok(rows < 200, `rows in the DOM: ${rows}`);
    assert.ok(mostRowsWhileScrolling < 200, `rows in the DOM while scrolling: ${mostRowsWhileScrolling}`);
    await page.close();
  });

  test('speed: the popup with 500 requests from 50 trackers', async () => {
    // The tab: an extension page of our own, which sends nothing the background would record over the seeded record.
    const tab = await session.context.newPage();
    const tabUrl = dashboardUrl(session, '#/about');
    await tab.goto(tabUrl);
    const tabId = await tabIdOf(session, tabUrl);
    // The background keeps tab records in memory and restores them from session storage when it
    // starts again: once its own record of the tab is flushed, put ours in place, stop the worker,
    // and let the popup wake it.
    await tab.waitForTimeout(1500);
    await tab.evaluate(async ({ key, record }) => chrome.storage.session.set({ [key]: record }), {
      key: `tab:v1:${tabId}`,
      record: bigTabRecord(tabId, tabUrl, Date.now()),
    });
    await stopWorker(session);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const popup = await session.context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.addInitScript(PERF_PROBE);
      await popup.goto(extUrl(session, `src/popup/index.html?tabId=${tabId}`));
      await popup.getByTestId('company').first().waitFor({ timeout: 10_000 }).catch(async (error: unknown) => {
        throw new Error(`popup shows: ${await popup.locator('main').textContent()}`, { cause: error });
      });
      assert.equal(await popup.getByTestId('company').count(), 20);
      assert.equal(await popup.getByTestId('events-ids').count(), 0);
      assert.equal(await popup.getByTestId('health-in-sent').count(), 0);
      times.push(Math.round((await perfOf(popup)).first['[data-testid="company"]']!));
      await popup.close();
    }
    // The first open also wakes the stopped worker; the others are the popup alone.
    const warm = Math.min(...times.slice(1));
    console.log(JSON.stringify({ popup_requests: 500, popup_trackers: 50, popup_render_ms: warm, popup_render_cold_ms: times[0] }));
    // Time is printed, not asserted (the machine is shared); the work is: closed lines build no events, ids or health-word scans.
    await tab.close();
  });
});

describe('Chromium: screenshots in English and Dutch, light and dark', () => {
  // Each view is loaded once and shot in both schemes (the scheme is switched in place):
  // the history of 5,000 seeded sites is read once per language, not once per scheme.
  async function shoot(s: ChromiumSession, lang: 'en' | 'nl', popupTabId: number) {
    const page = await s.context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    const both = async (name: string, options: { fullPage?: boolean; axe?: string } = {}) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.screenshot({ path: screenshotPath(`${name}-${lang}-${scheme}`), fullPage: !!options.fullPage });
        if (scheme === 'dark' && options.axe) await assertAxeClean(page, `${options.axe} ${lang} dark`);
      }
    };
    await page.goto(dashboardUrl(s, '#/'));
    await page.getByTestId('site-row').first().waitFor();
    await page.getByTestId('history-loading').waitFor({ state: 'detached', timeout: 30_000 });
    await both('dashboard-history');
    await page.goto(dashboardUrl(s, '#/site/127.0.0.1'));
    await page.getByTestId('visit').first().waitFor();
    await page.locator('[data-testid="visit"] details.values').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await page.locator('[data-testid="explain-all"]').first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await both('dashboard-site');
    await page.goto(dashboardUrl(s, '#/settings'));
    await page.getByTestId('erase').click();
    await both('dashboard-settings', { fullPage: true });
    await page.goto(dashboardUrl(s, '#/about'));
    await page.locator('h1').waitFor();
    await both('dashboard-about', { axe: 'about' });
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(extUrl(s, `src/popup/index.html?tabId=${popupTabId}`));
    await page.getByTestId('company').first().waitFor();
    await both('popup', { fullPage: true, axe: 'popup' });
    await page.close();
  }

  test('English', async () => {
    // The speed test stopped the worker: make sure the new one is watching before the visit.
    await warmUp(session);
    const ivf = await visitIvf(session);
    await shoot(session, 'en', await tabIdOf(session, site.origin + IVF_PATH));
    await ivf.close();
  });

  test('Dutch', async () => {
    const nl = await launchChromium({ locale: 'nl' });
    try {
      await warmUp(nl);
      const ivf = await visitIvf(nl);
      // The same few seeded sites as in English, so the list is not just the demo site.
      await seedSites(nl, 40);
      await shoot(nl, 'nl', await tabIdOf(nl, site.origin + IVF_PATH));
      const page = await nl.context.newPage();
      await page.goto(dashboardUrl(nl, '#/'));
      assert.equal(await page.locator('h1').textContent(), 'Geschiedenis');
      await page.close();
      await ivf.close();
    } finally {
      await nl.close();
    }
  });
});
