// What happens to each observed request: top-level navigations start a fresh
// page record; every other request is analysed and, when it went to a tracker,
// added to the tab's page.
import browser from 'webextension-polyfill';
import { analyseRequest } from '../core/analyse-request';
import type { PageRecord } from '../core/records/page-record';
import type { TrackerIdentifier } from '../core/trackers/tracker-db';
import { scheduleLateFindings } from './late-findings';
import { normaliseRequest, type RawRequestDetails } from './normalise-request';
import { PendingHeaders, type HeaderDetails } from './sent-headers';
import type { TabStore } from './tab-store';

export interface RequestDetails extends RawRequestDetails {
  incognito?: boolean;
}

async function isIncognito(details: RequestDetails): Promise<boolean> {
  if (typeof details.incognito === 'boolean') return details.incognito; // Firefox says so itself
  try {
    return (await browser.tabs.get(details.tabId)).incognito;
  } catch {
    return false;
  }
}

async function currentTabUrl(tabId: number): Promise<string | null> {
  try {
    return (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    return null;
  }
}

export class RequestHandler {
  // requestId of the navigation that started each tab's page: a redirect of the
  // same navigation updates the page instead of starting another one.
  private readonly navigationIds = new Map<number, string>();
  private readonly headers = new PendingHeaders();

  constructor(
    private readonly tabs: TabStore,
    private readonly trackers: TrackerIdentifier,
    private readonly onPageStarted: (page: PageRecord) => void,
    private readonly isPaused: (site: string) => boolean,
  ) {}

  async handle(details: RequestDetails): Promise<void> {
    if (details.tabId < 0) return; // not from a tab (the browser itself, extensions, workers without a tab)
    if (details.type === 'main_frame') {
      await this.navigation(details);
      return;
    }
    let page = this.tabs.page(details.tabId);
    if (!page) {
      // A tab that was open before Pixelwacht started (install, or a browser restart).
      const url = (await currentTabUrl(details.tabId)) ?? details.documentUrl ?? details.originUrl ?? details.initiator;
      if (!url) return;
      page = this.tabs.startPage(details.tabId, url, details.timeStamp, await isIncognito(details));
      this.onPageStarted(page);
    }
    if (this.isPaused(page.site)) return; // the user paused recording on this site
    const request = normaliseRequest(details, page.url);
    const analysis = analyseRequest(request, this.trackers);
    if (this.tabs.addRequest(request, analysis) && analysis.tracker) {
      this.headers.expect(request, page.visitId, analysis.tracker.key);
      // Late findings (issue 12): a compressed body is decoded off this path and joins the same request.
      scheduleLateFindings(this.tabs, this.trackers, details, request, page.visitId);
    }
  }

  handleHeaders(details: HeaderDetails): void {
    const sent = this.headers.take(details);
    if (!sent) return;
    this.tabs.addHeaders(details.tabId, sent.visitId, sent.request.id, sent.trackerKey, sent.headers);
  }


  private async navigation(details: RequestDetails): Promise<void> {
    if (this.navigationIds.get(details.tabId) === String(details.requestId) && this.tabs.page(details.tabId)) {
      this.tabs.updateUrl(details.tabId, details.url);
      return;
    }
    this.navigationIds.set(details.tabId, String(details.requestId));
    this.onPageStarted(this.tabs.startPage(details.tabId, details.url, details.timeStamp, await isIncognito(details)));
  }

  forgetTab(tabId: number): void {
    this.navigationIds.delete(tabId);
  }
}
