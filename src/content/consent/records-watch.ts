// Witness 2: the CMP's own stored record, read from the isolated world (document.cookie
// and localStorage are the page's, but the content script's access to them runs no page
// code and is invisible to it). When it is read, all bounded:
//   - after load, a few times after each trusted click (CMPs write their record right
//     after the click), and every 3 s in the first 30 s;
//   - when one of the CMPs' cookies changes, where the browser has the Cookie Store API
//     (its 'change' events, listened to in the isolated world: the page sees no listener);
//     only changes of the cookies the record decoders read count, at most MAX_CHANGE_LOOKS;
//   - then every 10 s for the page's lifetime while it is visible, at most MAX_SLOW_LOOKS
//     times (a choice made later, in a settings dialog, or a record in localStorage, which
//     raises no event in its own document).
// A record is reported when it changes, at most MAX_REPORTS times; then watching stops.

import { isRecordCookie, parseCookieHeader, readCmpRecords, RECORD_LOCAL_KEYS, type CmpRecord, type StoredValues } from '../../core/consent/records/index';
import type { CmpRecordEvent } from '../../core/consent/types';
import { now } from './clock';

export const RECORDS_WATCH_LIMITS = {
  /** The first phase: a look every POLL_MS for POLL_FOR_MS. */
  pollMs: 3000,
  pollForMs: 30_000,
  /** Then a look every slowPollMs while the page is visible, at most maxSlowLooks. */
  slowPollMs: 10_000,
  maxSlowLooks: 90,
  /** Looks prompted by cookie changes, and the wait that merges a burst of changes into one look. */
  maxChangeLooks: 40,
  changeSettleMs: 100,
  /** Entries of one change event examined. */
  maxChangedEntries: 50,
  afterClickMs: [300, 1500, 4000] as readonly number[],
  maxPendingTimers: 12,
  maxReports: 8,
} as const;

const L = RECORDS_WATCH_LIMITS;

export interface RecordsWatch {
  /** A trusted click happened: look again shortly. */
  clicked(): void;
  stop(): void;
}

/** The part of the Cookie Store API used here. */
interface CookieChangeTarget {
  addEventListener(type: 'change', listener: (event: Event) => void): void;
  removeEventListener(type: 'change', listener: (event: Event) => void): void;
}

export function watchCmpRecords(win: Window, report: (event: CmpRecordEvent) => void): RecordsWatch {
  const last = new Map<string, string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let reports = 0;
  let changeLooks = 0;
  let slowLooks = 0;
  let changePending = false;
  let slow: ReturnType<typeof setInterval> | null = null;
  let fastPhase = true;
  let stopped = false;

  const look = () => {
    if (stopped) return;
    for (const record of readCmpRecords(storedValuesOf(win))) {
      const key = JSON.stringify(record);
      if (last.get(record.cmp) === key) continue;
      last.set(record.cmp, key);
      report(eventOf(record));
      if (++reports >= L.maxReports) {
        stop();
        return;
      }
    }
  };
  const later = (ms: number, then: () => void = look) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      then();
    }, ms);
    timers.add(timer);
  };

  const hidden = () => {
    try {
      return win.document.visibilityState === 'hidden';
    } catch {
      return false;
    }
  };
  const slowLook = () => {
    if (slowLooks >= L.maxSlowLooks) return stopSlow();
    if (hidden()) return stopSlow();
    slowLooks++;
    look();
  };
  const startSlow = () => {
    if (stopped || fastPhase || slow !== null || hidden() || slowLooks >= L.maxSlowLooks) return;
    slow = setInterval(slowLook, L.slowPollMs);
  };
  const stopSlow = () => {
    if (slow !== null) clearInterval(slow);
    slow = null;
  };
  const onVisibility = () => {
    if (hidden()) stopSlow();
    else if (!fastPhase && slowLooks < L.maxSlowLooks) {
      // Back in view: one look now (a choice may have been made in another tab of the site), then the slow poll.
      slowLooks++;
      look();
      startSlow();
    }
  };

  const onCookieChange = (event: Event) => {
    if (stopped || changePending || changeLooks >= L.maxChangeLooks || !touchesRecord(event)) return;
    changePending = true;
    changeLooks++;
    later(L.changeSettleMs, () => {
      changePending = false;
      look();
    });
  };
  const cookieStore = cookieStoreOf(win);
  if (cookieStore) {
    try {
      cookieStore.addEventListener('change', onCookieChange);
    } catch {
      // not available in this context
    }
  }

  const poll = setInterval(look, L.pollMs);
  const endFast = setTimeout(() => {
    clearInterval(poll);
    fastPhase = false;
    startSlow();
  }, L.pollForMs);
  win.addEventListener('load', look, { once: true });
  win.document.addEventListener('visibilitychange', onVisibility);
  if (win.document.readyState !== 'loading') later(0);

  function stop() {
    if (stopped) return;
    stopped = true;
    clearInterval(poll);
    clearTimeout(endFast);
    stopSlow();
    win.removeEventListener('load', look);
    win.document.removeEventListener('visibilitychange', onVisibility);
    try {
      cookieStore?.removeEventListener('change', onCookieChange);
    } catch {
      // ignore
    }
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  }

  return {
    clicked() {
      if (timers.size < L.maxPendingTimers) for (const ms of L.afterClickMs) later(ms);
    },
    stop,
  };
}

function cookieStoreOf(win: Window): CookieChangeTarget | null {
  try {
    const store = (win as unknown as { cookieStore?: unknown }).cookieStore;
    return store && typeof (store as CookieChangeTarget).addEventListener === 'function' ? (store as CookieChangeTarget) : null;
  } catch {
    return null;
  }
}

/** Whether a cookie change event names one of the cookies a CMP record lives in (bounded, defensive). */
function touchesRecord(event: Event): boolean {
  try {
    const e = event as unknown as { changed?: unknown; deleted?: unknown };
    for (const list of [e.changed, e.deleted]) {
      if (!Array.isArray(list)) continue;
      for (const entry of list.slice(0, L.maxChangedEntries)) {
        const name: unknown = (entry as { name?: unknown } | null)?.name;
        if (typeof name === 'string' && isRecordCookie(name)) return true;
      }
    }
  } catch {
    // a hostile or odd event: ignore it
  }
  return false;
}

function eventOf(record: CmpRecord): CmpRecordEvent {
  const event: CmpRecordEvent = { type: 'cmp-record', t: now(), cmp: record.cmp.slice(0, 80), says: record.says, granted: record.granted, denied: record.denied };
  if (record.claimedAt !== undefined) event.claimedAt = record.claimedAt;
  return event;
}

function storedValuesOf(win: Window): StoredValues {
  let cookies = new Map<string, string>();
  try {
    cookies = parseCookieHeader(win.document.cookie);
  } catch {
    // sandboxed frame or cookies blocked
  }
  const local = new Map<string, string>();
  try {
    for (const key of RECORD_LOCAL_KEYS) {
      const value = win.localStorage.getItem(key);
      if (value !== null) local.set(key, value);
    }
  } catch {
    // storage blocked
  }
  return { cookie: (n) => cookies.get(n), cookieNames: () => [...cookies.keys()], local: (k) => local.get(k) };
}
