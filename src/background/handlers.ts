// The background's answers to the typed messages (protocol/messages.ts). Each
// waits for start-up and for every event that arrived before it, so the popup
// answers with every request seen so far and reports apply in arrival order.
import browser from 'webextension-polyfill';
import type { Handlers } from './message-router';
import type { TabView } from '../protocol/messages';
import { hasHostAccess } from './host-access';
import type { EventIntake } from './event-intake';
import type { PageFacts } from './page-facts';
import type { PausedSites } from './paused-sites';
import type { RequestHandler } from './request-handler';
import type { TabStore } from './tab-store';
import { readNotices } from '../storage/notices';
import { applyResourceTiming } from './page-timing';
import type { BadgeScheduler } from './badge-scheduler';
import type { TrackerIdentifier } from '../core/trackers/tracker-db';
import type { TabInfo } from './normalise-request';
import type { PageRecord } from '../core/records/page-record';

export interface Background {
  handler: RequestHandler;
  trackers: TrackerIdentifier;
}

export interface HandlerDeps {
  intake: EventIntake<Background>;
  tabs: TabStore;
  facts: PageFacts;
  paused: PausedSites;
  badges: BadgeScheduler;
  tabInfo: (tabId: number) => Promise<TabInfo>;
  onPageStarted: (page: PageRecord) => void;
  /** After erasing everything (open popups then show the empty state). */
  erased?: () => void;
}

/** The sending document (MessageSender.documentId: Chrome 106+, Firefox 153+). */
const documentIdOf = (sender: unknown): string | undefined => {
  const id = (sender as { documentId?: unknown }).documentId;
  return typeof id === 'string' ? id : undefined;
};

/** The version of the database that was loaded, from the identifier itself (once start-up is done). */
const trackerDbVersionOf = (intake: EventIntake<Background>) => () =>
  new Promise<string>((resolve) => intake.push(({ trackers }) => resolve(trackers.version)));

/** What the popup shows of a tab, with every event that arrived before it applied (pushed by popup-push.ts). */
export function createTabView(deps: Pick<HandlerDeps, 'intake' | 'tabs' | 'paused'>): (tabId: number) => Promise<TabView> {
  const { intake, tabs, paused } = deps;
  const trackerDbVersion = trackerDbVersionOf(intake);
  return async (tabId) => {
    await intake.settled(); // every request seen so far
    const page = tabs.page(tabId);
    return {
      page,
      hostAccess: await hasHostAccess(),
      trackerDbVersion: await trackerDbVersion(),
      paused: !!page && paused.has(page.site),
      notices: await readNotices(browser.storage.local),
    };
  };
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { intake, tabs, facts, paused, badges } = deps;
  const trackerDbVersion = trackerDbVersionOf(intake);
  const tabView = createTabView(deps);
  return {
    'popup:setPaused': async ({ tabId, paused: pause }) => {
      await intake.settled();
      const page = tabs.page(tabId);
      if (page && !page.incognito) {
        await paused.set(page.site, pause);
        badges.schedule(tabId);
      }
      return tabView(tabId);
    },
    'popup:setHealthOverride': async ({ tabId, scope, value }) => {
      await intake.settled();
      await facts.setOverride(tabId, scope, value);
      return tabView(tabId);
    },
    'dashboard:eraseAll': async () => {
      await intake.settled();
      await tabs.eraseAll();
      await Promise.all([browser.storage.local.clear(), browser.storage.session.clear()]);
      for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) badges.schedule(tab.id, true);
      deps.erased?.();
      return { erased: true as const };
    },
    'dashboard:trackerDatabase': async () => ({ version: await trackerDbVersion() }),
    'content:consentEvent': async ({ event }, sender) => {
      intake.push(() => facts.consentEvent(sender.tab!.id!, sender.frameId ?? 0, sender.url ?? '', event));
    },
    'content:pageVerdict': async (report, sender) => {
      intake.push(() => facts.verdict(sender.tab!.id!, sender.frameId ?? 0, report));
    },
    'content:resourceTiming': async (report, sender) => {
      const from = { tabId: sender.tab!.id!, frameId: sender.frameId ?? 0, documentId: documentIdOf(sender) };
      intake.push(({ trackers }) =>
        applyResourceTiming(tabs, trackers, deps.tabInfo, (site) => paused.has(site), deps.onPageStarted, from, report),
      );
    },
  };
}
