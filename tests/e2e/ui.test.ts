// The popup and the site page as a person sees them, in both browsers, in Dutch
// and English (through Pixelwacht's own language setting), light and dark: the
// IVF popup's first screen holds the headline, the alarm and every company line;
// the car page; a page after the user refused; the site page with the visit the
// user came from first; and (Chromium) a click on the health notification.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { CAR_PATH, IVF_PATH, IVF_TRACKERS, type StoredPage } from './harness/demo-expectations';
import { chromiumDriver, firefoxDriver, type Driver, type OpenPopup } from './harness/drivers';
import { waitFor } from './harness/wait';

const BANNER_PAGE = '/vergoedingen/fysiotherapie.html';
/** The popup's box (src/popup/popup.css): what shows without scrolling. */
const FIRST_SCREEN_PX = 580;
const IVF_BRANDS = ['Meta (Facebook, Instagram)', 'Google', 'LinkedIn', 'TikTok'];
const HEADLINE = {
  en: /^.+ were told that you visited this page about IVF, along with .+ — before you chose anything\.$/,
  nl: /^.+ kregen te horen dat u deze pagina over IVF bezocht, samen met .+ — voordat u iets had gekozen\.$/,
};
const REFUSED = { en: / — even after you refused\.$/, nl: / — zelfs nadat u had geweigerd\.$/ };

type Layout = { headlineBottom: number; alarmBottom: number; linesBottom: number; lines: number; scrollHeight: number };
const LAYOUT = `(() => {
  const bottom = (sel) => Math.max(0, ...[...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect().bottom));
  return {
    headlineBottom: bottom('[data-testid="summary"]'),
    alarmBottom: bottom('[data-testid="alarm"]'),
    linesBottom: bottom('[data-testid="company"]'),
    lines: document.querySelectorAll('[data-testid="company"]').length,
    scrollHeight: document.querySelector('main.popup').scrollHeight,
  };
})()`;

const visitIdOf = (p: StoredPage | undefined) => (p as unknown as { visitId?: string } | undefined)?.visitId ?? '';

type Scheme = 'light' | 'dark';
// Chromium emulates the colour scheme per page; Firefox takes it at launch, so it runs twice.
const RUNS: [string, () => Promise<Driver>, Scheme[]][] = [
  ['Chromium', () => chromiumDriver(), ['light', 'dark']],
  ['Firefox', () => firefoxDriver({ scheme: 'light' }), ['light']],
  ['Firefox dark', () => firefoxDriver({ scheme: 'dark' }), ['dark']],
];

for (const [name, launch, schemes] of RUNS) {
  describe(`${name}: what a person sees`, () => {
    let site: SiteServer;
    let driver: Driver;
    before(async () => {
      site = await startSiteServer();
      driver = await launch();
    });
    after(async () => {
      await driver?.setSettings({ language: 'auto' }).catch(() => undefined);
      await driver?.close();
      await site?.close();
    });

    async function shootPopup(tabId: number, what: string, lang: 'en' | 'nl', check: (popup: OpenPopup, scheme: Scheme) => Promise<void>) {
      for (const scheme of schemes) {
        const popup = await driver.popup(tabId, { scheme });
        await check(popup, scheme);
        await popup.screenshot(`ui-popup-${what}-${lang}-${scheme}`);
        await popup.close();
      }
    }

    for (const lang of ['en', 'nl'] as const) {
      test(`${lang}: the IVF popup's first screen shows the headline, the one alarm and every company line`, async () => {
        await driver.setSettings({ language: lang });
        // A refusal remembered from another test would (rightly) make this "even after you refused".
        await driver.forgetChoices();
        const page = await driver.open(site.origin + IVF_PATH);
        await waitFor(() => driver.storedPage(page.tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers) && !!p.health?.verdict, { what: 'IVF trackers and verdict' });
        await shootPopup(page.tabId, 'ivf', lang, async (popup, scheme) => {
          await waitFor(() => popup.count('[data-testid="company"]'), (n) => n === IVF_BRANDS.length, { what: 'company lines' });
          assert.equal(await popup.evaluate('document.documentElement.lang'), lang);
          assert.match((await popup.text('[data-testid="summary"]')) ?? '', HEADLINE[lang]);
          assert.equal(await popup.count('[data-testid="alarm"]'), 1, 'one alarm per page');
          const brands = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="company"]')].map((e) => e.dataset.brand)`);
          assert.deepEqual([...brands].sort(), [...IVF_BRANDS].sort());
          const layout = await popup.evaluate<Layout>(LAYOUT);
          console.log(JSON.stringify({ browser: name, lang, scheme, popup_first_screen: layout }));
          assert.equal(layout.lines, IVF_BRANDS.length);
          assert.ok(layout.headlineBottom > 0 && layout.headlineBottom <= FIRST_SCREEN_PX, `headline ends at ${layout.headlineBottom} px`);
          assert.ok(layout.alarmBottom > 0 && layout.alarmBottom <= FIRST_SCREEN_PX, `alarm ends at ${layout.alarmBottom} px`);
          assert.ok(layout.linesBottom <= FIRST_SCREEN_PX, `company lines end at ${layout.linesBottom} px, beyond the first ${FIRST_SCREEN_PX} px`);
          // The reasons are closed, with a one-line summary.
          assert.equal(await popup.evaluate(`document.querySelector('details.reasons').open`), false);
        });
        await page.close();
      });

      test(`${lang}: the car page and a page after the user refused`, async () => {
        await driver.setSettings({ language: lang });
        const car = await driver.open(site.origin + CAR_PATH);
        await waitFor(() => driver.storedPage(car.tabId), (p) => !!p?.health?.verdict && Object.keys(p.trackers).length >= 2, { what: 'car record' });
        await shootPopup(car.tabId, 'car', lang, async (popup) => {
          await waitFor(() => popup.count('[data-testid="company"]'), (n) => n === 2, { what: 'car lines' });
          assert.equal(await popup.count('[data-testid="alarm"]'), 0);
        });
        await car.close();

        await driver.forgetChoices();
        const banner = await driver.open(site.origin + BANNER_PAGE);
        await waitFor(() => driver.storedPage(banner.tabId), (p) => !!p?.consent?.events.some((e) => e.type === 'banner-shown') && !!p.trackers.facebook_custom_audience, { what: 'banner' });
        const before = (await driver.storedPage(banner.tabId))!.trackers.facebook_custom_audience!.requestCount;
        await banner.click('#CybotCookiebotDialogBodyButtonDecline');
        await waitFor(() => driver.storedPage(banner.tabId), (p) => (p?.trackers.facebook_custom_audience?.requestCount ?? 0) > before, { what: 'pixel after the refusal' });
        await shootPopup(banner.tabId, 'refused', lang, async (popup) => {
          await waitFor(() => popup.text('[data-testid="summary"]'), (s) => REFUSED[lang].test(s ?? ''), { what: 'after-refusal headline' });
          assert.equal(await popup.attribute('[data-company="Meta"] [data-testid="line-moment"]', 'data-moment'), 'after-refusal');
        });
        await banner.close();
      });

      test(`${lang}: the site page opens with a summary, and the visit from the popup first and highlighted`, async () => {
        await driver.setSettings({ language: lang });
        const page = await driver.open(site.origin + IVF_PATH);
        const record = await waitFor(() => driver.storedPage(page.tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers), { what: 'IVF record' });
        const visitId = visitIdOf(record);
        assert.ok(visitId);
        // A newer visit of the same site, so that "first" is not simply "newest".
        await (await driver.open(site.origin + CAR_PATH)).close();
        for (const scheme of schemes) {
          const sitePage = await driver.extensionPage(`src/dashboard/index.html#/site/127.0.0.1/visit/${encodeURIComponent(visitId)}`, { scheme });
          await sitePage.waitFor(`[data-testid="visit"][data-visit="${visitId}"]`);
          assert.equal(await sitePage.attribute('[data-testid="visit"]', 'data-visit'), visitId, 'the visit from the popup comes first');
          assert.equal(await sitePage.attribute('[data-testid="visit"]', 'data-highlighted'), 'true');
          assert.match((await sitePage.text('[data-testid="site-worst"]')) ?? '', lang === 'en' ? /page about health was passed on/ : /pagina over gezondheid werd doorgegeven/);
          await sitePage.screenshot(`ui-site-${lang}-${scheme}`);
          await sitePage.close();
        }
        await page.close();
      });
    }

    if (name === 'Chromium') {
      test('clicking the health notification opens that visit on the site page', async () => {
        await driver.setSettings({ language: 'en', notifications: true });
        // The notification is once per site per day: forget that it was shown today.
        await driver.inExtension(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; remove(k: string[]): Promise<void> } } } }).chrome.storage.local.get(null).then((all) => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }).chrome.storage.local.remove(Object.keys(all).filter((k) => /notif/i.test(k)))));
        const page = await driver.open(site.origin + IVF_PATH);
        const record = await waitFor(() => driver.storedPage(page.tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers), { what: 'IVF record' });
        const visitId = visitIdOf(record);
        const id = await waitFor(
          () => driver.inExtension(() => (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome.notifications.getAll().then((all) => Object.keys(all))),
          (ids) => ids.some((i) => i.includes(encodeURIComponent(visitId))),
          { what: 'the health notification', timeoutMs: 60_000 },
        ).catch(async (e: unknown) => {
          const facts = await driver.inExtension(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: string[]): Promise<unknown> } } } }).chrome.storage.local.get(['notified:v1', 'settings:v1']));
          throw new Error(`${String(e)}; stored: ${JSON.stringify(facts)}`);
        }).then((ids) => ids.find((i) => i.includes(encodeURIComponent(visitId)))!);
        // Chromium's event objects can be dispatched from the extension's own context: the same path as a user's click.
        await driver.inExtension((i: never) => (globalThis as unknown as { chrome: { notifications: { onClicked: { dispatch(id: string): void } } } }).chrome.notifications.onClicked.dispatch(i), id);
        const opened = await waitFor(
          () => driver.inExtension(() => (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } } }).chrome.tabs.query({}).then((tabs) => tabs.map((t) => t.url ?? ''))),
          (urls) => urls.some((u) => u.includes(`#/site/127.0.0.1/visit/${encodeURIComponent(visitId)}`)),
          { what: 'the site page at the visit' },
        );
        assert.ok(opened.some((u) => u.includes('src/dashboard/index.html')));
        const sitePage = await driver.extensionPage(`src/dashboard/index.html#/site/127.0.0.1/visit/${encodeURIComponent(visitId)}`);
        await sitePage.waitFor(`[data-testid="visit"][data-visit="${visitId}"][data-highlighted="true"]`);
        await sitePage.close();
        await page.close();
      });
    }
  });
}
