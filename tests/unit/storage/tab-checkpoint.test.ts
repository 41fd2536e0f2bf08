// The tab checkpoint in storage.session: what a flush writes is what changed (a
// small head and the newest chunk of requests, not the whole record), a
// restarted worker gets every page back whole, visits reach history when they
// settle, and storage refusing one page's write never costs another page.
import { describe, expect, test } from 'vitest';
import { TabCheckpoint } from '../../../src/background/tab-checkpoint';
import { CHUNK_SIZE } from '../../../src/storage/session-pages';
import { addLateFindings, addSentHeaders, addTrackerRequest, startPage, type PageRecord } from '../../../src/core/records/page-record';
import type { SiteSummary } from '../../../src/core/records/site-history';
import { HistoryStore } from '../../../src/storage/history-store';
import { chunkKey, disclosuresKey, pageKey, siteSummaryKey, visitKey } from '../../../src/storage/keys';
import { NOTICES_KEY } from '../../../src/storage/keys';
import type { StorageNotice } from '../../../src/storage/notices';
import { memoryArea, type StorageArea } from '../../../src/storage/storage-area';
import { analysis, MB, observed } from './fixtures';

const NOW = Date.UTC(2026, 10, 28, 12);

function setup(session = memoryArea(), settleMs = 60_000) {
  const local = memoryArea();
  const history = new HistoryStore(local, () => NOW, true);
  return { session, local, history, checkpoint: new TabCheckpoint(session, local, history, () => NOW, settleMs) };
}

/** A session area with a quota, as storage.session has (10 MB in Chrome): a set over it throws and writes nothing. */
function quotaArea(quotaChars: number): StorageArea & { data: Map<string, unknown> } {
  const area = memoryArea();
  const used = () => [...area.data].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
  return {
    ...area,
    async set(items) {
      const replaced = Object.keys(items).reduce((n, k) => n + (area.data.has(k) ? k.length + JSON.stringify(area.data.get(k)).length : 0), 0);
      const added = Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
      if (used() - replaced + added > quotaChars) throw new Error('QUOTA_BYTES quota exceeded');
      await area.set(items);
    },
  };
}

const load = (page: PageRecord, from: number, count: number, url?: (i: number) => string) => {
  for (let i = from; i < from + count; i++) addTrackerRequest(page, observed(page, i, url ? { url: url(i) } : {}), analysis(i % 6));
};
const plain = (page: PageRecord) => JSON.parse(JSON.stringify(page)) as PageRecord;
const waitUntil = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(done()).toBe(true);
};

describe('tab checkpoint', () => {
  test('a page load of 300 requests in 30 flushes writes each request once, not the whole record each flush', async () => {
    const { session, checkpoint } = setup();
    const page = startPage(3, 'https://www.cz.nl/vergoedingen/ivf', NOW);
    let wholeRecordEachFlush = 0;
    let writesBefore = 0;
    for (let flush = 0; flush < 30; flush++) {
      load(page, flush * 10, 10);
      wholeRecordEachFlush += JSON.stringify(page).length;
      writesBefore = checkpoint.stats.sessionWrites;
      await checkpoint.checkpoint([page], []);
      expect(checkpoint.stats.sessionWrites - writesBefore).toBe(1); // one set call per page and flush
    }
    const written = checkpoint.stats.sessionChars;
    console.log(JSON.stringify({ checkpoint_flushes: 30, checkpoint_requests: 300, checkpoint_session_chars: written, whole_record_each_flush_chars: wholeRecordEachFlush, final_record_chars: JSON.stringify(page).length }));
    // Every request is written at most twice (its chunk while it fills up), the head each flush.
    expect(written).toBeLessThan(wholeRecordEachFlush / 4);
    expect(session.data.has(chunkKey(page.visitId, 300 / CHUNK_SIZE - 1))).toBe(true);
    // An unchanged page writes nothing.
    const before = checkpoint.stats.sessionWrites;
    await checkpoint.checkpoint([page], []);
    expect(checkpoint.stats.sessionWrites).toBe(before);
  });

  test('a page load on a site visited 10 times before: no history write during the load, one visit when it ends (figures printed)', async () => {
    const { local, history, checkpoint } = setup();
    for (let v = 0; v < 10; v++) {
      const earlier = startPage(3, `https://www.cz.nl/page/${v}`, NOW - 100_000 + v);
      load(earlier, 0, 60);
      await history.record([earlier]);
    }
    const historyBefore = { ...history.stats };
    const page = startPage(3, 'https://www.cz.nl/vergoedingen/ivf', NOW);
    let oldLayoutChars = 0;
    const siteRecordChars = [...local.data.entries()].filter(([k]) => k.startsWith('visit:')).reduce((n, [, v]) => n + JSON.stringify(v).length, 0);
    for (let flush = 0; flush < 12; flush++) {
      load(page, flush * 5, 5);
      for (const r of page.requests.slice(-5)) addSentHeaders(page, r.requestId, r.trackerKey, { referrer: page.url, cookieNames: ['_fbp'], loginCookies: null });
      await checkpoint.checkpoint([page], []);
      // What the first layout wrote each flush: the whole tab record, and the site's whole history read and rewritten.
      oldLayoutChars += JSON.stringify(page).length + siteRecordChars + JSON.stringify(page).length;
    }
    expect(history.stats.writes).toBe(historyBefore.writes); // nothing reached history while the page was busy
    await checkpoint.checkpoint([], [page]);
    const historyWrites = history.stats.writes - historyBefore.writes;
    const historyChars = history.stats.bytes - historyBefore.bytes;
    console.log(JSON.stringify({
      page_load_requests: 60,
      page_load_flushes: 12,
      session_writes: checkpoint.stats.sessionWrites,
      session_chars: checkpoint.stats.sessionChars,
      history_writes: historyWrites,
      history_chars: historyChars,
      first_layout_chars_estimate: oldLayoutChars,
    }));
    expect(historyWrites).toBe(2); // the visit; its summary with the index
    expect(checkpoint.stats.sessionWrites).toBe(12);
    expect(checkpoint.stats.sessionChars + historyChars).toBeLessThan(oldLayoutChars / 5);
  });

  test('headers arriving later rewrite only the chunk of their request', async () => {
    const { session, checkpoint } = setup();
    const page = startPage(3, 'https://www.cz.nl/', NOW);
    load(page, 0, 3 * CHUNK_SIZE);
    await checkpoint.checkpoint([page], []);
    const chunk0 = session.data.get(chunkKey(page.visitId, 0));
    const chars = checkpoint.stats.sessionChars;
    addSentHeaders(page, page.requests[CHUNK_SIZE + 2]!.requestId, page.requests[CHUNK_SIZE + 2]!.trackerKey, { referrer: 'https://www.cz.nl/', cookieNames: ['c_user', 'xs'], loginCookies: { platform: 'Meta', cookieNames: ['c_user', 'xs'] } });
    await checkpoint.checkpoint([page], []);
    const second = checkpoint.stats.sessionChars - chars;
    expect(second).toBeLessThan(JSON.stringify(page).length / 2);
    expect(session.data.get(chunkKey(page.visitId, 0))).toBe(chunk0); // the same object: not written again
    expect((session.data.get(chunkKey(page.visitId, 1)) as { cookieNames: string[] }[])[2]!.cookieNames).toEqual(['c_user', 'xs']);
  });

  test('findings decoded after the chunk was written (an inflated body) rewrite that chunk', async () => {
    const { session, checkpoint } = setup();
    const page = startPage(3, 'https://www.cz.nl/', NOW);
    load(page, 0, 2 * CHUNK_SIZE);
    await checkpoint.checkpoint([page], []);
    const target = page.requests[3]!;
    const late = analysis(3, [{ vendor: 'clarity', event: 'recording', pageUrl: 'https://www.cz.nl/ivf', accountId: 'pwdemo1234', carriedBy: {} }]);
    expect(addLateFindings(page, target.requestId, { analysis: late, inflated: { format: 'gzip', encoding: 'bytes', compressedBytes: 10, inflatedBytes: 20, truncated: false } })).toBe(true);
    await checkpoint.checkpoint([page], []);
    const stored = (session.data.get(chunkKey(page.visitId, 0)) as PageRecord['requests'])[3]!;
    expect(stored.inflated?.format).toBe('gzip');
    expect(stored.findings).toEqual(target.findings);
  });

  test('a stopped worker loses nothing: a new one restores every page whole, several per tab', async () => {
    const { session, checkpoint } = setup();
    const leaving = startPage(5, 'https://www.a.example/', NOW - 5000);
    const current = startPage(5, 'https://www.b.example/', NOW - 100);
    const other = startPage(6, 'https://www.cz.nl/', NOW - 50);
    load(leaving, 0, 7);
    load(current, 0, 2 * CHUNK_SIZE + 3);
    load(other, 0, 1);
    current.title = 'IVF | CZ';
    await checkpoint.checkpoint([leaving, current, other], []);
    const again = new TabCheckpoint(session, memoryArea(), new HistoryStore(memoryArea()), () => NOW);
    const restored = await again.restore();
    const byId = new Map(restored.map((p) => [p.visitId, p]));
    for (const page of [leaving, current, other]) expect(byId.get(page.visitId)).toEqual(plain(page));
    // And it carries on from there: one more request writes the head and the last chunk only.
    load(byId.get(current.visitId)!, 100, 1);
    await again.checkpoint([byId.get(current.visitId)!], []);
    expect(again.stats.sessionWrites).toBe(1);
    expect(again.stats.sessionChars).toBeLessThan(JSON.stringify(current).length / 2);
  });

  test('an ended page goes to history, then leaves session storage; a quiet page settles by itself', async () => {
    const { session, local, checkpoint } = setup(memoryArea(), 20);
    const ended = startPage(1, 'https://www.a.example/', NOW - 1000);
    const quiet = startPage(2, 'https://www.cz.nl/', NOW - 500);
    load(ended, 0, CHUNK_SIZE + 1);
    load(quiet, 0, 2);
    await checkpoint.checkpoint([ended, quiet], []);
    await checkpoint.checkpoint([], [ended]);
    expect([...session.data.keys()].filter((k) => k.includes(ended.visitId))).toEqual([]);
    expect(local.data.has(visitKey('a.example', ended.visitId))).toBe(true);
    // The quiet page is still live, and reaches history SETTLE_MS after its last change.
    expect(session.data.has(pageKey(quiet.visitId))).toBe(true);
    await waitUntil(() => local.data.has(visitKey('cz.nl', quiet.visitId)));
    expect(checkpoint.stats.settled).toBe(2);
    expect((local.data.get(siteSummaryKey('cz.nl')) as SiteSummary).visits).toHaveLength(1);
  });

  test('unreadable session records are reset with a notice; a tab record of the first layout is taken over', async () => {
    const page = startPage(4, 'https://www.cz.nl/', NOW);
    load(page, 0, 3);
    const session = memoryArea({
      'tab:v1:4': plain(page),
      'tab:v1:9': { v: 99, garbage: '<script>alert(1)</script>' },
      [pageKey('9-1')]: { v: 1, nonsense: true },
      [chunkKey('8-1', 0)]: [], // a chunk whose head is gone
    });
    const { local, checkpoint } = setup(session);
    const restored = await checkpoint.restore();
    expect(restored.map((p) => p.visitId)).toEqual([page.visitId]);
    expect(restored[0]).toEqual(plain(page));
    const trackerKeys = Object.keys(page.trackers).map((_, i) => disclosuresKey(page.visitId, i));
    expect([...session.data.keys()].sort()).toEqual([chunkKey(page.visitId, 0), pageKey(page.visitId), ...trackerKeys].sort());
    expect((local.data.get(NOTICES_KEY) as StorageNotice[]).map((n) => n.key).sort()).toEqual([pageKey('9-1'), 'tab:v1:9']);
  });

  test("the head holds no disclosures: a flush writes the small head, the newest chunk and only the trackers that kept a new disclosure", async () => {
    const { session, checkpoint } = setup();
    const page = startPage(3, 'https://www.cz.nl/vergoedingen/ivf', NOW);
    const loadUnique = (from: number, count: number) => {
      for (let i = from; i < from + count; i++) {
        addTrackerRequest(page, observed(page, i), analysis(i % 6, [{ vendor: 'meta-pixel', event: 'PageView', pageUrl: `https://www.cz.nl/ivf?step=${i}`, carriedBy: { dl: 'dl' } }]));
      }
    };
    const headOfStored = () => session.data.get(pageKey(page.visitId)) as { trackers: Record<string, { disclosures: unknown[] }> };
    const disclosureChars = () => Object.values(page.trackers).reduce((n, t) => n + JSON.stringify(t.disclosures).length, 0);
    loadUnique(0, 6);
    await checkpoint.checkpoint([page], []);
    const [headBefore, disclosuresBefore] = [JSON.stringify(headOfStored()).length, disclosureChars()];
    loadUnique(6, 54);
    await checkpoint.checkpoint([page], []);
    const head = headOfStored();
    const trackers = Object.keys(page.trackers);
    expect(trackers.length).toBeGreaterThan(1);
    for (const key of trackers) expect(head.trackers[key]!.disclosures).toEqual([]);
    trackers.forEach((key, i) => expect(session.data.get(disclosuresKey(page.visitId, i))).toEqual(plain(page).trackers[key]!.disclosures));
    // The disclosures kept grew severalfold; the head grew only by its counts and times.
    expect(disclosureChars()).toBeGreaterThan(3 * disclosuresBefore);
    expect(JSON.stringify(head).length - headBefore).toBeLessThan(headBefore / 4);
    // One more request to one tracker with a value not seen before: its disclosures are written again, no other tracker's.
    const writes: string[] = [];
    const set = session.set.bind(session);
    session.set = async (items) => { writes.push(...Object.keys(items)); return set(items); };
    addTrackerRequest(page, observed(page, 1000, { url: 'https://www.facebook.com/tr/?id=999&ev=Lead&dl=https%3A%2F%2Fwww.cz.nl%2Fnew' }), analysis(0));
    await checkpoint.checkpoint([page], []);
    const changedTracker = page.requests.at(-1)!.trackerKey;
    const grown = writes.filter((k) => k.includes('@'));
    expect(grown.length).toBeLessThanOrEqual(1);
    if (grown.length === 1) expect(grown[0]).toBe(disclosuresKey(page.visitId, trackers.indexOf(changedTracker)));
    expect(writes.filter((k) => k.includes('#'))).toEqual([chunkKey(page.visitId, 2)]);
  });

  test('a head of the earlier layout (disclosures inside it) is restored whole, and its disclosures are then written apart', async () => {
    const page = startPage(4, 'https://www.cz.nl/', NOW);
    load(page, 0, 30);
    const { requests, ...rest } = plain(page);
    const session = memoryArea({
      [pageKey(page.visitId)]: { ...rest, requestChunks: 2 },
      [chunkKey(page.visitId, 0)]: requests.slice(0, CHUNK_SIZE),
      [chunkKey(page.visitId, 1)]: requests.slice(CHUNK_SIZE),
    });
    const { checkpoint } = setup(session);
    const [restored] = await checkpoint.restore();
    expect(restored).toEqual(plain(page));
    await checkpoint.checkpoint([restored!], []);
    const head = session.data.get(pageKey(page.visitId)) as { disclosuresApart?: boolean; trackers: Record<string, { disclosures: unknown[] }> };
    expect(head.disclosuresApart).toBe(true);
    Object.keys(page.trackers).forEach((key, i) => expect(session.data.get(disclosuresKey(page.visitId, i))).toEqual(plain(page).trackers[key]!.disclosures));
    // And a new worker reads the new layout back whole.
    const [again] = await setup(session).checkpoint.restore();
    expect(again).toEqual(plain(page));
  });

  test('storage refusing the hostile page costs only that page: the innocent pages are kept and reach history', async () => {
    const session = quotaArea(400 * 1024);
    const { local, checkpoint } = setup(session);
    const hostile = startPage(7, 'https://hostile.example/', NOW);
    const innocent = [startPage(8, 'https://www.cz.nl/ivf', NOW + 1), startPage(9, 'https://www.zilverenkruis.nl/', NOW + 2)];
    for (const page of innocent) load(page, 0, 30);
    // Within its caps the hostile page still takes over 300 KB: more than this area has left.
    load(hostile, 0, 300, (i) => `https://www.facebook.com/tr?i=${i}&dl=${'h'.repeat(MB)}`);
    for (let i = 0; i < 300; i++) hostile.requests[i]!.body = 'b'.repeat(4096); // as large as the caps allow
    await checkpoint.checkpoint([hostile, ...innocent], []);
    const again = new TabCheckpoint(session, memoryArea(), new HistoryStore(memoryArea()), () => NOW);
    const restored = new Map((await again.restore()).map((p) => [p.visitId, p]));
    for (const page of innocent) expect(restored.get(page.visitId)).toEqual(plain(page));
    // The hostile page was cut (its largest part, the requests), kept, flagged, and the user is told.
    const kept = restored.get(hostile.visitId)!;
    expect(kept.truncated).toBe(true);
    expect(kept.trackers).toEqual(plain(hostile).trackers);
    expect(kept.requests.length === 0 || kept.requests.every((r) => r.body === null && r.url.length <= 256)).toBe(true);
    const notices = local.data.get(NOTICES_KEY) as StorageNotice[];
    expect(notices.map((n) => [n.kind, n.key])).toEqual([['not-kept', pageKey(hostile.visitId)]]);
    // The innocent tabs' visits reach history when they end.
    await checkpoint.checkpoint([], innocent);
    for (const page of innocent) expect(local.data.has(visitKey(page.site, page.visitId))).toBe(true);
  });

  test('storage already filled by the hostile page: an innocent page\'s write makes room by cutting the largest record', async () => {
    const session = quotaArea(400 * 1024);
    const { local, checkpoint } = setup(session);
    const hostile = startPage(7, 'https://hostile.example/', NOW);
    // Flush by flush the hostile page grows until storage is all but full.
    for (let flush = 0; flush < 30; flush++) {
      load(hostile, flush * 10, 10, (i) => `https://www.facebook.com/tr?i=${i}&dl=${'h'.repeat(MB)}`);
      await checkpoint.checkpoint([hostile], []);
    }
    const innocent = startPage(8, 'https://www.cz.nl/ivf', NOW + 1);
    load(innocent, 0, 60, (i) => `https://www.google-analytics.com/g/collect?v=2&en=page_view&dl=https%3A%2F%2Fwww.cz.nl%2Fivf&_p=${i}${'p'.repeat(1500)}`);
    await checkpoint.checkpoint([innocent, hostile], []);
    const restored = new Map((await new TabCheckpoint(session, memoryArea(), new HistoryStore(memoryArea()), () => NOW).restore()).map((p) => [p.visitId, p]));
    expect(restored.get(innocent.visitId)).toEqual(plain(innocent));
    expect(restored.get(hostile.visitId)!.truncated).toBe(true);
    expect(restored.get(hostile.visitId)!.trackers).toEqual(plain(hostile).trackers);
    expect((local.data.get(NOTICES_KEY) as StorageNotice[]).map((n) => [n.kind, n.key])).toContainEqual(['not-kept', pageKey(hostile.visitId)]);
  });

  test('history refusing an ended visit keeps its session copy, and the next checkpoint writes it', async () => {
    const session = memoryArea();
    const local = memoryArea();
    let refuse = true;
    const flaky: StorageArea = { ...local, set: async (items) => (refuse && Object.keys(items).some((k) => k.startsWith('site:v2:')) ? Promise.reject(new Error('IO error')) : local.set(items)) };
    const checkpoint = new TabCheckpoint(session, local, new HistoryStore(flaky, () => NOW), () => NOW);
    const page = startPage(1, 'https://www.cz.nl/', NOW);
    load(page, 0, 3);
    await checkpoint.checkpoint([page], []);
    await checkpoint.checkpoint([], [page]);
    expect(session.data.has(pageKey(page.visitId))).toBe(true);
    expect(local.data.has(siteSummaryKey('cz.nl'))).toBe(false);
    refuse = false;
    await checkpoint.checkpoint([], []);
    expect((local.data.get(siteSummaryKey('cz.nl')) as SiteSummary).visits.map((v) => v.id)).toEqual([page.visitId]);
    expect(session.data.has(pageKey(page.visitId))).toBe(false);
  });

  test('erase everything: nothing pending is written afterwards', async () => {
    const { local, checkpoint } = setup(memoryArea(), 10);
    const page = startPage(1, 'https://www.cz.nl/', NOW);
    load(page, 0, 2);
    await checkpoint.checkpoint([page], []);
    await checkpoint.reset();
    await new Promise((r) => setTimeout(r, 50));
    expect(local.data.size).toBe(0);
  });
});
