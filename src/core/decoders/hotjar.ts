// Hotjar: session recording and heatmaps. What it receives is the page itself —
// the DOM, mouse movement, what is typed unless masked — so the disclosure says
// so rather than listing parameters. Site id from `hotjar-<id>.js` or `/sites/<id>/`.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { allParams } from './payload';

const FIELDS: FieldMap = { site_id: 'accountId', siteId: 'accountId', hjid: 'accountId', url: 'pageUrl', 'page.url': 'pageUrl', user_id: 'userId', sv: 'ignore' };
// Hotjar's own web site and help centre are not the recorder.
const NOT_RECORDER = new Set(['www.hotjar.com', 'hotjar.com', 'help.hotjar.com', 'insights.hotjar.com']);

export const hotjar: Decoder = {
  id: 'hotjar',
  name: 'Hotjar',
  company: 'Hotjar',
  kind: 'session-replay',
  hosts: ['*.hotjar.com', '*.hotjar.io'],
  match(view) {
    return !NOT_RECORDER.has(view.host);
  },
  decode(view) {
    const b = new DisclosureBuilder('hotjar');
    const script = /hotjar-(\d{1,12})\.js/.exec(view.path);
    const site = script ?? /\/sites?\/(\d{1,12})(?:\/|$)/.exec(view.path);
    if (site) b.set('accountId', site[1], 'path');
    b.set('event', view.path.endsWith('.js') ? 'script load' : 'recording', 'path');
    b.absorb(allParams(view), FIELDS);
    return [b.sessionRecording().markTruncated(view.truncated).build()];
  },
};
