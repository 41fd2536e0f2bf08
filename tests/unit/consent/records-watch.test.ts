// The CMP record watch (witness 2) on a fake window with fake timers: how often it reads the
// page's cookies (counted, never timed), that cookie-change events of the CMPs' cookies
// prompt a look and others do not, that the slow poll for the page's lifetime is capped and
// pauses while the page is hidden, and that it reports each change of the record once.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RECORDS_WATCH_LIMITS as L, watchCmpRecords } from '../../../src/content/consent/records-watch';
import type { CmpRecordEvent } from '../../../src/core/consent/types';

const enc = encodeURIComponent;
const ONETRUST = (groups: string, interactionCount: number) =>
  `OptanonConsent=isGpcEnabled=0&datestamp=Tue+Dec+01+2026+21%3A40%3A12+GMT%2B0100&version=202409.1.0&isIABGlobal=false&hosts=&consentId=5f1d2c3b-aaaa-bbbb-cccc-0123456789ab&interactionCount=${interactionCount}&isAnonUser=1&landingPath=NotLandingPage&groups=${enc(groups)}&AwaitingReconsent=false`;
const REFUSED = ONETRUST('C0001:1,C0002:0,C0003:0,C0004:0', 1);
const ACCEPTED = ONETRUST('C0001:1,C0002:1,C0003:1,C0004:1', 2);

type Listener = (e: Event) => void;

class Target {
  private listeners = new Map<string, Set<Listener>>();
  addEventListener(type: string, l: Listener) {
    (this.listeners.get(type) ?? this.listeners.set(type, new Set()).get(type)!).add(l);
  }
  removeEventListener(type: string, l: Listener) {
    this.listeners.get(type)?.delete(l);
  }
  dispatch(type: string, event: object = {}) {
    for (const l of [...(this.listeners.get(type) ?? [])]) l(event as Event);
  }
  count(type: string) {
    return this.listeners.get(type)?.size ?? 0;
  }
}

function fakeWindow(options: { cookieStore?: boolean } = {}) {
  const state = { cookie: '_ga=GA1.2.1.2', cookieReads: 0, localReads: 0, visibility: 'visible' as 'visible' | 'hidden' };
  // Getters on the object itself (Object.assign would read them once and copy the values).
  const doc = new Target() as Target & { readyState: string; visibilityState: string; cookie: string };
  Object.defineProperties(doc, {
    readyState: { value: 'complete' },
    visibilityState: { get: () => state.visibility },
    cookie: {
      get: () => {
        state.cookieReads++;
        return state.cookie;
      },
    },
  });
  const cookieStore = options.cookieStore ? new Target() : undefined;
  const win = Object.assign(new Target(), {
    document: doc,
    localStorage: {
      getItem: () => {
        state.localReads++;
        return null;
      },
    },
    ...(cookieStore ? { cookieStore } : {}),
  });
  return { win: win as unknown as Window, state, doc, cookieStore, target: win };
}

const change = (...names: string[]) => ({ changed: names.map((name) => ({ name, value: 'x' })), deleted: [] });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the CMP record watch', () => {
  it('reads after load, every 3 s for 30 s, then every 10 s while visible, capped for the page\'s lifetime', () => {
    const { win, state } = fakeWindow();
    const watch = watchCmpRecords(win, () => {});
    vi.advanceTimersByTime(0);
    expect(state.cookieReads).toBe(1);
    vi.advanceTimersByTime(L.pollForMs);
    const fast = 1 + L.pollForMs / L.pollMs;
    expect(state.cookieReads).toBe(fast);
    vi.advanceTimersByTime(L.slowPollMs * 5);
    expect(state.cookieReads).toBe(fast + 5);
    // A whole day later: no more than the cap.
    vi.advanceTimersByTime(24 * 3600_000);
    expect(state.cookieReads).toBe(fast + L.maxSlowLooks);
    expect(vi.getTimerCount()).toBe(0);
    watch.stop();
  });

  it('pauses the slow poll while the page is hidden and looks once when it is shown again', () => {
    const { win, state, doc } = fakeWindow();
    const watch = watchCmpRecords(win, () => {});
    vi.advanceTimersByTime(L.pollForMs);
    const before = state.cookieReads;
    state.visibility = 'hidden';
    doc.dispatch('visibilitychange');
    vi.advanceTimersByTime(L.slowPollMs * 20);
    expect(state.cookieReads).toBe(before);
    state.visibility = 'visible';
    doc.dispatch('visibilitychange');
    expect(state.cookieReads).toBe(before + 1);
    vi.advanceTimersByTime(L.slowPollMs * 2);
    expect(state.cookieReads).toBe(before + 3);
    watch.stop();
  });

  it('looks when a CMP cookie changes (Cookie Store events), once per burst, not for other cookies, capped', () => {
    const { win, state, cookieStore } = fakeWindow({ cookieStore: true });
    const reports: CmpRecordEvent[] = [];
    const watch = watchCmpRecords(win, (e) => reports.push(e));
    vi.advanceTimersByTime(L.pollForMs + 1);
    const base = state.cookieReads;
    // Another cookie: nothing.
    cookieStore!.dispatch('change', change('_ga', '_fbp'));
    vi.advanceTimersByTime(L.changeSettleMs);
    expect(state.cookieReads).toBe(base);
    // The CMP writes its record: one look, and the refusal is reported.
    state.cookie = `_ga=GA1.2.1.2; ${REFUSED}`;
    for (let i = 0; i < 20; i++) cookieStore!.dispatch('change', change('OptanonConsent', 'OptanonAlertBoxClosed'));
    vi.advanceTimersByTime(L.changeSettleMs);
    expect(state.cookieReads).toBe(base + 1);
    expect(reports.map((r) => r.says)).toEqual(['reject-all']);
    expect(reports[0]).toMatchObject({ type: 'cmp-record', cmp: 'OneTrust' });
    // Hostile events: not arrays, huge lists, odd entries. No look, no throw.
    cookieStore!.dispatch('change', { changed: 'OptanonConsent' });
    cookieStore!.dispatch('change', { changed: [null, 42, { name: {} }] });
    cookieStore!.dispatch('change', { changed: [...Array.from({ length: 10_000 }, () => ({ name: '_ga' })), { name: 'OptanonConsent' }] });
    vi.advanceTimersByTime(L.changeSettleMs);
    expect(state.cookieReads).toBe(base + 1);
    // A thousand separate changes: at most maxChangeLooks looks in all.
    for (let i = 0; i < 1000; i++) {
      cookieStore!.dispatch('change', change('cmplz_marketing'));
      vi.advanceTimersByTime(L.changeSettleMs);
    }
    const slow = Math.floor((1000 * L.changeSettleMs + 2 * L.changeSettleMs) / L.slowPollMs);
    expect(state.cookieReads - base - slow).toBeLessThanOrEqual(L.maxChangeLooks);
    expect(state.cookieReads - base - slow).toBeGreaterThanOrEqual(L.maxChangeLooks - 1);
    watch.stop();
    expect(cookieStore!.count('change')).toBe(0);
  });

  it('reports each change of the record once, looks again after a click, and stops after maxReports', () => {
    const { win, state, target, doc } = fakeWindow();
    const reports: CmpRecordEvent[] = [];
    const watch = watchCmpRecords(win, (e) => reports.push(e));
    vi.advanceTimersByTime(0);
    const base = state.cookieReads;
    watch.clicked();
    vi.advanceTimersByTime(Math.max(...L.afterClickMs));
    // The 3-s poll ran too.
    expect(state.cookieReads).toBe(base + L.afterClickMs.length + Math.floor(Math.max(...L.afterClickMs) / L.pollMs));
    state.cookie = REFUSED;
    vi.advanceTimersByTime(L.pollMs);
    vi.advanceTimersByTime(L.pollMs);
    expect(reports.map((r) => r.says)).toEqual(['reject-all']);
    // A page that rewrites its record on every look: reported maxReports times, then the watch stops.
    for (let i = 0; i < 50; i++) {
      state.cookie = i % 2 ? REFUSED : ACCEPTED;
      watch.clicked();
      vi.advanceTimersByTime(L.pollMs);
    }
    expect(reports).toHaveLength(L.maxReports);
    const after = state.cookieReads;
    watch.clicked();
    vi.advanceTimersByTime(3600_000);
    expect(state.cookieReads).toBe(after);
    expect(vi.getTimerCount()).toBe(0);
    expect(target.count('load') + doc.count('visibilitychange')).toBe(0);
  });

  it('bounds the timers a burst of clicks sets', () => {
    const { win } = fakeWindow();
    const watch = watchCmpRecords(win, () => {});
    for (let i = 0; i < 1000; i++) watch.clicked();
    // The poll, its end, and the pending looks.
    expect(vi.getTimerCount()).toBeLessThanOrEqual(2 + L.maxPendingTimers + L.afterClickMs.length);
    watch.stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});
