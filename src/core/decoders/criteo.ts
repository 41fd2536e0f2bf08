// Criteo OneTag: `sslwidget.criteo.com/event?a=<account>&p0=…&p1=…`. Each `pN`
// is itself a URL-encoded query string with `e=` the event code; `e=ce&m=…`
// carries the visitor's e-mail address (seen in plain text and as hashes).
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { MAX_EVENTS } from './limits';
import { decodeRepeated, parseParams } from './parse';
import { allParams } from './payload';

const EVENTS: Record<string, string> = {
  vh: 'viewHome', vl: 'viewList', vp: 'viewItem', vb: 'viewBasket', vc: 'trackTransaction', vs: 'viewSearch',
  ac: 'addToCart', vsl: 'viewStoreLocator',
};
// Codes that accompany an event rather than being one: e-mail, display, extra data.
const NOT_EVENTS = new Set(['ce', 'dis', 'exd', 'sd']);
const FIELDS: FieldMap = {
  a: 'accountId', fu: 'pageUrl', ref: 'referrer', v: 'ignore', otl: 'ignore', adce: 'ignore', bundle: 'userId', tld: 'custom',
  dy: 'ignore', fpc: 'ignore', ctid: 'ignore', dtycbr: 'ignore', cb: 'ignore', sn: 'ignore', rt: 'ignore', lsavail: 'ignore',
};

export const criteo: Decoder = {
  id: 'criteo',
  name: 'Criteo OneTag',
  company: 'Criteo',
  kind: 'pixel',
  hosts: ['sslwidget.criteo.com', 'widget.criteo.com', 'dynamic.criteo.com', 'static.criteo.net'],
  tcfVendorId: 91,
  match(view) {
    if (view.host === 'dynamic.criteo.com' || view.host === 'static.criteo.net') return view.path.startsWith('/js/');
    return view.path.startsWith('/event');
  },
  decode(view) {
    const b = new DisclosureBuilder('criteo', 91);
    const params = allParams(view);
    if (view.path.startsWith('/js/')) b.set('event', 'script load', 'path');
    const events: string[] = [];
    let hasEmail = false;
    for (let i = 0; i < MAX_EVENTS; i++) {
      const p = params.get(`p${i}`);
      if (p === undefined) break;
      const { params: sub } = parseParams(p);
      const code = sub.get('e') ?? '';
      if (code && !NOT_EVENTS.has(code)) events.push(EVENTS[code] ?? code);
      if (code === 'ce') hasEmail = true;
      for (const [k, v] of sub) {
        if (k === 'e') continue;
        // `m` (e-mail) and `p` (products) are often encoded twice over.
        const value = decodeRepeated(v);
        if (k === 'm' || k === 'em' || k === 'email') b.scan('email', value.replace(/^\[|\]$/g, ''), `p${i} ${k}`);
        else b.custom(`${code}.${k}`, value, `p${i}`);
      }
    }
    if (events.length > 0) b.set('event', events.join(','), 'p0…pN e');
    else if (hasEmail) b.set('event', 'setEmail', 'p0…pN e');
    b.absorb(params, FIELDS);
    return [b.markTruncated(view.truncated).build()];
  },
};
