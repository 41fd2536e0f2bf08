// The built extension in Debian's Firefox ESR against the demo site on 127.0.0.1.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { CAR_COMPANIES, CAR_PATH, HOSTILE_PATH, IVF_COMPANIES, IVF_PATH, IVF_TRACKERS, type StoredPage } from './harness/demo-expectations';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './harness/firefox';
import { screenshotPath } from './harness/screenshots';
import { tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

let site: SiteServer;
let session: FirefoxSession;
/** An extension page kept open to ask the extension's APIs (Firefox has no worker handle to evaluate in). */
let probe: Page;

async function tabIdOf(url: string): Promise<number> {
  const tabs = (await probe.evaluate(() => browser.tabs.query({}))) as { id: number; url?: string }[];
  const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
  assert.ok(ids.length > 0, `no tab with ${url}`);
  return Math.max(...ids);
}

async function storedPage(tabId: number): Promise<StoredPage | undefined> {
  return tabPage<StoredPage>((await probe.evaluate(() => browser.storage.session.get(null))) as Record<string, unknown>, tabId);
}

async function badge(tabId: number): Promise<{ text: string; title: string; colour: number[] }> {
  return probe.evaluate(
    async (id: number) => ({
      text: await browser.action.getBadgeText({ tabId: id }),
      title: await browser.action.getTitle({ tabId: id }),
      colour: await browser.action.getBadgeBackgroundColor({ tabId: id }),
    }),
    tabId,
  );
}

const RED = [185, 28, 28, 255];
const AMBER = [180, 83, 9, 255];

async function openPage(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.browser.newPage();
  await page.goto(site.origin + path);
  const tabId = await tabIdOf(site.origin + path);
  await waitFor(() => storedPage(tabId), (p) => !!p && p.url === site.origin + path && Object.keys(p.trackers).length > 0, {
    what: `tracker record for ${path}`,
  });
  return { page, tabId };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await openExtensionPage(session, `src/popup/index.html?tabId=${tabId}`);
  await popup.setViewport({ width: 400, height: 600 });
  await popup.waitForSelector('[data-testid="company"]');
  return popup;
}

const companiesIn = (record: StoredPage) => [...new Set(Object.values(record.trackers).map((t) => t.tracker.company))].sort();

before(async () => {
  site = await startSiteServer();
  session = await launchFirefox();
  probe = await openExtensionPage(session, 'src/popup/index.html');
  const hasAccess = await probe.evaluate(() => browser.permissions.contains({ origins: ['<all_urls>'] }));
  assert.equal(hasAccess, true, 'host access granted at install');
});

after(async () => {
  await session?.close();
  await site?.close();
});

describe('Firefox: watching the demo site', () => {
  test('the IVF page: pixel, analytics, plug-in and beacon requests are recorded with their companies', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    const record = await waitFor(() => storedPage(tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers), {
      what: 'all IVF trackers',
    });
    assert.deepEqual(companiesIn(record!), [...IVF_COMPANIES].sort());
    for (const [key, expected] of Object.entries(IVF_TRACKERS)) {
      const types = record!.requests.filter((r) => r.trackerKey === key).map((r) => r.type);
      assert.ok(types.some((t) => (expected.types as readonly string[]).includes(t)), `${key} seen as ${types.join(',')}`);
    }
    // Firefox gives beacon bodies as raw bytes: same text as Chrome's form data.
    const metaBeacon = record!.requests.find((r) => r.trackerKey === 'facebook_custom_audience' && r.method === 'POST');
    assert.equal(metaBeacon?.type, 'beacon');
    assert.match(metaBeacon?.body ?? '', /ev=ViewContent/);
    const ga = record!.requests.find((r) => r.trackerKey === 'google_analytics');
    assert.match(ga?.body ?? '', /en=page_view&_et=12\nen=scroll/);
    const shown = await waitFor(() => badge(tabId), (b) => b.text === `!${IVF_COMPANIES.length}` && b.title.startsWith('Pixelwacht: this page about health was passed on to 4 companies.'), { what: 'alarm badge' });
    for (const brand of ['Meta (Facebook, Instagram)', 'Google', 'LinkedIn', 'TikTok']) assert.ok(shown.title.includes(`${brand} received the page address`), shown.title);
    assert.deepEqual(shown.colour, RED);
    await page.close();
  });

  test('the car-insurance page of the same insurer: amber badge, no health verdict', async () => {
    const { page, tabId } = await openPage(CAR_PATH);
    const record = await waitFor(() => storedPage(tabId), (p) => !!p && companiesIn(p).length === CAR_COMPANIES.length && !!p.health?.verdict);
    assert.deepEqual(companiesIn(record!), [...CAR_COMPANIES].sort());
    assert.equal(record!.health!.verdict!.health, false);
    const shown = await waitFor(() => badge(tabId), (b) => b.text === '2', { what: 'badge 2' });
    assert.deepEqual(shown.colour, AMBER);
    await page.close();
  });

  test('the popup lists the trackers by company (screenshot)', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    await waitFor(() => storedPage(tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers));
    const popup = await openPopup(tabId);
    await waitFor(() => popup.$$eval('[data-testid="company"]', (els) => els.length), (n) => n === IVF_COMPANIES.length);
    const shown = await popup.$$eval('[data-testid="company"]', (els) => els.map((e) => e.getAttribute('data-company')));
    assert.deepEqual([...shown].sort(), [...IVF_COMPANIES].sort());
    await waitFor(() => popup.$eval('[data-testid="health"]', (e) => e.getAttribute('data-health')), (h) => h === 'true', { what: 'verdict' });
    const summary = await popup.$eval('[data-testid="summary"]', (e) => e.textContent ?? '');
    assert.match(summary, /^.+ were told that you visited this page about IVF, along with .+ — before you chose anything\.$/);
    const reasons = await popup.$$eval('[data-testid="health-reasons"] li', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(reasons.some((r) => r.includes("'IVF'")), reasons.join(' | '));
    assert.equal(await popup.$eval('[data-tracker="facebook_custom_audience"]', (e) => e.getAttribute('data-special')), 'true');
    assert.equal(
      await popup.$eval('[data-tracker="facebook_custom_audience"] [data-testid="consent"]', (e) => e.getAttribute('data-consent')),
      'before-any-interaction',
    );
    await popup.screenshot({ path: screenshotPath('firefox-popup-ivf-en'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('the popup shows what Meta and TikTok received: page address, event, hashed e-mail', async () => {
    const { page, tabId } = await openPage(IVF_PATH);
    await waitFor(() => storedPage(tabId), (p) => !!p && (p.trackers.facebook_custom_audience?.requestCount ?? 0) >= 2 && !!p.trackers.tiktok_analytics);
    const popup = await openPopup(tabId);
    for (const key of ['facebook_custom_audience', 'tiktok_analytics']) {
      const chips = await waitFor(
        () => popup.$$eval(`[data-tracker="${key}"] [data-chip]`, (els) => els.map((e) => `${e.getAttribute('data-chip')}=${e.textContent}`)),
        (c) => ['page-address', 'hashed-email'].every((id) => c.some((x) => x.startsWith(`${id}=`))),
        { what: `${key} chips` },
      );
      assert.ok(chips.includes('event=event: ViewContent'), chips.join(' | '));
    }
    await popup.$eval('[data-tracker="facebook_custom_audience"] details.values > summary', (el) => (el as HTMLElement).click());
    await popup.waitForSelector('[data-tracker="facebook_custom_audience"] [data-testid="values"]');
    const values = await popup.$eval('[data-tracker="facebook_custom_audience"] [data-testid="values"]', (e) => e.textContent);
    assert.ok(values?.includes(site.origin + IVF_PATH), values ?? '');
    await popup.screenshot({ path: screenshotPath('firefox-popup-ivf-meta-expanded-en'), fullPage: true });
    await popup.close();
    await page.close();
  });

  test('a page title made of markup is shown as text', async () => {
    const { page, tabId } = await openPage(HOSTILE_PATH);
    const popup = await openPopup(tabId);
    const title = await popup.$eval('[data-testid="page-title"]', (e) => e.textContent);
    assert.equal(title, '<img src=x onerror=alert(1)><script>alert(2)</script>');
    assert.equal(await popup.$$eval('main img, main script', (els) => els.length), 0);
    await popup.close();
    await page.close();
  });

  test('the dashboard and the letter wizard work in Firefox: history, site page, first wizard step', async () => {
    const dashboard = await openExtensionPage(session, 'src/dashboard/index.html#/');
    await dashboard.waitForSelector('[data-testid="site-row"][data-site="127.0.0.1"]', { timeout: 15_000 });
    await dashboard.screenshot({ path: screenshotPath('firefox-dashboard-history-en') });
    await dashboard.close();
    const sitePage = await openExtensionPage(session, 'src/dashboard/index.html#/site/127.0.0.1');
    await sitePage.waitForSelector('[data-testid="site-heading"]');
    await waitFor(() => sitePage.$eval('main', (e) => e.textContent ?? ''), (text) => text.includes('Vergoeding IVF-behandeling'), { what: 'the IVF visit' });
    await sitePage.screenshot({ path: screenshotPath('firefox-dashboard-site-en') });
    await sitePage.close();
    // The wizard, start to end: visits → what to show → letter → the draft, with the evidence file's SHA-256.
    const wizard = await openExtensionPage(session, 'src/dashboard/index.html#/letter/127.0.0.1');
    await wizard.waitForSelector('[data-testid="letter-wizard"][data-step]');
    assert.match(await wizard.$eval('[data-testid="letter-wizard"]', (e) => e.textContent ?? ''), /Vergoeding IVF-behandeling/);
    await wizard.screenshot({ path: screenshotPath('firefox-letters-visits-en') });
    await wizard.click('[data-testid="wizard-next"]');
    await wizard.waitForSelector('[data-testid="redaction-preview"]');
    await wizard.click('[data-testid="wizard-next"]');
    await wizard.waitForSelector('[data-testid="step-draft"]');
    await wizard.click('[data-testid="wizard-next"]');
    await wizard.waitForSelector('[data-testid="letter-text"]');
    const letter = await wizard.$eval('[data-testid="letter-text"]', (e) => (e as HTMLTextAreaElement).value);
    assert.match(letter, /Meta Platforms Ireland Ltd\. \(Facebook, Instagram\)/);
    assert.match(letter, /vergoedingen\/ivf\.html/);
    const digest = await waitFor(() => wizard.$eval('[data-testid="evidence-digest"]', (e) => e.textContent ?? ''), (d) => /[0-9a-f]{64}/.test(d), {
      what: 'the evidence file digest',
    });
    assert.ok(letter.includes(digest.match(/[0-9a-f]{64}/)![0]), 'the letter cites the evidence file SHA-256');
    await wizard.screenshot({ path: screenshotPath('firefox-letters-result-en'), fullPage: true });
    await wizard.close();
  });

  // Last: it takes away the access the other tests need.
  test('without access to websites, the popup and the onboarding page say so and ask for it', async () => {
    const { page, tabId } = await openPage(CAR_PATH);
    const removed = await probe.evaluate(() => browser.permissions.remove({ origins: ['<all_urls>'] }));
    assert.equal(removed, true);
    const popup = await openExtensionPage(session, `src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="no-host-access"]');
    const warning = await popup.$eval('[data-testid="no-host-access"]', (e) => e.textContent ?? '');
    assert.match(warning, /does not have access to websites/);
    assert.match(warning, /Give access/);
    await popup.screenshot({ path: screenshotPath('firefox-popup-no-access-en'), fullPage: true });
    const onboarding = await openExtensionPage(session, 'src/onboarding/index.html');
    await onboarding.waitForSelector('main:not([aria-busy])');
    const text = await onboarding.$eval('main', (e) => e.textContent ?? '');
    // One state at a time: the request, not "Access granted" beside it.
    assert.equal(await onboarding.$eval('#grant', (e) => (e as HTMLButtonElement).hidden), false);
    assert.equal(await onboarding.$eval('#result', (e) => e.textContent), '');
    assert.match(text, /Pixelwacht blocks nothing/);
    assert.match(text, /has to see the requests that pages send/);
    assert.match(text, /makes no network requests of its own/);
    assert.equal(await onboarding.$eval('#grant', (e) => e.textContent), 'Allow access to all sites');
    await onboarding.screenshot({ path: screenshotPath('firefox-onboarding-en') });
    await Promise.all([popup.close(), onboarding.close(), page.close()]);
  });
});
