// Requests and analyses for the storage tests: ordinary ones, and hostile ones
// a page controls the size of.
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import type { Disclosure, ObservedRequest, TrackerInfo } from '../../../src/core/model';
import type { PageRecord } from '../../../src/core/records/page-record';
import { memoryArea, type StorageArea } from '../../../src/storage/storage-area';

export const MB = 1024 * 1024;

export const tracker = (n: number): TrackerInfo => ({
  key: `tracker_${n}`, name: `Tracker ${n}`, companyKey: `company_${n % 7}`, company: `Company ${n % 7}`,
  category: 'advertising', country: null, website: null, privacyPolicy: null,
});

export function observed(page: PageRecord, i: number, extra: Partial<ObservedRequest> = {}): ObservedRequest {
  return {
    id: `${page.visitId}-${i}`, tabId: page.tabId, frameId: 0, pageUrl: page.url, initiator: null, method: 'GET', type: 'image',
    url: `https://www.facebook.com/tr?id=1&ev=PageView&dl=${encodeURIComponent(page.url)}&i=${i}`, body: null, bodyTruncated: false,
    timeStamp: page.startedAt + i, referrer: null, cookieNames: null, ...extra,
  };
}

export function analysis(n: number, disclosures: Disclosure[] = [{ vendor: 'meta-pixel', event: 'PageView', pageUrl: 'https://a/', carriedBy: {} }]): RequestAnalysis {
  return { thirdParty: true, tracker: tracker(n), kind: 'pixel', decoder: null, disguised: false, disclosures, truncated: false };
}

/** A disclosure whose every value is `size` characters (a page sets them: dl, dt, custom data). */
export function hugeDisclosure(size: number, i: number): Disclosure {
  const big = 'x'.repeat(size);
  const many = Object.fromEntries(Array.from({ length: 500 }, (_, k) => [`cd[${k}]${big.slice(0, 100)}`, big]));
  return { vendor: 'meta-pixel', event: `${big}${i}`, pageUrl: big, pageTitle: big, customData: many, userIds: { external_id: big }, carriedBy: { dl: big } };
}

/** An area whose reads and writes take turns with other work, as the browser's do. */
export function slowArea(initial: Record<string, unknown> = {}): StorageArea & { data: Map<string, unknown> } {
  const area = memoryArea(initial);
  const later = () => new Promise((r) => setTimeout(r, Math.random() * 3));
  return {
    data: area.data,
    get: async (keys) => (await later(), area.get(keys)),
    set: async (items) => (await later(), area.set(items)),
    remove: async (keys) => (await later(), area.remove(keys)),
  };
}
