// Per-tab page records: memory is a cache; storage.session is the truth that
// survives the worker being stopped; site history in storage.local is updated
// with each flush so a crash loses at most one flush interval.
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
import { tabIdFromKey, tabKey } from '../storage/keys';
import { addNotice } from '../storage/notices';
import { createWriteQueue } from '../storage/write-queue';

function isPageRecord(value: unknown): value is PageRecord {
  const v = value as PageRecord | null;
  return !!v && v.v === PAGE_RECORD_VERSION && typeof v.url === 'string' && typeof v.trackers === 'object';
}

export class TabStore {
  private readonly pages = new Map<number, PageRecord>();
  private readonly queue = createWriteQueue<number>((tabIds) => this.persist(tabIds));

  constructor(
    private readonly history: HistoryStore,
    private readonly onChange: (tabId: number) => void,
  ) {}

  /** Reloads the tab records a previous worker left in session storage. Returns how many. */
  async restore(): Promise<number> {
    const stored = await browser.storage.session.get(null);
    for (const [key, value] of Object.entries(stored)) {
      const tabId = tabIdFromKey(key);
      if (tabId === null) continue;
      if (isPageRecord(value)) {
        this.pages.set(tabId, value);
      } else {
        // Unknown shape (corrupted, or written by another version): reset it, say so, don't trust it.
        await browser.storage.session.remove(key);
        await addNotice(browser.storage.local, { at: Date.now(), part: 'tab', key });
      }
    }
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

  /** Tab closed: its visit is already in history (written on each flush); drop the tab record. */
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

  private async persist(tabIds: number[]): Promise<void> {
    const sessionWrites: Record<string, PageRecord> = {};
    const sessionRemovals: string[] = [];
    const candidates = this.retired;
    this.retired = [];
    for (const tabId of tabIds) {
      const page = this.pages.get(tabId);
      if (page) {
        sessionWrites[tabKey(tabId)] = page;
        candidates.push(page);
      } else {
        sessionRemovals.push(tabKey(tabId));
      }
    }
    // Private windows never reach disk; neither do pages that sent nothing to trackers.
    const historyPages = candidates.filter((p) => !p.incognito && Object.keys(p.trackers).length > 0);
    if (Object.keys(sessionWrites).length > 0) await browser.storage.session.set(sessionWrites);
    if (sessionRemovals.length > 0) await browser.storage.session.remove(sessionRemovals);
    if (historyPages.length > 0) await this.history.upsert(historyPages);
  }

}
