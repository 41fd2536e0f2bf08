// Snap Pixel: `tr.snapchat.com/p` (GET, form or JSON POST). `pid` pixel, `ev`
// event, `pl`/`rf` page and referrer, `u_hem`/`u_hpn` SHA-256 e-mail and phone.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  pid: 'accountId', ev: 'event', pl: 'pageUrl', rf: 'referrer', u_c1: 'userId', u_scsid: 'userId', u_sclid: 'userId',
  u_pcid: 'userId', ts: 'ignore', v: 'ignore', if: 'ignore', bt: 'ignore', m_sl: 'ignore', m_rd: 'ignore', m_pi: 'ignore',
  m_sh: 'ignore', m_ic: 'ignore', m_pl: 'ignore', m_pv: 'ignore', m_ib: 'ignore', m_ta: 'ignore', sh: 'ignore', sw: 'ignore',
};

export const snapchat: Decoder = {
  id: 'snapchat',
  name: 'Snap Pixel',
  company: 'Snap',
  kind: 'pixel',
  hosts: ['tr.snapchat.com', 'tr6.snapchat.com', 'tr-shadow.snapchat.com', 'sc-static.net'],
  match(view) {
    if (view.host === 'sc-static.net') return view.path.includes('scevent');
    return view.path === '/p' || view.path.startsWith('/p/') || view.path.startsWith('/cm/') || view.path.startsWith('/gateway/p');
  },
  decode(view) {
    const b = new DisclosureBuilder('snapchat');
    if (view.host === 'sc-static.net') b.set('event', 'script load', 'path');
    b.absorb(allParams(view), FIELDS, ['e_']);
    return [b.markTruncated(view.truncated).build()];
  },
};
