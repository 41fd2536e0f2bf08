// The consent timeline end to end, in both browsers: a cookie banner, the user's
// answer, requests labelled before / after it, and the choice remembered.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { consentStateAt } from '../../src/core/consent/consent-state';
import type { ConsentTimeline } from '../../src/core/consent/types';
import { IVF_PATH, type StoredPage } from './harness/demo-expectations';
import { chromiumDriver, firefoxDriver, type Driver } from './harness/drivers';
import { waitFor } from './harness/wait';

const BANNER_PAGE = '/vergoedingen/fysiotherapie.html';
const CONSENT_FIXTURES = resolve(import.meta.dirname, '../fixtures/consent');

const events = (p: StoredPage | undefined) => p?.consent?.events ?? [];
/** The consent state of each recorded request of a tracker, as the popup and the letters compute it. */
const statesOf = (p: StoredPage, trackerKey: string) =>
  p.requests
    .filter((r) => r.trackerKey === trackerKey)
    .map((r) => consentStateAt(p.consent as ConsentTimeline, r.timeStamp, null).state);

const has = (p: StoredPage | undefined, type: string, extra: (e: Record<string, unknown>) => boolean = () => true) =>
  events(p).some((e) => e.type === type && extra(e as unknown as Record<string, unknown>));

for (const [name, launch] of [['Chromium', chromiumDriver], ['Firefox', firefoxDriver]] as const) {
  describe(`${name}: consent timeline`, () => {
    let site: SiteServer;
    let fixtures: SiteServer;
    let driver: Driver;

    before(async () => {
      site = await startSiteServer();
      fixtures = await startSiteServer(0, CONSENT_FIXTURES);
      driver = await launch();
    });
    after(async () => {
      await driver?.close();
      await site?.close();
      await fixtures?.close();
    });

    test('requests before any choice, the banner, a refusal, and requests sent after it', async () => {
      const page = await driver.open(site.origin + BANNER_PAGE);
      const first = await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => has(p, 'banner-shown', (e) => e.cmp === 'Cookiebot') && !!p?.trackers.facebook_custom_audience,
        { what: 'banner and pixel recorded' },
      );
      assert.ok(first);
      let popup = await driver.popup(page.tabId);
      const meta = '[data-tracker="facebook_custom_audience"]';
      assert.equal(await popup.attribute(`${meta} [data-testid="consent"]`, 'data-consent'), 'before-any-interaction');
      assert.match((await popup.text(`${meta} [data-testid="consent"]`)) ?? '', /before you did anything/);
      await popup.close();

      await page.click('#CybotCookiebotDialogBodyButtonDecline');
      const refused = await waitFor(
        () => driver.storedPage(page.tabId),
        // The click's events reach the worker as separate reports: wait for all of them.
        (p) =>
          has(p, 'choice', (e) => e.choice === 'reject-all' && e.via === 'rule') &&
          has(p, 'first-interaction') &&
          has(p, 'banner-hidden') &&
          // The pixel sent after the refusal (under load the page's first requests can still be
          // arriving after the click: a higher count alone is not yet the one after it).
          statesOf(p!, 'facebook_custom_audience').includes('after-reject'),
        { what: 'refusal, the interaction and the hidden banner, and the pixel after it' },
      );
      const metaStates = statesOf(refused!, 'facebook_custom_audience');
      assert.equal(metaStates[0], 'before-any-interaction');
      assert.equal(metaStates.at(-1), 'after-reject');
      popup = await driver.popup(page.tabId);
      await waitFor(() => popup.count(`${meta} [data-testid="consent-after-reject"]`), (n) => n === 1, { what: 'after-refusal label' });
      assert.match((await popup.text(`${meta} [data-testid="consent-after-reject"]`)) ?? '', /Sent again after you refused/);
      await popup.screenshot('popup-consent-refused-en');
      await popup.close();

      // The next page on the same site: the refusal is remembered as an earlier choice.
      await page.reload();
      const reloaded = () =>
        waitFor(
          async () => {
            const p = await driver.storedPage(page.tabId);
            return p && p.consent && p.trackers.facebook_custom_audience && p.consent.navigationStart > refused!.consent!.navigationStart ? p : undefined;
          },
          (p) => !!p,
          { what: 'the reloaded page' },
        );
      await reloaded();
      popup = await driver.popup(page.tabId);
      await waitFor(() => popup.attribute(`${meta} [data-testid="consent"]`, 'data-consent'), (s) => s === 'earlier-choice', { what: 'earlier choice' });
      assert.match((await popup.text(`${meta} [data-testid="consent"]`)) ?? '', /earlier on this site \(you refused\)/);
      await popup.close();
      await page.close();
    });

    test('accepting: the pixel before the choice is "before any interaction", the one after it "after accept"', async () => {
      await driver.forgetChoices();
      const page = await driver.open(site.origin + BANNER_PAGE);
      const shown = await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => has(p, 'banner-shown', (e) => e.cmp === 'Cookiebot') && !!p?.trackers.facebook_custom_audience,
        { what: 'banner and pixel' },
      );
      const before = shown!.trackers.facebook_custom_audience!.requestCount;
      await page.click('#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll');
      const accepted = await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => has(p, 'choice', (e) => e.choice === 'accept-all') && (p?.trackers.facebook_custom_audience?.requestCount ?? 0) > before,
        { what: 'acceptance and the pixel after it' },
      );
      const states = statesOf(accepted!, 'facebook_custom_audience');
      assert.equal(states[0], 'before-any-interaction');
      assert.equal(states.at(-1), 'after-accept');
      await page.close();
      await driver.forgetChoices();
    });

    test('a page without a banner: requests before any interaction, and after one (no choice to speak of)', async () => {
      const page = await driver.open(site.origin + IVF_PATH);
      const loaded = await waitFor(() => driver.storedPage(page.tabId), (p) => !!p?.consent && !!p.trackers.facebook_custom_audience, { what: 'pixel' });
      const before = loaded!.trackers.facebook_custom_audience!.requestCount;
      await page.click('#more');
      const after = await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => has(p, 'first-interaction') && (p?.trackers.facebook_custom_audience?.requestCount ?? 0) > before,
        { what: 'the pixel after a click' },
      );
      assert.ok(!has(after, 'banner-shown'), 'no banner on this page');
      const states = statesOf(after!, 'facebook_custom_audience');
      assert.equal(states[0], 'before-any-interaction');
      assert.equal(states.at(-1), 'unknown');
      const popup = await driver.popup(page.tabId);
      assert.equal(await popup.attribute('[data-tracker="facebook_custom_audience"] [data-testid="consent"]', 'data-consent'), 'before-any-interaction');
      await popup.close();
      await page.close();
    });

    test("the page's own IAB TCF record is read through its __tcfapi", async () => {
      const page = await driver.open(fixtures.origin + '/tcf-stub.html');
      await waitFor(() => driver.storedPage(page.tabId), (p) => has(p, 'tcf-status', (e) => e.eventStatus === 'cmpuishown' && e.cmpId === 300), {
        what: 'tcf cmpuishown',
      });
      await page.click('#cmp button');
      const done = await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => has(p, 'tcf-status', (e) => e.eventStatus === 'useractioncomplete'),
        { what: 'tcf useractioncomplete' },
      );
      const status = events(done).find((e) => e.type === 'tcf-status' && (e as unknown as { eventStatus: string }).eventStatus === 'useractioncomplete') as unknown as {
        purposesConsented: number[];
        gdprApplies: boolean;
      };
      assert.deepEqual(status.purposesConsented, []);
      assert.equal(status.gdprApplies, true);
      assert.ok(has(done, 'choice', (e) => e.choice === 'reject-all'));
      await page.close();
    });
  });
}
