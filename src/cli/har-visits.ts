// A HAR recording → page records, as the extension would have kept them: one
// visit per page document, its health verdict from the document's own content
// when the HAR holds it, and every request analysed by the same core. A HAR has
// no consent timeline, so consent states come out as "unknown".
import { analyseRequest } from '../core/analyse-request';
import { verdictFromPageInput } from '../core/health/page-input';
import type { StoredVerdict } from '../core/records/page-health';
import { addTrackerRequest, recordHeaders, startPage, type PageRecord } from '../core/records/page-record';
import type { TrackerIdentifier } from '../core/trackers/tracker-db';
import { harEntries } from './har-input';
import { observedFromLine } from './request-input';

export function visitsFromHar(har: unknown, trackers: TrackerIdentifier): PageRecord[] {
  const pages = new Map<string, PageRecord>();
  let index = 0;
  let lastTime = 0;
  for (const entry of harEntries(har)) {
    const pageUrl = entry.request.pageUrl;
    if (!pageUrl) continue;
    const time = entry.time ?? lastTime;
    lastTime = time;
    let page = pages.get(pageUrl);
    if (!page) {
      page = startPage(-1, pageUrl, time);
      page.title = entry.pageTitle ?? null;
      if (entry.pageDocument) {
        const verdict = verdictFromPageInput(entry.pageDocument);
        const stored: StoredVerdict = {
          health: verdict.health,
          score: verdict.score,
          categories: verdict.categories,
          language: verdict.language,
          reasonCodes: verdict.reasonCodes,
          matchedTerms: verdict.matchedTerms,
          at: time,
          url: pageUrl,
        };
        page.health = { verdict: stored, override: null };
      }
      pages.set(pageUrl, page);
    }
    if (entry.request.type === 'main_frame') continue;
    const request = { ...observedFromLine(entry.request, index++), timeStamp: time };
    const analysis = analyseRequest(request, trackers, entry.pageTitle ? { pageTitle: entry.pageTitle } : {});
    if (!addTrackerRequest(page, request, analysis) || !analysis.tracker) continue;
    // A HAR holds the headers with the request; recorded by the same path as the extension's.
    if (request.cookieNames !== null) {
      recordHeaders(page, request.id, analysis.tracker.key, { url: request.url, referrer: request.referrer, cookieNames: request.cookieNames });
    }
  }
  return [...pages.values()];
}
