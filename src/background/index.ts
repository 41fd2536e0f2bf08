// Composition root of the background (service worker in Chrome, event page in
// Firefox). Listeners are attached synchronously at the top level so that a
// stopped worker woken by an event still receives it; handlers wait for one
// readiness promise (tracker database loaded, tab records restored) and run in
// arrival order on one chain.
import browser, { type Runtime } from 'webextension-polyfill';
import { loginPlatformPatterns } from '../core/decoders/index';
import { healthAlarm } from '../core/records/health-alarm';
import { showBadge } from './badge';
import { notifyHealthDisclosure } from './health-notification';
import { PageFacts } from './page-facts';
import { hasHostAccess, openOnboardingIfNeeded } from './host-access';
import { loadTrackerDb } from './load-tracker-db';
import { routeMessage, type Handlers } from './message-router';
import { RequestHandler, type RequestDetails } from './request-handler';
import type { HeaderDetails } from './sent-headers';
import { TabStore } from './tab-store';
import { HistoryStore, legacyHistoryIn } from '../storage/history-store';
import { readSettings, SETTINGS_KEY } from '../storage/settings';
import { readNotices } from '../storage/notices';
import { PAUSED_KEY, readPausedSites, setPaused } from '../storage/site-facts';
import type { TabView } from '../protocol/messages';

const badgeTimers = new Map<number, ReturnType<typeof setTimeout>>();

// Badge updates are coalesced per tab: a page firing hundreds of requests a
// second needs one badge update, not hundreds.
function scheduleBadge(tabId: number): void {
  if (badgeTimers.has(tabId)) return;
  badgeTimers.set(
    tabId,
    setTimeout(() => {
      badgeTimers.delete(tabId);
      const page = tabs.page(tabId);
      const alarm = healthAlarm(page);
      void showBadge(tabId, page, alarm, !!page && isPaused(page.site));
      if (alarm && page) void notifyHealthDisclosure(page).catch((e: unknown) => console.warn('Pixelwacht: notification failed', e));
    }, 100),
  );
}

const history = new HistoryStore(browser.storage.local);
// Sites the user paused recording on: read at start, kept current from storage.
const paused = new Set<string>();
const isPaused = (site: string) => paused.has(site);
async function loadPaused(): Promise<void> {
  const sites = await readPausedSites();
  paused.clear();
  for (const site of sites) paused.add(site);
}
const tabs = new TabStore(history, scheduleBadge);
const facts = new PageFacts(tabs);

const ready: Promise<RequestHandler> = (async () => {
  const [trackers, restored] = await Promise.all([loadTrackerDb(), tabs.restore(), loadPaused()]);
  if (restored > 0) console.info(`Pixelwacht: worker restarted, ${restored} tab records restored`);
  // Not awaited: recording starts at once; history writes queue behind the migration on the store's chain.
  void migrateHistory();
  void purgeHistory();
  return new RequestHandler(tabs, trackers, (page) => void facts.pageStarted(page), isPaused);
})();

// History of the first layout (one record per site) moves to one record per visit.
async function migrateHistory(found?: Record<string, unknown>): Promise<void> {
  try {
    const moved = await history.migrate(found);
    if (moved > 0) console.info(`Pixelwacht: ${moved} visits moved to the per-visit history layout`);
  } catch (error) {
    console.warn('Pixelwacht: history migration failed', error);
  }
}

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

// Headers are read only for requests to platforms with login cookies (Meta,
// Google, LinkedIn, X, TikTok, ...): seeing headers makes the browser route each
// request it applies to through the extension machinery, which costs page loads.
// Chrome shows the Cookie header only with extraHeaders; Firefox shows it always
// and rejects the option it does not know. Requests that fail before their headers
// are sent simply never arrive here (the pending list is capped, oldest first).
const headerOptions = (__TARGET__ === 'chrome' ? ['requestHeaders', 'extraHeaders'] : ['requestHeaders']) as never;
browser.webRequest.onBeforeSendHeaders.addListener(
  (details) => {
    inOrder((handler) => handler.handleHeaders(details as unknown as HeaderDetails));
    return undefined;
  },
  { urls: loginPlatformPatterns() },
  headerOptions,
);

browser.tabs.onRemoved.addListener((tabId) => {
  inOrder((handler) => {
    handler.forgetTab(tabId);
    facts.forgetTab(tabId);
    tabs.closeTab(tabId);
  });
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  inOrder(() => {
    // Single-page apps change the address without a new document.
    if (changeInfo.url) {
      tabs.updateUrl(tabId, changeInfo.url);
      facts.urlChanged(tabId);
    }
    // Firefox resets a tab's badge when it navigates; show it again.
    if (changeInfo.status || changeInfo.url) scheduleBadge(tabId);
  });
});

const handlers: Handlers = {
  'popup:getTab': async ({ tabId }) => {
    await ready;
    await chain; // answer with every request seen so far
    return tabView(tabId);
  },
  'popup:setPaused': async ({ tabId, paused: pause }) => {
    await ready;
    await chain;
    const page = tabs.page(tabId);
    if (page && !page.incognito) {
      await setPaused(page.site, pause);
      await loadPaused();
      scheduleBadge(tabId);
    }
    return tabView(tabId);
  },
  'popup:setHealthOverride': async ({ tabId, scope, value }) => {
    await ready;
    await chain;
    await facts.setOverride(tabId, scope, value);
    return tabView(tabId);
  },
  'dashboard:eraseAll': async () => {
    await ready;
    await chain;
    await tabs.eraseAll();
    await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) scheduleBadge(tab.id);
    return { erased: true as const };
  },
  'content:consentEvent': async ({ event }, sender) => {
    inOrder(() => facts.consentEvent(sender.tab!.id!, sender.frameId ?? 0, sender.url ?? '', event));
  },
  'content:pageVerdict': async (report, sender) => {
    inOrder(() => facts.verdict(sender.tab!.id!, sender.frameId ?? 0, report));
  },
};

async function tabView(tabId: number): Promise<TabView> {
  const page = tabs.page(tabId);
  return {
    page,
    hostAccess: await hasHostAccess(),
    trackerDbVersion: __TRACKERDB_VERSION__,
    paused: !!page && isPaused(page.site),
    notices: await readNotices(browser.storage.local),
  };
}

// Erasing everything (or another window) may change the paused sites.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (PAUSED_KEY in changes) void loadPaused();
  const legacy = legacyHistoryIn(changes);
  if (legacy) void migrateHistory(legacy);
  // A shorter retention period takes effect at once, not at the next hourly purge.
  if (SETTINGS_KEY in changes) void ready.then(purgeHistory);
});

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender) =>
    routeMessage(handlers, message, sender, { id: browser.runtime.id, origin: browser.runtime.getURL('') }) as Promise<unknown>,
);

// History expires after the retention period: checked at every start and hourly.
const PURGE_ALARM = 'purge-history';
async function purgeHistory(): Promise<void> {
  try {
    const { retentionDays } = await readSettings();
    await history.purge(retentionDays);
  } catch (error) {
    console.warn('Pixelwacht: history purge failed', error);
  }
}
void browser.alarms.get(PURGE_ALARM).then((alarm) => {
  if (!alarm) void browser.alarms.create(PURGE_ALARM, { periodInMinutes: 60 });
});
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === PURGE_ALARM) void ready.then(purgeHistory);
});

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void openOnboardingIfNeeded();
});
