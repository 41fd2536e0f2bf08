// Private windows: what Pixelwacht sees there stays in session memory only and
// never reaches persistent storage; the popup says so. Both browsers run the
// extension in private windows only when the user allows it; the tests allow it
// as a user would. Firefox runs in permanent private browsing mode (every window
// private); Chromium opens an incognito window next to the normal one.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'puppeteer-core';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { IVF_PATH, type StoredPage } from './harness/demo-expectations';
import { currentWorker, launchChromium } from './harness/chromium';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './harness/firefox';
import { screenshotPath } from './harness/screenshots';
import { tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

let site: SiteServer;

before(async () => {
  site = await startSiteServer();
});
after(async () => {
  await site?.close();
});

const PERSONAL_KEYS = /^(site:|visit:|history|choices|notified|overrides|letters|sender)/;

describe('Chromium incognito', () => {
  test('the IVF page in an incognito window is watched in memory only; the popup says so; closing forgets it', async () => {
    const session = await launchChromium({ allowIncognito: true });
    try {
      const worker = await currentWorker(session.context, session.extensionId);
      assert.equal(await worker.evaluate(() => chrome.extension.isAllowedIncognitoAccess()), true);
      const window = (await worker.evaluate((url: string) => chrome.windows.create({ incognito: true, url }), site.origin + IVF_PATH)) as {
        id: number;
        tabs: { id: number }[];
      };
      const tabId = window.tabs[0]!.id;
      const record = await waitFor(
        async () => tabPage<StoredPage>((await (await currentWorker(session.context, session.extensionId)).evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId),
        (p) => !!p && Object.keys(p.trackers).length >= 4 && !!p.health?.verdict,
        { what: 'the incognito page record' },
      );
      assert.equal((record as unknown as { incognito: boolean }).incognito, true);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/src/popup/index.html?tabId=${tabId}`);
      await popup.getByTestId('private-window').waitFor();
      await popup.screenshot({ path: screenshotPath('chromium-popup-private-en'), fullPage: true });
      await new Promise((r) => setTimeout(r, 1500)); // longer than the write queue's maximum delay
      const local = (await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
      assert.deepEqual(Object.keys(local).filter((k) => PERSONAL_KEYS.test(k)), []);
      await worker.evaluate((id: number) => chrome.windows.remove(id), window.id);
      await waitFor(
        async () => tabPage((await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId) ? 1 : 0,
        (n) => n === 0,
        { what: 'the record gone after closing the window' },
      );
    } finally {
      await session.close();
    }
  });
});

describe('Firefox private browsing', () => {
  let session: FirefoxSession;
  let probe: Page;
  before(async () => {
    session = await launchFirefox({ prefs: { 'browser.privatebrowsing.autostart': true }, allowPrivateBrowsing: true });
    probe = await openExtensionPage(session, 'src/popup/index.html');
  });
  after(async () => {
    await session?.close();
  });

  test('the IVF page is watched in memory, nothing reaches storage.local, and the popup says so', async () => {
    const page = await session.browser.newPage();
    await page.goto(site.origin + IVF_PATH);
    const tabId = await waitFor(
      async () => {
        const tabs = (await probe.evaluate(() => browser.tabs.query({}))) as { id: number; url?: string; incognito: boolean }[];
        return tabs.find((t) => t.url === site.origin + IVF_PATH);
      },
      (t) => !!t,
      { what: 'the private tab' },
    );
    assert.equal(tabId!.incognito, true, 'the tab is private');
    const record = await waitFor(
      async () => tabPage<StoredPage>((await probe.evaluate(() => browser.storage.session.get(null))) as Record<string, unknown>, tabId!.id),
      (p) => !!p && Object.keys(p.trackers).length >= 4 && !!p.health?.verdict && !!p.consent,
      { what: 'the private page record' },
    );
    assert.equal((record as unknown as { incognito: boolean }).incognito, true);
    const popup = await openExtensionPage(session, `src/popup/index.html?tabId=${tabId!.id}`);
    await popup.waitForSelector('[data-testid="private-window"]');
    assert.match(await popup.$eval('[data-testid="private-window"]', (e) => e.textContent ?? ''), /Private window/);
    await popup.screenshot({ path: screenshotPath('firefox-popup-private-en'), fullPage: true });
    // Give the write queue time to flush (at most a second), then look at persistent storage.
    await new Promise((r) => setTimeout(r, 1500));
    const local = (await probe.evaluate(() => browser.storage.local.get(null))) as Record<string, unknown>;
    const persisted = Object.keys(local).filter((k) => PERSONAL_KEYS.test(k));
    assert.deepEqual(persisted, [], `nothing from the private window in storage.local: ${Object.keys(local).join(', ')}`);
    // Closing the tab forgets it.
    await page.close();
    await waitFor(
      async () => (tabPage((await probe.evaluate(() => browser.storage.session.get(null))) as Record<string, unknown>, tabId!.id) ? 1 : 0),
      (n) => n === 0,
      { what: 'the record gone after closing' },
    );
    await popup.close();
  });
});
