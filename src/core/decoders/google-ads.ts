// Google Ads conversion and remarketing tags. The account (AW-…) is in the path;
// `url`/`ref`/`tiba` carry page, referrer and title; `em` carries enhanced
// conversions (`tv.1~em.<sha256>~ph.<sha256>`).
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { isHash } from './identifiers';
import { MEASUREMENT_FIELDS } from './google-measurement';
import { allParams } from './payload';

const PATH_PREFIXES = ['/pagead/conversion/', '/pagead/viewthroughconversion/', '/pagead/1p-user-list/', '/pagead/1p-conversion/', '/rmkt/collect/', '/ccm/collect', '/pagead/landing', '/pagead/set_partitioned_cookie'];
const ACCOUNT_IN_PATH = /(?:^|\/)(?:pagead\/(?:conversion|viewthroughconversion|1p-user-list|1p-conversion)|rmkt\/collect|ccm\/conversion)\/(?:AW-)?(\d{5,15})/;
// Google tag gateway paths under a site's own prefix (`/pntd/g/d/ccm/conversion/<id>/`, `/…/ccm/collect`).
const GATEWAY_PATH = /\/(?:ccm\/(?:conversion\/\d{5,15}|collect)|pagead\/(?:conversion|viewthroughconversion|1p-user-list|1p-conversion)\/\d{5,15})\/?$/;
const ADS_ID = /^AW-\d{5,15}$/;
const EC_KEYS: Record<string, string> = { em: 'em', ph: 'ph', fn: 'fn', ln: 'ln', sa: 'address', ct: 'ct', pc: 'zp', co: 'country' };

const FIELDS: FieldMap = {
  ...MEASUREMENT_FIELDS,
  url: 'pageUrl', ref: 'referrer', tiba: 'pageTitle', label: 'custom', value: 'custom', currency_code: 'custom',
  auid: 'userId', guid: 'ignore', random: 'ignore', cv: 'ignore', fst: 'ignore', num: 'ignore', bg: 'ignore', hl: 'ignore',
  resp: 'ignore', eid: 'ignore', u_h: 'ignore', u_w: 'ignore', u_ah: 'ignore', u_aw: 'ignore', u_cd: 'ignore', u_his: 'ignore',
  u_tz: 'ignore', u_java: 'ignore', u_nplug: 'ignore', u_nmime: 'ignore', frm: 'ignore', rfmt: 'ignore', fmt: 'ignore',
  data: 'ignore', em: 'ignore', async: 'ignore', ig: 'ignore', oid: 'custom', gtm: 'ignore',
};

export const googleAds: Decoder = {
  id: 'google-ads',
  name: 'Google Ads',
  company: 'Google',
  kind: 'pixel',
  hosts: ['www.googleadservices.com', 'googleadservices.com', 'googleads.g.doubleclick.net', 'www.google.com', 'google.com', 'pagead2.googlesyndication.com'],
  tcfVendorId: 755,
  match(view) {
    return PATH_PREFIXES.some((p) => view.path.startsWith(p));
  },
  matchAnyHost(view) {
    // On a first-party host the path prefix is the site's; the tail and the parameters say Google Ads.
    const raw = view.query;
    if (raw.includes('tid=AW-') && raw.includes('en=')) {
      const q = view.queryParams();
      if (ADS_ID.test(q.get('tid') ?? '') && q.has('en') && (q.has('gtm') || view.path.includes('/ccm/'))) return true;
    }
    if (!raw || (!view.path.includes('/ccm/') && !view.path.includes('/pagead/')) || !GATEWAY_PATH.test(view.path)) return false;
    const q = view.queryParams();
    return q.has('en') || q.has('label');
  },
  decode(view) {
    const b = new DisclosureBuilder('google-ads', 755);
    const params = allParams(view);
    const inPath = ACCOUNT_IN_PATH.exec(view.path);
    if (inPath) b.set('accountId', `AW-${inPath[1]}`, 'path');
    // `data=event=purchase;value=1` is how gtag passes the event name to remarketing.
    const data = params.get('data');
    const dataEvent = data ? /(?:^|;)event=([^;]{1,100})/.exec(data) : null;
    if (dataEvent) b.set('event', dataEvent[1], 'data');
    b.absorb(params, FIELDS);
    if (data) b.custom('data', data, 'data');
    if (!b.has('event')) b.set('event', params.get('label') ? 'conversion' : 'page_view', params.get('label') ? 'label' : 'path');
    const em = params.get('em');
    // Enhanced conversions: `em=tv.1~em.<sha256>~ph.<sha256>`, or on ccm a bare hash.
    if (em && isHash(em)) b.matching('em', em, 'em');
    else if (em) {
      for (const part of em.split('~').slice(0, 20)) {
        const dot = part.indexOf('.');
        const key = EC_KEYS[part.slice(0, dot)];
        const value = part.slice(dot + 1);
        if (key && isHash(value)) b.matching(key, value, 'em');
        else if (key) b.scan(key, value);
      }
    }
    return [b.markTruncated(view.truncated).build()];
  },
};
