// The page as the companies received it: without the requests the health shield
// stopped. The badge, its health alarm and the notification speak of what reached a
// company, so a page whose every tracker request was blocked raises no "disclosed"
// alarm. The record itself keeps everything (the evidence of what was tried).
import type { PageRecord } from '../records/page-record';

export function reachedOnly(page: PageRecord): PageRecord {
  const records = Object.entries(page.trackers);
  if (!records.some(([, r]) => (r.blocked ?? 0) > 0)) return page;
  const trackers: PageRecord['trackers'] = {};
  for (const [key, record] of records) {
    const reached = record.requestCount - (record.blocked ?? 0);
    if (reached > 0) trackers[key] = { ...record, requestCount: reached, blocked: 0 };
  }
  return { ...page, trackers, requests: page.requests.filter((r) => !r.blockedBy) };
}
