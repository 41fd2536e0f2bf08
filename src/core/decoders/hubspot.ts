// HubSpot: page views to `track.hubspot.com/__ptq.gif` (`a` portal, `pu` page,
// `t` title, `vi` the hubspotutk cookie) and collected forms, whose JSON bodies
// carry what the visitor typed — e-mail addresses in plain text.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  a: 'accountId', portalId: 'accountId', pu: 'pageUrl', pageUrl: 'pageUrl', t: 'pageTitle', pageTitle: 'pageTitle', r: 'referrer',
  referrer: 'referrer', vi: 'userId', u: 'userId', hutk: 'userId', b: 'ignore', cc: 'ignore', k: 'ignore', sd: 'ignore',
  cd: 'ignore', cs: 'ignore', cts: 'ignore', nc: 'ignore', pi: 'ignore', lvc: 'ignore', rcu: 'ignore', ce: 'ignore', v: 'ignore',
};

function isForm(host: string): boolean {
  return host.endsWith('hscollectedforms.net') || host.startsWith('forms');
}

export const hubspot: Decoder = {
  id: 'hubspot',
  name: 'HubSpot',
  company: 'HubSpot',
  kind: 'analytics',
  hosts: ['*.hubspot.com', '*.hscollectedforms.net', '*.hs-analytics.net', '*.hs-scripts.com', '*.hs-banner.com'],
  match(view) {
    if (view.host.endsWith('.hubspot.com') && view.host.startsWith('track')) return view.path.startsWith('/__p');
    if (isForm(view.host)) return view.path.length > 1;
    return view.path.endsWith('.js');
  },
  decode(view) {
    const b = new DisclosureBuilder('hubspot');
    const params = allParams(view);
    if (view.path.endsWith('.js')) {
      b.set('event', 'script load', 'path');
      const id = /\/(\d{4,12})\.js$/.exec(view.path);
      if (id) b.set('accountId', id[1], 'path');
    } else if (isForm(view.host)) {
      b.set('event', 'form submit', 'path');
      const portal = /\/(\d{4,12})(?:\/|$)/.exec(view.path);
      if (portal) b.set('accountId', portal[1], 'path');
    } else {
      b.set('event', view.path.startsWith('/__ptq') ? 'page_view' : 'event', 'path');
    }
    b.absorb(params, FIELDS, ['formValues.', 'contactFields.']);
    return [b.markTruncated(view.truncated).build()];
  },
};
