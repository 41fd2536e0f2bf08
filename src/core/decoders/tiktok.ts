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
  event: 'event', 'context.pixel.code': 'accountId', pixel_code: 'accountId', sdkid: 'accountId', 'context.page.url': 'pageUrl',
  'context.page.referrer': 'referrer', 'context.user.anonymous_id': 'userId', anonymous_id: 'userId',
  'context.user.external_id': 'userId', 'context.user.ttp': 'userId', 'context.session_id': 'userId',
  event_id: 'ignore', message_id: 'ignore', timestamp: 'ignore', lib: 'ignore',
};

function decodeEvent(view: RequestView, event: Params, truncated: boolean): Disclosure {
  const b = new DisclosureBuilder('tiktok');
  b.absorb(event, FIELDS, ['properties.']).absorb(view.queryParams(), FIELDS);
  if (view.path.endsWith('/events.js')) b.set('event', 'script load', 'path');
  return b.markTruncated(truncated || view.truncated).build();
}

export const tiktok: Decoder = {
  id: 'tiktok',
  name: 'TikTok Pixel',
  company: 'ByteDance Inc',
  kind: 'pixel',
  hosts: ['analytics.tiktok.com', 'analytics-sg.tiktok.com', 'analytics.us.tiktok.com'],
  match(view) {
    return view.path.startsWith('/api/') || view.path.startsWith('/i18n/pixel/');
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
