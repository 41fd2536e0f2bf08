// One hostile page cannot stop other tabs' history from being saved (issue 11,
// point 4): a page sends 12 requests with ~1 MB query strings while two innocent
// tabs load. Before caps and per-page writes, the hostile record pushed
// storage.session over its quota, the failed write dropped the other tabs'
// pending changes and their visits never reached history. Now the innocent
// visits reach history, and the hostile record is capped and flagged.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startSiteServer, type SiteServer } from '../fixtures/site-server.mjs';
import { currentWorker, launchChromium, type ChromiumSession } from './harness/chromium';
import { CAR_PATH, IVF_PATH, IVF_TRACKERS } from './harness/demo-expectations';
import { siteHistory, tabPage } from './harness/stored-records';
import { waitFor } from './harness/wait';

const HOSTILE = '/storage/hostile-sizes.html';
const URL_CAP = 2048;

interface Recorded {
  visitId: string;
  url: string;
  truncated?: boolean;
  trackers: Record<string, { requestCount: number }>;
  requests: { url: string; urlTruncated?: boolean; trackerKey: string }[];
}

let site: SiteServer;
let session: ChromiumSession;

const worker = () => currentWorker(session.context, session.extensionId);
const sessionStore = async () => (await (await worker()).evaluate(() => chrome.storage.session.get(null))) as Record<string, unknown>;
const localStore = async () => (await (await worker()).evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
const bytesInUse = async () =>
  (await worker()).evaluate(async () => ({ session: await chrome.storage.session.getBytesInUse(null), local: await chrome.storage.local.getBytesInUse(null) }));

async function tabIdOf(url: string): Promise<number> {
  return waitFor(
    async () => {
      const tabs = (await (await worker()).evaluate(() => chrome.tabs.query({}))) as { id: number; url?: string }[];
      const ids = tabs.filter((t) => t.url === url).map((t) => t.id);
      return ids.length > 0 ? Math.max(...ids) : -1;
    },
    (id) => id >= 0,
    { what: `a tab with ${url}` },
  );
}

before(async () => {
  site = await startSiteServer();
  session = await launchChromium();
  // The worker can announce itself before its webRequest listener is live: wait until it has seen a page.
  const warm = await session.context.newPage();
  await warm.goto(site.origin + '/');
  const tabId = await tabIdOf(site.origin + '/');
  await waitFor(async () => tabPage(await sessionStore(), tabId) ?? (await warm.reload(), undefined), (p) => !!p, { what: 'warm-up page record', intervalMs: 500 });
  await warm.close();
});

after(async () => {
  await session?.close();
  await site?.close();
});

describe('Chromium: storage integrity under a hostile page', () => {
  test('12 requests with 1 MB query strings: the innocent tabs reach history, the hostile record is capped and flagged', async () => {
    const [hostile, ivf, car] = await Promise.all([session.context.newPage(), session.context.newPage(), session.context.newPage()]);
    await Promise.all([hostile.goto(site.origin + HOSTILE), ivf.goto(site.origin + IVF_PATH), car.goto(site.origin + CAR_PATH)]);
    const [hostileTab, ivfTab, carTab] = await Promise.all([tabIdOf(site.origin + HOSTILE), tabIdOf(site.origin + IVF_PATH), tabIdOf(site.origin + CAR_PATH)]);

    const record = await waitFor(
      async () => tabPage<Recorded>(await sessionStore(), hostileTab),
      (p) => (p?.trackers.facebook_custom_audience?.requestCount ?? 0) >= 12,
      { what: 'the 12 hostile requests recorded', timeoutMs: 60_000, intervalMs: 250 },
    );
    const pixel = record!.requests.filter((r) => r.trackerKey === 'facebook_custom_audience');
    assert.equal(pixel.length, 12, 'every hostile request is kept');
    assert.ok(pixel.every((r) => r.urlTruncated === true && r.url.length <= URL_CAP), 'addresses cut to the cap and flagged');
    assert.ok(pixel.every((r) => r.url.startsWith('https://www.facebook.com/tr?id=123456789&ev=PageView&dl=')), 'the start of each address is kept');
    assert.equal(record!.truncated, true, 'the record says it was cut');
    const hostileChars = JSON.stringify(record).length;

    const [ivfPage, carPage] = await Promise.all([
      waitFor(async () => tabPage<Recorded>(await sessionStore(), ivfTab), (p) => !!p && Object.keys(IVF_TRACKERS).every((k) => k in p.trackers), { what: 'the IVF tab', timeoutMs: 60_000 }),
      waitFor(async () => tabPage<Recorded>(await sessionStore(), carTab), (p) => !!p && Object.keys(p.trackers).length > 0, { what: 'the car tab', timeoutMs: 60_000 }),
    ]);
    const inUse = await bytesInUse();

    // Closing the tabs ends their visits: each goes to history.
    await Promise.all([ivf.close(), car.close(), hostile.close()]);
    const history = await waitFor(
      async () => siteHistory<Recorded>(await localStore(), '127.0.0.1'),
      (h) => !!h && [ivfPage!.visitId, carPage!.visitId, record!.visitId].every((id) => h.visits.some((v) => v.visitId === id)),
      { what: 'the three visits in history', timeoutMs: 60_000, intervalMs: 250 },
    );
    const ivfVisit = history!.visits.find((v) => v.visitId === ivfPage!.visitId)!;
    assert.ok(Object.keys(IVF_TRACKERS).every((k) => k in ivfVisit.trackers), 'the IVF visit is whole');
    assert.ok(!ivfVisit.truncated, 'the innocent visit is not cut');
    const hostileVisit = history!.visits.find((v) => v.visitId === record!.visitId)!;
    assert.equal(hostileVisit.truncated, true);
    assert.ok(hostileVisit.requests.every((r) => r.url.length <= URL_CAP));
    const notices = (await localStore())['notices:v1'];

    console.log(JSON.stringify({
      hostile_requests: 12,
      hostile_query_chars: 12 * 1024 * 1024,
      hostile_tab_record_chars: hostileChars,
      hostile_visit_chars: JSON.stringify(hostileVisit).length,
      session_bytes_in_use_three_tabs: inUse.session,
      local_bytes_in_use: (await bytesInUse()).local,
    }));
    // Three tabs, one of them hostile, take a small part of storage.session's 10 MB.
    assert.ok(inUse.session < 1024 * 1024, `storage.session holds ${inUse.session} bytes`);
    assert.ok(hostileChars < 128 * 1024, `the hostile record is ${hostileChars} characters`);
    // Within the caps nothing had to be thrown away, so there is nothing to warn about.
    assert.equal(notices, undefined);
    // And the tab records are gone from storage.session with the tabs.
    const left = await sessionStore();
    assert.deepEqual([ivfTab, carTab, hostileTab].filter((id) => tabPage(left, id)), []);
  });
});
