// Whatever sizes a page sends, the record Pixelwacht keeps of it (the live tab
// record, its visit in history and its site's summary) stays bounded, and what
// was cut is flagged. Issue: 12 requests with 1 MB query strings filled
// storage.session and stopped every other tab's history from being saved.
import { describe, expect, test } from 'vitest';
import { CAPS, capPageText } from '../../../src/core/records/caps';
import { addSentHeaders, addTrackerRequest, LIMITS, startPage, type PageRecord } from '../../../src/core/records/page-record';
import { forHistory, visitSummary, withVisit, emptySiteSummary } from '../../../src/core/records/site-history';
import { analysis, hugeDisclosure, MB, observed } from './fixtures';

const size = (value: unknown) => JSON.stringify(value).length;
/** The live record's bound: well under storage.session's 10 MB, so many hostile tabs fit beside the innocent ones. */
const TAB_RECORD_BOUND = 900 * 1024;
const VISIT_BOUND = 450 * 1024;

function hostilePage(): PageRecord {
  const huge = 'a'.repeat(MB);
  return startPage(7, `https://hostile.example/?q=${huge}`, Date.UTC(2026, 10, 28));
}

describe('hostile sizes', () => {
  test('12 requests with 1 MB query strings: the record is a few tens of KB, addresses cut and flagged', () => {
    const page = hostilePage();
    for (let i = 0; i < 12; i++) addTrackerRequest(page, observed(page, i, { url: `https://www.facebook.com/tr?id=1&dl=${'b'.repeat(MB)}&i=${i}` }), analysis(1));
    expect(page.url.length).toBeLessThanOrEqual(CAPS.urlChars);
    expect(page.truncated).toBe(true);
    expect(page.requests).toHaveLength(12);
    expect(page.requests.every((r) => r.urlTruncated && r.url.length <= CAPS.urlChars)).toBe(true);
    expect(page.trackers.tracker_1!.requestCount).toBe(12); // counts stay exact
    console.log(JSON.stringify({ hostile_12x1MB_tab_record_chars: size(page) }));
    expect(size(page)).toBeLessThan(64 * 1024);
  });

  test('the worst a page can do: 1 MB addresses, bodies, referrers, cookie names, titles and decoded values in every request', () => {
    const page = hostilePage();
    page.title = 'd'.repeat(MB); // set by page facts; the checkpoint cuts it before any write
    capPageText(page);
    const big = 'c'.repeat(MB);
    for (let i = 0; i < LIMITS.requestsPerPage + 30; i++) {
      const request = observed(page, i, { url: `https://t${i}.example/p?${big}`, body: big, method: 'POST', referrer: big, cookieNames: Array.from({ length: 200 }, (_, k) => `${k}${big.slice(0, 5000)}`) });
      addTrackerRequest(page, request, analysis(i % (LIMITS.trackersPerPage + 20), [hugeDisclosure(MB / 16, i), hugeDisclosure(MB / 16, i + 1)]));
      addSentHeaders(page, request.id, `tracker_${i % (LIMITS.trackersPerPage + 20)}`, { referrer: big, cookieNames: request.cookieNames!, loginCookies: null });
    }
    const visit = forHistory(page);
    expect(page.title!.length).toBeLessThanOrEqual(CAPS.titleChars);
    const tabChars = size(page);
    const visitChars = size(visit);
    let summary = emptySiteSummary(page.site);
    for (let v = 0; v < 100; v++) summary = withVisit(summary, visitSummary({ ...page, visitId: `v${v}`, startedAt: page.startedAt + v })).summary;
    console.log(JSON.stringify({ hostile_worst_tab_record_chars: tabChars, hostile_worst_visit_chars: visitChars, hostile_worst_site_summary_chars: size(summary) }));
    expect(tabChars).toBeLessThan(TAB_RECORD_BOUND);
    expect(visitChars).toBeLessThan(VISIT_BOUND);
    expect(size(summary)).toBeLessThan(400 * 1024);
    expect(page.truncated).toBe(true);
    expect(Object.values(page.trackers).flatMap((t) => t.disclosures).some((d) => d.truncated)).toBe(true);
    expect(page.requests.every((r) => r.bodyTruncated && r.urlTruncated)).toBe(true);
  });

  test('ordinary requests are kept whole and not flagged', () => {
    const page = startPage(1, 'https://www.cz.nl/vergoedingen/ivf', Date.UTC(2026, 10, 28));
    for (let i = 0; i < 20; i++) addTrackerRequest(page, observed(page, i, { body: 'en=page_view&dl=https%3A%2F%2Fwww.cz.nl%2F' }), analysis(i % 3));
    expect(page.truncated).toBeUndefined();
    expect(page.requests.every((r) => !r.urlTruncated && !r.bodyTruncated)).toBe(true);
    expect(page.requests[3]!.url).toBe(observed(page, 3).url);
  });
});
