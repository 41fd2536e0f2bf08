// Composition root of the background (service worker in Chrome, event page in
// Firefox). Listeners are attached synchronously at the top level so that a
// stopped worker woken by an event still receives it; handlers wait for one
// readiness promise (tracker database loaded, tab records restored) and run in
// arrival order on one chain.
import browser, { type Runtime } from 'webextension-polyfill';
import { showBadge } from './badge';
import { hasHostAccess, openOnboardingIfNeeded } from './host-access';
import { loadTrackerDb } from './load-tracker-db';
import { routeMessage, type Handlers } from './message-router';
import { RequestHandler, type RequestDetails } from './request-handler';
import type { HeaderDetails } from './sent-headers';
import { TabStore } from './tab-store';

const badgeTimers = new Map<number, ReturnType<typeof setTimeout>>();

// Badge updates are coalesced per tab: a page firing hundreds of requests a
// second needs one badge update, not hundreds.
function scheduleBadge(tabId: number): void {
  if (badgeTimers.has(tabId)) return;
  badgeTimers.set(
    tabId,
    setTimeout(() => {
      badgeTimers.delete(tabId);
      void showBadge(tabId, tabs.page(tabId));
    }, 100),
  );
}

const tabs = new TabStore(scheduleBadge);

const ready: Promise<RequestHandler> = (async () => {
  const [trackers, restored] = await Promise.all([loadTrackerDb(), tabs.restore()]);
  if (restored > 0) console.info(`Pixelwacht: worker restarted, ${restored} tab records restored`);
  return new RequestHandler(tabs, trackers);
})();

let chain: Promise<void> = Promise.resolve();
function inOrder(work: (handler: RequestHandler) => Promise<void> | void): void {
  chain = chain
    .then(async () => work(await ready))
    .catch((error: unknown) => console.error('Pixelwacht: handler failed', error));
}

browser.webRequest.onBeforeRequest.addListener(
  (details) => {
    inOrder((handler) => handler.handle(details as unknown as RequestDetails));
    return undefined;
  },
  { urls: ['<all_urls>'] },
  ['requestBody'],
);

// Chrome shows the Cookie header only with extraHeaders; Firefox shows it always
// and rejects the option it does not know.
const headerOptions = (__TARGET__ === 'chrome' ? ['requestHeaders', 'extraHeaders'] : ['requestHeaders']) as never;
browser.webRequest.onBeforeSendHeaders.addListener(
  (details) => {
    inOrder((handler) => handler.handleHeaders(details as unknown as HeaderDetails));
    return undefined;
  },
  { urls: ['<all_urls>'] },
  headerOptions,
);
browser.webRequest.onErrorOccurred.addListener(
  (details) => inOrder((handler) => handler.forgetRequest(String(details.requestId))),
  { urls: ['<all_urls>'] },
);

browser.tabs.onRemoved.addListener((tabId) => {
  inOrder((handler) => {
    handler.forgetTab(tabId);
    tabs.closeTab(tabId);
  });
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  inOrder(() => {
    // Single-page apps change the address without a new document.
    if (changeInfo.url) tabs.updateUrl(tabId, changeInfo.url);
    // Firefox resets a tab's badge when it navigates; show it again.
    if (changeInfo.status || changeInfo.url) scheduleBadge(tabId);
  });
});

const handlers: Handlers = {
  'popup:getTab': async ({ tabId }) => {
    await ready;
    await chain; // answer with every request seen so far
    return {
      page: tabs.page(tabId),
      hostAccess: await hasHostAccess(),
      trackerDbVersion: __TRACKERDB_VERSION__,
    };
  },
};

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender) => routeMessage(handlers, message, sender) as Promise<unknown>,
);

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void openOnboardingIfNeeded();
});
