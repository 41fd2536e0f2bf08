// Builds ObservedRequests for tests: only what a test cares about needs saying.
import type { ObservedRequest } from '../../../src/core/model';

export function req(partial: Partial<ObservedRequest> & { url: string }): ObservedRequest {
  return {
    id: 't', tabId: 1, frameId: 0, pageUrl: 'https://www.ziekenhuis.nl/oncologie/borstkanker', initiator: null, method: 'GET',
    type: 'image', body: null, bodyTruncated: false, timeStamp: 0, referrer: null, cookieNames: null, ...partial,
  };
}
