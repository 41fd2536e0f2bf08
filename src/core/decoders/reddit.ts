// Reddit Pixel: `alb.reddit.com/rp.gif` (GET) and `/rp` (POST). `id` advertiser,
// `event` with `m.customEventName`, `uuid` the `_rdt_uuid` cookie, `em`/`pn` matching data.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  id: 'accountId', pixel_id: 'accountId', event: 'event', 'm.customEventName': 'ignore', url: 'pageUrl', uuid: 'userId',
  aaid: 'userId', idfa: 'userId', ts: 'ignore', integration: 'ignore', opt_out: 'ignore', sh: 'ignore', sw: 'ignore', v: 'ignore',
  dpm: 'ignore', dpcc: 'ignore', dprc: 'ignore',
};

export const reddit: Decoder = {
  id: 'reddit',
  name: 'Reddit Pixel',
  company: 'reddit',
  kind: 'pixel',
  hosts: ['alb.reddit.com', 'www.redditstatic.com', 'pixel-config.reddit.com'],
  match(view) {
    if (view.host === 'www.redditstatic.com') return view.path.startsWith('/ads/');
    if (view.host === 'pixel-config.reddit.com') return view.path.startsWith('/pixels/');
    // `/rp.gif`, `/rp` events; pixel.js also reports its own health (telemetry) to alb.reddit.com.
    return view.path.startsWith('/rp') || view.path.startsWith('/telemetry') || view.path.startsWith('/v1/');
  },
  decode(view) {
    const b = new DisclosureBuilder('reddit');
    const params = allParams(view);
    if (view.host !== 'alb.reddit.com') {
      b.set('event', view.host === 'pixel-config.reddit.com' ? 'pixel configuration' : 'script load', 'path');
      // `/pixels/a2_abc123/config`, `/ads/conversions-config/v1/pixel/config/a2_abc123_…`: the advertiser id.
      const id = /^\/pixels\/([A-Za-z0-9_]{3,40})/.exec(view.path) ?? /\/((?:a2|t2)_[A-Za-z0-9]{3,30})(?:[_/.]|$)/.exec(view.path);
      if (id) b.set('accountId', id[1], 'path');
    }
    b.set('accountId', params.get('advertiser_id') ?? params.get('pixelId') ?? params.get('pixel.id'), params.has('advertiser_id') ? 'advertiser_id' : params.has('pixelId') ? 'pixelId' : 'pixel.id');
    const custom = params.get('m.customEventName');
    if (custom && params.get('event') === 'Custom') b.set('event', custom, 'm.customEventName');
    b.absorb(params, FIELDS, ['m.']);
    if (params.has('opt_out')) b.consentFlag('opt_out', params.get('opt_out'));
    if (view.host === 'alb.reddit.com' && !view.path.startsWith('/rp')) b.set('event', 'pixel telemetry', 'path');
    return [b.markTruncated(view.truncated).build()];
  },
};
