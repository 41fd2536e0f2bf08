// LinkedIn Insight Tag: `px.ads.linkedin.com/collect` with `pid` (partner id,
// sometimes comma-joined), `url` page address, `conversionId` for conversions.
// `/wa/` receives base64 gzip JSON (`pids`, `url`, `pageTitle`): decoded once inflated (compressed-body.ts).
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import { allParams } from './payload';

const FIELDS: FieldMap = {
  pid: 'accountId', 'pids.0': 'accountId', url: 'pageUrl', pageTitle: 'pageTitle', href: 'pageUrl', conversionId: 'custom', li_adsId: 'userId', e_ipv6: 'userId',
  v: 'ignore', fmt: 'ignore', time: 'ignore', cookiesTest: 'ignore', liSync: 'ignore', tm: 'ignore',
};

export const linkedinInsight: Decoder = {
  id: 'linkedin-insight',
  name: 'LinkedIn Insight Tag',
  company: 'Microsoft',
  kind: 'pixel',
  hosts: ['px.ads.linkedin.com', 'px4.ads.linkedin.com', 'dc.ads.linkedin.com', 'snap.licdn.com'],
  // Microsoft's LinkedIn in the IAB Global Vendor List.
  tcfVendorId: 804,
  match(view) {
    if (view.host === 'snap.licdn.com') return view.path.includes('insight');
    return view.path.startsWith('/collect') || view.path.startsWith('/px/') || view.path.startsWith('/attribution_trigger') || view.path.startsWith('/wa/');
  },
  decode(view) {
    const b = new DisclosureBuilder('linkedin-insight', 804);
    if (view.host === 'snap.licdn.com') b.set('event', 'script load', 'path');
    const params = allParams(view);
    b.absorb(params, FIELDS);
    if (params.get('conversionId')) b.set('event', 'conversion', 'conversionId');
    else b.set('event', 'page_view', 'path');
    return [b.markTruncated(view.truncated).build()];
  },
};
