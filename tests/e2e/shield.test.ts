// The health shield in both browsers against the demo site. Every host but 127.0.0.1
// goes to a counting proxy on 127.0.0.1 that answers nothing: a tracker request that
// left the browser shows up there (CONNECT www.facebook.com:443), a blocked one never
// does. So "blocked from the first request" is asserted as "the proxy saw none".
//
// Permission in automation: Chromium holds declarativeNetRequestWithHostAccess in its
// manifest, so the popup's "turn on" click is answered at once. Firefox's optional
// webRequestBlocking is granted in the test profile beforehand (extension-preferences.json,
// the file where Firefox keeps granted optional permissions, as the private-window test
// does for its own permission); the popup's click then asks for it and is answered at once.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import puppeteer, { type Browser, type Page as PPage } from 'puppeteer-core';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { CHROME_DIST, chromiumFlags, OFFLINE_EXCEPT_LOCAL } from './harness/chromium';
import { CAR_PATH, IVF_PATH, type StoredPage } from './harness/demo-expectations';
import { FIREFOX_DIST, GECKO_ID, openExtensionPage } from './harness/firefox';
import { screenshotPath } from './harness/screenshots';
import { siteHistory, tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

/** The demo IVF page's four tracker companies, by the hosts their requests go to. */
const IVF_TRACKER_HOSTS = ['www.facebook.com', 'region1.google-analytics.com', 'px.ads.linkedin.com', 'analytics.tiktok.com'];
const IVF_BLOCKED_KEYS = ['facebook_custom_audience', 'google_analytics', 'linkedin_ads', 'tiktok_analytics'];
const IVF_BLOCKED_COMPANIES = ['ByteDance Inc', 'Google', 'Meta', 'Microsoft'];

interface Finding {
  kind: string;
  name?: string;
  value?: string;
}
type ShieldPage = Omit<StoredPage, 'trackers' | 'requests'> & {
  trackers: Record<string, { blocked?: number; requestCount: number }>;
  requests: { trackerKey: string | null; blockedBy?: string; url: string; findings?: Finding[] }[];
};

/** A health page whose GA4 and Meta payloads go to the site's own path and a gateway subdomain (tests/fixtures/site/js/gateway-shapes.js). */
const GATEWAY_PATH = '/vergoedingen/ggz-gateway.html';
const GA4_FIRST_PARTY = '/sgtm/g/collect';
const META_GATEWAY_HOST = 'sst.gezondenwel.test';
const CAPI_GATEWAY_HOST = 'capig-gezondenwel-gw456-ez.a.run.app';
const OWN_REQUEST = '/api/vergoedingen.json';
const isGa4Hit = (r: { url: string }) => r.url.includes(GA4_FIRST_PARTY + '?');
const isMetaHit = (r: { url: string }) => r.url.startsWith(`https://${META_GATEWAY_HOST}/tr?`);
const isCapiHit = (r: { url: string }) => r.url.startsWith(`https://${CAPI_GATEWAY_HOST}/events`);
const hasFinding = (r: { findings?: Finding[] } | undefined, kind: string, value: string) => !!r?.findings?.some((f) => f.kind === kind && (f.value === value || f.name === value));
const gatewayRecorded = (p: ShieldPage | undefined) =>
  !!p && [isGa4Hit, isMetaHit, isCapiHit].every((is) => p.requests.some((r) => is(r) && r.trackerKey));

/** A proxy that counts which hosts the browser tried to reach, and lets none through. */
async function startCountingProxy(): Promise<{ port: number; hosts: string[]; server: Server }> {
  const hosts: string[] = [];
  const server = createServer((req, res) => {
    try {
      hosts.push(new URL(req.url ?? '').hostname);
    } catch {
      // not an absolute address: not a proxied request
    }
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    hosts.push((req.url ?? '').split(':')[0] ?? '');
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as { port: number }).port, hosts, server };
}

interface Harness {
  name: string;
  open(url: string): Promise<{ tabId: number; reload(): Promise<void>; close(): Promise<void> }>;
  stored(tabId: number): Promise<ShieldPage | undefined>;
  /** Opens the popup for a tab, clicks a control in it, closes it. */
  clickInPopup(tabId: number, testId: string): Promise<void>;
  popupTexts(tabId: number, screenshot?: string): Promise<{ count: string | null; lines: { company: string; blocked: string; text: string }[]; offer: boolean }>;
  setSettings(values: Record<string, unknown>): Promise<void>;
  /** The stored settings (settings:v1) as they are. */
  settings(): Promise<Record<string, unknown>>;
  /** The dashboard's Settings page, opened in a tab of its own. */
  settingsPage(): Promise<SettingsPage>;
  badge(tabId: number): Promise<{ text: string; title: string }>;
  /** Chromium: the shield's declarativeNetRequest session rules (Firefox blocks with a listener: null). */
  sessionRules(): Promise<{ id: number; condition: { regexFilter?: string; tabIds?: number[] } }[] | null>;
  /** Chromium: the visit ids in the site's stored history; the dashboard at a route (the letter wizard is the same page in both browsers). */
  historyVisitIds?(site: string): Promise<string[]>;
  dashboard?(route: string): Promise<Page>;
  close(): Promise<void>;
}

interface SettingsPage {
  /** A user's click on a control (the shield switch asks for its permission from it). */
  click(testId: string): Promise<void>;
  checked(testId: string): Promise<boolean>;
  text(testId: string): Promise<string | null>;
  /** Types a number of days into the retention field and leaves it (the page saves on change). */
  typeRetention(days: number): Promise<void>;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

const evalStorage = `(async () => {
  const api = globalThis.browser ?? globalThis.chrome;
  return api.storage.session.get(null);
})()`;

async function chromiumHarness(proxyPort: number): Promise<Harness> {
  const flags = chromiumFlags().filter((f) => f !== OFFLINE_EXCEPT_LOCAL);
  const context: BrowserContext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pixelwacht-shield-')), {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${CHROME_DIST}`, `--load-extension=${CHROME_DIST}`, ...flags, `--proxy-server=http://127.0.0.1:${proxyPort}`],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(first.url()).host;
  const worker = async () => context.serviceWorkers().find((w) => w.url().includes(id)) ?? (await context.waitForEvent('serviceworker'));
  const evaluate = async <T,>(fn: (arg: never) => T | Promise<T>, arg?: unknown): Promise<T> => (await worker()).evaluate(fn as never, arg as never) as Promise<T>;
  const popupAt = async (tabId: number) => {
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`);
    await popup.locator('main.popup:not([aria-busy])').waitFor();
    await popup.locator('[data-testid="shield"]').waitFor({ state: 'attached' });
    return popup;
  };
  return {
    name: 'chromium',
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      const tabId = await waitFor(
        () => evaluate(async (u: never) => ((await chrome.tabs.query({})) as { id: number; url?: string }[]).filter((t) => t.url === u).map((t) => t.id).sort((a, b) => b - a)[0] ?? -1, url),
        (n) => n >= 0,
      );
      return { tabId, reload: async () => void (await page.reload()), close: () => page.close() };
    },
    stored: async (tabId) => tabPage<ShieldPage>((await evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId),
    async clickInPopup(tabId, testId) {
      const popup = await popupAt(tabId);
      await popup.locator(`[data-testid="${testId}"]`).click();
      await popup.waitForTimeout(300);
      await popup.close();
    },
    async popupTexts(tabId, screenshot) {
      const popup = await popupAt(tabId);
      const lines = await popup.locator('[data-testid="shield-blocked-line"]').evaluateAll((els) =>
        els.map((e) => ({ company: e.getAttribute('data-company') ?? '', blocked: e.getAttribute('data-blocked') ?? '', text: e.textContent ?? '' })),
      );
      const count = (await popup.locator('[data-testid="shield-blocked"]').count()) ? await popup.locator('[data-testid="shield-blocked"]').getAttribute('data-count') : null;
      const offer = (await popup.locator('[data-testid="shield-offer"]').count()) > 0;
      if (screenshot) await popup.screenshot({ path: screenshotPath(`chromium-${screenshot}`), fullPage: true });
      await popup.close();
      return { count, lines, offer };
    },
    async setSettings(values) {
      await evaluate(async (v: never) => {
        const stored = ((await chrome.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as object;
        await chrome.storage.local.set({ 'settings:v1': { ...stored, ...(v as object) } });
      }, values);
    },
    settings: () => evaluate(async () => ((await chrome.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as Record<string, unknown>),
    async settingsPage() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/src/dashboard/index.html#/settings`);
      await page.locator('[data-testid="shield-switch"]').waitFor();
      const at = (testId: string) => page.locator(`[data-testid="${testId}"]`);
      return {
        click: (testId) => at(testId).click(),
        checked: (testId) => at(testId).isChecked(),
        text: async (testId) => ((await at(testId).count()) ? at(testId).textContent() : null),
        async typeRetention(days) {
          await at('retention').fill(String(days));
          await at('retention').press('Tab');
        },
        screenshot: async (name) => void (await page.screenshot({ path: screenshotPath(`chromium-${name}`), fullPage: true })),
        close: () => page.close(),
      };
    },
    badge: (tabId) =>
      evaluate(async (t: never) => ({ text: await chrome.action.getBadgeText({ tabId: t }), title: await chrome.action.getTitle({ tabId: t }) }), tabId),
    sessionRules: () => evaluate(() => chrome.declarativeNetRequest.getSessionRules()) as never,
    async historyVisitIds(site) {
      const history = siteHistory((await evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>, site) as { visits: { visitId?: string }[] } | undefined;
      return (history?.visits ?? []).map((v) => v.visitId ?? '');
    },
    async dashboard(route) {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`chrome-extension://${id}/src/dashboard/index.html#${route}`);
      return page;
    },
    close: () => context.close(),
  };
}

async function firefoxHarness(proxyPort: number): Promise<Harness> {
  const uuid = randomUUID();
  const userDataDir = mkdtempSync(join(tmpdir(), 'pixelwacht-shield-ff-'));
  writeFileSync(join(userDataDir, 'extension-preferences.json'), JSON.stringify({ [GECKO_ID]: { permissions: ['webRequestBlocking'], origins: [] } }));
  const ff: Browser = await puppeteer.launch({
    userDataDir,
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'en-US',
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await ff.installExtension(FIREFOX_DIST);
  const session = { browser: ff, uuid, base: `moz-extension://${uuid}/`, close: () => ff.close() };
  const probe = await openExtensionPage(session, 'src/popup/index.html');
  const popupAt = async (tabId: number): Promise<PPage> => {
    const popup = await openExtensionPage(session, `src/popup/index.html?tabId=${tabId}`);
    await popup.setViewport({ width: 400, height: 600 });
    await popup.waitForSelector('main.popup:not([aria-busy])');
    await popup.waitForSelector('[data-testid="shield"]');
    return popup;
  };
  return {
    name: 'firefox',
    async open(url) {
      const page = await ff.newPage();
      await page.goto(url);
      const tabId = await waitFor(
        async () => ((await probe.evaluate(() => browser.tabs.query({}))) as { id: number; url?: string }[]).filter((t) => t.url === url).map((t) => t.id).sort((a, b) => b - a)[0] ?? -1,
        (n) => n >= 0,
      );
      return { tabId, reload: async () => void (await page.reload()), close: () => page.close() };
    },
    stored: async (tabId) => tabPage<ShieldPage>((await probe.evaluate(evalStorage)) as Record<string, unknown>, tabId),
    async clickInPopup(tabId, testId) {
      const popup = await popupAt(tabId);
      await popup.click(`[data-testid="${testId}"]`);
      await new Promise((r) => setTimeout(r, 300));
      await popup.close();
    },
    async popupTexts(tabId, screenshot) {
      const popup = await popupAt(tabId);
      const result = await popup.evaluate(() => ({
        count: document.querySelector('[data-testid="shield-blocked"]')?.getAttribute('data-count') ?? null,
        lines: [...document.querySelectorAll('[data-testid="shield-blocked-line"]')].map((e) => ({
          company: e.getAttribute('data-company') ?? '',
          blocked: e.getAttribute('data-blocked') ?? '',
          text: e.textContent ?? '',
        })),
        offer: !!document.querySelector('[data-testid="shield-offer"]'),
      }));
      if (screenshot) await popup.screenshot({ path: screenshotPath(`firefox-${screenshot}`), fullPage: true });
      await popup.close();
      return result;
    },
    async setSettings(values) {
      await probe.evaluate(async (v) => {
        const stored = ((await browser.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as object;
        await browser.storage.local.set({ 'settings:v1': { ...stored, ...v } });
      }, values);
    },
    settings: () => probe.evaluate(async () => ((await browser.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as Record<string, unknown>),
    async settingsPage() {
      const page = await openExtensionPage(session, 'src/dashboard/index.html#/settings');
      await page.waitForSelector('[data-testid="shield-switch"]');
      const sel = (testId: string) => `[data-testid="${testId}"]`;
      return {
        click: (testId) => page.click(sel(testId)),
        checked: (testId) => page.$eval(sel(testId), (e) => (e as HTMLInputElement).checked),
        text: async (testId) => (await page.$(sel(testId)))?.evaluate((e) => e.textContent) ?? null,
        async typeRetention(days) {
          await page.focus(sel('retention'));
          await page.keyboard.down('Control');
          await page.keyboard.press('a');
          await page.keyboard.up('Control');
          await page.keyboard.type(String(days));
          // Enter commits the value (a headless Firefox window has no focus to lose, so leaving the field fires no change).
          await page.keyboard.press('Enter');
        },
        screenshot: async (name) => void (await page.screenshot({ path: screenshotPath(`firefox-${name}`), fullPage: true })),
        close: () => page.close(),
      };
    },
    badge: (tabId) =>
      probe.evaluate(async (t: number) => ({ text: await browser.action.getBadgeText({ tabId: t }), title: await browser.action.getTitle({ tabId: t }) }), tabId),
    sessionRules: async () => null,
    close: () => ff.close(),
  };
}

const trackerHits = (hosts: string[]) => hosts.filter((h) => IVF_TRACKER_HOSTS.includes(h));
const allIvfTrackers = (p: ShieldPage | undefined) => !!p && IVF_BLOCKED_KEYS.every((k) => (p.trackers[k]?.requestCount ?? 0) > 0);
const settle = () => new Promise((r) => setTimeout(r, 1500));

for (const make of [chromiumHarness, firefoxHarness]) {
  const browserName = make === chromiumHarness ? 'Chromium' : 'Firefox';
  describe(`${browserName}: the health shield`, () => {
    let site: SiteServer;
    let proxy: Awaited<ReturnType<typeof startCountingProxy>>;
    let h: Harness;
    /** The IVF visit whose every tracker request the shield blocked (the letter test drafts from it). */
    let blockedVisitId = '';

    before(async () => {
      site = await startSiteServer();
      proxy = await startCountingProxy();
      h = await make(proxy.port);
      // The first page after start-up can be missed while the background attaches its listeners.
      const warm = await h.open(site.origin + '/');
      await waitFor(async () => (await h.stored(warm.tabId)) ?? (await warm.reload(), undefined), (p) => !!p, { what: 'warm-up record', intervalMs: 500 });
      await warm.close();
    });

    /** The IVF page, loaded again once the change took effect, reaches every tracker and records none as blocked. */
    async function reloadReachesTrackers(page: { tabId: number; reload(): Promise<void> }, what: string): Promise<void> {
      await settle();
      proxy.hosts.length = 0;
      await page.reload();
      const record = await waitFor(() => h.stored(page.tabId), (p) => allIvfTrackers(p) && p!.requests.every((r) => !r.blockedBy), { what: `IVF record, ${what}` });
      assert.ok(Object.values(record!.trackers).every((t) => !t.blocked));
      await waitFor(async () => trackerHits(proxy.hosts), (hits) => IVF_TRACKER_HOSTS.every((host) => hits.includes(host)), { what: `trackers at the proxy, ${what}` });
    }

    after(async () => {
      await h?.close();
      await site?.close();
      proxy?.server.close();
    });

    test('off by default: the IVF page reaches its trackers, and the popup offers the shield after the health alarm', async () => {
      proxy.hosts.length = 0;
      const page = await h.open(site.origin + IVF_PATH);
      const record = await waitFor(() => h.stored(page.tabId), (p) => allIvfTrackers(p) && p!.health?.verdict?.health === true, { what: 'IVF record' });
      assert.ok(Object.values(record!.trackers).every((t) => !t.blocked), 'nothing blocked while off');
      await waitFor(async () => trackerHits(proxy.hosts), (hits) => IVF_TRACKER_HOSTS.every((host) => hits.includes(host)), { what: 'tracker requests at the proxy' });
      const popup = await h.popupTexts(page.tabId);
      assert.equal(popup.offer, true);
      assert.equal(popup.count, null);
      // The user's click in the popup turns it on (and asks for the permission).
      await h.clickInPopup(page.tabId, 'shield-turn-on');
      await page.close();
    });

    test('on: the IVF page\'s Meta, TikTok, LinkedIn and Google requests are blocked from the first one, and kept as evidence', async () => {
      await settle();
      proxy.hosts.length = 0;
      const page = await h.open(site.origin + IVF_PATH);
      const record = await waitFor(
        () => h.stored(page.tabId),
        (p) => allIvfTrackers(p) && IVF_BLOCKED_KEYS.every((k) => p!.trackers[k]!.blocked === p!.trackers[k]!.requestCount),
        { what: 'IVF trackers recorded as blocked' },
      );
      await settle();
      assert.deepEqual(trackerHits(proxy.hosts), [], 'no tracker request left the browser');
      // What they would have sent is decoded as before: the GA4 beacon's body, Meta's event.
      const ga = record!.requests.find((r) => r.trackerKey === 'google_analytics');
      assert.equal(ga?.blockedBy, 'health-shield');
      const meta = record!.requests.filter((r) => r.trackerKey === 'facebook_custom_audience');
      assert.ok(meta.length >= 2 && meta.every((r) => r.blockedBy === 'health-shield'));
      const popup = await h.popupTexts(page.tabId, 'popup-shield-blocked');
      assert.ok(Number(popup.count) >= IVF_BLOCKED_KEYS.length, `blocked count ${popup.count}`);
      assert.deepEqual([...new Set(popup.lines.map((l) => l.company))].sort(), IVF_BLOCKED_COMPANIES);
      assert.ok(popup.lines.every((l) => /^Tried to tell .+ — blocked$/.test(l.text)), popup.lines.map((l) => l.text).join(' | '));
      assert.equal(popup.offer, false);
      // Nothing reached a company: no health alarm on the badge, and its tooltip says what was blocked.
      const badge = await waitFor(() => h.badge(page.tabId), (b) => /health shield blocked/.test(b.title), { what: 'shield badge title' });
      assert.ok(!badge.text.startsWith('!'), `badge ${badge.text}`);
      assert.match(badge.title, /none reached a company\.$/);
      blockedVisitId = (record as { visitId?: string }).visitId ?? '';
      await page.close();
    });

    test('the letter wizard offers no complaint for the visit whose every request was blocked, and says why', { skip: browserName !== 'Chromium' }, async () => {
      assert.ok(blockedVisitId);
      // Closing the tab ended the visit; it reaches the site's history.
      await waitFor(() => h.historyVisitIds!('127.0.0.1'), (ids) => ids.includes(blockedVisitId), { what: 'blocked visit in history' });
      // The popup's "Draft a letter" route for the visit: the wizard opens at the redaction step with the visits chosen.
      const dash = await h.dashboard!(`/letter/127.0.0.1/visit/${encodeURIComponent(blockedVisitId)}`);
      await dash.locator('[data-testid="letter-wizard"][data-step="redaction"]').waitFor();
      await dash.getByTestId('chosen-change').click();
      await dash.getByTestId('visit-row').first().waitFor();
      // Only the blocked visit: the earlier visit of the same page (shield off) is preselected too.
      const rows = dash.getByTestId('visit-row');
      for (let i = 0; i < (await rows.count()); i++) {
        const row = rows.nth(i);
        const check = row.getByTestId('visit-check');
        if ((await check.isChecked()) !== ((await row.getAttribute('data-visit-id')) === blockedVisitId)) await check.click();
      }
      await dash.getByTestId('wizard-next').click();
      await dash.getByTestId('wizard-next').click();
      await dash.getByTestId('step-draft').waitFor();
      assert.ok(await dash.getByTestId('kind-organisation').isChecked());
      assert.ok(await dash.getByTestId('kind-complaint').isDisabled());
      assert.ok(await dash.getByTestId('kind-tip').isEnabled());
      assert.match((await dash.getByTestId('complaint-not-offered').textContent()) ?? '', /no transfer to complain about/);
      await dash.screenshot({ path: screenshotPath('chromium-shield-letter-no-complaint'), fullPage: true });
      await dash.close();
    });

    test('on: the car-insurance page of the same site is not blocked', async () => {
      proxy.hosts.length = 0;
      const page = await h.open(site.origin + CAR_PATH);
      const record = await waitFor(
        () => h.stored(page.tabId),
        (p) => !!p && (p.trackers.facebook_custom_audience?.requestCount ?? 0) > 0 && p.health?.verdict?.health === false,
        { what: 'car record' },
      );
      assert.ok(Object.values(record!.trackers).every((t) => !t.blocked));
      await waitFor(async () => trackerHits(proxy.hosts), (hits) => hits.includes('www.facebook.com'), { what: 'car page tracker at the proxy' });
      await page.close();
    });

    test('on: the GA4 hit to the site\'s own path and the Meta hit to a gateway subdomain are blocked and kept as evidence; the page\'s own request is not', async () => {
      proxy.hosts.length = 0;
      const before = site.requested.length;
      const page = await h.open(site.origin + GATEWAY_PATH);
      const record = await waitFor(
        () => h.stored(page.tabId),
        (p) => gatewayRecorded(p) && p!.requests.filter((r) => isGa4Hit(r) || isMetaHit(r)).every((r) => r.blockedBy === 'health-shield'),
        { what: 'gateway page record with the disguised payloads blocked' },
      );
      await settle();
      const served = site.requested.slice(before).map((r) => r.path);
      assert.ok(!served.includes(GA4_FIRST_PARTY), `the GA4 hit reached the site: ${served.join(' ')}`);
      assert.ok(served.includes(OWN_REQUEST), `the page's own request was blocked: ${served.join(' ')}`);
      assert.ok(!proxy.hosts.includes(META_GATEWAY_HOST), 'the Meta hit reached its gateway');
      // What they would have sent, decoded as before.
      const ga4 = record!.requests.find(isGa4Hit);
      assert.ok(hasFinding(ga4, 'event', 'page_view') && hasFinding(ga4, 'account-id', 'G-PWGATE1234'), JSON.stringify(ga4?.findings));
      const meta = record!.requests.find(isMetaHit);
      assert.ok(hasFinding(meta, 'event', 'ViewContent') && hasFinding(meta, 'account-id', '2345678901234567'), JSON.stringify(meta?.findings));
      // The page record keeps tracker requests only: the site's own request is not among them, blocked or not.
      assert.ok(!record!.requests.some((r) => r.url.includes(OWN_REQUEST)));
      // The Conversions API gateway's payload is in its POST body: Firefox's listener reads it; Chromium's rules cannot.
      const capi = record!.requests.find(isCapiHit)!;
      if (h.name === 'firefox') {
        assert.equal(capi.blockedBy, 'health-shield');
        assert.ok(!proxy.hosts.includes(CAPI_GATEWAY_HOST));
      } else {
        assert.equal(capi.blockedBy, undefined);
        await waitFor(async () => proxy.hosts, (hosts) => hosts.includes(CAPI_GATEWAY_HOST), { what: 'CAPI gateway POST at the proxy' });
        // The tab's disguised-payload rules: one per documented shape, keyed on this tab.
        const rules = (await h.sessionRules())!.filter((r) => r.condition.regexFilter && r.condition.tabIds?.includes(page.tabId));
        assert.equal(rules.length, 3, JSON.stringify(rules));
      }
      const popup = await h.popupTexts(page.tabId, 'popup-shield-gateway');
      const blockedCompanies = new Set(popup.lines.map((l) => l.company));
      assert.ok(blockedCompanies.has('Google') && blockedCompanies.has('Meta'), popup.lines.map((l) => l.text).join(' | '));
      await page.close();
    });

    test('a per-site exception lets the trackers through, and blocking again works', async () => {
      const page = await h.open(site.origin + IVF_PATH);
      await waitFor(() => h.stored(page.tabId), (p) => allIvfTrackers(p));
      await h.clickInPopup(page.tabId, 'shield-allow-here');
      await reloadReachesTrackers(page, 'with the exception');
      await h.clickInPopup(page.tabId, 'shield-block-again');
      await page.close();
    });

    test('off again: the old behaviour returns', async () => {
      await h.setSettings({ shield: false });
      await settle();
      proxy.hosts.length = 0;
      const page = await h.open(site.origin + IVF_PATH);
      const record = await waitFor(() => h.stored(page.tabId), (p) => allIvfTrackers(p), { what: 'IVF record, shield off' });
      assert.ok(Object.values(record!.trackers).every((t) => !t.blocked));
      await waitFor(async () => trackerHits(proxy.hosts), (hits) => IVF_TRACKER_HOSTS.every((host) => hits.includes(host)), { what: 'trackers at the proxy, shield off' });
      await page.close();
    });

    test('off: the disguised payloads are recorded as sent and reach their hosts', async () => {
      proxy.hosts.length = 0;
      const before = site.requested.length;
      const page = await h.open(site.origin + GATEWAY_PATH);
      const record = await waitFor(() => h.stored(page.tabId), (p) => gatewayRecorded(p), { what: 'gateway page record, shield off' });
      assert.ok(record!.requests.every((r) => !r.blockedBy));
      await waitFor(async () => site.requested.slice(before).map((r) => r.path), (paths) => paths.includes(GA4_FIRST_PARTY) && paths.includes(OWN_REQUEST), { what: 'GA4 hit at the site' });
      await waitFor(async () => proxy.hosts, (hosts) => hosts.includes(META_GATEWAY_HOST) && hosts.includes(CAPI_GATEWAY_HOST), { what: 'gateway hits at the proxy' });
      const popup = await h.popupTexts(page.tabId);
      assert.equal(popup.count, null);
      await page.close();
    });

    test("from Settings: the switch turns the shield on and off; saving there keeps the popup's exception", async () => {
      const settings = await h.settingsPage();
      assert.equal(await settings.checked('shield-switch'), false);
      // On, from the user's click on the switch (Firefox asks for webRequestBlocking from it).
      await settings.click('shield-switch');
      await waitFor(() => h.settings(), (s) => s.shield === true, { what: 'shield on in storage' });
      await waitFor(() => settings.checked('shield-switch'), (on) => on, { what: 'switch shown on' });
      await settle();
      proxy.hosts.length = 0;
      const page = await h.open(site.origin + IVF_PATH);
      await waitFor(
        () => h.stored(page.tabId),
        (p) => allIvfTrackers(p) && IVF_BLOCKED_KEYS.every((k) => p!.trackers[k]!.blocked === p!.trackers[k]!.requestCount),
        { what: 'IVF trackers blocked after turning the shield on in Settings' },
      );
      await settle();
      assert.deepEqual(trackerHits(proxy.hosts), [], 'no tracker request left the browser');
      assert.ok(Number((await h.popupTexts(page.tabId)).count) >= IVF_BLOCKED_KEYS.length);

      // The popup adds an exception while the Settings page is open; the page then saves a field of its own.
      await h.clickInPopup(page.tabId, 'shield-allow-here');
      await waitFor(() => h.settings(), (s) => Array.isArray(s.shieldExceptions) && s.shieldExceptions.length === 1, { what: 'the exception stored' });
      await settings.typeRetention(12);
      await waitFor(() => h.settings(), (s) => s.retentionDays === 12, { what: 'retention saved' });
      const stored = await h.settings();
      assert.equal(stored.shield, true);
      assert.deepEqual(stored.shieldExceptions, ['127.0.0.1'], 'the exception the popup added is kept');
      // The page shows it too (it follows changes made elsewhere), and clears it on request.
      await waitFor(() => settings.text('shield-exceptions'), (t) => /127\.0\.0\.1/.test(t ?? ''), { what: 'exception listed in Settings' });
      await settings.screenshot('settings-shield-exception');
      await settings.click('shield-clear-exceptions');
      await waitFor(() => h.settings(), (s) => Array.isArray(s.shieldExceptions) && s.shieldExceptions.length === 0, { what: 'exceptions cleared' });

      // Off, from the switch: the IVF page reaches its trackers again.
      await settings.click('shield-switch');
      await waitFor(() => h.settings(), (s) => s.shield === false, { what: 'shield off in storage' });
      await waitFor(() => settings.checked('shield-switch'), (on) => !on, { what: 'switch shown off' });
      await reloadReachesTrackers(page, 'shield off from Settings');
      const popup = await h.popupTexts(page.tabId);
      assert.equal(popup.count, null, 'the popup shows nothing blocked');
      await settings.close();
      await page.close();
    });
  });
}
