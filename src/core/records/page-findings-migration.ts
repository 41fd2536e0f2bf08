// Records made before typed findings existed (evidence schema 1) carry only the raw
// disclosure fields. This brings them up to date by the same rules the decoders
// apply (classifyDisclosure), and gives each kept request its own findings by
// decoding the request as it was recorded. Idempotent; returns a copy, the stored
// record is not changed in place.
import { decodeRequest } from '../decoders/index';
import { classifyDisclosure } from '../decoders/findings';
import type { Disclosure, ObservedRequest } from '../model';
import type { PageRecord, RecordedRequest } from './page-record';
import { requestFindings } from './request-findings';

function withFindings(d: Disclosure): Disclosure {
  return Array.isArray(d.findings) ? d : { ...d, findings: classifyDisclosure(d) };
}

function observed(page: PageRecord, r: RecordedRequest): ObservedRequest {
  return {
    id: r.requestId, tabId: page.tabId, frameId: r.frameId, pageUrl: page.url, initiator: null, method: r.method, type: r.type,
    url: r.url, body: r.body, bodyTruncated: r.bodyTruncated, timeStamp: r.timeStamp, referrer: r.referrer, cookieNames: r.cookieNames,
  };
}

/** True when every disclosure and every kept request already has its findings. */
export function hasFindings(page: PageRecord): boolean {
  return Object.values(page.trackers).every((t) => t.disclosures.every((d) => Array.isArray(d.findings))) && page.requests.every((r) => Array.isArray(r.findings));
}

export function migratePageRecord(page: PageRecord): PageRecord {
  if (hasFindings(page)) return page;
  const trackers: PageRecord['trackers'] = {};
  for (const [key, record] of Object.entries(page.trackers)) trackers[key] = { ...record, disclosures: record.disclosures.map(withFindings) };
  const requests = page.requests.map((r) =>
    Array.isArray(r.findings) ? r : { ...r, findings: requestFindings(decodeRequest(observed(page, r), { pageTitle: page.title ?? undefined }).disclosures) },
  );
  return { ...page, trackers, requests };
}
