// The popup's subscription to its tab's view (protocol/popup-port.ts): one port
// to the background, which pushes the view at once and after every change. When
// the port drops without the popup closing — the browser stopped the background
// (a Chrome service worker is stopped after idling; Firefox's event page is
// suspended) — it connects again, which wakes the background, and says its tab
// again; waits grow from 100 ms to 2 s while the background does not answer.
import browser from 'webextension-polyfill';
import type { TabView } from '../protocol/messages';
import { isPopupPortPush, POPUP_TAB_PORT, type PopupPortRequest } from '../protocol/popup-port';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2000;

/** Calls `onView` with each view of the tab the background pushes; returns the unsubscribe. */
export function watchTab(tabId: number, onView: (view: TabView) => void): () => void {
  let closed = false;
  let retry = FIRST_RETRY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let port: ReturnType<typeof browser.runtime.connect> | null = null;

  const connect = () => {
    timer = null;
    if (closed) return;
    const current = browser.runtime.connect({ name: POPUP_TAB_PORT });
    port = current;
    current.onMessage.addListener((message: unknown) => {
      if (!isPopupPortPush(message, tabId)) return;
      retry = FIRST_RETRY_MS; // the background answers again
      onView(message.view);
    });
    current.onDisconnect.addListener(() => {
      if (closed || port !== current) return;
      port = null;
      timer = setTimeout(connect, retry);
      retry = Math.min(retry * 2, MAX_RETRY_MS);
    });
    const watch: PopupPortRequest = { type: 'watch', tabId };
    current.postMessage(watch);
  };
  connect();

  return () => {
    closed = true;
    if (timer) clearTimeout(timer);
    port?.disconnect();
    port = null;
  };
}
