// Google's measurement protocol, shared by GA4 and Universal Analytics: the
// query holds shared parameters, a POST body holds one hit per line, and each
// line is one event with its own parameters.
import { DisclosureBuilder, type FieldMap } from './builder';
import { MAX_EVENTS } from './limits';
import type { Params } from './parse';
import { bodyLines } from './payload';
import type { RequestView } from './request-view';
import type { Disclosure } from './types';

export const MEASUREMENT_FIELDS: FieldMap = {
  tid: 'accountId', en: 'event', t: 'event', dl: 'pageUrl', dr: 'referrer', dt: 'pageTitle',
  cid: 'userId', uid: 'userId', sid: 'userId', _p: 'ignore', _s: 'ignore', _et: 'ignore', v: 'ignore', _v: 'ignore',
  gtm: 'ignore', sr: 'ignore', ul: 'ignore', de: 'ignore', sd: 'ignore', vp: 'ignore', je: 'ignore', z: 'ignore', a: 'ignore',
  seg: 'ignore', sct: 'ignore', _z: 'ignore', tfd: 'ignore', uaa: 'ignore', uab: 'ignore', uafvl: 'ignore', uamb: 'ignore',
  uam: 'ignore', uap: 'ignore', uapv: 'ignore', uaw: 'ignore', frm: 'ignore', pscdl: 'ignore', _eu: 'ignore', _gid: 'userId',
  ec: 'custom', ea: 'custom', el: 'custom', ev: 'custom', ti: 'custom', tr: 'custom', pa: 'custom', aip: 'ignore',
  utmac: 'accountId', utmp: 'pageUrl', utmr: 'referrer', utmdt: 'pageTitle', utmcc: 'ignore', utmn: 'ignore',
};
const CUSTOM_PREFIXES = ['ep.', 'epn.', 'up.', 'upn.', 'cd', 'cm', 'pr1', 'il1'];

export function decodeMeasurement(view: RequestView, vendor: string, tcfVendorId: number | undefined): Disclosure[] {
  const shared = view.queryParams();
  const { events, truncated } = bodyLines(view);
  const hits: Params[] = events.length > 0 ? events.slice(0, MAX_EVENTS) : [new Map()];
  return hits.map((hit) => {
    const b = new DisclosureBuilder(vendor, tcfVendorId);
    // Event-specific parameters first: a line's `dl` overrides the query's.
    b.absorb(hit, MEASUREMENT_FIELDS, CUSTOM_PREFIXES).absorb(shared, MEASUREMENT_FIELDS, CUSTOM_PREFIXES);
    if (!b.has('pageUrl')) {
      const dh = hit.get('dh') ?? shared.get('dh');
      const dp = hit.get('dp') ?? shared.get('dp');
      if (dh && dp) b.set('pageUrl', `https://${dh}${dp.startsWith('/') ? '' : '/'}${dp}`, 'dh+dp');
      else if (dp) b.set('pageUrl', dp, 'dp');
    }
    const aip = hit.get('aip') ?? shared.get('aip');
    if (aip !== undefined) b.consentFlag('aip', aip);
    return b.markTruncated(truncated || view.truncated).build();
  });
}

/** The measurement id (`tid`) of the first hit, from the query or the first body line. */
export function measurementId(view: RequestView): string | undefined {
  const q = view.queryParams().get('tid');
  if (q) return q;
  const body = view.body;
  if (!body) return undefined;
  const m = /(?:^|[&\n])tid=([^&\n]{1,40})/.exec(body.slice(0, 4096));
  return m?.[1];
}
