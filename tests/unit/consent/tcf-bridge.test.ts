// The TCF reader of the content script on fake windows with fake timers: it finds the
// `__tcfapiLocator` frame in this window or an ancestor with a bounded number of looks,
// posts exactly one standard `__tcfapiCall` (nothing in it names Pixelwacht), accepts
// answers only from that window and for its call id, at most MAX_TCF_MESSAGES, and copies
// no message that is not its answer (counted with toJSON, never timed).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForTcf } from '../../../src/content/consent/tcf-bridge';
import { MAX_TCF_MESSAGES } from '../../../src/core/consent/tcf-message';
import type { TcfStatusEvent } from '../../../src/core/consent/types';

type Listener = (e: MessageEvent) => void;

interface FakeWin {
  win: Window;
  posted: unknown[];
  queries: number;
  hasLocator: boolean;
  listeners: Set<Listener>;
  deliver(data: unknown, source?: unknown): void;
}

function fakeWindow(options: { locatorHere?: boolean; parent?: FakeWin; crossOriginDocument?: boolean } = {}): FakeWin {
  const listeners = new Set<Listener>();
  const docListeners = new Set<() => void>();
  const self: FakeWin = {
    win: null as unknown as Window,
    posted: [],
    queries: 0,
    hasLocator: options.locatorHere ?? false,
    listeners,
    deliver(data, source = self.win) {
      for (const l of [...listeners]) l({ data, source } as MessageEvent);
    },
  };
  const frames: Record<string, unknown> = {};
  const win: Record<string, unknown> = {
    addEventListener: (type: string, l: Listener) => type === 'message' && listeners.add(l),
    removeEventListener: (type: string, l: Listener) => type === 'message' && listeners.delete(l),
    postMessage: (data: unknown) => self.posted.push(data),
    get frames() {
      if (self.hasLocator) frames.__tcfapiLocator = {};
      return frames;
    },
    document: {
      querySelector: (selector: string) => {
        self.queries++;
        if (options.crossOriginDocument) throw new Error('SecurityError');
        return self.hasLocator && selector.includes('__tcfapiLocator') ? {} : null;
      },
      addEventListener: (_: string, l: () => void) => docListeners.add(l),
      removeEventListener: (_: string, l: () => void) => docListeners.delete(l),
    },
  };
  win.parent = options.parent ? options.parent.win : win;
  win.top = options.parent ? options.parent.win : win;
  self.win = win as unknown as Window;
  return self;
}

const callIdOf = (posted: unknown) => (posted as { __tcfapiCall: { callId: string } }).__tcfapiCall.callId;
const answer = (callId: string, eventStatus = 'useractioncomplete') => ({
  __tcfapiReturn: { callId, success: true, returnValue: { eventStatus, cmpId: 10, gdprApplies: true, tcString: '', purpose: { consents: { 1: true } } } },
});

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the TCF reader', () => {
  it('posts one standard call to the window that holds the locator, and nothing that names the extension', () => {
    const page = fakeWindow({ locatorHere: true });
    const stop = listenForTcf(page.win, () => {});
    vi.advanceTimersByTime(60_000);
    expect(page.posted).toHaveLength(1);
    expect(page.posted[0]).toEqual({ __tcfapiCall: { command: 'addEventListener', version: 2, callId: callIdOf(page.posted[0]) } });
    expect(JSON.stringify(page.posted)).not.toMatch(/pixel|wacht|extension|chrome|moz/i);
    stop();
  });

  it('looks for the locator a bounded number of times and stops looking when the page has none', () => {
    const page = fakeWindow();
    const stop = listenForTcf(page.win, () => {});
    vi.advanceTimersByTime(3600_000);
    expect(page.posted).toHaveLength(0);
    expect(page.queries).toBeLessThanOrEqual(7);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it('finds a locator that appears later, and one in an ancestor whose document it cannot read', () => {
    const late = fakeWindow();
    const stopLate = listenForTcf(late.win, () => {});
    vi.advanceTimersByTime(1000);
    late.hasLocator = true;
    vi.advanceTimersByTime(60_000);
    expect(late.posted).toHaveLength(1);
    stopLate();

    const top = fakeWindow({ locatorHere: true, crossOriginDocument: true });
    const frame = fakeWindow({ parent: top });
    const stop = listenForTcf(frame.win, () => {});
    vi.advanceTimersByTime(0);
    expect(frame.posted).toHaveLength(0);
    expect(top.posted).toHaveLength(1);
    expect(top.queries).toBe(0); // an ancestor's document is never touched
    stop();
  });

  it('accepts answers only from that window and for its call id, at most MAX_TCF_MESSAGES', () => {
    const page = fakeWindow({ locatorHere: true });
    const seen: TcfStatusEvent[] = [];
    const stop = listenForTcf(page.win, (e) => seen.push(e));
    vi.advanceTimersByTime(0);
    const id = callIdOf(page.posted[0]);
    page.deliver(answer('someone-else'));
    page.deliver(answer(id), { other: 'window' });
    page.deliver('not json');
    page.deliver(null);
    expect(seen).toHaveLength(0);
    page.deliver(answer(id, 'tcloaded'));
    page.deliver(JSON.stringify(answer(id)));
    expect(seen.map((e) => e.eventStatus)).toEqual(['tcloaded', 'useractioncomplete']);
    expect(seen[0]).toMatchObject({ type: 'tcf-status', cmpId: 10, purposesConsented: [1] });
    for (let i = 0; i < 100; i++) page.deliver(answer(id));
    expect(seen).toHaveLength(MAX_TCF_MESSAGES);
    stop();
    expect(page.listeners.size).toBe(0);
  });

  it('copies no message that is not its own answer, and only a bounded number of its own', () => {
    const page = fakeWindow({ locatorHere: true });
    const stop = listenForTcf(page.win, () => {});
    vi.advanceTimersByTime(0);
    const id = callIdOf(page.posted[0]);
    let copies = 0;
    const counted = (ret: object) => ({ __tcfapiReturn: ret, toJSON: () => (copies++, { __tcfapiReturn: ret }) });
    // A page that floods the window with answer-shaped messages for other call ids.
    for (let i = 0; i < 10_000; i++) page.deliver(counted({ callId: `x${i}`, success: true, returnValue: {} }));
    expect(copies).toBe(0);
    // A page that read our call id and answers it with rubbish, again and again.
    for (let i = 0; i < 10_000; i++) page.deliver(counted({ callId: id, success: true, returnValue: 'rubbish' }));
    expect(copies).toBeLessThanOrEqual(5 * MAX_TCF_MESSAGES);
    // A getter that throws does not break the reader.
    page.deliver({
      get __tcfapiReturn() {
        throw new Error('hostile');
      },
    });
    stop();
  });
});
