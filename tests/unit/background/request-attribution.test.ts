// The background's request path in-process: the raw details as each browser
// gives them, through the event intake, the request handler and the tab store,
// to the page record each request belongs to. Storage is an in-memory fake.
import { beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';

const session = new Map<string, unknown>();
const sessionArea = {
  get: async (key: string | null) => (key === null ? Object.fromEntries(session) : session.has(key) ? { [key]: session.get(key) } : {}),
  set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, structuredClone(v))),
  remove: async (keys: string | string[]) => void [keys].flat().forEach((k) => session.delete(k)),
};
vi.mock('webextension-polyfill', () => ({ default: { storage: { session: sessionArea, local: sessionArea } } }));

const { TabStore } = await import('../../../src/background/tab-store');
const { RequestHandler } = await import('../../../src/background/request-handler');
const { createEventIntake } = await import('../../../src/background/event-intake');
const { applyResourceTiming } = await import('../../../src/background/page-timing');
const { loadTrackerDbFromPackage } = await import('../../../src/cli/load-tracker-db');
type Handler = InstanceType<typeof RequestHandler>;
type Details = Parameters<Handler['handle']>[0];

let trackers: Awaited<ReturnType<typeof loadTrackerDbFromPackage>>;
beforeAll(async () => {
  trackers = await loadTrackerDbFromPackage();
});

const history = { upserted: [] as { visitId: string; url: string; trackers: Record<string, unknown> }[], record: async (pages: never[]) => void history.upserted.push(...structuredClone(pages)) };

function setup(openTabs: Record<number, string> = {}) {
  const tabs = new TabStore(history as never, () => undefined);
  const handler = new RequestHandler({
    tabs,
    trackers,
    tabInfo: async (tabId) => ({ url: openTabs[tabId] ?? null, incognito: false }),
    onPageStarted: () => undefined,
    isPaused: () => false,
  });
  const intake = createEventIntake(Promise.resolve(handler), (e) => { throw e; });
  return { tabs, handler, intake, push: (d: Details) => intake.push((h) => h.handle(d)) };
}

let id = 0;
const req = (over: Partial<Details>): Details => ({
  requestId: String(++id), url: 'https://cdn.example/x.js', method: 'GET', type: 'image', tabId: 1, frameId: 0, timeStamp: 1000 + id, ...over,
});
const META = (dl: string) => `https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=${encodeURIComponent(dl)}`;
const TIKTOK = 'https://analytics.tiktok.com/api/v2/pixel';

beforeEach(() => {
  session.clear();
  history.upserted = [];
});

describe('Chrome: requests go to the page of their document', () => {
  test("A's pagehide beacons arrive after B's navigation: they are A's, B names nobody", async () => {
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://a.example/ivf' }));
    push(req({ url: 'https://a.example/app.js', type: 'script', documentId: 'DOC-A', documentLifecycle: 'active', initiator: 'https://a.example' }));
    push(req({ type: 'main_frame', url: 'https://b.example/' }));
    push(req({ type: 'ping', method: 'POST', url: META('https://a.example/ivf'), documentId: 'DOC-A', documentLifecycle: 'active', initiator: 'https://a.example' }));
    push(req({ type: 'xmlhttprequest', method: 'POST', url: TIKTOK, documentId: 'DOC-A', documentLifecycle: 'active', initiator: 'https://a.example' }));
    push(req({ url: 'https://b.example/logo.png', documentId: 'DOC-B', documentLifecycle: 'active', initiator: 'https://b.example' }));
    await intake.settled();
    await tabs.flush();
    const b = tabs.page(1)!;
    expect(b.url).toBe('https://b.example/');
    expect(Object.keys(b.trackers)).toEqual([]);
    expect(b.documentIds).toEqual(['DOC-B']);
    const a = tabs.pagesOf(1).previous[0]!;
    expect(Object.keys(a.trackers).sort()).toEqual(['facebook_custom_audience', 'tiktok_analytics']);
    // A's last state reached history after it was left.
    expect(history.upserted.filter((p) => p.visitId === a.visitId).at(-1)!.trackers).toHaveProperty('tiktok_analytics');
  });

  test("a page's requests that reach the worker before its own navigation are that navigation's visit, not a second one", async () => {
    // Under load Firefox can deliver a page's first requests before its main_frame event.
    const { tabs, intake, push } = setup({ 1: 'https://a.example/ivf' });
    push(req({ url: META('https://a.example/ivf'), documentUrl: 'https://a.example/ivf', timeStamp: 2010 }));
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 2000 }));
    push(req({ type: 'xmlhttprequest', method: 'POST', url: TIKTOK, documentUrl: 'https://a.example/ivf', timeStamp: 2020 }));
    await intake.settled();
    const page = tabs.page(1)!;
    expect(Object.keys(page.trackers).sort()).toEqual(['facebook_custom_audience', 'tiktok_analytics']);
    expect(page.startedBy).toBeUndefined();
    expect(page.startedAt).toBe(2000); // the visit starts with its navigation (the document's start is matched to it)
    expect(page.gaps ?? []).not.toContain('opened-before-start');
    expect(tabs.pagesOf(1).previous).toEqual([]);
  });

  test("Firefox under load, a new tab: the page's first requests arrive while the tab still says about:blank; the page is the request's document's, and its navigation takes it over", async () => {
    const { tabs, intake, push } = setup({ 1: 'about:blank' });
    push(req({ url: META('https://a.example/ivf'), documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 2010 }));
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 2000 }));
    push(req({ type: 'xmlhttprequest', method: 'POST', url: TIKTOK, documentUrl: 'https://a.example/ivf', timeStamp: 2020 }));
    await intake.settled();
    const page = tabs.page(1)!;
    expect(page.url).toBe('https://a.example/ivf');
    expect(Object.keys(page.trackers).sort()).toEqual(['facebook_custom_audience', 'tiktok_analytics']);
    expect(tabs.pagesOf(1).previous).toEqual([]);
  });

  test("Firefox under load: while the navigation waits for the browser's answer about the tab, its own document's request starts the page; the navigation then takes it over", async () => {
    const tabs = new TabStore(history as never, () => undefined);
    const answers: ((info: { url: string | null; incognito: boolean }) => void)[] = [];
    const handler = new RequestHandler({
      tabs,
      trackers,
      tabInfo: () => new Promise((resolve) => answers.push(resolve)),
      onPageStarted: () => undefined,
      isPaused: () => false,
    });
    const navigation = handler.handle(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 2000 }));
    const early = handler.handle(req({ url: META('https://a.example/ivf'), documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 2010 }));
    answers[1]!({ url: 'https://a.example/ivf', incognito: false }); // the request's question is answered first
    await early;
    answers[0]!({ url: 'https://a.example/ivf', incognito: false });
    await navigation;
    await handler.handle(req({ url: TIKTOK, type: 'xmlhttprequest', method: 'POST', documentUrl: 'https://a.example/ivf', timeStamp: 2020 }));
    await handler.handle(req({ url: 'https://px.ads.linkedin.com/collect?v=2&pid=1', documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 2030 }));
    expect(tabs.pagesOf(1).previous).toEqual([]);
    expect(Object.keys(tabs.page(1)!.trackers).sort()).toEqual(['facebook_custom_audience', 'linkedin_ads', 'tiktok_analytics']);
    expect(tabs.page(1)!.startedBy).toBeUndefined();
  });

  test("Firefox at start-up: a tab picked up from the tab list (already showing the address) before its navigation's event; its document's requests and the navigation are one visit", async () => {
    const { tabs, intake, push } = setup({ 1: 'https://a.example/ivf' });
    intake.push(() => void tabs.startPage(1, 'https://a.example/ivf', 1990, false, { startedBy: 'already-open', gap: 'opened-before-start' }));
    push(req({ url: META('https://a.example/ivf'), documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 2010 }));
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 2000 }));
    push(req({ type: 'beacon', method: 'POST', url: 'https://px.ads.linkedin.com/collect?v=2&pid=1', documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 2030 }));
    push(req({ type: 'xmlhttprequest', method: 'POST', url: TIKTOK, documentUrl: 'https://a.example/ivf', timeStamp: 2020 }));
    await intake.settled();
    expect(tabs.pagesOf(1).previous).toEqual([]);
    expect(Object.keys(tabs.page(1)!.trackers).sort()).toEqual(['facebook_custom_audience', 'linkedin_ads', 'tiktok_analytics']);
    expect(tabs.page(1)!.gaps ?? []).not.toContain('opened-before-start');
  });

  test("Firefox: a page's first request delivered and stamped before its navigation's event is still that navigation's", async () => {
    // Firefox stamps its events when they are delivered, so an early request can carry the earlier time.
    const { tabs, intake, push } = setup({ 1: 'https://a.example/ivf' });
    push(req({ url: META('https://a.example/ivf'), documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 1990 }));
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 2000 }));
    push(req({ type: 'beacon', method: 'POST', url: 'https://px.ads.linkedin.com/collect?v=2&pid=1', documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 2030 }));
    await intake.settled();
    expect(tabs.pagesOf(1).previous).toEqual([]);
    expect(Object.keys(tabs.page(1)!.trackers).sort()).toEqual(['facebook_custom_audience', 'linkedin_ads']);
  });

  test('a page picked up as already open (its document known) and reloaded a second later is two visits, not one', async () => {
    // Chrome delivers a navigation before its document's requests, stamped when sent: the
    // requests seen first were sent before the reload began and cannot be its document's.
    const { tabs, intake, push } = setup({ 1: 'https://a.example/ivf' });
    push(req({ url: META('https://a.example/ivf'), documentId: 'DOC-1', documentLifecycle: 'active', frameType: 'outermost_frame', initiator: 'https://a.example', timeStamp: 2010 }));
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', documentLifecycle: 'active', frameType: 'outermost_frame', timeStamp: 3000 }));
    push(req({ url: META('https://a.example/ivf'), documentId: 'DOC-2', documentLifecycle: 'active', initiator: 'https://a.example', timeStamp: 3010 }));
    await intake.settled();
    const [first] = tabs.pagesOf(1).previous;
    expect(first?.startedBy).toBe('already-open');
    expect(first?.documentIds).toEqual(['DOC-1']);
    expect(tabs.page(1)!.documentIds).toEqual(['DOC-2']);
    expect(tabs.page(1)!.startedBy).toBeUndefined();
  });

  // Seen in Chromium at start-up: the first load was missed, the tab picked up as already
  // open; its document was known only from its Resource Timing report (no tracker entry
  // yet); the reload adopted that page, and the first document's pagehide report then put
  // its requests on the reload's visit (their consent state read "unknown").
  for (const [browser, frameType] of [['Chrome', 'outermost_frame'], ['Firefox', undefined]] as const) {
    test(`${browser}: a page picked up already open, its document known from its own report, then reloaded: two visits, each document's requests on its own`, async () => {
      const { tabs, intake, push } = setup({ 1: 'https://a.example/ivf' });
      const report = (documentId: string, timeOrigin: number, entries: { name: string; initiatorType: string; startTime: number }[]) =>
        intake.push(() =>
          applyResourceTiming(tabs, trackers, async () => ({ url: 'https://a.example/ivf', incognito: false }), () => false, () => undefined, { tabId: 1, frameId: 0, documentId }, { url: 'https://a.example/ivf', timeOrigin, entries }),
        );
      intake.push(() => void tabs.startPage(1, 'https://a.example/ivf', 1600, false, { startedBy: 'already-open', gap: 'opened-before-start' }));
      report('DOC-1', 1000, [{ name: 'https://a.example/style.css', initiatorType: 'link', startTime: 20 }]);
      push(req({ type: 'main_frame', url: 'https://a.example/ivf', ...(frameType ? { frameType, documentLifecycle: 'active' } : {}), timeStamp: 2400 }));
      report('DOC-1', 1000, [{ name: META('https://a.example/ivf'), initiatorType: 'beacon', startTime: 300 }]);
      push(req({ url: META('https://a.example/ivf'), documentId: 'DOC-2', ...(frameType ? { frameType, documentLifecycle: 'active', initiator: 'https://a.example' } : { documentUrl: 'https://a.example/ivf' }), timeStamp: 2450 }));
      await intake.settled();
      const reload = tabs.page(1)!;
      expect(reload.startedBy).toBeUndefined();
      expect(reload.requests.map((r) => r.timeStamp)).toEqual([2450]);
      const [first] = tabs.pagesOf(1).previous;
      expect(first?.startedBy).toBe('already-open');
      expect(first?.documentIds).toEqual(['DOC-1']);
      expect(first?.requests.map((r) => [r.timeStamp, r.source])).toEqual([[1300, 'page-timing']]);
    });
  }

  test('a speculative main_frame (carries the shown document id) does not replace the page shown', async () => {
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://a.example/' }));
    push(req({ url: 'https://a.example/x.png', documentId: 'DOC-A' }));
    push(req({ type: 'main_frame', url: 'https://a.example/next', documentId: 'DOC-A', documentLifecycle: 'active' }));
    push(req({ url: META('https://a.example/next'), documentId: 'DOC-P', documentLifecycle: 'prerender', frameId: 7 }));
    await intake.settled();
    expect(tabs.page(1)!.url).toBe('https://a.example/');
    expect(tabs.page(1)!.trackers).toEqual({});
    const prerendered = tabs.pagesOf(1).prerendering[0]!;
    expect(Object.keys(prerendered.trackers)).toEqual(['facebook_custom_audience']);
    // Shown: the tab's address becomes the prerendered one without a request.
    expect(tabs.changeAddress(1, 'https://a.example/next', 5000)).toBe(prerendered);
    expect(tabs.page(1)!.prerendered).toEqual({ shown: true });
  });

  test('back/forward cache: the restored page is a new visit holding its document id; pushState a new view', async () => {
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://a.example/' }));
    push(req({ url: META('https://a.example/'), documentId: 'DOC-A' }));
    push(req({ type: 'main_frame', url: 'https://b.example/' }));
    push(req({ url: 'https://b.example/x.png', documentId: 'DOC-B' }));
    intake.push(() => {
      // A's document had a consent timeline and a verdict before it was left.
      const a = tabs.pagesOf(1).previous[0]!;
      a.consent = { navigationStart: 1000, events: [], truncated: false } as never;
      a.health = { verdict: { health: true } as never, override: null };
      tabs.changeAddress(1, 'https://a.example/', 9000);
    });
    push(req({ url: 'https://px.ads.linkedin.com/collect?v=2&pid=1', documentId: 'DOC-A' }));
    await intake.settled();
    const restored = tabs.page(1)!;
    expect(restored).toMatchObject({ url: 'https://a.example/', startedBy: 'back-forward-cache', documentIds: ['DOC-A'] });
    // The same document: its consent timeline and verdict carry over (it is not classified again).
    expect(restored.consent?.navigationStart).toBe(1000);
    expect(restored.health?.verdict?.health).toBe(true);
    expect(Object.keys(restored.trackers)).toEqual(['linkedin_ads']);
    expect(tabs.pagesOf(1).previous.map((p) => p.url)).toEqual(['https://b.example/', 'https://a.example/']);
    expect(Object.keys(tabs.pagesOf(1).previous[1]!.trackers)).toEqual(['facebook_custom_audience']);
    tabs.changeAddress(1, 'https://a.example/#section', 9100);
    expect(tabs.page(1)).toBe(restored); // a fragment is the same page
    const view = tabs.changeAddress(1, 'https://a.example/route', 9200)!;
    expect(view).toMatchObject({ startedBy: 'same-document', documentIds: ['DOC-A'] });
    expect(view.consent?.navigationStart).toBe(1000); // one timeline per document
    expect(view.health).toBeNull(); // the new view is classified afresh
  });

  test("a service worker's request (no tab) goes to the site's only tab, marked; with two tabs of the site to none", async () => {
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://clinic.example/ivf', tabId: 1 }));
    push(req({ type: 'main_frame', url: 'https://news.example/', tabId: 2 }));
    push(req({ tabId: -1, frameId: -1, type: 'xmlhttprequest', url: META('https://clinic.example/ivf'), initiator: 'https://clinic.example' }));
    await intake.settled();
    expect(tabs.page(1)!.requests.map((r) => r.source)).toEqual(['service-worker']);
    push(req({ type: 'main_frame', url: 'https://clinic.example/other', tabId: 3 }));
    push(req({ tabId: -1, frameId: -1, type: 'xmlhttprequest', url: META('https://clinic.example/x'), initiator: 'https://clinic.example' }));
    await intake.settled();
    expect(tabs.page(1)!.requests).toHaveLength(1);
    expect(tabs.page(3)!.requests).toHaveLength(0);
  });

  test('a tab open before start is picked up at its first request, marked as such', async () => {
    const { tabs, intake, push } = setup({ 4: 'https://open.example/page' });
    push(req({ tabId: 4, url: META('https://open.example/page'), documentId: 'DOC-O' }));
    await intake.settled();
    expect(tabs.page(4)).toMatchObject({ url: 'https://open.example/page', startedBy: 'already-open', gaps: ['opened-before-start'], documentIds: ['DOC-O'] });
    expect(Object.keys(tabs.page(4)!.trackers)).toEqual(['facebook_custom_audience']);
  });
});

describe('Firefox: no document ids, the sending document address decides', () => {
  test("Firefox under load: B's address change reaches the worker before B's navigation; A's pagehide beacon (A's document) is still A's", async () => {
    // Firefox 153 gives scripts, images and beacons a documentId and every request its documentUrl; fetch carries no documentId.
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 1000 }));
    push(req({ url: 'https://a.example/favicon.ico', documentId: 'doc-a', documentUrl: 'https://a.example/ivf', timeStamp: 1100 }));
    intake.push(() => void tabs.changeAddress(1, 'https://b.example/', 2100)); // tabs.onUpdated, early
    push(req({ type: 'beacon', method: 'POST', url: META('https://a.example/ivf'), documentId: 'doc-a', documentUrl: 'https://a.example/ivf', timeStamp: 2000 }));
    push(req({ type: 'xmlhttprequest', method: 'POST', url: TIKTOK, documentUrl: 'https://a.example/ivf', timeStamp: 2001 }));
    push(req({ type: 'main_frame', url: 'https://b.example/', timeStamp: 1900 }));
    push(req({ url: 'https://b.example/favicon.ico', documentId: 'doc-b', documentUrl: 'https://b.example/', timeStamp: 2200 }));
    await intake.settled();
    await tabs.flush();
    const b = tabs.page(1)!;
    expect(b.url).toBe('https://b.example/');
    expect(b.trackers).toEqual({});
    const a = tabs.pagesOf(1).previous.find((p) => p.url === 'https://a.example/ivf')!;
    expect(Object.keys(a.trackers).sort()).toEqual(['facebook_custom_audience', 'tiktok_analytics']);
    // The early address change was B's navigation seen first, not a view of its own.
    expect(tabs.pagesOf(1).previous.map((p) => p.url)).toEqual(['https://a.example/ivf']);
    expect(history.upserted.filter((p) => p.url === 'https://b.example/' && p.visitId !== b.visitId)).toEqual([]);
  });

  test("Firefox under load: a reloaded page's first requests reach the worker before the reload; they are the new visit's, not the visit before", async () => {
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 1000 }));
    push(req({ url: 'https://a.example/app.js', type: 'script', documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 1100 }));
    push(req({ url: META('https://a.example/ivf'), type: 'image', documentId: 'doc-1', documentUrl: 'https://a.example/ivf', timeStamp: 1200 }));
    // The reload: its script (new document id) and its fetch pixel (none) before its main_frame.
    push(req({ url: 'https://a.example/app.js', type: 'script', documentId: 'doc-2', documentUrl: 'https://a.example/ivf', timeStamp: 5100 }));
    push(req({ type: 'xmlhttprequest', method: 'POST', url: TIKTOK, documentUrl: 'https://a.example/ivf', timeStamp: 5200 }));
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', timeStamp: 5000 }));
    push(req({ url: 'https://px.ads.linkedin.com/collect?v=2&pid=1', type: 'image', documentId: 'doc-2', documentUrl: 'https://a.example/ivf', timeStamp: 5300 }));
    await intake.settled();
    const now = tabs.page(1)!;
    expect(now.documentIds).toEqual(['doc-2']);
    expect(now.startedBy).toBeUndefined(); // the reload's navigation took the page over
    expect(Object.keys(now.trackers).sort()).toEqual(['linkedin_ads', 'tiktok_analytics']);
    const [earlier, ...rest] = tabs.pagesOf(1).previous;
    expect(rest).toEqual([]);
    expect(earlier!.documentIds).toEqual(['doc-1']);
    expect(Object.keys(earlier!.trackers)).toEqual(['facebook_custom_audience']);
  });

  test("Firefox single-page app: after pushState the document's requests (documentUrl still the address it loaded at) go to the new view", async () => {
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://a.example/app', timeStamp: 1000 }));
    push(req({ url: 'https://a.example/app.js', type: 'script', documentId: 'doc-a', documentUrl: 'https://a.example/app', timeStamp: 1100 }));
    intake.push(() => void tabs.changeAddress(1, 'https://a.example/app/next', 3000));
    push(req({ url: 'https://px.ads.linkedin.com/collect?v=2&pid=1', documentId: 'doc-a', documentUrl: 'https://a.example/app', timeStamp: 3100 }));
    await intake.settled();
    expect(tabs.page(1)).toMatchObject({ url: 'https://a.example/app/next', startedBy: 'same-document' });
    expect(Object.keys(tabs.page(1)!.trackers)).toEqual(['linkedin_ads']);
    expect(tabs.pagesOf(1).previous[0]!.trackers).toEqual({});
  });

  test("A's beacons name A's address (documentUrl) and go to A after B started", async () => {
    const { tabs, intake, push } = setup();
    push(req({ type: 'main_frame', url: 'https://a.example/ivf', incognito: false }));
    push(req({ type: 'main_frame', url: 'https://b.example/', incognito: false }));
    push(req({ type: 'beacon', method: 'POST', url: META('https://a.example/ivf'), documentUrl: 'https://a.example/ivf', originUrl: 'https://a.example/ivf', incognito: false }));
    push(req({ type: 'image', url: 'https://px.ads.linkedin.com/collect?v=2&pid=1', documentUrl: 'https://b.example/', originUrl: 'https://b.example/', incognito: false }));
    await intake.settled();
    expect(Object.keys(tabs.page(1)!.trackers)).toEqual(['linkedin_ads']);
    expect(Object.keys(tabs.pagesOf(1).previous[0]!.trackers)).toEqual(['facebook_custom_audience']);
  });
});

describe('the event intake', () => {
  test('a listener only buffers (nothing runs before start-up is done); events run in arrival order, in batches', async () => {
    let started!: (v: string[]) => void;
    const log: string[] = [];
    const intake = createEventIntake(new Promise<string[]>((r) => (started = r)), (e) => { throw e; });
    for (let i = 0; i < 300; i++) intake.push((l) => void l.push(`e${i}`));
    intake.push(async (l) => { await new Promise((r) => setTimeout(r, 5)); l.push('slow'); });
    intake.push((l) => void l.push('after-slow'));
    await new Promise((r) => setTimeout(r, 20));
    expect(log).toEqual([]);
    expect(intake.size()).toBe(302);
    started(log);
    await intake.settled();
    expect(log).toHaveLength(302);
    expect(log.slice(0, 3)).toEqual(['e0', 'e1', 'e2']);
    expect(log.slice(-2)).toEqual(['slow', 'after-slow']);
  });
});
