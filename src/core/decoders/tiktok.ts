// TikTok Pixel: JSON POSTs to `analytics.tiktok.com/api/v2/pixel` (one event, or
// `batch` of several), page in `context.page.url`, pixel code in `context.pixel.code`,
// advanced matching (SHA-256) in `context.user.email` / `phone_number`.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { MAX_EVENTS } from './limits';
import { flattenJson, type Params } from './parse';
import { bodyJsonValue } from './payload';
import type { RequestView } from './request-view';
import type { Disclosure } from './types';

const FIELDS: FieldMap = {
  event: 'event', action: 'event', ipv6: 'userId', 'context.ipv6': 'userId', 'context.ip': 'userId', 'context.pixel.code': 'accountId', pixel_code: 'accountId', sdkid: 'accountId', 'context.page.url': 'pageUrl',
  'context.page.referrer': 'referrer', 'context.user.anonymous_id': 'userId', anonymous_id: 'userId',
  'context.user.external_id': 'userId', 'context.user.ttp': 'userId', 'context.session_id': 'userId',
  event_id: 'ignore', message_id: 'ignore', timestamp: 'ignore', lib: 'ignore',
};

// Advanced matching in `context.user`: hashed e-mail and phone (plain values are worse, and kept as plain).
const MATCHING = new Set(['email', 'phone_number', 'phone', 'sha256_email', 'sha256_phone_number']);

function decodeEvent(view: RequestView, event: Params, truncated: boolean): Disclosure {
  const b = new DisclosureBuilder('tiktok');
  let rest = event;
  for (const [name, value] of event) {
    if (!name.startsWith('context.user.') || !MATCHING.has(name.slice('context.user.'.length))) continue;
    b.matching(name.slice('context.user.'.length), value, name);
    if (rest === event) rest = new Map(event);
    rest.delete(name);
  }
  b.absorb(rest, FIELDS, ['properties.']).absorb(view.queryParams(), FIELDS);
  if (view.path.endsWith('/events.js')) b.set('event', 'script load', 'path');
  // The IPv6 enrichment call sends the browser's IPv6 address for matching, beside the pixel code.
  if (view.path.includes('enrich_ipv6')) b.set('event', 'IPv6 enrichment', 'path');
  return b.markTruncated(truncated || view.truncated).build();
}

export const tiktok: Decoder = {
  id: 'tiktok',
  name: 'TikTok Pixel',
  company: 'ByteDance Inc',
  kind: 'pixel',
  hosts: ['analytics.tiktok.com', 'analytics-sg.tiktok.com', 'analytics.us.tiktok.com', '*.tiktokw.us', '*.tiktokw.eu'],
  match(view) {
    return view.path.startsWith('/api/') || view.path.startsWith('/i18n/pixel/') || view.path.includes('enrich_ipv6');
  },
  decode(view) {
    const json = bodyJsonValue(view);
    const batch = json && typeof json === 'object' && Array.isArray((json as { batch?: unknown }).batch) ? ((json as { batch: unknown[] }).batch) : null;
    if (batch && batch.length > 0) {
      return batch.slice(0, MAX_EVENTS).map((e) => {
        const r = flattenJson(e);
        return decodeEvent(view, r.params, r.truncated || batch.length > MAX_EVENTS);
      });
    }
    const flat = json !== undefined ? flattenJson(json) : { params: new Map<string, string>(), truncated: false };
    return [decodeEvent(view, flat.params, flat.truncated)];
  },
};
