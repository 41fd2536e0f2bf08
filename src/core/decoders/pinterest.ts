// Pinterest Tag: `ct.pinterest.com/v3/` and `/user/`. JSON inside parameters:
// `ad` (page `loc`, `ref`, `is_eu`), `pd` (advanced matching: `em` SHA-256), `ed` (event data).
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { flattenJson, jsonParam } from './parse';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  tid: 'accountId', event: 'event', 'ad.loc': 'pageUrl', 'ad.ref': 'referrer', 'ad.pin_unauth': 'userId', pin_unauth: 'userId',
  'ad.epik': 'userId', cb: 'ignore', ad: 'ignore', pd: 'ignore', ed: 'ignore', dep: 'ignore', noscript: 'ignore',
};

export const pinterest: Decoder = {
  id: 'pinterest',
  name: 'Pinterest Tag',
  company: 'Pinterest',
  kind: 'pixel',
  hosts: ['ct.pinterest.com', 's.pinimg.com'],
  match(view) {
    if (view.host === 's.pinimg.com') return view.path.startsWith('/ct/');
    return view.path.startsWith('/v3') || view.path.startsWith('/user') || view.path.startsWith('/ct');
  },
  decode(view) {
    const b = new DisclosureBuilder('pinterest');
    const params = allParams(view);
    if (view.host === 's.pinimg.com') b.set('event', 'script load', 'path');
    const expanded = new Map(params);
    let truncated = view.truncated;
    // JSON inside parameters, flattened as `ad.loc`, `pd.em`, `ed.value`.
    for (const name of ['ad', 'pd', 'ed']) {
      const json = jsonParam(params.get(name));
      if (json === undefined) continue;
      const r = flattenJson(json, name, expanded);
      truncated ||= r.truncated;
    }
    b.absorb(expanded, FIELDS, ['ed.']);
    const isEu = expanded.get('ad.is_eu');
    if (isEu !== undefined) b.consentFlag('is_eu', isEu);
    return [b.markTruncated(truncated).build()];
  },
};
