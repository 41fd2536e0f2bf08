// Composition root of the background (service worker in Chrome, event page in
// Firefox). Listeners are attached synchronously at the top level so that a
// stopped worker woken by an event still receives it; each only pushes the event
// onto one queue (event-intake.ts) and returns. The queue is drained after start-up
// (tracker database loaded, tab records restored), in batches, in arrival order.
import browser, { type Runtime } from 'webextension-polyfill';
import { loginPlatformPatterns } from '../core/decoders/index';
import { showBadge } from './badge';
import { BadgeScheduler } from './badge-scheduler';
import { createEventIntake } from './event-intake';
import { createHandlers, createTabView, type Background } from './handlers';
import { notifyHealthDisclosure } from './health-notification';
import { openWelcome } from './host-access';
import { loadTrackerDb } from './load-tracker-db';
import { routeMessage } from './message-router';
import { createTabInfo } from './normalise-request';
import { PageFacts } from './page-facts';
import { PausedSites } from './paused-sites';
import { useLanguage } from './i18n';
import { PopupPush } from './popup-push';
import { RequestHandler, type RequestDetails } from './request-handler';
import { HealthShield } from './shield';
import { reachedOnly } from '../core/shield/reached-only';
import { blockedCount } from '../core/shield/blocked-lines';
import type { HeaderDetails } from './sent-headers';
import { TabStore } from './tab-store';
import type { PageRecord } from '../core/records/page-record';
import { HistoryStore, legacyHistoryIn } from '../storage/history-store';
import { readSettings } from '../storage/settings';
import { NOTICES_KEY, OVERRIDES_KEY, SETTINGS_KEY } from '../storage/keys';

const history = new HistoryStore(browser.storage.local);
const paused = new PausedSites();
const badges = new BadgeScheduler({
  // What reached a company: requests the health shield blocked raise no alarm (they stay in the record).
  page: (tabId) => {
    const page = tabs.page(tabId);
    return page && reachedOnly(page);
  },
  blocked: (tabId) => {
    const page = tabs.page(tabId);
    return page ? blockedCount(page) : 0;
  },
  isPaused: (site) => paused.has(site),
  draw: async (tabId, page, view) => {
    await showBadge(tabId, view);
    if (view.state.level === 'alarm' && page) await notifyHealthDisclosure(page).catch((e: unknown) => console.warn('Pixelwacht: notification failed', e));
  },
});
// The health shield (off until the user turns it on) follows each page's health verdict.
const shield = new HealthShield();
void shield.load();
// The badge and the notification speak the language chosen in Settings; a change redraws every badge.
const language = readSettings()
  .then((s) => useLanguage(s.language))
  .catch((error: unknown) => console.warn('Pixelwacht: language setting not read', error));
const tabs = new TabStore(history, (tabId) => {
  badges.schedule(tabId);
  shield.pageChanged(tabs.page(tabId));
  popups.changed(tabId);
});
const facts = new PageFacts(tabs);
const tabInfo = createTabInfo((tabId) => browser.tabs.get(tabId));
const onPageStarted = (page: PageRecord) => void facts.pageStarted(page);

/** Tabs open before Pixelwacht was listening (install, browser start): their pages start now, marked so. */
async function pickUpOpenTabs(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id === undefined || tabs.page(tab.id) || !tab.url || !/^https?:/i.test(tab.url)) continue;
    onPageStarted(tabs.startPage(tab.id, tab.url, Date.now(), tab.incognito, { startedBy: 'already-open', gap: 'opened-before-start' }));
  }
}

const ready: Promise<Background> = (async () => {
  const [trackers, restored] = await Promise.all([loadTrackerDb(), tabs.restore(), paused.load(), language]);
  if (restored > 0) console.info(`Pixelwacht: worker restarted, ${restored} tab records restored`);
  await pickUpOpenTabs().catch((error: unknown) => console.warn('Pixelwacht: open tabs not picked up', error));
  // Not awaited: recording starts at once; history writes queue behind the migration on the store's chain.
  void migrateHistory();
  void purgeHistory();
  const handler = new RequestHandler({
    tabs, trackers, tabInfo: tabInfo.of, onPageStarted, isPaused: (site) => paused.has(site),
    shieldBlocked: (r) => shield.wouldBlock({ id: r.id, url: r.url, type: r.type, initiator: r.initiator ?? r.pageUrl, tabId: r.tabId }, r.timeStamp),
  });
  return { handler, trackers };
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

const intake = createEventIntake(ready, (error) => console.error('Pixelwacht: handler failed', error));

browser.webRequest.onBeforeRequest.addListener(
  (details) => {
    const raw = details as unknown as RequestDetails;
    // At once, not in the queue: a health address gets its tab rule before the page's first request.
    if (raw.type === 'main_frame') shield.navigation(raw.tabId, raw.url);
    intake.push(({ handler }) => handler.handle(raw));
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
    const raw = details as unknown as HeaderDetails;
    intake.push(({ handler }) => handler.handleHeaders(raw));
    return undefined;
  },
  { urls: loginPlatformPatterns() },
  headerOptions,
);

browser.tabs.onRemoved.addListener((tabId) => {
  shield.tabRemoved(tabId);
  intake.push(({ handler }) => {
    handler.forgetTab(tabId);
    facts.forgetTab(tabId);
    badges.forgetTab(tabId);
    tabs.closeTab(tabId);
  });
});

browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  const at = Date.now();
  intake.push(() => {
    // A new address without a new request: a single-page app's pushState, a page
    // restored from the back/forward cache, or a prerendered page shown.
    if (changeInfo.url) {
      shield.navigation(tabId, changeInfo.url);
      const started = tabs.changeAddress(tabId, changeInfo.url, at);
      if (started) onPageStarted(started);
      facts.urlChanged(tabId);
    }
    // Firefox resets a tab's badge when it navigates; show it again.
    if (changeInfo.status || changeInfo.url) badges.schedule(tabId, true);
  });
});

const handlers = createHandlers({ intake, tabs, facts, paused, badges, tabInfo: tabInfo.of, onPageStarted, erased: () => popups.changedAll() });

// Open popups are pushed their tab's view (popup-push.ts); this listener too is attached at once.
const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };
const popups = new PopupPush({ view: createTabView({ intake, tabs, paused }), self });
browser.runtime.onConnect.addListener((port) => void popups.connect(port));

// Erasing everything (or another window) may change the paused sites.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if (paused.changed(changes) || NOTICES_KEY in changes) popups.changedAll();
  const legacy = legacyHistoryIn(changes);
  if (legacy) void migrateHistory(legacy);
  // A shorter retention period takes effect at once, not at the next hourly purge.
  if (SETTINGS_KEY in changes) void ready.then(purgeHistory);
  if (SETTINGS_KEY in changes || OVERRIDES_KEY in changes) void shield.load();
  if (SETTINGS_KEY in changes) {
    void readSettings()
      .then((s) => useLanguage(s.language))
      .then(() => {
        for (const page of tabs.allPages()) badges.schedule(page.tabId, true);
      });
  }
});

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender) =>
    routeMessage(handlers, message, sender, self) as Promise<unknown>,
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

// The shield's permission granted or taken back (Firefox lets the user do either in about:addons).
// Host access shows in the popup.
browser.permissions.onAdded.addListener(() => {
  void shield.load();
  popups.changedAll();
});
browser.permissions.onRemoved.addListener(() => {
  void shield.load();
  popups.changedAll();
});

browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void openWelcome();
});
