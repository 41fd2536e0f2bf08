// Meta's Conversions API Gateway: with the gateway set up in the pixel's
// configuration, fbevents.js POSTs every event a second time to the advertiser's
// own gateway (`https://<name>.a.run.app/events?cee=no`, `*.conversionsapigateway.com`)
// which forwards it to Meta server-side. The body is JSON: `event_name`,
// `fb.pixel_id`, `fb.advanced_matching.{em,ph,…}` (hashed), `website_context.location`.
// Recognised by that shape on any host; the payload is for Meta wherever it goes.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { MAX_EVENTS } from './limits';
import { flattenJson, type Params } from './parse';
import { bodyJsonValue } from './payload';
import type { RequestView } from './request-view';
import type { Disclosure } from './types';

const FIELDS: FieldMap = {
  event_name: 'event', 'fb.pixel_id': 'accountId', pixel_id: 'accountId', 'website_context.location': 'pageUrl',
  event_source_url: 'pageUrl', 'website_context.referrer': 'referrer', 'website_context.title': 'pageTitle',
  event_id: 'ignore', event_time: 'ignore', action_source: 'ignore', 'fb.cee': 'ignore',
  'website_context.is_in_iframe': 'ignore', 'website_context.screen_width': 'ignore', 'website_context.screen_height': 'ignore',
};
const MATCHING_PREFIXES = ['fb.advanced_matching.', 'user_data.'];
const PIXEL_ID = /^\d{6,20}$/;
const PROBE_CHARS = 4096;

/** The events in a body: one object, an array of them, or `{data: [...]}` as the server-side API takes them. */
function eventsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (json && typeof json === 'object') {
    const data = (json as { data?: unknown }).data;
    return Array.isArray(data) ? data : [json];
  }
  return [];
}

function looksLikeGatewayEvent(params: Params): boolean {
  return !!params.get('event_name') && PIXEL_ID.test(params.get('fb.pixel_id') ?? params.get('pixel_id') ?? '');
}

function decodeEvent(view: RequestView, event: Params, truncated: boolean): Disclosure {
  const b = new DisclosureBuilder('meta-capi-gateway');
  const rest = new Map(event);
  for (const [name, value] of event) {
    const prefix = MATCHING_PREFIXES.find((p) => name.startsWith(p));
    if (!prefix) continue;
    const key = name.slice(prefix.length).replace(/\.\d+$/, '');
    rest.delete(name);
    if (key === 'external_id' || key === 'fbp' || key === 'fbc') b.userId(key, value, name);
    else b.matching(key, value, name);
  }
  b.absorb(rest, FIELDS, ['custom_data.']);
  return b.markTruncated(truncated || view.truncated).build();
}

export const metaCapiGateway: Decoder = {
  id: 'meta-capi-gateway',
  name: 'Meta Conversions API Gateway',
  company: 'Meta',
  kind: 'pixel',
  vendorHost: 'www.facebook.com',
  hosts: ['*.conversionsapigateway.com'],
  match(view) {
    return metaCapiGateway.matchAnyHost!(view);
  },
  matchAnyHost(view) {
    const body = view.body;
    if (!body || view.request.method !== 'POST') return false;
    const probe = body.length > PROBE_CHARS ? body.slice(0, PROBE_CHARS) : body;
    if (!probe.includes('"event_name"') || !probe.includes('pixel_id')) return false;
    const first = eventsOf(bodyJsonValue(view))[0];
    return first !== undefined && looksLikeGatewayEvent(flattenJson(first).params);
  },
  decode(view) {
    const events = eventsOf(bodyJsonValue(view));
    return events.slice(0, MAX_EVENTS).map((e) => {
      const flat = flattenJson(e);
      return decodeEvent(view, flat.params, flat.truncated || events.length > MAX_EVENTS);
    });
  },
};
