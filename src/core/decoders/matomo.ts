// Matomo and Piwik PRO: self-hosted as often as not, so found by path
// (`matomo.php`, `piwik.php`, `ppms.php`) on any host. `idsite` site, `url`/`urlref`
// page and referrer, `action_name` title, `search` site-search keyword. Bulk POSTs
// carry `{"requests": ["?idsite=…", …]}`.
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { MAX_EVENTS } from './limits';
import { parseJson, parseParams, type Params } from './parse';
import type { RequestView } from './request-view';
import type { Disclosure } from './types';

const FIELDS: FieldMap = {
  idsite: 'accountId', url: 'pageUrl', urlref: 'referrer', action_name: 'pageTitle', _id: 'userId', uid: 'userId', cid: 'userId',
  _pk_id: 'userId', e_c: 'custom', e_a: 'custom', e_n: 'custom', e_v: 'custom', search: 'custom', search_cat: 'custom',
  idgoal: 'custom', revenue: 'custom', ec_id: 'custom', link: 'custom', download: 'custom', c_n: 'custom', c_p: 'custom',
  rec: 'ignore', r: 'ignore', h: 'ignore', m: 'ignore', s: 'ignore', _idts: 'ignore', _idvc: 'ignore', _viewts: 'ignore',
  send_image: 'ignore', pdf: 'ignore', qt: 'ignore', realp: 'ignore', wma: 'ignore', java: 'ignore', fla: 'ignore', dir: 'ignore',
  gears: 'ignore', ag: 'ignore', cookie: 'ignore', res: 'ignore', pv_id: 'ignore', pf_net: 'ignore', pf_srv: 'ignore',
  pf_tfr: 'ignore', pf_dm1: 'ignore', pf_dm2: 'ignore', pf_onl: 'ignore', ping: 'ignore', ec_items: 'custom', _refts: 'ignore',
};
const PATH_TAILS = ['matomo.php', 'piwik.php', 'ppms.php', 'matomo.js', 'piwik.js', 'ppms.js'];

function eventOf(p: Params): string {
  if (p.get('ping') === '1') return 'ping';
  if (p.has('e_c') || p.has('e_a')) return 'event';
  if (p.has('search')) return 'site_search';
  if (p.has('ec_items') || p.has('ec_id') || p.get('idgoal') === '0') return 'ecommerce';
  if (p.has('idgoal')) return 'goal';
  if (p.has('link')) return 'outlink';
  if (p.has('download')) return 'download';
  if (p.has('c_i') || p.has('c_n')) return 'content_interaction';
  return 'page_view';
}

function hits(view: RequestView): { hits: Params[]; truncated: boolean } {
  const query = view.queryParams();
  if (!view.body) return { hits: [query], truncated: false };
  const json = parseJson(view.body);
  const requests = json && typeof json === 'object' ? (json as { requests?: unknown }).requests : undefined;
  if (Array.isArray(requests)) {
    const out = requests
      .slice(0, MAX_EVENTS)
      .filter((r): r is string => typeof r === 'string')
      .map((r) => parseParams(r.startsWith('?') ? r.slice(1) : r, '&', new Map(query)).params);
    return { hits: out.length > 0 ? out : [query], truncated: requests.length > MAX_EVENTS };
  }
  return { hits: [parseParams(view.body, '&', new Map(query)).params], truncated: false };
}

function decodeHits(view: RequestView, vendor: string): Disclosure[] {
  if (view.path.endsWith('.js')) {
    return [new DisclosureBuilder(vendor).set('event', 'script load', 'path').absorb(view.queryParams(), FIELDS).build()];
  }
  const { hits: list, truncated } = hits(view);
  return list.map((p) => {
    const b = new DisclosureBuilder(vendor);
    b.set('event', eventOf(p), 'action parameters');
    return b.absorb(p, FIELDS, ['dimension', 'cvar']).markTruncated(truncated || view.truncated).build();
  });
}

function isPiwikPro(view: RequestView): boolean {
  return view.path.includes('ppms.') || view.host.endsWith('piwik.pro') || view.host.endsWith('piwik.cloud') || view.path.startsWith('/containers/');
}

export const matomo: Decoder = {
  id: 'matomo',
  name: 'Matomo',
  company: 'Matomo',
  kind: 'analytics',
  hosts: ['*.matomo.cloud', '*.innocraft.cloud'],
  pathTails: PATH_TAILS.filter((t) => !t.startsWith('ppms')),
  foreignHostIsDisguise: false,
  match(view) {
    return !isPiwikPro(view) && /\/(?:matomo|piwik)\.(?:php|js)$/.test(view.path);
  },
  matchShape(view) {
    return this.match(view);
  },
  decode(view) {
    return decodeHits(view, 'matomo');
  },
};

export const piwikPro: Decoder = {
  id: 'piwik-pro',
  name: 'Piwik PRO',
  company: 'Cookie Information',
  kind: 'analytics',
  hosts: ['*.piwik.pro', '*.piwik.cloud', '*.containers.piwik.pro'],
  pathTails: ['ppms.php', 'ppms.js'],
  foreignHostIsDisguise: false,
  match(view) {
    // Tag manager containers: `<account>.containers.piwik.pro/<id>.js` or `/containers/<id>.js`.
    if (view.host.endsWith('.containers.piwik.pro') || view.path.startsWith('/containers/')) return view.path.endsWith('.js');
    return /\/(?:ppms|piwik)\.(?:php|js)$/.test(view.path);
  },
  matchShape(view) {
    return /\/ppms\.(?:php|js)$/.test(view.path);
  },
  decode(view) {
    return decodeHits(view, 'piwik-pro');
  },
};
