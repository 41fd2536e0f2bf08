// Per-tab page records: memory is a cache; storage.session is the truth that
// survives the worker being stopped (tab-checkpoint.ts writes what changed, and
// writes each visit to history once it settles).
import browser from 'webextension-polyfill';
import type { RequestAnalysis } from '../core/analyse-request';
import type { ObservedRequest } from '../core/model';
import {
  addSentHeaders,
  addTrackerRequest,
  PAGE_RECORD_VERSION,
  startPage,
  type PageRecord,
  type SentHeaders,
} from '../core/records/page-record';
import type { HistoryStore } from '../storage/history-store';
import { createWriteQueue } from '../storage/write-queue';
import { TabCheckpoint } from './tab-checkpoint';

export class TabStore {
  private readonly pages = new Map<number, PageRecord>();
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
      this.pages.set(page.tabId, page);
    }
    if (this.retired.length > 0) this.queue.mark(this.retired[0]!.tabId);
    return this.pages.size;
  }

  page(tabId: number): PageRecord | null {
    return this.pages.get(tabId) ?? null;
  }

  startPage(tabId: number, url: string, startedAt: number, incognito: boolean): PageRecord {
    this.retire(tabId);
    const page = startPage(tabId, url, startedAt, incognito);
    this.pages.set(tabId, page);
    this.changed(tabId);
    return page;
  }

  /** Same document, new address (history.pushState in a single-page app, or a redirect). */
  updateUrl(tabId: number, url: string): void {
    const page = this.pages.get(tabId);
    if (!page || page.url === url) return;
    page.url = url;
    this.changed(tabId);
  }

  addRequest(request: ObservedRequest, analysis: RequestAnalysis): boolean {
    const page = this.pages.get(request.tabId);
    if (!page || !addTrackerRequest(page, request, analysis)) return false;
    this.changed(request.tabId);
    return true;
  }

  /** Changes a tab's current page in place; `change` returns false when it changed nothing. */
  update(tabId: number, change: (page: PageRecord) => boolean): PageRecord | null {
    const page = this.pages.get(tabId);
    if (!page || !change(page)) return null;
    this.changed(tabId);
    return page;
  }

  /** Every current page, for changes that apply across tabs (an override for a whole site). */
  allPages(): PageRecord[] {
    return [...this.pages.values()];
  }

  addHeaders(tabId: number, visitId: string, requestId: string, trackerKey: string, headers: SentHeaders): void {
    const page = this.pages.get(tabId);
    // The page may have changed since the request left; then it is no longer this page's.
    if (!page || page.visitId !== visitId || !addSentHeaders(page, requestId, trackerKey, headers)) return;
    this.changed(tabId);
  }

  /** Tab closed: its visit goes to history with the next flush; drop the tab record. */
  closeTab(tabId: number): void {
    if (!this.pages.has(tabId)) return;
    this.retire(tabId);
    this.pages.delete(tabId);
    this.queue.mark(tabId);
  }

  /** Forgets every page (erase everything): nothing pending is written afterwards. */
  async eraseAll(): Promise<void> {
    await this.queue.flush();
    this.pages.clear();
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
    if (previous) this.retired.push(previous);
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
