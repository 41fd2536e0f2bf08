// The page's own Resource Timing report, folded into the page record it belongs
// to: entries the browser's request log did not show are analysed like any
// request and kept marked "seen by the page, not by the browser's request log".
import { analyseRequest } from '../core/analyse-request';
import { pageAddressKey } from '../core/records/attribution';
import { missingFromRecords, viewAt } from '../core/records/attribution-timing';
import { mayHaveLoaded } from '../core/records/document-start';
import { bindDocument, type PageRecord } from '../core/records/page-record';
import type { TrackerIdentifier } from '../core/trackers/tracker-db';
import type { ResourceTimingMessage } from '../protocol/schemas/resource-timing';
import type { TabInfo } from './normalise-request';
import type { TabStore } from './tab-store';

export interface TimingSender {
  tabId: number;
  frameId: number;
  /** The reporting document (Chrome; Firefox since 153). */
  documentId?: string | undefined;
}

/**
 * The tab's page records of the reporting document: by document id where the
 * browser gives one (a single-page app's views share it), else the newest
 * record of the reported address that may have loaded a document started then.
 */
function reportedPages(tabs: TabStore, sender: TimingSender, url: string, timeOrigin: number): PageRecord[] {
  const tab = tabs.pagesOf(sender.tabId);
  const pages = [tab.current, ...tab.previous].filter((p): p is PageRecord => !!p);
  if (sender.documentId) {
    const holding = pages.filter((p) => p.documentIds?.includes(sender.documentId!));
    if (holding.length > 0) return holding;
  }
  const key = pageAddressKey(url);
  // A document that started before a page's navigation is an earlier load of the address
  // (seen in Chromium: a first load's report arrived after its reload's navigation).
  const byAddress = pages.find((p) => pageAddressKey(p.url) === key && mayHaveLoaded(p, timeOrigin));
  if (!byAddress) return [];
  // A named document that page does not hold, while it holds others: an earlier load of
  // the same address (a reload whose navigation has not reached the worker yet; Firefox
  // names the sender's document too since 153). Binding it there would send the new
  // document's requests to the visit before.
  if (sender.documentId && (byAddress.documentIds?.length ?? 0) > 0) return [];
  return [byAddress];
}

export async function applyResourceTiming(
  tabs: TabStore,
  trackers: TrackerIdentifier,
  tabInfo: (tabId: number) => Promise<TabInfo>,
  isPaused: (site: string) => boolean,
  onPageStarted: (page: PageRecord) => void,
  sender: TimingSender,
  report: ResourceTimingMessage,
): Promise<void> {
  if (sender.frameId !== 0 || !/^https?:/i.test(report.url)) return;
  let pages = reportedPages(tabs, sender, report.url, report.timeOrigin);
  if (pages.length === 0) {
    if (tabs.page(sender.tabId)) return; // the tab shows another page now: not ours to guess
    // Open before Pixelwacht was listening, and nothing of it seen since: start its record from the report.
    const info = await tabInfo(sender.tabId);
    if (tabs.page(sender.tabId)) return;
    const page = tabs.startPage(sender.tabId, report.url, Math.round(report.timeOrigin), info.incognito, {
      startedBy: 'already-open',
      gap: 'opened-before-start',
    });
    onPageStarted(page);
    pages = [page];
  }
  const documentId = sender.documentId;
  if (documentId) {
    tabs.noteDocumentStart(documentId, report.timeOrigin);
    for (const page of pages) tabs.updatePage(page, (p) => bindDocument(p, documentId));
  }
  const missing = missingFromRecords(pages, report.entries, report.timeOrigin, sender.tabId);
  if (!missing) return;
  for (const found of missing) {
    const page = viewAt(pages, found.timeStamp);
    if (isPaused(page.site)) continue;
    const request = { ...found, pageUrl: page.url };
    tabs.addRequest(page, request, analyseRequest(request, trackers), 'page-timing');
  }
}
