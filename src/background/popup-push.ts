// Pushes each open popup its tab's view (protocol/popup-port.ts): at once when it
// says which tab it shows, then whenever that tab's page changes (TabStore's
// change callback) or what the view shows about it does (paused sites, notices,
// host access, erasing everything) — at most twice a second per popup, however
// fast the page sends, a burst gathered into one push, pushes of one popup never
// overlapping (a slow view cannot overtake a newer one). A popup that goes away
// drops its subscription. A stopped worker drops every port; the popup reconnects,
// which wakes the worker, and says its tab again.
import * as v from 'valibot';
import type { Runtime } from 'webextension-polyfill';
import type { TabView } from '../protocol/messages';
import { POPUP_TAB_PORT, popupPortRequestSchema, type PopupPortPush } from '../protocol/popup-port';
import { senderKind, type Self } from './message-router';

/** Pushes to one popup are at least this far apart: at most two a second. */
export const MIN_PUSH_INTERVAL_MS = 500;

/** The part of a runtime port used here (a fake one in unit tests). */
export interface PushPort {
  name: string;
  sender?: Runtime.MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface PopupPushDeps {
  view: (tabId: number) => Promise<TabView>;
  self: Self;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

interface Watcher {
  port: PushPort;
  tabId: number | null;
  lastAt: number;
  timer: unknown;
  sending: boolean;
  again: boolean;
  closed: boolean;
}

export class PopupPush {
  private readonly watchers = new Set<Watcher>();
  /** Views pushed so far (for tests and diagnostics). */
  pushes = 0;

  constructor(private readonly deps: PopupPushDeps) {}

  /** A runtime.onConnect port: taken when it is the popup's, from one of our pages. Returns whether it was ours by name. */
  connect(port: PushPort): boolean {
    if (port.name !== POPUP_TAB_PORT) return false;
    if (!port.sender || senderKind(port.sender, this.deps.self) !== 'extension-page') {
      console.warn('Pixelwacht: refused a popup port from a sender not allowed to open it');
      port.disconnect();
      return true;
    }
    const watcher: Watcher = { port, tabId: null, lastAt: Number.NEGATIVE_INFINITY, timer: null, sending: false, again: false, closed: false };
    this.watchers.add(watcher);
    port.onMessage.addListener((message) => {
      const request = v.safeParse(popupPortRequestSchema, message);
      if (!request.success) return void console.warn('Pixelwacht: dropped a malformed popup port message');
      watcher.tabId = request.output.tabId;
      this.cancelTimer(watcher);
      this.schedule(watcher, 0);
    });
    port.onDisconnect.addListener(() => {
      watcher.closed = true;
      this.cancelTimer(watcher);
      this.watchers.delete(watcher);
    });
    return true;
  }

  /** A tab's page changed. */
  changed(tabId: number): void {
    for (const watcher of this.watchers) if (watcher.tabId === tabId) this.schedule(watcher);
  }

  /** Something every view shows changed (paused sites, notices, host access, everything erased). */
  changedAll(): void {
    for (const watcher of this.watchers) if (watcher.tabId !== null) this.schedule(watcher);
  }

  /** Open popup subscriptions (for tests and diagnostics). */
  get size(): number {
    return this.watchers.size;
  }

  private schedule(watcher: Watcher, wait?: number): void {
    if (watcher.closed || watcher.timer !== null) return; // one push pending takes this change along
    if (watcher.sending) {
      watcher.again = true;
      return;
    }
    const delay = wait ?? Math.max(0, watcher.lastAt + MIN_PUSH_INTERVAL_MS - this.now());
    watcher.timer = (this.deps.setTimer ?? setTimeout)(() => {
      watcher.timer = null;
      void this.push(watcher);
    }, delay);
  }

  private async push(watcher: Watcher): Promise<void> {
    const tabId = watcher.tabId;
    if (watcher.closed || tabId === null) return;
    watcher.sending = true;
    watcher.lastAt = this.now();
    try {
      const view = await this.deps.view(tabId);
      if (!watcher.closed) {
        const push: PopupPortPush = { type: 'view', tabId, view };
        watcher.port.postMessage(push);
        this.pushes += 1;
      }
    } catch (error) {
      // A port that closed meanwhile throws on postMessage; its onDisconnect drops it.
      console.warn('Pixelwacht: popup push failed', error);
    } finally {
      watcher.sending = false;
      if (watcher.again) {
        watcher.again = false;
        this.schedule(watcher, watcher.tabId === tabId ? undefined : 0);
      }
    }
  }

  private cancelTimer(watcher: Watcher): void {
    if (watcher.timer === null) return;
    (this.deps.clearTimer ?? clearTimeout)(watcher.timer as ReturnType<typeof setTimeout>);
    watcher.timer = null;
  }

  private now(): number {
    return (this.deps.now ?? Date.now)();
  }
}
