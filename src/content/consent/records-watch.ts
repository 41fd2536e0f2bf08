// Witness 2: the CMP's own stored record, read from the isolated world (document.cookie
// and localStorage are the page's, but the content script's access to them runs no page
// code and is invisible to it). Bounded polling: a look after load, a few after each
// trusted click (CMPs write their record right after the click), and every few seconds
// in the first 30 s. A record is reported when it changes, at most MAX_REPORTS times.

import { parseCookieHeader, readCmpRecords, type CmpRecord, type StoredValues } from '../../core/consent/records/index';
import type { CmpRecordEvent } from '../../core/consent/types';
import { now } from './clock';

const POLL_MS = 3000;
const POLL_FOR_MS = 30_000;
const AFTER_CLICK_MS = [300, 1500, 4000];
const MAX_REPORTS = 8;
const LOCAL_KEYS = ['uc_settings', 'ucData', 'klaro', 'osano_consentmanager'];

export interface RecordsWatch {
  /** A trusted click happened: look again shortly. */
  clicked(): void;
  stop(): void;
}

export function watchCmpRecords(win: Window, report: (event: CmpRecordEvent) => void): RecordsWatch {
  const last = new Map<string, string>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let reports = 0;

  const look = () => {
    if (reports >= MAX_REPORTS) return;
    for (const record of readCmpRecords(storedValuesOf(win))) {
      const key = JSON.stringify(record);
      if (last.get(record.cmp) === key) continue;
      last.set(record.cmp, key);
      if (reports++ >= MAX_REPORTS) return;
      report(eventOf(record));
    }
  };
  const later = (ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      look();
    }, ms);
    timers.add(timer);
  };

  const poll = setInterval(look, POLL_MS);
  const stopPolling = setTimeout(() => clearInterval(poll), POLL_FOR_MS);
  win.addEventListener('load', look, { once: true });
  if (win.document.readyState !== 'loading') later(0);

  return {
    clicked() {
      if (timers.size < 12) for (const ms of AFTER_CLICK_MS) later(ms);
    },
    stop() {
      clearInterval(poll);
      clearTimeout(stopPolling);
      win.removeEventListener('load', look);
      for (const timer of timers) clearTimeout(timer);
    },
  };
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
    for (const key of LOCAL_KEYS) {
      const value = win.localStorage.getItem(key);
      if (value !== null) local.set(key, value);
    }
  } catch {
    // storage blocked
  }
  return { cookie: (n) => cookies.get(n), cookieNames: () => [...cookies.keys()], local: (k) => local.get(k) };
}
