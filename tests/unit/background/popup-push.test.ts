// Each open popup is pushed its tab's view: at once, then after changes of that tab,
// at most twice a second however many changes arrive, never two pushes at once, and
// nothing after it went away. Only our own extension pages may subscribe.
import { describe, expect, test, vi } from 'vitest';
import type { Runtime } from 'webextension-polyfill';
import { MIN_PUSH_INTERVAL_MS, PopupPush, type PushPort } from '../../../src/background/popup-push';
import type { TabView } from '../../../src/protocol/messages';
import { POPUP_TAB_PORT } from '../../../src/protocol/popup-port';
import { fakeClock } from '../support/fake-clock';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const SELF = { id: 'pixelwacht-id', origin: 'chrome-extension://pixelwacht-id/' };
const popupSender: Runtime.MessageSender = { id: SELF.id, url: `${SELF.origin}src/popup/index.html` };

function fakePort(sender: Runtime.MessageSender = popupSender, name = POPUP_TAB_PORT) {
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const posted: { type: string; tabId: number; view: TabView }[] = [];
  let disconnected = false;
  const port: PushPort = {
    name,
    sender,
    postMessage: (m) => void posted.push(m as never),
    disconnect: () => void (disconnected = true),
    onMessage: { addListener: (l) => void onMessage.push(l) },
    onDisconnect: { addListener: (l) => void onDisconnect.push(l) },
  };
  return {
    port,
    posted,
    send: (m: unknown) => onMessage.forEach((l) => l(m)),
    close: () => onDisconnect.forEach((l) => l()),
    get disconnected() {
      return disconnected;
    },
  };
}

function setup() {
  const c = fakeClock();
  const views: number[] = [];
  let version = 0;
  const push = new PopupPush({
    self: SELF,
    view: async (tabId) => {
      views.push(tabId);
      return { page: null, hostAccess: true, trackerDbVersion: String(++version), paused: false, notices: [] };
    },
    now: c.now,
    setTimer: c.setTimer,
    clearTimer: c.clearTimer,
  });
  /** A popup connected and showing `tabId`, its first view pushed. */
  const watching = async (tabId: number) => {
    const p = fakePort();
    push.connect(p.port);
    p.send({ type: 'watch', tabId });
    await c.advanceSettling(0);
    return p;
  };
  return { c, push, views, watching };
}

describe('popup push', () => {
  test('the view comes at once when the popup says its tab, and only for that tab', async () => {
    const { c, push } = setup();
    const p = fakePort();
    expect(push.connect(p.port)).toBe(true);
    p.send({ type: 'watch', tabId: 7 });
    await c.advanceSettling(0);
    expect(p.posted.map((m) => [m.type, m.tabId])).toEqual([['view', 7]]);
    push.changed(8);
    await c.advanceSettling(5000);
    expect(p.posted).toHaveLength(1);
  });

  test('a burst of 1,000 changes over 3 seconds is pushed at most twice a second, the last change included', async () => {
    const { c, push, watching } = setup();
    const p = await watching(7);
    for (let i = 0; i < 1000; i++) {
      push.changed(7);
      await c.advanceSettling(3);
    }
    await c.advanceSettling(MIN_PUSH_INTERVAL_MS);
    const pushes = p.posted.length;
    // The first push, then one per 500 ms of the 3-second burst, then the one after it.
    expect(pushes).toBeGreaterThanOrEqual(6);
    expect(pushes).toBeLessThanOrEqual(1 + Math.ceil(3000 / MIN_PUSH_INTERVAL_MS) + 1);
    console.log(JSON.stringify({ popup_push: { changes: 1000, pushes } }));
    // Nothing more is pending: the last change was pushed.
    await c.advanceSettling(5000);
    expect(p.posted.length).toBe(pushes);
  });

  test('pushes of one popup never overlap: a change during a slow view is pushed after it', async () => {
    const c = fakeClock();
    let release!: () => void;
    let calls = 0;
    const push = new PopupPush({
      self: SELF,
      view: async () => {
        calls += 1;
        if (calls === 1) await new Promise<void>((r) => (release = r));
        return { page: null, hostAccess: true, trackerDbVersion: String(calls), paused: false, notices: [] };
      },
      now: c.now,
      setTimer: c.setTimer,
      clearTimer: c.clearTimer,
    });
    const p = fakePort();
    push.connect(p.port);
    p.send({ type: 'watch', tabId: 1 });
    await c.advanceSettling(0);
    push.changed(1);
    push.changed(1);
    await c.advanceSettling(2000);
    expect(calls).toBe(1);
    release();
    await c.advanceSettling(0);
    await c.advanceSettling(2000);
    expect(p.posted.map((m) => m.view.trackerDbVersion)).toEqual(['1', '2']);
  });

  test('a popup that went away is dropped, and a pending push is not sent', async () => {
    const { c, push, watching } = setup();
    const p = await watching(3);
    push.changed(3);
    p.close();
    await c.advanceSettling(5000);
    expect(p.posted).toHaveLength(1);
    expect(push.size).toBe(0);
  });

  test('changes every view shows (paused sites, notices) reach every popup', async () => {
    const { c, push, watching } = setup();
    const a = await watching(1);
    const b = await watching(2);
    push.changedAll();
    await c.advanceSettling(1000);
    expect([a.posted.length, b.posted.length]).toEqual([2, 2]);
  });

  const refused: [string, Runtime.MessageSender][] = [
    ['a content script', { id: SELF.id, url: 'https://www.cz.nl/', tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' }],
    ['a page without a sender id', { url: popupSender.url }],
  ];
  for (const [what, sender] of refused) {
    test(`a port opened by ${what} is closed and pushed nothing`, async () => {
      const { c, push } = setup();
      const p = fakePort(sender);
      push.connect(p.port);
      p.send({ type: 'watch', tabId: 1 });
      await c.advanceSettling(1000);
      expect(p.disconnected).toBe(true);
      expect(p.posted).toEqual([]);
      expect(push.size).toBe(0);
    });
  }

  test('malformed requests are dropped; ports of another name are not taken', async () => {
    const { c, push, views } = setup();
    const p = fakePort();
    push.connect(p.port);
    for (const m of [null, 'watch', { type: 'watch', tabId: -1 }, { type: 'watch', tabId: '7' }, { type: 'watch', tabId: 7, evil: 1 }, { type: 'erase' }]) p.send(m);
    await c.advanceSettling(1000);
    expect(views).toEqual([]);
    expect(push.connect(fakePort(popupSender, 'other').port)).toBe(false);
  });
});
