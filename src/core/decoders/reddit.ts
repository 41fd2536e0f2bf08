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
    return view.path.startsWith('/rp');
  },
  decode(view) {
    const b = new DisclosureBuilder('reddit');
    const params = allParams(view);
    if (view.host !== 'alb.reddit.com') {
      b.set('event', 'script load', 'path');
      const id = /^\/pixels\/([A-Za-z0-9_]{3,40})/.exec(view.path);
      if (id) b.set('accountId', id[1], 'path');
    }
    const custom = params.get('m.customEventName');
    if (custom && params.get('event') === 'Custom') b.set('event', custom, 'm.customEventName');
    b.absorb(params, FIELDS, ['m.']);
    if (params.has('opt_out')) b.consentFlag('opt_out', params.get('opt_out'));
    return [b.markTruncated(view.truncated).build()];
  },
};
