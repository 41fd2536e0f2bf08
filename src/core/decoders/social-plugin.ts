// Social plug-ins, embeds and login SDKs. Loading one is itself the disclosure:
// the browser sends the page address (as `href=`/`url=` or in the Referer header)
// together with the platform's own cookies, so a logged-in visitor is identified.
import type { TrackerKind } from '../model';
import { DisclosureBuilder, type FieldMap } from './builder';
import type { Decoder } from './decoder';
import type { RequestView } from './request-view';

export interface SocialPluginSpec {
  id: string;
  name: string;
  company: string;
  hosts: readonly string[];
  /** The plug-in's name (`like`, `sdk`, `embed`) when the request is one, else null. */
  plugin(view: RequestView): string | null;
  /** True for a privacy-enhanced variant (youtube-nocookie.com). */
  privacyEnhanced?(view: RequestView): boolean;
  kind?: TrackerKind;
}

// Parameters through which plug-ins are told the page they sit on.
const FIELDS: FieldMap = {
  href: 'pageUrl', url: 'pageUrl', u: 'pageUrl', share_url: 'pageUrl', origin_url: 'pageUrl', page_url: 'pageUrl',
  app_id: 'accountId', client_id: 'accountId', appId: 'accountId', pubid: 'accountId', property: 'accountId',
  origin: 'ignore', domain: 'ignore', locale: 'ignore', sdk: 'ignore', width: 'ignore', height: 'ignore', layout: 'ignore',
  action: 'ignore', size: 'ignore', share: 'ignore', show_faces: 'ignore', colorscheme: 'ignore', ref: 'custom', id: 'custom',
};

/** A Referer with a path beyond `/` discloses the page; an origin alone is left to the leak finder. */
function pageWithPath(url: string): boolean {
  const m = /^https?:\/\/[^/?#]+(\/[^#]*)?/.exec(url);
  return !!m && !!m[1] && m[1] !== '/';
}

function pageFromReferrer(referrer: string | null): string | null {
  return referrer && pageWithPath(referrer) ? referrer : null;
}

export function socialPlugin(spec: SocialPluginSpec): Decoder {
  return {
    id: spec.id,
    name: spec.name,
    company: spec.company,
    kind: spec.kind ?? 'social-plugin',
    hosts: spec.hosts,
    match(view) {
      return spec.plugin(view) !== null;
    },
    decode(view) {
      const plugin = spec.plugin(view) ?? 'plugin';
      const b = new DisclosureBuilder(spec.id);
      b.set('event', plugin, 'path');
      b.custom('plugin', plugin, 'path');
      if (spec.privacyEnhanced?.(view)) b.custom('privacyEnhancedMode', 'true', 'host');
      const params = view.queryParams();
      b.absorb(params, FIELDS);
      // `origin=` is usually just the origin; when it holds a path it is the page address.
      const origin = params.get('origin');
      if (origin && pageWithPath(origin)) b.set('pageUrl', origin, 'origin');
      const fromReferrer = pageFromReferrer(view.request.referrer);
      if (fromReferrer) b.set('pageUrl', fromReferrer, 'header Referer');
      return [b.markTruncated(view.truncated).build()];
    },
  };
}

/** `/plugins/like.php` → `like`; tolerant of versioned prefixes such as `/v19.0/plugins/`. */
export function segmentBefore(path: string, marker: string, suffix: string): string | null {
  const i = path.indexOf(marker);
  if (i < 0) return null;
  const rest = path.slice(i + marker.length);
  const end = rest.indexOf(suffix);
  const name = end >= 0 ? rest.slice(0, end) : rest;
  return /^[a-z_]{2,40}$/.test(name) ? name : null;
}
