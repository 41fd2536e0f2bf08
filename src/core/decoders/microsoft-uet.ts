// Microsoft Advertising UET: `bat.bing.com/action/0`. `ti` tag id, `p`/`r`/`tl`
// page, referrer and title, `evt` event type with `ea`/`ec`/`el` for custom events.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  ti: 'accountId', p: 'pageUrl', r: 'referrer', tl: 'pageTitle', mid: 'userId', vid: 'userId', sid: 'userId', uid: 'userId',
  ec: 'custom', el: 'custom', ev: 'custom', gv: 'custom', gc: 'custom', page_path: 'custom', kw: 'custom',
  tm: 'ignore', Ver: 'ignore', pi: 'ignore', lg: 'ignore', sw: 'ignore', sh: 'ignore', sc: 'ignore', nwd: 'ignore', lt: 'ignore',
  rn: 'ignore', evt: 'ignore', ea: 'ignore', spa: 'ignore', en: 'ignore', cdb: 'ignore', vtm: 'ignore', mtp: 'ignore', did: 'ignore',
};

export const microsoftUet: Decoder = {
  id: 'microsoft-uet',
  name: 'Microsoft Advertising UET',
  company: 'Microsoft',
  kind: 'pixel',
  hosts: ['bat.bing.com', 'bat.bing.net', 'bat.r.msn.com'],
  tcfVendorId: 1126,
  match(view) {
    return view.path.startsWith('/action') || view.path.startsWith('/p/action') || view.path.endsWith('/bat.js');
  },
  decode(view) {
    const b = new DisclosureBuilder('microsoft-uet', 1126);
    const params = allParams(view);
    if (view.path.endsWith('/bat.js')) b.set('event', 'script load', 'path');
    // A custom event's name is its action (`ea`); otherwise the event type (`pageLoad`).
    const evt = params.get('evt');
    if (evt === 'custom' && params.get('ea')) b.set('event', params.get('ea'), 'ea');
    b.set('event', evt, 'evt');
    b.absorb(params, FIELDS);
    if (params.has('asc')) b.consentFlag('asc', params.get('asc'));
    return [b.markTruncated(view.truncated).build()];
  },
};
