// The popup and the site page as a person sees them, in both browsers, in Dutch
// and English (through Pixelwacht's own language setting), light and dark: the
// IVF popup's first screen holds the headline, the alarm and every company line;
// the car page; a page after the user refused; the site page with the visit the
// user came from first; the letter wizard from the IVF popup, every step axe-clean
// and shot; the other extension pages axe-clean; the welcome page on install; and
// (Chromium) a click on the health notification.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { axeViolations, describeViolations, type Evaluates } from './harness/axe';
import { CAR_PATH, IVF_PATH, IVF_TRACKERS, type StoredPage } from './harness/demo-expectations';
import { chromiumDriver, firefoxDriver, type Driver, type OpenExtensionPage, type OpenPopup } from './harness/drivers';
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

/** The demo's advanced matching sends the SHA-256 of this address (tests/fixtures/site/js/trackers.js). */
const DEMO_EMAIL = ' Jan.Jansen@example.nl';

async function assertAxeClean(page: Evaluates, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], describeViolations(what, violations));
}

/** Opens every <details>, so that axe sees what they hide. */
const OPEN_DETAILS = `document.querySelectorAll('details').forEach((d) => (d.open = true)); 0`;

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

    test('first run: the welcome page opened on install, and its access part shows one state', async () => {
      const welcome = await driver.extensionTab('src/onboarding/index.html');
      await welcome.waitFor('main:not([aria-busy])');
      // Access to all sites is granted at install in both browsers (Firefox grants MV3 host access at a temporary install).
      const state = await welcome.evaluate<{ grantShown: boolean; status: string }>(`(() => {
        const grant = document.getElementById('grant');
        return { grantShown: !grant.hidden && getComputedStyle(grant).display !== 'none' && grant.getClientRects().length > 0, status: document.getElementById('result').textContent };
      })()`);
      const granted = await driver.inExtension(() => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: ['<all_urls>'] }));
      assert.equal(granted, true);
      assert.equal(state.grantShown, false, 'no "Allow access" button beside "Access granted"');
      assert.match(state.status, /^Access granted\./);
      assert.match((await welcome.text('[data-testid="badge-explain"]')) ?? '', /\S/);
      await assertAxeClean(welcome, 'onboarding');
      await welcome.screenshot('ui-onboarding-first-run');
      await welcome.close();
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

      test(`${lang}: from the IVF popup, a drafted letter about the IVF visit in three clicks; every wizard step axe-clean and shot`, async () => {
        await driver.setSettings({ language: lang });
        const page = await driver.open(site.origin + IVF_PATH);
        const record = await waitFor(() => driver.storedPage(page.tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers) && !!p.health?.verdict, { what: 'IVF record' });
        const visitId = visitIdOf(record);
        // The site's history also holds the car page (no health page) from the tests above.
        for (const scheme of schemes) {
          const popup = await driver.popup(page.tabId, { scheme });
          await popup.count('[data-testid="draft-letter"]');
          let clicks = 0;
          const click = async (on: { click(selector: string): Promise<void> }, selector: string) => {
            clicks += 1;
            await on.click(selector);
          };
          await click(popup, '[data-testid="draft-letter"]');
          // The popup opens the wizard at its visit (src/popup/PopupActions.tsx).
          const wizard = await driver.extensionTab(`#/letter/127.0.0.1/visit/${encodeURIComponent(visitId)}`, { scheme, width: 1200, height: 900 });
          await popup.close().catch(() => undefined);
          const shot = (step: string) => wizard.screenshot(`ui-letters-${step}-${lang}-${scheme}`, { fullPage: true });
          const ok = (step: string) => assertAxeClean(wizard, `wizard ${step} ${lang} ${scheme}`);

          // The visit reaches history when it settles (seconds after the page's last request): till then the wizard waits for it.
          await wizard.waitFor('[data-testid="letter-wizard"][data-step]');
          if ((await wizard.count('[data-testid="visit-saving"]')) > 0) {
            await assertAxeClean(wizard, `wizard waiting ${lang} ${scheme}`);
            await shot('0-saving');
          }
          // Opened from a visit: the visits are chosen already, so it starts at "what to show".
          await waitFor(() => wizard.count('[data-testid="letter-wizard"][data-step="redaction"]'), (n) => n === 1, { what: 'the redaction step', timeoutMs: 60_000 });
          assert.equal(await wizard.evaluate('document.documentElement.lang'), lang);
          assert.equal(await wizard.count('h1'), 1);
          assert.equal(await wizard.count('[data-testid="chosen-page"][data-started="true"]'), 1);
          assert.match((await wizard.text('[data-testid="chosen-page"][data-started="true"]')) ?? '', /Vergoeding IVF-behandeling/);
          // Any other page chosen is a health page, marked "also about health"; the car page is not chosen.
          const others = await wizard.evaluate<{ health: string; marked: boolean }[]>(`[...document.querySelectorAll('[data-testid="chosen-page"][data-started="false"]')].map((e) => ({ health: e.dataset.health, marked: !!e.querySelector('[data-testid="chosen-also-health"]') }))`);
          assert.ok(others.every((o) => o.health === 'true' && o.marked), JSON.stringify(others));
          await waitFor(() => wizard.text('[data-testid="redaction-preview"]'), (t) => !!t && t.includes(IVF_PATH) && !t.includes(CAR_PATH), { what: 'the preview of the IVF visit' });
          await ok('redaction');
          await shot('2-redaction');

          await click(wizard, '[data-testid="wizard-next"]');
          await wizard.waitFor('[data-testid="step-draft"]');
          await wizard.waitFor('[data-testid="consent-statement"]');
          await wizard.waitFor('[data-testid="email-check"]');
          await ok('letter');
          await shot('3-letter');

          await click(wizard, '[data-testid="wizard-next"]');
          await wizard.waitFor('[data-testid="letter-text"]');
          assert.equal(clicks, 3, 'popup button, Next, Make the draft');
          const letter = await wizard.evaluate<string>(`document.querySelector('[data-testid="letter-text"]').value`);
          assert.ok(letter.includes(site.origin + IVF_PATH), 'the IVF address is in the letter');
          assert.ok(!letter.includes(CAR_PATH), 'the car page is not');
          assert.match(letter, /Meta Platforms Ireland Ltd\. \(Facebook, Instagram\)/);
          await waitFor(() => wizard.text('[data-testid="evidence-digest"]'), (d) => /^[0-9a-f]{64}$/.test(d ?? ''), { what: 'the evidence digest' });
          await ok('result');
          await shot('4-result');

          // Back to the letter step: the person's own statement and the local e-mail-hash check.
          await wizard.click('[data-testid="wizard-back"]');
          await wizard.waitFor('[data-testid="step-draft"]');
          await wizard.click('[data-testid="choice-refused"]');
          await wizard.click('[data-testid="still-yes"]');
          await wizard.fill('[data-testid="email-check-input"]', DEMO_EMAIL);
          await wizard.click('[data-testid="email-check-button"]');
          await wizard.waitFor('[data-testid="email-check-result"]');
          assert.match((await wizard.text('[data-testid="email-check-result"]')) ?? '', lang === 'nl' ? /Het klopt/ : /It matches/);
          await ok('statement and e-mail check');
          await shot('3b-statement-email-check');

          // The choice of visits, reached from the summary: the IVF page first, the car page not ticked.
          await wizard.click('[data-testid="chosen-change"]');
          await wizard.waitFor('[data-testid="step-visits"]');
          assert.equal(await wizard.attribute('[data-testid="visit-group"]', 'data-started'), 'true');
          const car = await wizard.evaluate<boolean[]>(`[...document.querySelectorAll('[data-testid="visit-row"]')].filter((r) => r.closest('[data-testid="visit-group"]').textContent.includes(${JSON.stringify(CAR_PATH)})).map((r) => r.querySelector('input').checked)`);
          assert.ok(car.length > 0 && car.every((c) => !c), 'the car page is listed, not chosen');
          await ok('visits');
          await shot('1-visits');
          await wizard.close();
        }
        await page.close();
      });

      test(`${lang}: the popup, history, site page, settings, about and onboarding pages are axe-clean`, async () => {
        await driver.setSettings({ language: lang });
        const page = await driver.open(site.origin + IVF_PATH);
        await waitFor(() => driver.storedPage(page.tabId), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers), { what: 'IVF record' });
        const popup = await driver.popup(page.tabId);
        await waitFor(() => popup.count('[data-testid="company"]'), (n) => n === IVF_BRANDS.length, { what: 'company lines' });
        await popup.evaluate(OPEN_DETAILS);
        await assertAxeClean(popup, `popup ${lang}`);
        await popup.close();
        const pages: [string, string][] = [
          ['src/dashboard/index.html#/', '[data-testid="site-row"]'],
          ['src/dashboard/index.html#/site/127.0.0.1', '[data-testid="visit"]'],
          ['src/dashboard/index.html#/settings', 'h1'],
          ['src/dashboard/index.html#/about', 'h1'],
          ['src/onboarding/index.html', 'main:not([aria-busy])'],
        ];
        for (const [path, ready] of pages) {
          const ext: OpenExtensionPage = await driver.extensionPage(path);
          await ext.waitFor(ready);
          await ext.evaluate(OPEN_DETAILS);
          await assertAxeClean(ext, `${path} ${lang}`);
          await ext.close();
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
        // Headless Chromium shows no notification to click, and no protocol clicks one; but its
        // extension events can be dispatched from the extension's own context, which runs the
        // listener the background registered (the same path as a person's click).
        await driver.inExtension((i: never) => (globalThis as unknown as { chrome: { notifications: { onClicked: { dispatch(id: string): void } } } }).chrome.notifications.onClicked.dispatch(i), id);
        // The tab the click opened: the site page at that visit, which comes first and is highlighted.
        const hash = `#/site/127.0.0.1/visit/${encodeURIComponent(visitId)}`;
        const opened = await driver.extensionTab(hash);
        const url = await opened.url();
        assert.ok(url.endsWith(`/src/dashboard/index.html${hash}`), url);
        await opened.waitFor(`[data-testid="visit"][data-visit="${visitId}"][data-highlighted="true"]`);
        assert.equal(await opened.attribute('[data-testid="visit"]', 'data-visit'), visitId, 'the notified visit comes first');
        assert.equal(await opened.count('[data-highlighted="true"]'), 1);
        // The notification is gone once it opened the visit.
        const left = await driver.inExtension(() => (globalThis as unknown as { chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } } }).chrome.notifications.getAll().then((all) => Object.keys(all)));
        assert.ok(!left.includes(id), left.join(','));
        await opened.screenshot('ui-notification-opened-site');
        await opened.close();
        await page.close();
      });
    }
  });
}
