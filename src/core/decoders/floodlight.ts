// Floodlight (Campaign Manager 360): parameters separated by `;` in the path,
// `src` advertiser, `type`/`cat` activity, `~oref` page address, `u1…uN` custom variables.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { parseParams } from './parse';

const FIELDS: FieldMap = {
  src: 'accountId', cat: 'event', '~oref': 'pageUrl', type: 'custom', ord: 'custom', qty: 'custom', cost: 'custom',
  auiddc: 'userId', dc_rdid: 'userId', gtm: 'ignore', num: 'ignore', dc_pre: 'ignore', tfua: 'ignore', tag_exp: 'ignore',
  uaa: 'ignore', uab: 'ignore', uafvl: 'ignore', uamb: 'ignore', uam: 'ignore', uap: 'ignore', uapv: 'ignore', uaw: 'ignore',
  pscdl: 'ignore', frm: 'ignore', egid: 'ignore', _tu: 'ignore',
};

export const floodlight: Decoder = {
  id: 'floodlight',
  name: 'Floodlight',
  company: 'Google',
  kind: 'pixel',
  hosts: ['ad.doubleclick.net', '*.fls.doubleclick.net'],
  tcfVendorId: 755,
  match(view) {
    return view.path.includes('/activity');
  },
  decode(view) {
    const start = view.path.indexOf('/activity');
    // `/activity;src=1;…`, `/activityi;src=1;…` and `/ddm/activity/src=1;…` all carry `;` parameters.
    const rest = view.path.slice(start).replace(/^\/activityi?[;/]?/, '');
    const { params, truncated } = parseParams(rest, ';');
    parseParams(view.query, '&', params);
    const b = new DisclosureBuilder('floodlight', 755);
    b.absorb(params, FIELDS);
    for (const [name, value] of params) if (/^u\d{1,3}$/.test(name)) b.custom(name, value, name);
    if (params.has('tfua')) b.consentFlag('tfua', params.get('tfua'));
    return [b.markTruncated(truncated || view.truncated).build()];
  },
};
