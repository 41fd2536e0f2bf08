// Adform Tracking Point: `track.adform.net/Serving/TrackPoint/?pm=<id>&ADFPageName=…`.
// The page name is chosen by the site (often the page title or section).
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  pm: 'accountId', ADFPageName: 'event', loc: 'pageUrl', CPref: 'referrer', ref: 'referrer', lid: 'custom', itm: 'custom',
  ADFdivider: 'ignore', ord: 'ignore', rnd: 'ignore', ADFtpmode: 'ignore', Set1: 'ignore', fpf: 'ignore', cookieid: 'userId',
};

export const adform: Decoder = {
  id: 'adform',
  name: 'Adform',
  company: 'Adform',
  kind: 'pixel',
  hosts: ['track.adform.net', 'a1.adform.net', 'a2.adform.net', 's2.adform.net'],
  tcfVendorId: 50,
  match(view) {
    if (view.host === 's2.adform.net') return view.path.toLowerCase().includes('trackpoint');
    return view.path.toLowerCase().startsWith('/serving/trackpoint');
  },
  decode(view) {
    const b = new DisclosureBuilder('adform', 50);
    if (view.host === 's2.adform.net') b.set('event', 'script load', 'path');
    const params = allParams(view);
    b.absorb(params, FIELDS);
    b.custom('pageName', params.get('ADFPageName'), 'ADFPageName');
    // A Tracking Point hit without a page name is still an event: the page view it counts.
    if (view.host !== 's2.adform.net') b.set('event', 'TrackPoint', 'path');
    return [b.markTruncated(view.truncated).build()];
  },
};
