// Per-tab page records: memory is a cache; storage.session is the truth that
// survives the worker being stopped (tab-checkpoint.ts writes what changed, and
// writes each visit to history once it settles).
//
// A tab shows one page (its "current" page, the record kept in storage.session
// under the tab's key), but requests keep arriving for pages it no longer shows
// (leave-page beacons; kept in `previous`, newest first, a few per tab) and for
// pages it does not show yet (prerendered; kept in `prerendering`, memory only).
// core/records/attribution.ts decides which of them a request belongs to.
// A page leaves `current` by a navigation, an address change or the tab closing:
// it is "retired" — queued once for history — and kept in `previous`; every later
// change to it (a late beacon) retires it again, so history gets its last state.
import browser from 'webextension-polyfill';
import type { RequestAnalysis } from '../core/analyse-request';
import type { ObservedRequest } from '../core/model';
import {
  attributeRequest,
  classifyAddressChange,
  pageAddressKey,
  type Attribution,
  type SenderFacts,
  type TabPages,
} from '../core/records/attribution';
import { startedBeforeNavigation } from '../core/records/document-start';
import {
  addTrackerRequest,
  bindDocument,
  markGap,
  PAGE_RECORD_VERSION,
  recordHeaders,
  startPage,
  type PageRecord,
  type PageStart,
  type RecordGap,
  type RequestHeaders,
  type RequestSource,
} from '../core/records/page-record';
import type { HistoryStore } from '../storage/history-store';
import { createWriteQueue } from '../storage/write-queue';
import { TabCheckpoint } from './tab-checkpoint';

/** Pages a tab showed before that may still send (leave-page beacons, a later back/forward restore). */
const PREVIOUS_PER_TAB = 4;
/** How far apart a navigation and the early events of its own page may be (ms). */
const ADOPT_WINDOW_MS = 5000;
/** Prerendered pages kept per tab (speculation rules rarely prerender more than one or two). */
const PRERENDERS_PER_TAB = 2;
/** Document starts remembered (from the documents' own reports), newest kept. */
const DOCUMENT_STARTS_KEPT = 256;

export interface NewPage {
  startedBy?: PageStart;
  documentIds?: readonly string[];
  gap?: RecordGap;
  /**
   * The record of the same document this page continues: its consent timeline
   * (one per document) and title carry over; with `health`, its verdict too (a
   * restored document is not classified again; a single-page app's new view is).
   */
  sameDocument?: { page: PageRecord; health: boolean };
}

export class TabStore {
  private readonly pages = new Map<number, PageRecord>();
  private readonly previous = new Map<number, PageRecord[]>();
  private readonly prerendering = new Map<number, PageRecord[]>();
  /**
   * When each document the worker heard from started (its performance.timeOrigin, from
   * its Resource Timing report): memory only, for telling a navigation's own document
   * from an earlier one while the two may be confused (ADOPT_WINDOW_MS).
   */
  private readonly documentStarts = new Map<string, number>();
  private readonly queue = createWriteQueue<number>((tabIds) => this.persist(tabIds));
  private readonly checkpoint: TabCheckpoint;

  constructor(
    history: HistoryStore,
    private readonly onChange: (tabId: number) => void,
  ) {
    this.checkpoint = new TabCheckpoint(browser.storage.session, browser.storage.local, history);
  }

  /** Reloads the page records a previous worker left in session storage. Returns how many tabs have one. */
  async restore(): Promise<number> {
    const restored = await this.checkpoint.restore();
    // The newest page of each tab is its current page; older ones ended (their visits go to history).
    restored.sort((a, b) => a.startedAt - b.startedAt);
    for (const page of restored) {
      if (page.v !== PAGE_RECORD_VERSION) continue;
      const previous = this.pages.get(page.tabId);
      if (previous) this.retired.push(previous);
      // What reached the worker after its last flush is gone (the page's own
      // Resource Timing report may fill it in): the record says so.
      markGap(page, 'worker-restarted');
      this.pages.set(page.tabId, page);
      this.queue.mark(page.tabId);
    }
    if (this.retired.length > 0) this.queue.mark(this.retired[0]!.tabId);
    return this.pages.size;
  }

  page(tabId: number): PageRecord | null {
    return this.pages.get(tabId) ?? null;
  }

  /** The tab's current, previous and prerendered pages, for attribution. */
  pagesOf(tabId: number): TabPages<PageRecord> {
    return {
      current: this.pages.get(tabId) ?? null,
      previous: this.previous.get(tabId) ?? [],
      prerendering: this.prerendering.get(tabId) ?? [],
    };
  }

  /** A document said when it started (its own report). */
  noteDocumentStart(documentId: string, timeOrigin: number): void {
    this.documentStarts.delete(documentId);
    this.documentStarts.set(documentId, timeOrigin);
    for (const oldest of this.documentStarts.keys()) {
      if (this.documentStarts.size <= DOCUMENT_STARTS_KEPT) break;
      this.documentStarts.delete(oldest);
    }
  }

  /** Which of the tab's pages a request belongs to, binding a newly seen document id to it. */
  attribute(tabId: number, facts: SenderFacts): Attribution<PageRecord> {
    const attribution = attributeRequest(this.pagesOf(tabId), facts);
    if (attribution.page && attribution.bind && bindDocument(attribution.page, attribution.bind)) this.touched(attribution.page);
    return attribution;
  }

  /** A page of this tab (current, previous or prerendered) by its visit id. */
  pageByVisit(tabId: number, visitId: string): PageRecord | null {
    const tab = this.pagesOf(tabId);
    if (tab.current?.visitId === visitId) return tab.current;
    return tab.previous.find((p) => p.visitId === visitId) ?? tab.prerendering.find((p) => p.visitId === visitId) ?? null;
  }

  startPage(tabId: number, url: string, startedAt: number, incognito: boolean, how: NewPage = {}): PageRecord {
    this.retire(tabId);
    const page = startPage(tabId, url, startedAt, incognito);
    if (how.startedBy && how.startedBy !== 'navigation') page.startedBy = how.startedBy;
    if (how.documentIds && how.documentIds.length > 0) page.documentIds = [...how.documentIds];
    if (how.gap) markGap(page, how.gap);
    if (how.sameDocument) {
      const { page: earlier, health } = how.sameDocument;
      page.consent = earlier.consent ? structuredClone(earlier.consent) : null;
      page.title = earlier.title;
      page.earlierChoice = earlier.earlierChoice;
      if (health && earlier.health) page.health = structuredClone(earlier.health);
    }
    this.pages.set(tabId, page);
    this.changed(tabId);
    return page;
  }

  /** A top-level navigation: prerenders of the tab end (kept in history if they sent anything). */
  navigate(tabId: number, url: string, startedAt: number, incognito: boolean): PageRecord {
    this.endPrerenders(tabId);
    return this.startPage(tabId, url, startedAt, incognito);
  }

  /** A prerender (speculation rules) started in this tab: its own record, not shown yet. */
  startPrerender(tabId: number, url: string, startedAt: number, incognito: boolean): PageRecord {
    const page = startPage(tabId, url, startedAt, incognito);
    page.visitId = `${tabId}-${startedAt}-prerender`;
    page.startedBy = 'prerender';
    page.prerendered = { shown: false };
    const list = [page, ...(this.prerendering.get(tabId) ?? [])];
    for (const dropped of list.splice(PRERENDERS_PER_TAB)) this.keepUnshown(dropped);
    this.prerendering.set(tabId, list);
    return page;
  }

  /**
   * A navigation whose page was already started from its own early events: under
   * load the page's Resource Timing report, its first requests or the tab's new
   * address can reach the worker before the navigation's own main_frame event (seen
   * in Firefox). That page is this navigation's, not a tab open before Pixelwacht
   * started; starting another record would split one visit in two. Returns the
   * page, or null when there is none.
   */
  adoptNavigation(tabId: number, url: string, startedAt: number, inOrder = false): PageRecord | null {
    const page = this.pages.get(tabId);
    const early = page?.startedBy === 'already-open' || page?.startedBy === 'early-requests';
    // Compared as attribution compares addresses: a stored address may be cut to its cap.
    if (!page || !early || pageAddressKey(page.url) !== pageAddressKey(url)) return null;
    if (Math.abs(page.startedAt - startedAt) > ADOPT_WINDOW_MS) return null;
    // Where the browser delivers a navigation before its document's requests and stamps
    // each with when it was sent (`inOrder`, Chrome), a page that recorded a request
    // sent before the navigation began is an earlier load (the tab was open before
    // Pixelwacht started, then reloaded) and stays a visit of its own.
    if (inOrder && page.requests.some((r) => r.timeStamp < startedAt)) return null;
    // In any browser, a page holding a document that started before the navigation (its
    // own report said when) shows an earlier load: seen in Chromium, a first load missed
    // at start-up, known only from its report, reloaded at once.
    if (page.documentIds?.some((id) => startedBeforeNavigation(startedAt, this.documentStarts.get(id) ?? Number.POSITIVE_INFINITY))) return null;
    delete page.startedBy;
    // The visit began with its navigation (the document's start is matched against it).
    page.startedAt = startedAt;
    if (page.gaps) {
      page.gaps = page.gaps.filter((gap) => gap !== 'opened-before-start');
      if (page.gaps.length === 0) delete page.gaps;
    }
    this.changed(tabId);
    return page;
  }

  /** Redirect of the navigation that started the current page. */
  updateUrl(tabId: number, url: string): void {
    const page = this.pages.get(tabId);
    if (!page || page.url === url) return;
    page.url = url;
    this.changed(tabId);
  }

  /**
   * The tab shows a new address without a main_frame request: a prerendered page
   * activated, a page restored from the back/forward cache, a single-page app's
   * pushState, or only a new fragment. Returns the page started, if any.
   */
  changeAddress(tabId: number, url: string, at: number): PageRecord | null {
    const prerendered = (this.prerendering.get(tabId) ?? []).find((p) => p.url === url);
    if (prerendered) {
      this.retire(tabId);
      this.prerendering.set(tabId, (this.prerendering.get(tabId) ?? []).filter((p) => p !== prerendered));
      this.endPrerenders(tabId);
      prerendered.prerendered = { shown: true };
      this.pages.set(tabId, prerendered);
      this.changed(tabId);
      return prerendered;
    }
    const current = this.pages.get(tabId);
    const change = classifyAddressChange(this.pagesOf(tabId), url);
    switch (change.kind) {
      case 'unchanged':
        return null;
      case 'fragment':
        this.updateUrl(tabId, url);
        return null;
      case 'restored':
        return this.startPage(tabId, url, at, change.from.incognito, {
          startedBy: 'back-forward-cache',
          documentIds: change.from.documentIds ?? [],
          sameDocument: { page: change.from, health: true },
        });
      case 'new-document':
        // Its navigation's main_frame event comes later and adopts this page.
        return this.startPage(tabId, url, at, current?.incognito ?? false, { startedBy: 'early-requests' });
      case 'same-document':
        if (!current) return null;
        return this.startPage(tabId, url, at, current.incognito, {
          startedBy: 'same-document',
          documentIds: current.documentIds ?? [],
          sameDocument: { page: current, health: false },
        });
    }
  }

  /** Adds a tracker request to one of the tab's pages (current, previous or prerendered). */
  addRequest(page: PageRecord, request: ObservedRequest, analysis: RequestAnalysis, source?: RequestSource): boolean {
    if (!addTrackerRequest(page, request, analysis, source)) return false;
    this.touched(page);
    return true;
  }

  /** Changes a tab's current page in place; `change` returns false when it changed nothing. */
  update(tabId: number, change: (page: PageRecord) => boolean): PageRecord | null {
    const page = this.pages.get(tabId);
    if (!page || !change(page)) return null;
    this.changed(tabId);
    return page;
  }

  /** Changes any page of a tab in place (a report about a page the tab has left). */
  updatePage(page: PageRecord, change: (page: PageRecord) => boolean): boolean {
    if (!change(page)) return false;
    this.touched(page);
    return true;
  }

  /** Every current page, for changes that apply across tabs (an override for a whole site). */
  allPages(): PageRecord[] {
    return [...this.pages.values()];
  }

  addHeaders(tabId: number, visitId: string, requestId: string, trackerKey: string, headers: RequestHeaders): void {
    // The page the request was attributed to, even if the tab shows another one now.
    const page = this.pageByVisit(tabId, visitId);
    if (!page || !recordHeaders(page, requestId, trackerKey, headers)) return;
    this.touched(page);
  }

  /** Tab closed: its visit goes to history with the next flush; drop the tab record. */
  closeTab(tabId: number): void {
    this.endPrerenders(tabId);
    this.previous.delete(tabId);
    if (!this.pages.has(tabId)) return;
    this.retire(tabId);
    this.previous.delete(tabId);
    this.pages.delete(tabId);
    this.queue.mark(tabId);
  }

  /** Forgets every page (erase everything): nothing pending is written afterwards. */
  async eraseAll(): Promise<void> {
    await this.queue.flush();
    this.pages.clear();
    this.previous.clear();
    this.prerendering.clear();
    this.documentStarts.clear();
    this.retired = [];
    await this.checkpoint.reset();
  }

  flush(): Promise<void> {
    return this.queue.flush();
  }

  // Pages replaced by a navigation or closed, whose last changes still have to reach history.
  private retired: PageRecord[] = [];

  private retire(tabId: number): void {
    const previous = this.pages.get(tabId);
    if (!previous) return;
    this.queueForHistory(previous);
    const list = [previous, ...(this.previous.get(tabId) ?? []).filter((p) => p !== previous)];
    this.previous.set(tabId, list.slice(0, PREVIOUS_PER_TAB));
  }

  private queueForHistory(page: PageRecord): void {
    if (!this.retired.includes(page)) this.retired.push(page);
    this.queue.mark(page.tabId);
  }

  /** A prerendered page that was never shown: history keeps it if it sent anything. */
  private keepUnshown(page: PageRecord): void {
    if (Object.keys(page.trackers).length > 0) this.queueForHistory(page);
  }

  private endPrerenders(tabId: number): void {
    for (const page of this.prerendering.get(tabId) ?? []) this.keepUnshown(page);
    this.prerendering.delete(tabId);
  }

  /** A page changed: the current one is checkpointed and shown; others go to history. */
  private touched(page: PageRecord): void {
    if (this.pages.get(page.tabId) === page) this.changed(page.tabId);
    else if (!page.prerendered || page.prerendered.shown) this.queueForHistory(page);
  }

  private changed(tabId: number): void {
    this.queue.mark(tabId);
    this.onChange(tabId);
  }

  /** One checkpoint: what changed of the tabs' current pages, and the pages that ended since the last one. */
  private async persist(tabIds: number[]): Promise<void> {
    const ended = this.retired;
    this.retired = [];
    const changed = tabIds.map((tabId) => this.pages.get(tabId)).filter((p): p is PageRecord => !!p);
    await this.checkpoint.checkpoint(changed, ended);
  }
}
