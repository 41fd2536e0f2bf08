// What a view must say beside a record so it does not claim more than was seen:
// per request, who saw it when not the browser's request log (its source), and
// which request carried what (its own findings, "request 3 of 7"); per page, why
// the record may be incomplete. Message ids, not text: the UI and the report word them.
import type { Disclosure } from '../model';
import { summariseTracker, type Chip } from './disclosure-summary';
import type { PageRecord, RecordedRequest, RecordGap, RequestSource, TrackerRecord } from './page-record';

/** Why a page's record may be incomplete, in the order a view lists them. */
export type IncompleteReason = RecordGap | 'truncated';

const GAP_ORDER: readonly RecordGap[] = ['opened-before-start', 'worker-restarted', 'page-timing-capped'];

/** The reasons this record may miss or cut something; [] when nothing is known to be missing. */
export function incompleteReasons(page: Pick<PageRecord, 'gaps' | 'truncated'>): IncompleteReason[] {
  const gaps = new Set(page.gaps ?? []);
  const reasons: IncompleteReason[] = GAP_ORDER.filter((g) => gaps.has(g));
  if (page.truncated) reasons.push('truncated');
  return reasons;
}

/** The request's source mark, or null for a request the browser's request log showed. */
export const sourceOf = (request: Pick<RecordedRequest, 'source'>): RequestSource | null => request.source ?? null;

/** A tracker record holding only what one request carried: the shape the chip and report wording read. */
export function asSingleRequest<T extends TrackerRecord>(record: T, request: Pick<RecordedRequest, 'findings'>): T {
  const disclosure: Disclosure = { vendor: '', carriedBy: {}, findings: [...(request.findings ?? [])] };
  return { ...record, loginCookies: null, disguised: false, disclosures: [disclosure] };
}

export interface RequestCarried {
  /** 1-based position among the tracker's requests, in the order they left (kept requests are the first ones). */
  ordinal: number;
  /** The tracker's exact request count (dropped requests included). */
  total: number;
  /** What this request itself disclosed; [] when nothing was decoded or the record predates per-request findings. */
  chips: Chip[];
}

/**
 * Per kept request of one tracker (in the order they left): its position and what
 * it carried. `requests` are that tracker's kept requests, oldest first.
 */
export function carriedByRequests(record: TrackerRecord, requests: readonly RecordedRequest[]): RequestCarried[] {
  const total = Math.max(record.requestCount, requests.length);
  return requests.map((request, i) => ({
    ordinal: i + 1,
    total,
    chips: (request.findings?.length ?? 0) > 0 ? summariseTracker(asSingleRequest(record, request)).chips : [],
  }));
}

/** Each kept request of the page with its position among its tracker's requests and what it carried, by request id. */
export function carriedOnPage(page: Pick<PageRecord, 'requests' | 'trackers'>): Map<RecordedRequest, RequestCarried> {
  const byTracker = new Map<string, RecordedRequest[]>();
  for (const request of page.requests) {
    const list = byTracker.get(request.trackerKey);
    if (list) list.push(request);
    else byTracker.set(request.trackerKey, [request]);
  }
  const out = new Map<RecordedRequest, RequestCarried>();
  for (const [key, requests] of byTracker) {
    const record = page.trackers[key];
    if (!record) continue;
    carriedByRequests(record, requests).forEach((c, i) => out.set(requests[i]!, c));
  }
  return out;
}
