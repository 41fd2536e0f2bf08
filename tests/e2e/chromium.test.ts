// The built extension in Debian's Chromium against the demo site on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { currentWorker, launchChromium, type ChromiumSession } from './harness/chromium';
import { CAR_COMPANIES, CAR_PATH, HOSTILE_PATH, IVF_COMPANIES, IVF_PATH, IVF_TRACKERS, LONG_PATH, type StoredPage } from './harness/demo-expectations';
import { screenshotPath } from './harness/screenshots';
import { tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

let site: SiteServer;
let session: ChromiumSession;
/** Every request the browser made, with the page or worker that made it. */
const extensionRequests: { url: string; from: string }[] = [];

async function tabIdOf(url: string): Promise<number> {
  const worker = await currentWorker(session.context, session.extensionId);
  const tabs = await worker.evaluate(() => chrome.tabs.query({}));
  // The newest tab with that address (tab ids only grow), should an older one still be open.
  const ids = (tabs as { id: number; url?: string }[]).filter((t) => t.url === url).map((t) => t.id);
  assert.ok(ids.length > 0, `no tab with ${url}`);
  return Math.max(...ids);
}

async function storedPage(tabId: number): Promise<StoredPage | undefined> {
  const worker = await currentWorker(session.context, session.extensionId);
  return tabPage<StoredPage>((await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId);
}

const RED = [185, 28, 28, 255];
const AMBER = [180, 83, 9, 255];

async function badge(tabId: number): Promise<{ text: string; title: string; colour: number[] }> {
  const worker = await currentWorker(session.context, session.extensionId);
  return worker.evaluate(
    async (id) => ({
      text: await chrome.action.getBadgeText({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
      colour: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
    }),
    tabId,
  );
}

async function openPage(path: string): Promise<{ page: Page; tabId: number; record: StoredPage }> {
  const page = await session.context.newPage();
  await page.goto(site.origin + path);
  const tabId = await tabIdOf(site.origin + path);
  const record = await waitFor(
    () => storedPage(tabId),
    (p) => !!p && p.url === site.origin + path && Object.keys(p.trackers).length > 0,
    { what: `tracker record for ${path}` },
  );
  return { page, tabId, record: record! };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.getByTestId('company').first().waitFor();
  return popup;
}

/** The names the popup shows (src/core/records/display-brand.ts), not the database's owners. */
const IVF_BRANDS = ['Meta (Facebook, Instagram)', 'Google', 'LinkedIn', 'TikTok'];

const companiesIn = (record: StoredPage) => [...new Set(Object.values(record.trackers).map((t) => t.tracker.company))].sort();

before(async () => {
  site = await startSiteServer();
  // Third-party cookies allowed, as in most browsers in use, with a Facebook login
  // cookie set: the pixel's requests then carry it, which Pixelwacht must notice.
  session = await launchChromium({ allowThirdPartyCookies: true });
  session.context.on('request', (request) => {
    let from = request.serviceWorker()?.url() ?? '';
    try {
      from ||= request.frame().url();
    } catch {
      // A request without a frame (a worker's): `from` stays as it is.
    }
    extensionRequests.push({ url: request.url(), from });
  });
  await session.context.addCookies([
    { name: 'c_user', value: '100001234567890', domain: '.facebook.com', path: '/', secure: true, sameSite: 'None' },
    { name: 'xs', value: 'secret-session-value', domain: '.facebook.com', path: '/', secure: true, sameSite: 'None' },
  ]);
  // The worker can announce itself before its webRequest listener is live: load
  // a harmless page and wait until the worker has seen it before the real tests.
  const warm = await session.context.newPage();
  await warm.goto(site.origin + '/');
  const tabId = await tabIdOf(site.origin + '/');
  await waitFor(
    async () => (await storedPage(tabId)) ?? (await warm.reload(), undefined),
    (p) => !!p,
    { what: 'warm-up page record', intervalMs: 500 },
  );
  await warm.close();
});

after(async () => {
  await session?.close();
  await site?.close();
});

describe('Chromium: watching the demo site', () => {
  test('the IVF page: pixel, analytics, plug-in and beacon requests are recorded with their companies', async () => {
    const { page, record } = await openPage(IVF_PATH);
    const full = await waitFor(
      async () => record && (await storedPage(await tabIdOf(site.origin + IVF_PATH))),
      (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers),
      { what: 'all IVF trackers' },
    );
    assert.ok(full);
    assert.deepEqual(companiesIn(full), [...IVF_COMPANIES].sort());
    for (const [key, expected] of Object.entries(IVF_TRACKERS)) {
      assert.equal(full.trackers[key]?.tracker.company, expected.company, key);
      const types = full.requests.filter((r) => r.trackerKey === key).map((r) => r.type);
      assert.ok(types.some((t) => (expected.types as readonly string[]).includes(t)), `${key} seen as ${types.join(',')}`);
    }
    // The sendBeacon POSTs arrive with their bodies.
    const ga = full.requests.find((r) => r.trackerKey === 'google_analytics');
    assert.match(ga?.body ?? '', /en=page_view&_et=12\nen=scroll/);
    const metaBeacon = full.requests.find((r) => r.trackerKey === 'facebook_custom_audience' && r.method === 'POST');
    assert.match(metaBeacon?.body ?? '', /ev=ViewContent/);
    assert.equal(full.trackers.facebook_social_plugins?.kind, 'social-plugin');
    await page.close();
  });

  test('the badge counts the companies told; on the IVF page it is the red "!" health alarm, its tooltip in sentences', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    // Red and a "!" before the number: the alarm does not rest on colour alone.
    const shown = await waitFor(() => badge(tabId), (b) => b.text === `!${IVF_COMPANIES.length}` && b.title.startsWith('Pixelwacht: this page about health was passed on to 4 companies.'), { what: 'alarm badge' });
    for (const brand of IVF_BRANDS) assert.ok(shown.title.includes(`${brand} received the page address`), shown.title);
    assert.match(shown.title, /Pixelwacht blocked nothing\.$/);
    assert.deepEqual(shown.colour, RED);
    await page.close();
  });

  test('the car-insurance page of the same insurer: amber badge, no health verdict', async () => {
    const { page, tabId } = await openPage(CAR_PATH);
    const record = await waitFor(
      () => storedPage(tabId),
      (p) => !!p && companiesIn(p).length === CAR_COMPANIES.length && !!p.health?.verdict,
      { what: 'car trackers and verdict' },
    );
    assert.deepEqual(companiesIn(record!), [...CAR_COMPANIES].sort());
    assert.equal(record!.health!.verdict!.health, false);
    const shown = await waitFor(() => badge(tabId), (b) => b.text === '2', { what: 'badge 2' });
    assert.deepEqual(shown.colour, AMBER);
    assert.match(shown.title, /^Pixelwacht: this page told 2 companies about your visit: Meta \(Facebook, Instagram\) and Google\. Pixelwacht blocked nothing\.$/);
    const popup = await openPopup(tabId);
    assert.equal(await popup.getByTestId('health').getAttribute('data-health'), 'false');
    assert.match((await popup.getByTestId('summary').textContent()) ?? '', /^Meta \(Facebook, Instagram\) and Google were told that you visited this page/);
    assert.equal(await popup.getByTestId('alarm').count(), 0);
    await popup.screenshot({ path: screenshotPath('chromium-popup-car-en'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('the badge speaks the language chosen in Settings (Dutch in an English browser), and follows a change at once', async () => {
    const setLanguage = async (language: string) => {
      const worker = await currentWorker(session.context, session.extensionId);
      await worker.evaluate(async (lang) => {
        const stored = ((await chrome.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as Record<string, unknown>;
        await chrome.storage.local.set({ 'settings:v1': { ...stored, language: lang } });
      }, language);
    };
    await setLanguage('nl');
    try {
      const { page, tabId } = await openPage(CAR_PATH);
      const dutch = await waitFor(() => badge(tabId), (b) => b.text === '2' && b.title.startsWith('Pixelwacht: deze pagina'), { what: 'Dutch badge tooltip' });
      assert.match(dutch.title, /^Pixelwacht: deze pagina vertelde 2 bedrijven over uw bezoek: Meta \(Facebook, Instagram\) en Google\. Pixelwacht heeft niets geblokkeerd\.$/);
      await setLanguage('auto');
      await waitFor(() => badge(tabId), (b) => b.title.startsWith('Pixelwacht: this page told 2 companies'), { what: 'the browser\'s language again, without a reload' });
      await page.close();
    } finally {
      await setLanguage('auto');
    }
  });

  test('the popup lists the trackers by company (screenshot)', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    await waitFor(() => storedPage(tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers));
    const popup = await openPopup(tabId);
    await waitFor(() => popup.getByTestId('company').count(), (n) => n === IVF_COMPANIES.length, { what: 'companies in popup' });
    const shown = await popup.getByTestId('company').evaluateAll((els) => els.map((e) => e.getAttribute('data-company')));
    assert.deepEqual([...shown].sort(), [...IVF_COMPANIES].sort());
    assert.equal(await popup.getByTestId('site').textContent(), '127.0.0.1');
    await waitFor(() => popup.getByTestId('health').getAttribute('data-health'), (h) => h === 'true', { what: 'health verdict in popup' });
    const summary = (await popup.getByTestId('summary').textContent()) ?? '';
    assert.match(summary, /^.+ were told that you visited this page about IVF, along with .*your login cookie.*your e-mail address, hashed — before you chose anything\.$/);
    for (const brand of IVF_BRANDS) assert.ok(summary.includes(brand), summary);
    // One alarm for the page, not one per company.
    assert.equal(await popup.getByTestId('alarm').count(), 1);
    assert.match((await popup.getByTestId('health-categories').textContent()) ?? '', /reproduction and pregnancy/);
    const reasons = await popup.getByTestId('health-reasons').locator('li').allTextContents();
    assert.ok(reasons.some((r) => r.includes("'IVF'")), reasons.join(' | '));
    // The Meta pixel's disclosure is marked as a special category, with its consent timing.
    const meta = popup.locator('[data-tracker="facebook_custom_audience"]');
    assert.equal(await meta.getAttribute('data-special'), 'true');
    assert.equal(await meta.getByTestId('consent').getAttribute('data-consent'), 'before-any-interaction');
    assert.match((await meta.getByTestId('consent').textContent()) ?? '', /after the page started loading, before you did anything/);
    await popup.locator('[data-company="Meta"] details.company-line > summary').click();
    assert.match((await meta.getByTestId('health-in-sent').textContent()) ?? '', /IVF/i);
    await popup.screenshot({ path: screenshotPath('chromium-popup-ivf-en'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('the popup shows what Meta received: page address, event, hashed e-mail, login cookie', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    await waitFor(() => storedPage(tabId), (p) => !!p && (p.trackers.facebook_custom_audience?.requestCount ?? 0) >= 2);
    const popup = await openPopup(tabId);
    const meta = popup.locator('[data-tracker="facebook_custom_audience"]');
    await waitFor(
      () => meta.locator('[data-chip]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chip'))),
      (chips) => ['page-address', 'event', 'hashed-email', 'login-cookie'].every((c) => chips.includes(c)),
      { what: 'Meta chips' },
    );
    const chipTexts = await meta.locator('[data-chip]').allTextContents();
    assert.ok(chipTexts.includes('event: ViewContent'), chipTexts.join(' | '));
    assert.ok(chipTexts.includes('with your Meta login cookie'), chipTexts.join(' | '));
    // First expand: the company line, with the events in order and the pixel id (as Meta Pixel Helper shows them).
    await popup.locator('[data-company="Meta"] details.company-line > summary').click();
    // In the order the requests were sent (the pixel's image and its beacon race, so the
    // order is read from the record: its requests are kept in arrival order). The opened
    // line is built when it opens (Preact renders after the click returns): wait for it.
    const events = await waitFor(() => meta.getByTestId('events').locator('li').allTextContents(), (list) => list.length >= 2, { what: 'Meta events listed' });
    const sent = (await storedPage(tabId))!.requests
      .filter((r) => r.trackerKey === 'facebook_custom_audience')
      .map((r) => new URLSearchParams(r.body ?? new URL(r.url).search).get('ev') ?? new URL(r.url).searchParams.get('ev'))
      .filter((ev): ev is string => !!ev);
    assert.deepEqual(events, [...new Set(sent)], `events as sent: ${sent.join(', ')}`);
    assert.deepEqual([...events].sort(), ['PageView', 'ViewContent']);
    assert.match((await meta.getByTestId('account-id').textContent()) ?? '', /1234567890123456/);
    // Second expand: the values and the raw requests.
    await meta.locator('details.values > summary').click();
    const values = await meta.getByTestId('values').textContent();
    assert.ok(values?.includes(site.origin + IVF_PATH), values ?? '');
    assert.ok(values?.includes('6b74a8d9996b1e2852c2526229b684b94050446afc0c4745f2d70566f2dc6197'));
    assert.ok(!(await popup.content()).includes('secret-session-value'), 'cookie values are never kept');
    await meta.locator('.raw').first().waitFor();
    assert.ok((await meta.locator('.raw').count()) >= 2);
    await popup.screenshot({ path: screenshotPath('chromium-popup-ivf-meta-expanded-en'), fullPage: true });
    // The record keeps only cookie names.
    const record = await storedPage(tabId);
    assert.ok(!JSON.stringify(record).includes('secret-session-value'));
    await popup.close();
    await page.close();
  });

  test('overrides: the user marks the car-insurance page as about health (red), then the whole site as not (amber)', async () => {
    const { page, tabId } = await openPage(CAR_PATH);
    await waitFor(() => storedPage(tabId), (p) => !!p?.health?.verdict, { what: 'verdict' });
    await waitFor(() => badge(tabId), (b) => b.text === '2', { what: 'badge' });
    let popup = await openPopup(tabId);
    await popup.locator('details.override > summary').click();
    await popup.getByTestId('override-page').click();
    await waitFor(() => popup.getByTestId('health').getAttribute('data-health'), (h) => h === 'true', { what: 'marked as health' });
    assert.deepEqual((await waitFor(() => badge(tabId), (b) => b.colour[0] === RED[0], { what: 'red badge' })).colour, RED);
    await popup.close();
    // The choice is kept for the page: a reload is still about health.
    await page.reload();
    await waitFor(() => storedPage(tabId), (p) => !!p?.health?.override && !!p.health.verdict, { what: 'override after reload' });
    popup = await openPopup(tabId);
    assert.equal(await popup.getByTestId('health').getAttribute('data-health'), 'true');
    await popup.locator('details.override').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await popup.getByTestId('override-site').click();
    await waitFor(() => popup.getByTestId('health').getAttribute('data-health'), (h) => h === 'false', { what: 'site marked not health' });
    await waitFor(() => badge(tabId), (b) => b.colour[0] === AMBER[0], { what: 'amber badge' });
    // Undo, so later tests see the classifier's own verdicts.
    await popup.locator('details.override').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    await popup.getByTestId('override-reset').click();
    await waitFor(() => storedPage(tabId), (p) => p?.health?.override === null, { what: 'override reset' });
    await popup.close();
    const worker = await currentWorker(session.context, session.extensionId);
    await worker.evaluate(() => chrome.storage.local.remove('overrides:v1'));
    await page.close();
  });

  test('the content script reads the page only after load, and long tasks are printed', async () => {
    // The content script does its work at two moments: when it is evaluated at
    // document_start (the consent clock), and when it reads and classifies the
    // page once the load event has passed and the page is idle. What is asserted
    // is that order — the page is not read during its load — not a duration:
    // how long a task takes depends on what else runs on the machine. The long
    // tasks are printed for the record (a long page's own parse is a long task
    // with or without Pixelwacht).
    for (const path of [IVF_PATH, LONG_PATH]) {
      const page = await session.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
        w.__longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(site.origin + path);
      const tabId = await tabIdOf(site.origin + path);
      const record = await waitFor(() => storedPage(tabId), (p) => !!p?.health?.verdict, { what: `verdict for ${path}` });
      const { tasks, loadEnd, timeOrigin } = await page.evaluate(() => ({
        tasks: (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
        loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
        timeOrigin: performance.timeOrigin,
      }));
      console.log(JSON.stringify({ content_script_page: path, load_ms: Math.round(loadEnd), long_tasks: tasks.map((x) => [Math.round(x.start), Math.round(x.duration)]) }));
      assert.ok(loadEnd > 0, `the load event of ${path} has ended`);
      // The verdict is stamped when the worker receives it (Date.now(), the same clock as timeOrigin + loadEventEnd).
      const verdictAt = record!.health!.verdict!.at;
      assert.ok(verdictAt >= Math.floor(timeOrigin + loadEnd), `verdict for ${path} received ${Math.round(timeOrigin + loadEnd - verdictAt)} ms before the load event ended`);
      await page.close();
    }
  });


  test('a page title made of markup is shown as text and runs nothing', async () => {
    const { page, tabId } = await openPage(HOSTILE_PATH);
    const popup = await openPopup(tabId);
    let dialogs = 0;
    popup.on('dialog', (d) => {
      dialogs += 1;
      void d.dismiss();
    });
    const title = await popup.getByTestId('page-title').textContent();
    assert.equal(title, '<img src=x onerror=alert(1)><script>alert(2)</script>');
    assert.equal(await popup.locator('main img, main script').count(), 0);
    await popup.waitForTimeout(300);
    assert.equal(dialogs, 0);
    await popup.close();
    await page.close();
  });

  test('stopping the service worker mid-session loses no record; badge and popup stay right', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    const before = await waitFor(() => storedPage(tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers));
    const countBefore = before!.requests.length;

    const internals = await session.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const version = internals.locator('.serviceworker-version', { hasText: `chrome-extension://${session.extensionId}/` });
    await version.locator('cr-button[data-command="stop"]').click();
    await waitFor(
      () => version.locator('.serviceworker-running-status .value').textContent(),
      (s) => s?.trim() === 'STOPPED',
      { what: 'worker stopped' },
    );

    // The page goes on sending; the stopped worker is woken by the request.
    await page.click('#more');
    const after = await waitFor(
      () => storedPage(tabId),
      (p) => !!p && p.requests.length >= countBefore + 2,
      { what: `requests after the restart (had ${countBefore})`, timeoutMs: 60_000 },
    );
    assert.equal(after!.trackers.facebook_custom_audience!.requestCount, before!.trackers.facebook_custom_audience!.requestCount + 1);
    for (const key of Object.keys(IVF_TRACKERS)) assert.ok(key in after!.trackers, `${key} kept`);
    assert.ok(after!.requests.slice(0, countBefore).every((r, i) => r.url === before!.requests[i]!.url), 'earlier requests kept in order');
    await waitFor(() => badge(tabId), (b) => b.text === `!${IVF_COMPANIES.length}`, { what: 'badge after restart' });

    const popup = await openPopup(tabId);
    assert.equal(await popup.getByTestId('company').count(), IVF_COMPANIES.length);
    await popup.close();
    await internals.close();
    await page.close();
  });

  test('an open popup is pushed what the page goes on sending, also after the worker was stopped (it reconnects)', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    await waitFor(() => storedPage(tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers));
    const popup = await openPopup(tabId);
    // The Meta line's request count, as the popup shows it (e.g. "3 requests").
    const metaRequests = () =>
      popup.evaluate(() => Number(/\d+/.exec(document.querySelector('[data-company="Meta"] .line-facts')?.textContent ?? '')?.[0] ?? '0'));
    const first = await waitFor(metaRequests, (n) => n > 0, { what: 'Meta line' });
    await page.click('#more');
    const second = await waitFor(metaRequests, (n) => n > first, { what: 'the popup updated while open' });

    const internals = await session.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const version = internals.locator('.serviceworker-version', { hasText: `chrome-extension://${session.extensionId}/` });
    await version.locator('cr-button[data-command="stop"]').click();
    // The stopped worker dropped the popup's port; the popup connects again, which wakes it.
    const status = () => version.locator('.serviceworker-running-status .value').textContent().then((t) => t?.trim() ?? '');
    const seen: string[] = [];
    const woken = (s: string) => {
      if (seen.at(-1) !== s) seen.push(s);
      return s === 'RUNNING' && seen.some((x) => x !== 'RUNNING');
    };
    await waitFor(status, woken, { what: 'the worker stopped and woken again by the popup', intervalMs: 50 });
    console.log(JSON.stringify({ worker_status_seen: seen }));
    await page.click('#more');
    const third = await waitFor(metaRequests, (n) => n > second, { what: 'the popup updated after the worker restarted', timeoutMs: 60_000 });
    console.log(JSON.stringify({ popup_live_meta_requests: [first, second, third] }));
    await internals.close();
    await popup.close();
    await page.close();
  });

  test('an open popup follows the shield setting changed elsewhere (the Settings page, another window)', async () => {
    const setShield = async (on: boolean) => {
      const worker = await currentWorker(session.context, session.extensionId);
      await worker.evaluate(async (value) => {
        const stored = ((await chrome.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as Record<string, unknown>;
        await chrome.storage.local.set({ 'settings:v1': { ...stored, shield: value } });
      }, on);
    };
    const { page, tabId } = await openPage(IVF_PATH);
    await waitFor(() => storedPage(tabId), (p) => p?.health?.verdict?.health === true, { what: 'IVF verdict' });
    const popup = await openPopup(tabId);
    const shield = () => popup.getByTestId('shield').getAttribute('data-shield');
    await waitFor(shield, (s) => s === 'off', { what: 'the shield off in the popup' });
    try {
      await setShield(true);
      await waitFor(shield, (s) => s === 'on', { what: 'the open popup shows the shield on' });
      assert.equal(await popup.getByTestId('shield-allow-here').count(), 1);
    } finally {
      await setShield(false);
    }
    await waitFor(shield, (s) => s === 'off', { what: 'the open popup shows the shield off again' });
    await popup.close();
    await page.close();
  });

  test('from the popup: pause recording on the site, resume it, and open the details in the dashboard', async () => {
    const { page, tabId } = await openPage(CAR_PATH);
    const popup = await openPopup(tabId);
    await popup.getByTestId('pause').click();
    await popup.getByTestId('paused').waitFor();
    assert.equal(await popup.getByTestId('pause').getAttribute('aria-pressed'), 'true');
    await page.reload();
    const paused = await waitFor(
      () => storedPage(tabId),
      (p) => !!p && p.url === site.origin + CAR_PATH && !!p.health?.verdict,
      { what: 'the reloaded page' },
    );
    await page.waitForTimeout(500);
    assert.equal(Object.keys((await storedPage(tabId))!.trackers).length, 0, 'nothing recorded while paused');
    assert.ok(paused);
    assert.match((await badge(tabId)).title, /paused/);
    await popup.reload();
    await popup.getByTestId('pause').click();
    await waitFor(() => popup.getByTestId('paused').count(), (n) => n === 0, { what: 'resumed' });
    await page.reload();
    await waitFor(() => storedPage(tabId), (p) => !!p && Object.keys(p.trackers).length > 0, { what: 'recording again' });

    const again = await openPopup(tabId);
    const opened = session.context.waitForEvent('page');
    await again.getByTestId('details').click();
    const dashboard = await opened;
    await dashboard.waitForLoadState();
    // The site page at this visit, which it shows first.
    assert.match(dashboard.url(), new RegExp(`^chrome-extension://${session.extensionId}/src/dashboard/index\\.html#/site/127\\.0\\.0\\.1/visit/${tabId}-`));
    await dashboard.close();
    await popup.close();
    await page.close();
  });

  test('damaged stored data: a corrupted tab record and history are reset with a visible notice, and the worker goes on', async () => {
    const { page, tabId } = await openPage(CAR_PATH);
    let worker = await currentWorker(session.context, session.extensionId);
    // The page must be quiet first: a late report would make the old worker write the head
    // again over the damage before it is stopped (seen once: no "tab" in the notice).
    await waitFor(
      async () => {
        const before = JSON.stringify(await storedPage(tabId));
        await new Promise((r) => setTimeout(r, 1500));
        return before === JSON.stringify(await storedPage(tabId));
      },
      (quiet) => quiet,
      { what: 'the car page record unchanged for 1.5 s' },
    );
    // The tab's page record (its head in storage.session), a summary, the index and history of the old layout.
    const head = Object.entries((await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, { tabId?: number }>)
      .find(([key, value]) => key.startsWith('page:v2:') && !key.includes('#') && !key.includes('@') && value.tabId === tabId)![0];
    await worker.evaluate(
      ({ tab }) =>
        Promise.all([
          chrome.storage.session.set({ [tab]: { v: 99, garbage: '<script>alert(1)</script>' } }),
          chrome.storage.local.set({ 'site:v2:127.0.0.1': { v: 7 }, 'history-index:v2': 'garbage', 'site:v1:127.0.0.1': 'not a history', 'history-index:v1': [1, 2, 3] }),
        ]),
      { tab: head },
    );
    const internals = await session.context.newPage();
    await internals.goto('chrome://serviceworker-internals/');
    const version = internals.locator('.serviceworker-version', { hasText: `chrome-extension://${session.extensionId}/` });
    await version.locator('cr-button[data-command="stop"]').click();
    await waitFor(() => version.locator('.serviceworker-running-status .value').textContent(), (v) => v?.trim() === 'STOPPED', { what: 'stopped' });
    await page.reload(); // wakes the worker, which restores (and resets) what it finds
    const record = await waitFor(() => storedPage(tabId), (p) => !!p && Object.keys(p.trackers).length > 0, { what: 'recording again' });
    assert.ok(record);
    const popup = await openPopup(tabId);
    await popup.getByTestId('notice').waitFor();
    assert.match((await popup.getByTestId('notice').textContent()) ?? '', /could not be read and was reset \(.*tab.*\)/);
    await popup.getByTestId('notice').getByRole('button').click();
    await waitFor(() => popup.getByTestId('notice').count(), (n) => n === 0, { what: 'notice dismissed' });
    worker = await currentWorker(session.context, session.extensionId);
    // History for the site is written afresh when the visit settles; the damaged old-layout data is gone.
    await page.goto(site.origin + IVF_PATH);
    await waitFor(
      async () => (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, { v?: number } | undefined>,
      (local) => local['site:v2:127.0.0.1']?.v === 2 && !('site:v1:127.0.0.1' in local) && !('history-index:v1' in local),
      { what: 'history rewritten' },
    );
    await Promise.all([popup.close(), internals.close(), page.close()]);
  });

  test('the extension itself made no network request (worker, popup, dashboard, letter wizard)', async () => {
    const origin = `chrome-extension://${session.extensionId}/`;
    const { page, tabId } = await openPage(IVF_PATH);
    const popup = await openPopup(tabId);
    await popup.locator('details.company-line > summary').first().click();
    await popup.locator('details.values > summary').first().click();
    await popup.close();
    for (const route of ['#/', '#/site/127.0.0.1', '#/letter/127.0.0.1', '#/settings', '#/about']) {
      const dashboard = await session.context.newPage();
      await dashboard.goto(`${origin}src/dashboard/index.html${route}`);
      await dashboard.waitForTimeout(300);
      await dashboard.close();
    }
    await page.close();
    // Control: a request the test itself makes from an extension page and from the
    // worker is seen by the recorder — so an empty result below means something.
    const probe = await session.context.newPage();
    await probe.goto(`${origin}src/dashboard/index.html#/about`);
    await probe.evaluate(() => fetch('https://control.invalid/page').catch(() => undefined));
    const worker = await currentWorker(session.context, session.extensionId);
    await worker.evaluate(() => fetch('https://control.invalid/worker').catch(() => undefined));
    await waitFor(async () => extensionRequests.filter((r) => r.url.startsWith('https://control.invalid/')).map((r) => r.from), (f) => f.length === 2, {
      what: 'the control requests',
    });
    await probe.close();
    // Every request the extension's own contexts made since launch, controls aside, was for its own files.
    const own = extensionRequests.filter((r) => r.from.startsWith(origin) && !r.url.startsWith('https://control.invalid/'));
    const outside = own.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    assert.deepEqual(outside, []);
    const controls = extensionRequests.filter((r) => r.url.startsWith('https://control.invalid/'));
    assert.ok(controls.every((r) => r.from.startsWith(origin)), JSON.stringify(controls));
  });


  // Last: it removes everything the other tests recorded.
  test('erase everything: every record, setting and draft is gone from storage', async () => {
    for (const p of session.context.pages()) if (!p.url().startsWith('chrome-extension://')) await p.close();
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html`);
    const worker = await currentWorker(session.context, session.extensionId);
    const before = (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
    assert.ok(Object.keys(before).some((k) => k.startsWith('visit:v2:')), 'history existed');
    const answer = await popup.evaluate(() => chrome.runtime.sendMessage({ name: 'dashboard:eraseAll', payload: {} }));
    assert.deepEqual(answer, { erased: true });
    await popup.close();
    await new Promise((r) => setTimeout(r, 1200)); // past the write queue's maximum delay: nothing comes back
    assert.deepEqual(await worker.evaluate(() => chrome.storage.local.get(null)), {});
    assert.deepEqual(await worker.evaluate(() => chrome.storage.session.get(null)), {});
  });
});
