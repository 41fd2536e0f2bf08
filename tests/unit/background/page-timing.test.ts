// The page's own Resource Timing report, folded into the page record of its
// document: by the document id the browser names, else by address, but never into
// a page that holds another document (an earlier load of the same address).
import { beforeAll, describe, expect, test, vi } from 'vitest';

const area = { get: async () => ({}), set: async () => undefined, remove: async () => undefined };
vi.mock('webextension-polyfill', () => ({ default: { storage: { session: area, local: area } } }));

const { TabStore } = await import('../../../src/background/tab-store');
const { applyResourceTiming } = await import('../../../src/background/page-timing');
const { loadTrackerDbFromPackage } = await import('../../../src/cli/load-tracker-db');

let trackers: Awaited<ReturnType<typeof loadTrackerDbFromPackage>>;
beforeAll(async () => {
  trackers = await loadTrackerDbFromPackage();
});

const history = { record: async () => undefined };
const URL_A = 'https://a.example/ivf';
const report = (timeOrigin: number) => ({
  url: URL_A,
  timeOrigin,
  entries: [{ name: 'https://www.facebook.com/tr/?id=1234567890123456&ev=PageView', initiatorType: 'img', startTime: 40 }],
});
const apply = (tabs: InstanceType<typeof TabStore>, documentId: string, timeOrigin: number) =>
  applyResourceTiming(tabs, trackers, async () => ({ url: URL_A, incognito: false }), () => false, () => undefined, { tabId: 1, frameId: 0, documentId }, report(timeOrigin));

describe('Resource Timing report', () => {
  test("a reloaded document's report that arrives before the reload does not join the visit before", async () => {
    const tabs = new TabStore(history as never, () => undefined);
    const visit = tabs.startPage(1, URL_A, 1000, false);
    visit.documentIds = ['doc-1'];
    await apply(tabs, 'doc-2', 5000);
    expect(visit.documentIds).toEqual(['doc-1']);
    expect(visit.trackers).toEqual({});
  });

  test("the visit's own document's report fills in what the request log missed", async () => {
    const tabs = new TabStore(history as never, () => undefined);
    const visit = tabs.startPage(1, URL_A, 1000, false);
    await apply(tabs, 'doc-1', 1000);
    expect(visit.documentIds).toEqual(['doc-1']);
    expect(Object.keys(visit.trackers)).toEqual(['facebook_custom_audience']);
    expect(visit.requests[0]?.source).toBe('page-timing');
  });

  test("an earlier document's report does not join a reload's visit that holds no document yet", async () => {
    // Seen in Chromium: the first load's report arrived after the reload's navigation
    // and before any of the reload's own requests; its entries landed on the reload.
    const tabs = new TabStore(history as never, () => undefined);
    const reload = tabs.startPage(1, URL_A, 5000, false);
    await apply(tabs, 'doc-1', 4500);
    expect(reload.documentIds ?? []).toEqual([]);
    expect(reload.trackers).toEqual({});
  });

  test("that report joins the earlier visit of its document's start, kept as the tab's previous page", async () => {
    const tabs = new TabStore(history as never, () => undefined);
    const first = tabs.startPage(1, URL_A, 4500, false);
    const reload = tabs.startPage(1, URL_A, 5000, false);
    await apply(tabs, 'doc-1', 4499);
    expect(reload.trackers).toEqual({});
    expect(first.documentIds).toEqual(['doc-1']);
    expect(Object.keys(first.trackers)).toEqual(['facebook_custom_audience']);
  });

  test('a page picked up already open takes the report of the document it shows, which started before it was seen', async () => {
    const tabs = new TabStore(history as never, () => undefined);
    const open = tabs.startPage(1, URL_A, 9000, false, { startedBy: 'already-open', gap: 'opened-before-start' });
    await apply(tabs, 'doc-1', 1000);
    expect(Object.keys(open.trackers)).toEqual(['facebook_custom_audience']);
  });
});
