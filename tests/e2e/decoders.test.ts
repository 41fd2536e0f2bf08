// What real vendor scripts send (issue 12), end to end in both browsers: the demo
// page vendors/real-shapes.html sends a gzip body (Clarity), a base64-gzip body
// (LinkedIn), a Conversions API Gateway POST (Meta, on a cloud host) and Google tag
// gateway hits on the site's own host. The tab record holds, per request, the
// decoded event, account, page address and hashed e-mail; the popup shows each of them
// for each of the five requests (events, account line, "what was sent" values, chips).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import type { StoredPage } from './harness/demo-expectations';
import { chromiumDriver, firefoxDriver, type Driver } from './harness/drivers';
import { waitFor } from './harness/wait';

const PATH = '/vendors/real-shapes.html';
// SHA-256 of "jan.jansen@example.nl", as the page sends it.
const HASHED_EMAIL = '6b74a8d9996b1e2852c2526229b684b94050446afc0c4745f2d70566f2dc6197';

interface Finding {
  kind: string;
  name?: string;
  value?: string;
}
type Recorded = StoredPage['requests'][number] & { findings?: Finding[]; inflated?: { format: string; encoding: string } };

interface Expected {
  what: string;
  url: (r: Recorded) => boolean;
  company: string;
  event: string;
  account: string;
  hashedEmail: boolean;
  inflated?: { format: string; encoding: string };
}

const EXPECTED: Expected[] = [
  { what: 'Clarity gzip bytes', url: (r) => r.url.startsWith('https://k.clarity.ms/collect'), company: 'Microsoft', event: 'recording', account: 'pwdemo1234', hashedEmail: false, inflated: { format: 'gzip', encoding: 'bytes' } },
  { what: 'LinkedIn base64 gzip', url: (r) => r.url.startsWith('https://px.ads.linkedin.com/wa/'), company: 'Microsoft', event: 'page_view', account: '123456', hashedEmail: false, inflated: { format: 'gzip', encoding: 'base64' } },
  { what: 'Meta CAPI gateway', url: (r) => r.url.includes('.a.run.app/events'), company: 'Meta', event: 'PageView', account: '1234567890123456', hashedEmail: true },
  { what: 'Google tag gateway (GA4)', url: (r) => r.url.includes('/pntd/ag/g/c?'), company: 'Google', event: 'page_view', account: 'G-PWDEMO1234', hashedEmail: false },
  { what: 'Google tag gateway (Ads conversion)', url: (r) => r.url.includes('/pntd/g/d/ccm/conversion/'), company: 'Google', event: 'conversion', account: 'AW-987654321', hashedEmail: true },
];

const findingsOf = (r: Recorded | undefined) => r?.findings ?? [];
const has = (r: Recorded | undefined, kind: string, value?: string) => findingsOf(r).some((f) => f.kind === kind && (value === undefined || f.value === value || f.name === value));

function complete(page: StoredPage | undefined, pageUrl: string): boolean {
  if (!page) return false;
  const requests = page.requests as Recorded[];
  return EXPECTED.every((e) => {
    const r = requests.find(e.url);
    return !!r && has(r, 'event', e.event) && has(r, 'account-id', e.account) && has(r, 'page-address', pageUrl) && (!e.hashedEmail || has(r, 'hashed-email', HASHED_EMAIL));
  });
}

for (const [name, launch] of [['Chromium', chromiumDriver], ['Firefox', firefoxDriver]] as const) {
  describe(`${name}: real vendor request shapes`, () => {
    let site: SiteServer;
    let driver: Driver;

    before(async () => {
      site = await startSiteServer();
      driver = await launch();
    });
    after(async () => {
      await driver?.close();
      await site?.close();
    });

    test('the demo index links the page', async () => {
      const index = await readFile(resolve(import.meta.dirname, '../fixtures/site/index.html'), 'utf8');
      assert.ok(index.includes(`href="${PATH}"`), 'index.html links vendors/real-shapes.html');
    });

    test('compressed bodies, the CAPI gateway and the Google tag gateway are decoded per request', async () => {
      const pageUrl = site.origin + PATH;
      const page = await driver.open(pageUrl);
      // The compressed bodies are inflated after the request path returned: their findings arrive later.
      const stored = await waitFor(() => driver.storedPage(page.tabId), (p) => complete(p, pageUrl), { what: 'decoded findings of every request', timeoutMs: 60_000 });
      const requests = stored!.requests as Recorded[];
      for (const e of EXPECTED) {
        const r = requests.find(e.url)!;
        assert.equal(stored!.trackers[r.trackerKey]!.tracker.company, e.company, `${e.what}: company`);
        if (e.inflated) assert.deepEqual({ format: r.inflated?.format, encoding: r.inflated?.encoding }, e.inflated, `${e.what}: inflated`);
        console.log(`${name} ${e.what}: ${findingsOf(r).map((f) => f.kind).join(', ')}`);
      }
      // One identity per company: the two Google gateway trackers and the direct ones are one Google.
      const companies = new Set(Object.values(stored!.trackers).map((t) => t.tracker.company));
      assert.deepEqual([...companies].sort(), ['Google', 'Meta', 'Microsoft']);

      // The popup, as a user reads it: each company line opened, each tracker's "what was sent" opened.
      const popup = await driver.popup(page.tabId);
      const openAll = (selector: string) =>
        popup.evaluate<number>(`(() => { let n = 0; for (const s of document.querySelectorAll(${JSON.stringify(selector)})) if (!s.parentElement.open) { s.click(); n++; } return n; })()`);
      await waitFor(() => popup.count('details.company-line > summary'), (n) => n >= 3, { what: 'the company lines' });
      await openAll('details.company-line > summary');
      await waitFor(() => popup.count('details.values > summary'), (n) => n >= EXPECTED.length - 1, { what: "the trackers' details" });
      await openAll('details.values > summary');
      const textOf = (key: string, part: string) => popup.text(`[data-tracker="${key}"] [data-testid="${part}"]`).then((t) => t ?? '');
      for (const e of EXPECTED) {
        const key = requests.find(e.url)!.trackerKey;
        await waitFor(() => popup.count(`[data-tracker="${key}"] [data-testid="values"]`), (n) => n === 1, { what: `${e.what}: values shown` });
        assert.ok((await textOf(key, 'events')).includes(e.event), `${e.what}: event ${e.event} in the popup: ${await textOf(key, 'events')}`);
        const accounts = await popup.evaluate<string[]>(`[...document.querySelectorAll('[data-tracker="${key}"] [data-testid="account-id"]')].map((el) => el.textContent)`);
        assert.ok(accounts.some((a) => a.includes(e.account.replace(/^AW-/, ''))), `${e.what}: account ${e.account} in the popup: ${accounts.join(' | ')}`);
        const values = await textOf(key, 'values');
        assert.ok(values.includes(pageUrl), `${e.what}: page address in the popup's values: ${values.slice(0, 300)}`);
        assert.equal(values.includes(HASHED_EMAIL), e.hashedEmail, `${e.what}: hashed e-mail in the popup's values`);
        if (e.hashedEmail) assert.equal(await popup.count(`[data-tracker="${key}"] [data-chip="hashed-email"]`), 1, `${e.what}: hashed e-mail chip`);
      }
      const capiKey = requests.find(EXPECTED[2]!.url)!.trackerKey;
      const clarityKey = requests.find(EXPECTED[0]!.url)!.trackerKey;
      for (const [key, chips] of [[capiKey, ['page-address', 'event', 'account', 'hashed-email']], [clarityKey, ['page-address', 'event', 'account', 'session-recording']]] as const) {
        for (const chip of chips) assert.equal(await popup.count(`[data-tracker="${key}"] [data-chip="${chip}"]`), 1, `${key}: chip ${chip}`);
      }
      assert.match((await popup.text(`[data-tracker="${capiKey}"] [data-chip="event"]`)) ?? '', /PageView/);
      await popup.screenshot('popup-real-shapes');
      await popup.close();
      await page.close();
    });
  });
}
