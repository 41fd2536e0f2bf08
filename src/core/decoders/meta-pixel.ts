// Meta Pixel: `www.facebook.com/tr` (image GET, form or beacon POST) and its
// script loads. See docs/pixel-reference.md: `dl`/`rl` page and referrer, `ev`
// event, `id` pixel id, `ud[...]` advanced matching (SHA-256), `cd[...]` custom data.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import type { Params } from './parse';
import { allParams } from './payload';
import type { RequestView } from './request-view';

const FIELDS: FieldMap = {
  id: 'accountId', ev: 'event', dl: 'pageUrl', rl: 'referrer',
  eid: 'ignore', ts: 'ignore', sw: 'ignore', sh: 'ignore', v: 'ignore', r: 'ignore', a: 'ignore', ec: 'ignore', o: 'ignore',
  it: 'ignore', coo: 'ignore', rqm: 'ignore', if: 'ignore', noscript: 'ignore', cdl: 'ignore', pmd: 'ignore', plt: 'ignore',
};
const TR_PATHS = new Set(['/tr', '/tr/']);
const PIXEL_ID = /^\d{6,20}$/;

function isTrPath(path: string): boolean {
  return TR_PATHS.has(path) || path.startsWith('/privacy_sandbox/pixel/register/trigger');
}

// fbevents.js registers the page for the Topics API with the pixel id: `/privacy_sandbox/topics/registration/?id=…`.
function isTopicsRegistration(path: string): boolean {
  return path.startsWith('/privacy_sandbox/topics/registration');
}

/** `ud[em]` → `em`; null for other names. `ud[external_id]` is an id, not matching data. */
function matchingKey(name: string): string | null {
  if (!name.startsWith('ud[') || !name.endsWith(']')) return null;
  const key = name.slice(3, -1);
  return key && key !== 'external_id' ? key : null;
}

/** Advanced matching (`ud[…]`) read by name, whatever the values look like; the other parameters returned for absorb. */
function takeMatching(b: DisclosureBuilder, params: Params): Params {
  let rest: Params | null = null;
  for (const [name, value] of params) {
    const key = matchingKey(name);
    if (key === null) continue;
    b.matching(key, value, name);
    rest ??= new Map(params);
    rest.delete(name);
  }
  return rest ?? params;
}

function scriptLoad(view: RequestView): boolean {
  return view.host === 'connect.facebook.net' && (view.path.endsWith('/fbevents.js') || view.path.startsWith('/signals/'));
}

export const metaPixel: Decoder = {
  id: 'meta-pixel',
  name: 'Meta Pixel',
  company: 'Meta',
  kind: 'pixel',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com', 'connect.facebook.net'],
  pathTails: ['tr'],
  foreignHostIsDisguise: true,
  match(view) {
    return view.host === 'connect.facebook.net' ? scriptLoad(view) : isTrPath(view.path) || isTopicsRegistration(view.path);
  },
  matchShape(view) {
    // A foreign `/tr` only counts with a pixel id, an event and a page or timestamp parameter.
    if (!isTrPath(view.path)) return false;
    const p = allParams(view);
    return PIXEL_ID.test(p.get('id') ?? '') && !!p.get('ev') && (p.has('dl') || p.has('rl') || p.has('ts'));
  },
  decode(view) {
    const b = new DisclosureBuilder('meta-pixel');
    if (scriptLoad(view)) {
      const config = /^\/signals\/config\/(\d{6,20})/.exec(view.path);
      b.set('event', 'script load', 'path');
      if (config) b.set('accountId', config[1], 'path');
      b.absorb(view.queryParams(), FIELDS);
      return [b.markTruncated(view.truncated).build()];
    }
    if (isTopicsRegistration(view.path)) b.set('event', 'Topics API registration', 'path');
    b.absorb(takeMatching(b, allParams(view)), FIELDS, ['cd[']);
    return [b.markTruncated(view.truncated).build()];
  },
};
