// Consent on real consent platforms' markup, end to end in both browsers: each page
// reproduces one CMP's documented structure (sizes, positions, fade-in, nested z-index,
// shadow root, iframe); the banner is seen and named, a refusal and an acceptance are
// each recorded, the CMP's own stored record is read, and the pixel sent after the
// answer is labelled with it. Then: a page that forges "you accepted", and a page that
// tries to detect Pixelwacht.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { consentStateAt } from '../../src/core/consent/consent-state';
import type { ConsentTimeline } from '../../src/core/consent/types';
import type { StoredPage } from './harness/demo-expectations';
import { chromiumDriver, firefoxDriver, type Driver } from './harness/drivers';
import { waitFor } from './harness/wait';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/consent');
const META = 'facebook_custom_audience';

interface Case {
  page: string;
  /** The CMP name the banner ends up with (the last banner-shown). */
  cmp: string;
  reject: string;
  accept: string;
  /** The CMP record's name (witness 2), when the CMP keeps one. */
  record?: string;
}

const CASES: Case[] = [
  { page: 'tarteaucitron-1.34.html', cmp: 'tarteaucitron', reject: '#tarteaucitronAllDenied2', accept: '#tarteaucitronPersonalize2', record: 'tarteaucitron' },
  { page: 'cookieconsent-v3.html', cmp: 'CookieConsent', reject: '.cm__btn[data-role=necessary]', accept: '.cm__btn[data-role=all]', record: 'CookieConsent' },
  { page: 'klaro.html', cmp: 'Klaro', reject: '#decline', accept: '#ok', record: 'Klaro' },
  { page: 'klaro.html?lang=nl', cmp: 'Klaro', reject: '#decline', accept: '#ok', record: 'Klaro' },
  { page: 'italian-generic.html', cmp: 'generic', reject: '#rifiuta', accept: '#accetta' },
  { page: 'onetrust-fade.html', cmp: 'OneTrust', reject: '#onetrust-reject-all-handler', accept: '#onetrust-accept-btn-handler', record: 'OneTrust' },
  { page: 'osano-cookieconsent.html', cmp: 'Osano Cookie Consent', reject: '.cc-deny', accept: '.cc-allow', record: 'Osano Cookie Consent' },
  { page: 'usercentrics-shadow.html', cmp: 'Usercentrics', reject: '#usercentrics-root >>> [data-testid=uc-deny-all-button]', accept: '#usercentrics-root >>> [data-testid=uc-accept-all-button]', record: 'Usercentrics' },
  { page: 'closed-shadow.html', cmp: 'generic', reject: 'consent-notice >>> #reject', accept: 'consent-notice >>> #accept' },
  { page: 'iframe-banner.html', cmp: 'generic', reject: 'iframe#consent-frame >>> #reject', accept: 'iframe#consent-frame >>> #accept' },
];

type Ev = Record<string, unknown> & { type: string };
const events = (p: StoredPage | undefined): Ev[] => (p?.consent?.events ?? []) as unknown as Ev[];
const lastBannerCmp = (p: StoredPage | undefined) => events(p).filter((e) => e.type === 'banner-shown').at(-1)?.cmp;
/** Clicks a control by a selector chain: `a >>> b` looks for b inside a's shadow root or iframe document. */
async function clickControl(page: Awaited<ReturnType<Driver['open']>>, chain: string): Promise<void> {
  if (!chain.includes('>>>')) return page.click(chain);
  const at = await page.evaluate<[number, number] | null>(`(() => {
    let scope = document, x = 0, y = 0, el = null;
    for (const part of ${JSON.stringify(chain.split(' >>> '))}) {
      el = scope.querySelector(part);
      if (!el) return null;
      if (el.shadowRoot || el.fixtureClosedRoot) scope = el.shadowRoot || el.fixtureClosedRoot;
      else if (el.contentDocument) { const r = el.getBoundingClientRect(); x += r.left; y += r.top; scope = el.contentDocument; }
    }
    const r = el.getBoundingClientRect();
    return [x + r.left + r.width / 2, y + r.top + r.height / 2];
  })()`);
  assert.ok(at, `control ${chain} on the page`);
  await page.clickAt(at[0], at[1]);
}

const statesOf = (p: StoredPage) =>
  p.requests.filter((r) => r.trackerKey === META).map((r) => consentStateAt(p.consent as ConsentTimeline, r.timeStamp, null).state);

// CONSENT_E2E_BROWSER=chromium|firefox runs one browser only (for debugging).
const only = process.env.CONSENT_E2E_BROWSER?.toLowerCase();
const BROWSERS = ([['Chromium', chromiumDriver], ['Firefox', firefoxDriver]] as const).filter(([n]) => !only || n.toLowerCase() === only);

/** Opens a page and waits for its consent timeline; the first page after start-up can be missed, then it is reloaded once. */
async function openWithTimeline(driver: Driver, url: string) {
  const page = await driver.open(url);
  const ok = await waitFor(() => driver.storedPage(page.tabId), (p) => !!p?.consent, { what: 'timeline', timeoutMs: 3000 }).then(
    () => true,
    () => false,
  );
  if (!ok) await page.reload();
  return page;
}

for (const [name, launch] of BROWSERS) {
  describe(`${name}: consent on real CMPs' markup`, () => {
    let fixtures: SiteServer;
    let driver: Driver;

    before(async () => {
      fixtures = await startSiteServer(0, FIXTURES);
      driver = await launch();
    });
    after(async () => {
      await driver?.close();
      await fixtures?.close();
    });

    for (const c of CASES) {
      for (const [answer, choice, state, says] of [
        ['reject', 'reject-all', 'after-reject', 'reject-all'],
        ['accept', 'accept-all', 'after-accept', 'accept-all'],
      ] as const) {
        test(`${c.page}: the banner is named ${c.cmp}; ${answer} is recorded and the pixel after it is "${state}"`, async () => {
          await driver.forgetChoices();
          const page = await openWithTimeline(driver, `${fixtures.origin}/${c.page}`);
          await waitFor(
            () => driver.storedPage(page.tabId),
            (p) => lastBannerCmp(p) === c.cmp && !!p?.trackers[META],
            { what: `${c.cmp} banner and the pixel`, timeoutMs: 30_000 },
          ).catch(async (e: Error) => {
            throw new Error(`${e.message}; events: ${JSON.stringify(events(await driver.storedPage(page.tabId)).map((x) => [x.type, x.cmp]))}`);
          });
          await clickControl(page, c[answer]);
          const done = await waitFor(
            () => driver.storedPage(page.tabId),
            (p) =>
              events(p).some((e) => e.type === 'choice' && e.choice === choice) &&
              // The pixel the page sends after the answer itself, not a higher count (under load the page's
              // first pixel can still be arriving after the click).
              !!p?.requests.some((r) => r.trackerKey === META && r.url.includes('ev=AfterChoice')) &&
              (!c.record || events(p).some((e) => e.type === 'cmp-record' && e.cmp === c.record && e.says === says)),
            { what: `${answer} recorded, the CMP's record read and the pixel after it`, timeoutMs: 30_000 },
          ).catch(async (e: Error) => {
            const p = await driver.storedPage(page.tabId);
            throw new Error(`${e.message.slice(0, 200)}; events: ${JSON.stringify(events(p).map((x) => [x.type, x.cmp ?? x.choice, x.says ?? x.via]))}; pixels: ${p?.trackers[META]?.requestCount}`);
          });
          assert.ok(!events(done).some((e) => e.type === 'choice' && e.choice !== choice && e.choice !== 'other'), 'no contradicting choice');
          const states = statesOf(done!);
          assert.equal(states[0], 'before-any-interaction');
          const afterChoice = done!.requests.find((r) => r.trackerKey === META && r.url.includes('ev=AfterChoice'))!;
          assert.equal(consentStateAt(done!.consent as ConsentTimeline, afterChoice.timeStamp, null).state, state);
          await page.close();
        });
      }
    }

    test("a site that breaks its word: the popup shows each contradiction and the site's claims as the site's", async () => {
      await driver.forgetChoices();
      const page = await openWithTimeline(driver, `${fixtures.origin}/onetrust-fade.html?lie=1`);
      await waitFor(() => driver.storedPage(page.tabId), (p) => lastBannerCmp(p) === 'OneTrust' && !!p?.trackers[META], { what: 'the banner' });
      await page.click('#onetrust-reject-all-handler');
      await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => events(p).some((e) => e.type === 'cmp-record' && e.cmp === 'OneTrust' && e.says === 'accept-all'),
        { what: "the site's record saying all accepted" },
      );
      const popup = await driver.popup(page.tabId);
      await waitFor(() => popup.count('[data-testid="consent-finding"]'), (n) => n >= 2, { what: 'two findings' });
      assert.equal(await popup.count('[data-kind="refused-but-record-granted"]'), 1);
      assert.match((await popup.text('[data-kind="refused-but-record-granted"]')) ?? '', /After you refused, the site's own consent record \(OneTrust\) says you accepted/);
      assert.match((await popup.text('[data-kind="consent-mode-denied-but-meta-linkedin"]')) ?? '', /told Google that ad storage was refused, yet (?:1 request|(?:[2-9]|\d\d+) requests) went to Meta/);
      assert.match((await popup.text('[data-testid="consent-site-claim"]')) ?? '', /^The site says \(its own record, OneTrust\): all accepted/);
      // The three witnesses on one timeline: what Pixelwacht saw, the site's record, what the site told Google.
      await waitFor(() => popup.count('[data-testid="consent-witness"][data-witness="cmp-record"]'), (n) => n >= 1, { what: "the site's record on the timeline" });
      const lines = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="consent-witness"]')].map((e) => e.getAttribute('data-witness') + ': ' + e.textContent)`);
      assert.ok(lines.some((l) => /^consent-mode: .*the site told Google \(Google consent mode\): ad storage, analytics storage, ad user data and ad personalisation denied/.test(l)), lines.join('\n'));
      assert.ok(lines.some((l) => /^user: .*choice in the cookie banner: refuse all/.test(l)), lines.join('\n'));
      assert.ok(lines.some((l) => /^cmp-record: .*the site's own consent record \(OneTrust\) says: all accepted/.test(l)), lines.join('\n'));
      const order = lines.map((l) => l.split(':')[0]);
      assert.ok(order.indexOf('user') < order.lastIndexOf('cmp-record'), `the refusal before the record: ${order.join(', ')}`);
      await popup.screenshot('popup-consent-findings-en');
      await popup.close();
      await page.close();
    });

    test("the site's own record says refused, yet requests with identifiers still go to Meta: the popup says so, counted", async () => {
      await driver.forgetChoices();
      const page = await openWithTimeline(driver, `${fixtures.origin}/onetrust-fade.html`);
      await waitFor(() => driver.storedPage(page.tabId), (p) => lastBannerCmp(p) === 'OneTrust' && !!p?.trackers[META], { what: 'the banner' });
      await page.click('#onetrust-reject-all-handler');
      const refused = await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => events(p).some((e) => e.type === 'cmp-record' && e.cmp === 'OneTrust' && e.says === 'reject-all'),
        { what: "the site's record saying all refused" },
      );
      // The page's pixel goes on after its own record said no (a tag the site did not stop).
      const sent = refused!.trackers[META]!.requestCount;
      await page.evaluate('cmpFixture.pixel("ViewContent")');
      await waitFor(() => driver.storedPage(page.tabId), (p) => (p?.trackers[META]?.requestCount ?? 0) > sent, { what: 'the pixel after the record' });
      const popup = await driver.popup(page.tabId);
      await waitFor(() => popup.count('[data-kind="record-denied-but-identifiers-sent"]'), (n) => n === 1, { what: 'the finding' });
      const text = (await popup.text('[data-kind="record-denied-but-identifiers-sent"]')) ?? '';
      assert.match(text, /^The site's own consent record \(OneTrust\) says advertising is refused, yet (?:1 request|(?:[2-9]|\d\d+) requests) with identifiers still went to Meta\.$/);
      assert.equal(await popup.count('[data-kind="refused-but-record-granted"]'), 0);
      await popup.close();
      await page.close();
    });

    test("a banner that is first the site's own notice, then OneTrust fading in: named generic first, then revised to OneTrust", async () => {
      await driver.forgetChoices();
      const page = await openWithTimeline(driver, `${fixtures.origin}/onetrust-fade.html?placeholder=1`);
      await waitFor(() => driver.storedPage(page.tabId), (p) => lastBannerCmp(p) === 'generic', { what: 'the notice, named generic' });
      // The CMP's SDK arrives late (a slow CDN: after the looks that revisit a generic banner are spent)
      // and fades its banner in where the notice was; no click is needed for the name to be revised.
      await new Promise((r) => setTimeout(r, 8000));
      await page.evaluate('window.loadOneTrust()');
      await waitFor(() => driver.storedPage(page.tabId), (p) => lastBannerCmp(p) === 'OneTrust', { what: 'the name revised to OneTrust' });
      await page.click('#onetrust-reject-all-handler');
      const done = await waitFor(
        () => driver.storedPage(page.tabId),
        (p) => events(p).some((e) => e.type === 'choice' && e.choice === 'reject-all'),
        { what: 'the refusal' },
      );
      const shown = events(done).filter((e) => e.type === 'banner-shown').map((e) => e.cmp);
      assert.equal(shown[0], 'generic', shown.join(', '));
      assert.equal(shown.at(-1), 'OneTrust', shown.join(', '));
      assert.equal(events(done).find((e) => e.type === 'choice' && e.choice === 'reject-all')?.cmp, 'OneTrust');
      await page.close();
    });

    test('a page that forges "you accepted" (TCF useractioncomplete, back-dated, no click) records no choice of the user', async () => {
      await driver.forgetChoices();
      const page = await openWithTimeline(driver, `${fixtures.origin}/forged-tcf.html`);
      const p = await waitFor(
        () => driver.storedPage(page.tabId),
        (s) => events(s).some((e) => e.type === 'tcf-status' && e.eventStatus === 'useractioncomplete') && !!s?.trackers[META],
        { what: "the site's TCF claim and the pixel" },
      );
      const claims = events(p).filter((e) => e.type === 'tcf-status');
      assert.ok(claims.every((e) => (e.t as number) >= p!.consent!.navigationStart), 'stamped on receipt, never back-dated');
      assert.ok(!events(p).some((e) => e.type === 'choice'), 'no choice recorded');
      assert.deepEqual(statesOf(p!), statesOf(p!).map(() => 'before-any-interaction'));
      // The popup shows the forgery as a finding, and the claim as the site's.
      const first = await driver.popup(page.tabId);
      await waitFor(() => first.count('[data-kind="tcf-action-without-interaction"]'), (n) => n === 1, { what: 'the forged-TCF finding' });
      assert.match((await first.text('[data-kind="tcf-action-without-interaction"]')) ?? '', /^The site's consent interface \(IAB TCF CMP #300\) reported that you made a choice, but you had not touched the page\.$/);
      const claimTexts = await first.evaluate<string[]>(`[...document.querySelectorAll('[data-testid="consent-site-claim"]')].map((e) => e.textContent)`);
      assert.ok(claimTexts.some((c) => /^The site says \(its TCF interface\): useractioncomplete/.test(c)), claimTexts.join(' | '));
      assert.ok((await first.count('[data-testid="consent-witness"][data-witness="tcf"]')) >= 1, 'the TCF claim on the timeline');
      await first.close();
      // The next visit: nothing remembered for the site.
      await page.reload();
      const nextVisit = (after: number) =>
        waitFor(
          () => driver.storedPage(page.tabId),
          (s) => !!s?.consent && s.consent.navigationStart > after && !!s.trackers[META],
          { what: 'the next visit' },
        );
      const next = await nextVisit(p!.consent!.navigationStart);
      assert.equal((next as unknown as { earlierChoice: unknown }).earlierChoice, null);
      assert.ok(statesOf(next!).every((s) => s === 'before-any-interaction'));
      const popup = await driver.popup(page.tabId);
      assert.equal(await popup.attribute(`[data-tracker="${META}"] [data-testid="consent"]`, 'data-consent'), 'before-any-interaction');
      await popup.close();
      await page.close();
    });

    test('a page trying the known detection tricks finds nothing, while Pixelwacht reads its TCF status and banner', async () => {
      const page = await openWithTimeline(driver, `${fixtures.origin}/detection-tricks.html`);
      await waitFor(
        () => driver.storedPage(page.tabId),
        (s) => events(s).some((e) => e.type === 'tcf-status' && e.cmpId === 300) && events(s).some((e) => e.type === 'banner-shown'),
        { what: 'TCF status and banner recorded' },
      );
      await page.click('#reject');
      await waitFor(() => driver.storedPage(page.tabId), (s) => events(s).some((e) => e.type === 'choice'), { what: 'the refusal' });
      const found = await page.evaluate<string[]>('window.__finalCheck()');
      assert.deepEqual(found, []);
      await page.close();
    });
  });
}
