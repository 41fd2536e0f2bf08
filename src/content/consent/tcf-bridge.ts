// Reading the page's IAB TCF status without any code in the page's world: find the
// window that holds the `__tcfapiLocator` frame (this one or an ancestor), post it the
// standard `__tcfapiCall`, and read its `__tcfapiReturn` answers (core/consent/tcf-message).
// What the page sees is what any ad script's iframe sends: one standard call with a
// random call id. Nothing names Pixelwacht. Bounded: a few looks for the locator over
// 10 s, one call, at most MAX_TCF_MESSAGES answers.

import { MAX_TCF_MESSAGES, parseTcfReturn, tcfCallMessage } from '../../core/consent/tcf-message';
import type { TcfStatusEvent } from '../../core/consent/types';
import { now } from './clock';

const LOOK_AT_MS = [0, 500, 1500, 3000, 6000, 10_000];
const MAX_ANCESTORS = 10;
const LOCATOR = '__tcfapiLocator';
/** Answers to our call id that are read at all (copied and parsed), valid or not. */
const MAX_ATTEMPTS = 5 * MAX_TCF_MESSAGES;

export function listenForTcf(win: Window, onStatus: (event: TcfStatusEvent) => void): () => void {
  // Same form as the call ids CMP stubs and ad scripts make up themselves.
  const callId = Math.random().toString(36).slice(2);
  let target: Window | null = null;
  let count = 0;
  // Messages that answered our call id, valid or not: a page can read the id off our call and flood it.
  let attempts = 0;
  const timers: ReturnType<typeof setTimeout>[] = [];

  const onMessage = (e: MessageEvent) => {
    if (!target || e.source !== target || count >= MAX_TCF_MESSAGES || attempts >= MAX_ATTEMPTS) return;
    if (!answersCall(e.data, callId)) return;
    attempts++;
    const event = readAnswer(e.data, callId);
    if (!event) return;
    count++;
    onStatus(event);
  };

  const look = () => {
    if (target) return;
    const found = locatorWindow(win);
    if (!found) return;
    target = found;
    try {
      found.postMessage(tcfCallMessage(callId), '*');
    } catch {
      target = null;
    }
  };

  win.addEventListener('message', onMessage);
  for (const ms of LOOK_AT_MS) timers.push(setTimeout(look, ms));
  win.document.addEventListener('DOMContentLoaded', look, { once: true });
  return () => {
    win.removeEventListener('message', onMessage);
    win.document.removeEventListener('DOMContentLoaded', look);
    for (const timer of timers) clearTimeout(timer);
  };
}

/** Whether a message is an answer to our call, looked at without copying it (most messages on a page are not). */
function answersCall(data: unknown, callId: string): boolean {
  try {
    if (typeof data === 'string') return data.length <= MAX_ANSWER_TEXT && data.includes('__tcfapiReturn') && data.includes(callId);
    if (typeof data !== 'object' || data === null) return false;
    const ret: unknown = (data as { __tcfapiReturn?: unknown }).__tcfapiReturn;
    return typeof ret === 'object' && ret !== null && (ret as { callId?: unknown }).callId === callId;
  } catch {
    return false;
  }
}

/** Longest text answer looked at (the parser's own cap is the same order). */
const MAX_ANSWER_TEXT = 64 * 1024;

/** The answer, read defensively: a hostile page may post getters, proxies or huge objects. */
function readAnswer(data: unknown, callId: string): TcfStatusEvent | null {
  try {
    // Most messages on a page are not TCF answers: look before copying anything.
    if (typeof data === 'object' && (data === null || !('__tcfapiReturn' in data))) return null;
    // Text stays text; an object is copied to plain JSON first (in Firefox it is an Xray view).
    const plain = typeof data === 'string' ? data : JSON.stringify(data);
    if (typeof plain !== 'string' || !plain.includes(callId)) return null;
    return parseTcfReturn(plain, callId, now());
  } catch {
    return null;
  }
}

/** This window or the nearest ancestor that has a child frame named __tcfapiLocator. */
function locatorWindow(win: Window): Window | null {
  let w: Window = win;
  for (let i = 0; i < MAX_ANCESTORS; i++) {
    if (hasLocator(w, w === win ? win.document : null)) return w;
    let parent: Window;
    try {
      parent = w.parent;
    } catch {
      return null;
    }
    if (!parent || parent === w) return null;
    w = parent;
  }
  return null;
}

function hasLocator(w: Window, ownDocument: Document | null): boolean {
  try {
    if (ownDocument?.querySelector(`iframe[name="${LOCATOR}"]`)) return true;
  } catch {
    // fall through to the named-frame lookup
  }
  try {
    // Named child-frame access works across origins (the spec's own method).
    return !!(w.frames as unknown as Record<string, unknown>)[LOCATOR];
  } catch {
    return false;
  }
}
