// X (Twitter) conversion tracking: `analytics.twitter.com/i/adsct`, `t.co/1/i/adsct`,
// `analytics.x.com/1/i/adsct(p)`. `txn_id` pixel id, `tw_document_href` page,
// `events` a JSON list of [name, data] pairs.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { jsonParam } from './parse';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  txn_id: 'accountId', tw_document_href: 'pageUrl', tw_document_referrer: 'referrer', p_user_id: 'userId',
  tw_sale_amount: 'custom', tw_order_quantity: 'custom', event_id: 'ignore', tpx_cb: 'ignore', tw_iframe_status: 'ignore',
  p_id: 'ignore', integration: 'ignore', type: 'ignore', version: 'ignore', events: 'ignore', pl_id: 'custom',
};

function eventNames(events: string | undefined): string | undefined {
  const parsed = jsonParam(events);
  if (!Array.isArray(parsed)) return undefined;
  const names = parsed
    .slice(0, 20)
    .map((e: unknown) => (Array.isArray(e) && typeof e[0] === 'string' ? e[0] : null))
    .filter((n): n is string => !!n);
  return names.length > 0 ? names.join(',') : undefined;
}

export const xTwitter: Decoder = {
  id: 'x-twitter',
  name: 'X (Twitter) Pixel',
  company: 'X Corp.',
  kind: 'pixel',
  hosts: ['analytics.twitter.com', 't.co', 'analytics.x.com', 'static.ads-twitter.com', 'ads-twitter.com', 'ads-api.twitter.com', 'ads-api.x.com'],
  match(view) {
    if (view.host === 'static.ads-twitter.com' || view.host === 'ads-twitter.com') return view.path.endsWith('.js');
    return view.path.includes('/i/adsct') || view.path.includes('/i/adsctp');
  },
  decode(view) {
    const b = new DisclosureBuilder('x-twitter');
    const params = allParams(view);
    if (view.path.endsWith('.js')) b.set('event', 'script load', 'path');
    b.set('event', eventNames(params.get('events')), 'events');
    b.absorb(params, FIELDS);
    if (params.has('events')) b.custom('events', params.get('events'), 'events');
    return [b.markTruncated(view.truncated).build()];
  },
};
