// Snap Pixel: `tr.snapchat.com/p` (GET, form or JSON POST). `pid` pixel, `ev`
// event, `pl`/`rf` page and referrer, `u_hem`/`u_hpn` SHA-256 e-mail and phone.
// The current script batches: a JSON body `{"req": [{"t": "<JSON of one event>"}, …]}`,
// each entry's `t` (a JSON string, or the object itself) holding the same fields.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { MAX_EVENTS } from './limits';
import { flattenJson, parseJson, type Params } from './parse';
import { allParams, bodyJsonValue } from './payload';
import type { RequestView } from './request-view';
import type { Disclosure } from './types';

const FIELDS: FieldMap = {
  pid: 'accountId', ev: 'event', pl: 'pageUrl', rf: 'referrer', u_c1: 'userId', u_scsid: 'userId', u_sclid: 'userId',
  u_pcid: 'userId', ts: 'ignore', v: 'ignore', if: 'ignore', bt: 'ignore', m_sl: 'ignore', m_rd: 'ignore', m_pi: 'ignore',
  m_sh: 'ignore', m_ic: 'ignore', m_pl: 'ignore', m_pv: 'ignore', m_ib: 'ignore', m_ta: 'ignore', sh: 'ignore', sw: 'ignore',
};
/** Snap's advanced-matching fields: hashed e-mail and phone, by name. */
const MATCHING = new Set(['u_hem', 'u_hpn']);

function decodeOne(view: RequestView, params: Params, truncated: boolean): Disclosure {
  const b = new DisclosureBuilder('snapchat');
  if (view.host === 'sc-static.net') b.set('event', 'script load', 'path');
  let rest = params;
  for (const name of MATCHING) {
    const value = params.get(name);
    if (value === undefined) continue;
    b.matching(name, value, name);
    if (rest === params) rest = new Map(params);
    rest.delete(name);
  }
  b.absorb(rest, FIELDS, ['e_']);
  return b.markTruncated(truncated || view.truncated).build();
}

/** The events of a batched JSON body, flattened; null when the body is not a batch. */
function batchEvents(view: RequestView): { events: Params[]; truncated: boolean } | null {
  const json = bodyJsonValue(view);
  const req = json && typeof json === 'object' ? (json as { req?: unknown }).req : undefined;
  if (!Array.isArray(req) || req.length === 0) return null;
  let truncated = req.length > MAX_EVENTS;
  const query = view.queryParams();
  const events = req.slice(0, MAX_EVENTS).map((entry) => {
    const t = entry && typeof entry === 'object' ? (entry as { t?: unknown }).t : undefined;
    const event = typeof t === 'string' ? parseJson(t) : t && typeof t === 'object' ? t : entry;
    const flat = flattenJson(event);
    if (flat.truncated) truncated = true;
    for (const [k, v] of query) if (!flat.params.has(k)) flat.params.set(k, v);
    return flat.params;
  });
  return { events, truncated };
}

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
    const batch = batchEvents(view);
    if (batch) return batch.events.map((e) => decodeOne(view, e, batch.truncated));
    return [decodeOne(view, allParams(view), false)];
  },
};
