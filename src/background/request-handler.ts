// What happens to each observed request, once it is off the request's path (see
// event-intake.ts): top-level navigations start a fresh page record (prerenders
// their own one); every other request is attributed to the page of the document
// that sent it (core/records/attribution.ts), analysed, and kept when it went to
// a tracker. Requests of the site's own service worker (no tab) go to the one tab
// showing that site, marked as such.
import { analyseRequest } from '../core/analyse-request';
import { attributeWorkerRequest, isSpeculativeNavigation, originOf } from '../core/records/attribution';
import type { PageRecord, RequestSource } from '../core/records/page-record';
import type { ObservedRequest } from '../core/model';
import type { TrackerIdentifier } from '../core/trackers/tracker-db';
import { scheduleLateFindings } from './late-findings';
import { deliversNavigationFirst, fallbackPageUrl, initiatorOf, normaliseRequest, privateWindowOf, senderFactsOf, topLevelUrlOf, type RawRequestDetails, type TabInfo } from './normalise-request';
import { PendingHeaders, type HeaderDetails } from './sent-headers';
import type { TabStore } from './tab-store';

export type RequestDetails = RawRequestDetails;

export interface RequestHandlerDeps {
  tabs: TabStore;
  trackers: TrackerIdentifier;
  tabInfo: (tabId: number, details?: RawRequestDetails) => Promise<TabInfo>;
  onPageStarted: (page: PageRecord) => void;
  isPaused: (site: string) => boolean;
  /** Whether the health shield stopped this request (it is recorded all the same, marked so). */
  shieldBlocked?: (request: ObservedRequest) => boolean;
}

export class RequestHandler {
  // requestId of the navigation that started each tab's page: a redirect of the
  // same navigation updates the page instead of starting another one.
  private readonly navigationIds = new Map<number, string>();
  private readonly headers = new PendingHeaders();

  constructor(private readonly deps: RequestHandlerDeps) {}

  /** Handles one request; returns a promise only when it has to ask the browser about the tab. */
  handle(details: RequestDetails): Promise<void> | void {
    if (details.tabId < 0) return this.workerRequest(details);
    if (details.type === 'main_frame') return this.navigation(details);
    const attribution = this.deps.tabs.attribute(details.tabId, senderFactsOf(details));
    if (attribution.page) return this.record(attribution.page, details);
    if (attribution.newDocumentAt) return this.earlyDocument(details, attribution.newDocumentAt, attribution.bind);
    return this.alreadyOpenTab(details);
  }

  handleHeaders(details: HeaderDetails): void {
    const sent = this.headers.take(details);
    if (!sent) return;
    this.deps.tabs.addHeaders(details.tabId, sent.visitId, String(details.requestId), sent.trackerKey, sent.headers);
  }

  forgetTab(tabId: number): void {
    this.navigationIds.delete(tabId);
  }

  private record(page: PageRecord, details: RequestDetails, source?: RequestSource): void {
    if (this.deps.isPaused(page.site)) return; // the user paused recording on this site
    const request = normaliseRequest(details, page.url);
    if (this.deps.shieldBlocked?.(request)) request.blockedBy = 'health-shield';
    const analysis = analyseRequest(request, this.deps.trackers);
    if (this.deps.tabs.addRequest(page, request, analysis, source) && analysis.tracker) {
      this.headers.expect(request.id, page.visitId, analysis.tracker.key);
      // A compressed body is decoded off this path and joins the same request on the same visit.
      scheduleLateFindings(this.deps.tabs, this.deps.trackers, details, request, page.visitId);
    }
  }

  /** A new document's request before its navigation's main_frame event: its page starts here; the navigation adopts it. */
  private earlyDocument(details: RequestDetails, url: string, documentId: string | null): void {
    const { tabs } = this.deps;
    const incognito = tabs.page(details.tabId)?.incognito ?? privateWindowOf(details) === true;
    const page = tabs.startPage(details.tabId, url, details.timeStamp, incognito, {
      startedBy: 'early-requests',
      documentIds: documentId ? [documentId] : [],
    });
    this.deps.onPageStarted(page);
    this.record(page, details);
  }

  /** A tab that was open before Pixelwacht started (install, browser start): picked up at its first request. */
  private async alreadyOpenTab(details: RequestDetails): Promise<void> {
    const info = await this.deps.tabInfo(details.tabId, details);
    // Another request of the same tab may have started its page while we asked.
    let page = this.deps.tabs.page(details.tabId);
    if (!page) {
      // The sending document's own address first (Firefox names it): under load a new
      // tab's first requests arrive while the tab still says about:blank.
      const url = topLevelUrlOf(details) ?? (originOf(info.url) ? info.url : null) ?? fallbackPageUrl(details);
      if (!url) return;
      page = this.deps.tabs.startPage(details.tabId, url, details.timeStamp, info.incognito, {
        startedBy: 'already-open',
        gap: 'opened-before-start',
      });
      this.deps.onPageStarted(page);
    }
    const attribution = this.deps.tabs.attribute(details.tabId, senderFactsOf(details));
    this.record(attribution.page ?? page, details);
  }

  private async navigation(details: RequestDetails): Promise<void> {
    const { tabs } = this.deps;
    if (isSpeculativeNavigation(senderFactsOf(details), tabs.page(details.tabId))) {
      const info = await this.deps.tabInfo(details.tabId, details);
      tabs.startPrerender(details.tabId, details.url, details.timeStamp, info.incognito);
      return;
    }
    if (this.navigationIds.get(details.tabId) === String(details.requestId) && tabs.page(details.tabId)) {
      tabs.updateUrl(details.tabId, details.url);
      return;
    }
    this.navigationIds.set(details.tabId, String(details.requestId));
    const inOrder = deliversNavigationFirst(details);
    const adopted = tabs.adoptNavigation(details.tabId, details.url, details.timeStamp, inOrder);
    // Its start moved to the navigation's: reports that waited for it (the document's start) apply now.
    if (adopted) return this.deps.onPageStarted(adopted);
    const info = await this.deps.tabInfo(details.tabId, details);
    // While the browser answered (the drain goes on after HANDLER_WAIT_MS), a request of
    // this navigation's own document may have started its page: take that over too.
    const adoptedLate = tabs.adoptNavigation(details.tabId, details.url, details.timeStamp, inOrder);
    if (adoptedLate) return this.deps.onPageStarted(adoptedLate);
    this.deps.onPageStarted(tabs.navigate(details.tabId, details.url, details.timeStamp, info.incognito));
  }

  /** tabId < 0: the browser, another extension, or a site's service worker. */
  private workerRequest(details: RequestDetails): void {
    const initiator = initiatorOf(details);
    const open = this.deps.tabs.allPages().map((p) => ({ tabId: p.tabId, url: p.url }));
    const tabId = attributeWorkerRequest(initiator, open);
    if (tabId === null) return; // nobody's, or several tabs' of that site: not attributable
    const page = this.deps.tabs.page(tabId)!;
    // Firefox says whether the worker runs in a private window; never mix the two.
    const incognito = privateWindowOf(details);
    if (incognito !== null && incognito !== page.incognito) return;
    this.record(page, { ...details, tabId }, 'service-worker');
  }
}
