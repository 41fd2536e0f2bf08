// The letter wizard in the built extension (Chromium), on a real history: the demo
// site's IVF page and its hostile-title page, in English and in Dutch (Pixelwacht's
// own language setting). Opened as the popup opens it for the IVF visit
// (#/letter/<site>/visit/<visitId>), it starts with that visit chosen and drafts a
// letter about it only in two more clicks (the popup's button itself is the first:
// ui.test.ts clicks it); then the choice of visits, the person's own statement, the
// local e-mail-hash check, the exports, the complaint and the anonymous tip.
// Screenshots of every step go to tests/e2e/screenshots/letters-<lang>-*.png.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { currentWorker, launchChromium, type ChromiumSession } from './harness/chromium';
import { HOSTILE_PATH, IVF_PATH } from './harness/demo-expectations';
import { screenshotPath } from './harness/screenshots';
import { siteHistory as storedSiteHistory, tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

const SITE = '127.0.0.1';
const HOSTILE_TITLE_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;';

interface StoredHistory {
  visits: { visitId: string; url: string; title: string | null; trackers: Record<string, { tracker: { company: string } }> }[];
}

/** The demo's advanced matching sends the SHA-256 of this address (tests/fixtures/site/js/trackers.js). */
const DEMO_EMAIL = ' Jan.Jansen@example.nl';
const DEMO_EMAIL_HASH = '6b74a8d9996b1e2852c2526229b684b94050446afc0c4745f2d70566f2dc6197';

let site: SiteServer;

/**
 * Debian's Chromium ships only the en-US UI locale, so the browser's language is always
 * English there: the Dutch run uses Pixelwacht's own language setting, as a person whose
 * browser is in English would.
 */
async function speakDutch(session: ChromiumSession): Promise<void> {
  const worker = await currentWorker(session.context, session.extensionId);
  await worker.evaluate(async () => {
    const stored = ((await chrome.storage.local.get('settings:v1'))['settings:v1'] ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ 'settings:v1': { ...stored, language: 'nl' } });
  });
}

before(async () => {
  site = await startSiteServer();
});

after(async () => {
  await site?.close();
});

async function siteHistory(session: ChromiumSession): Promise<StoredHistory | undefined> {
  const worker = await currentWorker(session.context, session.extensionId);
  return storedSiteHistory((await worker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>, SITE) as StoredHistory | undefined;
}

/** Visit the IVF page and the hostile page until both are in the site's stored history. */
async function makeHistory(session: ChromiumSession): Promise<StoredHistory> {
  const page = await session.context.newPage();
  const has = (h: StoredHistory | undefined, path: string) => !!h?.visits.some((v) => v.url === site.origin + path && (path !== IVF_PATH || Object.values(v.trackers).some((t) => t.tracker.company === 'Meta')));
  // The worker can announce itself before its listeners are live: reload until seen.
  for (const path of [IVF_PATH, HOSTILE_PATH]) {
    await page.goto(site.origin + path);
    await waitFor(
      async () => {
        const h = await siteHistory(session);
        if (!has(h, path)) await page.reload();
        return h;
      },
      (h) => has(h, path),
      { what: `site history with ${path}`, intervalMs: 1000, timeoutMs: 60_000 },
    );
  }
  // Closing the tab ends its last visit, which then reaches history too: wait for it, so the history is complete.
  const worker = await currentWorker(session.context, session.extensionId);
  const tabs = (await worker.evaluate(() => chrome.tabs.query({}))) as { id: number; url?: string }[];
  const tabId = Math.max(...tabs.filter((t) => t.url === site.origin + HOSTILE_PATH).map((t) => t.id));
  const last = tabPage<{ visitId: string }>((await worker.evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>, tabId);
  await page.close();
  return waitFor(() => siteHistory(session), (h) => !last || !!h?.visits.some((v) => (v as { visitId?: string }).visitId === last.visitId), { what: 'the last visit in history' }) as Promise<StoredHistory>;
}

/** Every request a page makes that would leave the machine (anything not extension-internal). */
function watchNetwork(page: Page): string[] {
  const outside: string[] = [];
  page.on('request', (r: Request) => {
    if (!/^(chrome-extension|blob|data):/.test(r.url())) outside.push(r.url());
  });
  return outside;
}

const shot = (page: Page, lang: string, name: string) => page.screenshot({ path: screenshotPath(`letters-${lang}-${name}`), fullPage: true });

for (const lang of ['en', 'nl'] as const) {
  describe(`Chromium letter wizard (${lang})`, () => {
    let session: ChromiumSession;
    before(async () => {
      session = await launchChromium({ locale: lang === 'nl' ? 'nl-NL' : 'en-US' });
      if (lang === 'nl') await speakDutch(session);
    });
    after(async () => {
      await session?.close();
    });

    test('from the IVF visit: a letter about that visit only in two clicks after the popup\'s, then the statement, the e-mail check and the exports, all local', async () => {
      const history = await makeHistory(session);
      assert.ok(history.visits.length >= 2);
      // The popup shows the latest visit of the page, with Meta among its recipients.
      const ivfVisit = history.visits.filter((v) => v.url === site.origin + IVF_PATH && Object.values(v.trackers).some((t) => t.tracker.company === 'Meta')).at(-1)!;
      const byCategory = lang === 'nl';

      const dash = await session.context.newPage();
      await dash.setViewportSize({ width: 1280, height: 900 });
      const outside = watchNetwork(dash);
      let dialogs = 0;
      session.context.on('page', (p) => p.on('dialog', (d) => { dialogs += 1; void d.dismiss(); }));
      // The URL the popup's "Draft a letter" opens for the visit it shows (src/popup/PopupActions.tsx).
      await dash.goto(`chrome-extension://${session.extensionId}/src/dashboard/index.html#/letter/${SITE}/visit/${encodeURIComponent(ivfVisit.visitId)}`);
      // The page's language is set by its script once the chosen language is read from settings.
      await waitFor(() => dash.evaluate(() => document.documentElement.lang), (l) => l === lang, { what: 'the page language' });
      let clicks = 0;
      const click = async (testId: string) => {
        clicks += 1;
        await dash.getByTestId(testId).click();
      };

      // 2. Opened from the visit, the visits are chosen: it starts at the redaction step, under
      // a summary of the chosen pages, with a live preview of the IVF visit only.
      await dash.locator('[data-testid="letter-wizard"][data-step="redaction"]').waitFor();
      assert.equal(await dash.getByTestId('chosen-page').count(), 1);
      assert.equal(await dash.getByTestId('chosen-page').getAttribute('data-started'), 'true');
      assert.match((await dash.getByTestId('chosen-page').textContent()) ?? '', /Vergoeding IVF-behandeling/);
      const preview = dash.getByTestId('redaction-preview');
      await waitFor(() => preview.textContent(), (t) => !!t && t.includes(IVF_PATH), { what: 'preview with the IVF address' });
      assert.ok(!(await preview.textContent())!.includes(HOSTILE_PATH), 'the preview covers the IVF visit only');
      await shot(dash, lang, '2-redaction-full');
      await click('wizard-next');

      // 3. The letter step asks for the person's own statement and offers the e-mail check.
      await dash.getByTestId('step-draft').waitFor();
      assert.ok(await dash.getByTestId('consent-statement').isVisible());
      assert.ok(await dash.getByTestId('email-check').isVisible());
      assert.ok(await dash.getByTestId('kind-organisation').isChecked());
      assert.ok(await dash.getByTestId(`lang-${lang}`).isChecked());
      await shot(dash, lang, '3-letter');
      await click('wizard-next');

      // Two clicks in the wizard (three with the popup's button) to a drafted letter about the IVF visit only.
      const letter = dash.getByTestId('letter-text');
      await letter.waitFor();
      assert.equal(clicks, 2);
      const first = await letter.inputValue();
      assert.ok(first.includes(site.origin + IVF_PATH), 'IVF address in the letter');
      assert.ok(!first.includes(HOSTILE_PATH), 'no other visit in the letter');
      assert.match(first, /Meta Platforms Ireland Ltd\. \(Facebook, Instagram\)/);

      // 1. The choice of visits, from the summary: grouped by page, the IVF page first, marked, and the only one ticked.
      await dash.getByTestId('wizard-back').click();
      await dash.getByTestId('chosen-change').click();
      const groups = dash.getByTestId('visit-group');
      await groups.first().waitFor();
      assert.equal(await groups.first().getAttribute('data-started'), 'true');
      assert.match((await groups.first().textContent()) ?? '', /Vergoeding IVF-behandeling/);
      const rows = dash.getByTestId('visit-row');
      assert.equal(await rows.count(), history.visits.length);
      // Preselected: the IVF visit and any other visit of the same page (a reload); the hostile page is no health page, so not it.
      const ivfVisits = history.visits.filter((v) => v.url === ivfVisit.url).map((v) => v.visitId);
      for (let i = 0; i < (await rows.count()); i++) {
        const row = rows.nth(i);
        const checked = await row.getByTestId('visit-check').isChecked();
        assert.equal(checked, ivfVisits.includes((await row.getAttribute('data-visit-id'))!), 'only the IVF page is preselected');
      }
      assert.ok(await dash.getByText('<img src=x onerror=alert(1)><script>alert(2)</script>').first().isVisible(), 'hostile title shown as text');
      const ivfRow = dash.locator(`[data-visit-id="${ivfVisit.visitId}"]`);
      assert.match((await ivfRow.textContent()) ?? '', /Meta/);
      assert.ok((await groups.first().locator('.lw-verdict').allTextContents()).some((t) => (lang === 'nl' ? /Gezondheidspagina/ : /Health page/).test(t)));
      await shot(dash, lang, '1-visits');
      await dash.getByTestId('wizard-next').click();
      await dash.getByTestId('wizard-next').click();

      // Back at the letter step: the statement, the e-mail check, the parties.
      await dash.getByTestId('step-draft').waitFor();
      await dash.getByTestId('choice-refused').check();
      await dash.getByTestId('still-yes').check();
      await dash.getByTestId('email-check-input').fill(DEMO_EMAIL);
      await dash.getByTestId('email-check-button').click();
      await dash.getByTestId('email-check-result').waitFor();
      assert.match((await dash.getByTestId('email-check-result').textContent()) ?? '', lang === 'nl' ? /Het klopt/ : /It matches/);
      assert.equal(await dash.getByTestId('email-check-input').inputValue(), '', 'the typed address is not kept');
      await dash.getByTestId('request-object').check();
      await dash.getByTestId('org-contact').fill('privacy@example.org');
      await dash.getByTestId('sender-name').fill('Sam Voorbeeld');
      await dash.getByTestId('email-check').scrollIntoViewIfNeeded();
      await shot(dash, lang, '3b-statement-email-check');
      if (byCategory) {
        await dash.getByTestId('wizard-back').click();
        await dash.getByTestId('pages-category').check();
        await dash.getByTestId('ids-remove').check();
        const text = await waitFor(() => preview.textContent(), (t) => !!t && !t.includes(IVF_PATH), { what: 'preview by category' });
        assert.match(text!, /een pagina over/);
        await shot(dash, lang, '2-redaction-category');
        await dash.getByTestId('wizard-next').click();
      }
      await dash.getByTestId('wizard-next').click();

      // 4. The draft names Meta, the IVF page (or its category), the own-hash sentence, and the exports.
      await letter.waitFor();
      const body = await letter.inputValue();
      assert.match(body, /Sam Voorbeeld/);
      assert.match(body, lang === 'nl' ? /SHA-256-hash van mijn e-mailadres/ : /SHA-256 hash of my e-mail address/);
      assert.ok(!body.toLowerCase().includes('jan.jansen'), 'the typed address is not in the letter');
      assert.match(body, /Per e-mail: privacy@example\.org|By e-mail: privacy@example\.org/);
      if (byCategory) {
        assert.ok(!body.includes(IVF_PATH), 'address redacted');
        assert.match(body, /een pagina over/);
      } else {
        assert.ok(body.includes(site.origin + IVF_PATH), 'IVF address in the letter');
      }
      const stored = JSON.stringify(await (await currentWorker(session.context, session.extensionId)).evaluate(() => chrome.storage.local.get(null)));
      assert.ok(!stored.toLowerCase().includes('jan.jansen'), 'the typed address is never stored');
      const digest = (await dash.getByTestId('evidence-digest').textContent())!;
      assert.match(digest, /^[0-9a-f]{64}$/);
      assert.ok(body.includes(digest), 'the letter quotes the evidence SHA-256');
      const mailto = (await dash.getByTestId('mailto').getAttribute('href'))!;
      assert.ok(mailto.startsWith('mailto:privacy@example.org?subject='), mailto);
      const fits = await dash.getByTestId('mailto').getAttribute('data-fits');
      if (fits === 'false') assert.ok(await dash.getByTestId('mailto-too-long').isVisible(), 'a letter too long for mailto says so');
      assert.ok(mailto.length <= 1800, `mailto link of ${mailto.length} characters`);
      assert.notEqual(await dash.getByTestId('letter-notes').locator('li').count(), 0);
      await shot(dash, lang, '4-result');

      const [evidence] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('download-evidence').click()]);
      assert.match(evidence.suggestedFilename(), /^pixelwacht-evidence-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/);
      const bytes = readFileSync((await evidence.path())!);
      assert.equal(createHash('sha256').update(bytes).digest('hex'), digest);
      const parsed = JSON.parse(bytes.toString('utf8'));
      assert.equal(parsed.format, 'pixelwacht-evidence');
      assert.ok(parsed.visits.every((v: { url: string }) => v.url === ivfVisit.url), 'the evidence covers the IVF page only');
      assert.match(parsed.browser.name, /^(Chrome|Chromium)$/);
      assert.match(parsed.browser.version, /^\d+\./);

      const [har] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('download-har').click()]);
      const harLog = JSON.parse(readFileSync((await har.path())!, 'utf8')).log;
      assert.equal(harLog.version, '1.2');
      assert.ok(harLog.entries.some((e: { request: { url: string } }) => e.request.url.includes('facebook.com/tr')));

      const [report] = await Promise.all([session.context.waitForEvent('page'), dash.getByTestId('open-report').click()]);
      const reportNetwork = watchNetwork(report);
      await report.waitForLoadState();
      assert.match(report.url(), /^blob:chrome-extension:/);
      const html = await report.content();
      assert.ok(html.includes(digest), 'report shows the digest');
      assert.ok(!html.includes(HOSTILE_TITLE_ESCAPED), 'the report covers the chosen visit only');
      assert.equal(await report.locator('img, script').count(), 0);
      await report.setViewportSize({ width: 1000, height: 1200 });
      await report.emulateMedia({ media: 'print' });
      await report.screenshot({ path: screenshotPath(`letters-${lang}-5-report-print`), fullPage: true });
      await report.close();

      // Marked as sent: the deadline shows, and the complaint (step 2) mentions the letter.
      await dash.getByTestId('mark-sent-button').click();
      await dash.getByTestId('mark-sent-done').waitFor();
      await dash.getByTestId('sent-letter').first().waitFor();
      assert.equal(await dash.getByTestId('sent-letter').first().getAttribute('data-passed'), 'false');
      await shot(dash, lang, '6-marked-sent');
      await dash.getByTestId('wizard-back').click();
      await dash.getByTestId('kind-complaint').check();
      await waitFor(() => dash.getByTestId('prior-contact').textContent(), (t) => !!t && /\d{4}/.test(t), { what: 'prior contact note' });
      await shot(dash, lang, '7-complaint-choice');
      await dash.getByTestId('wizard-next').click();
      const complaint = await dash.getByTestId('letter-text').inputValue();
      assert.match(complaint, lang === 'nl' ? /Klacht op grond van artikel 77 AVG/ : /Complaint under Article 77 GDPR/);
      assert.match(complaint, /Postbus 93374/);
      assert.match(complaint, /Meta Platforms Ireland/);
      assert.match(complaint, lang === 'nl' ? /in de cookiemelding van deze website geweigerd/ : /refused in this website’s cookie banner/);
      assert.match(complaint, lang === 'nl' ? /Ik heb nooit uitdrukkelijk toestemming gegeven/ : /I never gave explicit consent/);
      await shot(dash, lang, '8-complaint');

      // The anonymous tip: no name, the AP's traceability warning, a redacted annex by default.
      await dash.getByTestId('wizard-back').click();
      await dash.getByTestId('kind-tip').check();
      assert.ok(await dash.getByTestId('tip-annex').isVisible());
      assert.equal(await dash.getByTestId('tip-full-annex').isChecked(), false);
      await dash.getByTestId('tip-annex').scrollIntoViewIfNeeded();
      await shot(dash, lang, '9-tip-choice');
      await dash.getByTestId('wizard-next').click();
      const tip = await dash.getByTestId('letter-text').inputValue();
      assert.ok(!tip.includes('Sam Voorbeeld'), 'no name in the tip');
      assert.ok(!tip.includes(DEMO_EMAIL_HASH) && !/fb\.1\.\d+/.test(tip), 'no identifiers in the tip');
      assert.equal(await dash.getByTestId('download-har').count(), 0, 'no HAR offered with a redacted tip');
      const tipDigest = (await dash.getByTestId('evidence-digest').textContent())!;
      assert.notEqual(tipDigest, digest);
      assert.ok(tip.includes(tipDigest));
      const [annex] = await Promise.all([dash.waitForEvent('download'), dash.getByTestId('download-evidence').click()]);
      const annexBytes = readFileSync((await annex.path())!);
      assert.equal(createHash('sha256').update(annexBytes).digest('hex'), tipDigest);
      assert.ok(!annexBytes.toString('utf8').includes(DEMO_EMAIL_HASH), 'the annex holds no hashed e-mail');
      await shot(dash, lang, '10-tip');

      await dash.waitForTimeout(200);
      assert.deepEqual(outside, [], 'the dashboard made no network request');
      assert.deepEqual(reportNetwork, [], 'the report made no network request');
      assert.equal(dialogs, 0);
      await dash.close();
    });
  });
}
