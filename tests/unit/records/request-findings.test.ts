// The per-request findings index is bounded; a batch that discloses more than fits keeps
// the request-level findings the consent view and letters rest on (consent mode, account,
// page address), and the events that fit in the order sent.
import { describe, expect, test } from 'vitest';
import { decodeRequest } from '../../../src/core/decoders/index';
import type { ObservedRequest } from '../../../src/core/model';
import { REQUEST_FINDINGS_LIMITS, requestFindings } from '../../../src/core/records/request-findings';

const get = (url: string, body: string | null = null): ObservedRequest => ({
  id: 'r', tabId: 1, frameId: 0, pageUrl: 'https://www.cz.nl/ggz', initiator: null, method: body ? 'POST' : 'GET', type: 'ping', url, body, bodyTruncated: false, timeStamp: 1, referrer: null, cookieNames: null,
});

describe('requestFindings keeps what matters when a request says more than fits', () => {
  test('a GA4 batch of 30 events keeps every consent-mode signal and the account', () => {
    const body = Array.from({ length: 30 }, (_, i) => `en=event_${i}&ep.step=${i}`).join('\n');
    const d = decodeRequest(get('https://region1.google-analytics.com/g/collect?v=2&tid=G-ABC123&gcs=G100&gcd=13p3p3p3p5l1&dl=https%3A%2F%2Fwww.cz.nl%2Fggz&cid=1.2', body)).disclosures;
    const kept = requestFindings(d);
    expect(kept.length).toBe(REQUEST_FINDINGS_LIMITS.findings);
    expect(kept.filter((f) => f.kind === 'consent-mode').map((f) => (f as { storage: string }).storage).sort()).toEqual(['ad_personalization', 'ad_storage', 'ad_user_data', 'analytics_storage']);
    expect(kept.map((f) => f.kind)).toContain('account-id');
    expect(kept.map((f) => f.kind)).toContain('page-address');
    // The events that fit are the first ones, in the order sent.
    const events = kept.filter((f) => f.kind === 'event').map((f) => (f as { name: string }).name);
    expect(events).toEqual(events.map((_, i) => `event_${i}`));
  });

  test('a request that fits keeps everything in the order found', () => {
    const d = decodeRequest(get('https://www.facebook.com/tr/?id=1234567890123456&ev=PageView&dl=https%3A%2F%2Fwww.cz.nl%2Fggz')).disclosures;
    const kept = requestFindings(d);
    expect(kept.length).toBeLessThan(REQUEST_FINDINGS_LIMITS.findings);
    expect(requestFindings(d, kept)).toEqual(kept);
  });
});
