// Every vendor decoder, and dispatch by hostname: an exact-host Map, then a walk
// up the host's parent domains for `*.` entries — a handful of Map lookups per
// request, never a loop over every decoder. Payloads on unknown hosts are only
// looked for when the last path segment is one a vendor uses (`collect`, `tr`,
// `matomo.php`), and then only by that vendor's shape check.
import { adform } from './adform';
import { clarity } from './clarity';
import { criteo } from './criteo';
import type { Decoder } from './decoder';
import { floodlight } from './floodlight';
import { ga4 } from './ga4';
import { googleAds } from './google-ads';
import { hotjar } from './hotjar';
import { hubspot } from './hubspot';
import { linkedinInsight } from './linkedin-insight';
import { matomo, piwikPro } from './matomo';
import { metaCapiGateway } from './meta-capi-gateway';
import { metaPixel } from './meta-pixel';
import { microsoftUet } from './microsoft-uet';
import { pinterest } from './pinterest';
import { reddit } from './reddit';
import { lastSegment, type RequestView } from './request-view';
import { snapchat } from './snapchat';
import {
  addThis, addToAny, facebookPlugins, googleSignIn, instagramEmbed, linkedinWidgets, pinterestWidgets, shareThis, xWidgets, youtubeEmbed,
} from './social-plugins';
import { tiktok } from './tiktok';
import { universalAnalytics } from './universal-analytics';
import { xTwitter } from './x-twitter';

/** In priority order: where two decoders share a host, the first whose `match` accepts wins. */
export const DECODERS: readonly Decoder[] = [
  metaPixel, metaCapiGateway, ga4, universalAnalytics, googleAds, floodlight, linkedinInsight, tiktok, xTwitter, pinterest, snapchat,
  microsoftUet, reddit, criteo, adform, hubspot, matomo, piwikPro, hotjar, clarity,
  facebookPlugins, xWidgets, linkedinWidgets, instagramEmbed, youtubeEmbed, googleSignIn, addThis, shareThis, addToAny, pinterestWidgets,
];

const exactHosts = new Map<string, Decoder[]>();
/** Decoders that recognise their payload by shape on any host and path. */
const anyHost: readonly Decoder[] = DECODERS.filter((d) => d.matchAnyHost);
const parentDomains = new Map<string, Decoder[]>();
const pathTails = new Map<string, Decoder[]>();

function add(map: Map<string, Decoder[]>, key: string, decoder: Decoder): void {
  const list = map.get(key);
  if (list) list.push(decoder);
  else map.set(key, [decoder]);
}

for (const decoder of DECODERS) {
  for (const host of decoder.hosts) {
    if (host.startsWith('*.')) add(parentDomains, host.slice(2), decoder);
    else add(exactHosts, host, decoder);
  }
  for (const tail of decoder.pathTails ?? []) add(pathTails, tail, decoder);
}

const byId = new Map(DECODERS.map((d) => [d.id, d]));

export function decoderById(id: string): Decoder | undefined {
  return byId.get(id);
}

// Google serves remarketing on its country domains (www.google.nl/pagead/1p-user-list/...).
const GOOGLE_COUNTRY = /^(?:www\.)?google\.(?:[a-z]{2,3}|com?\.[a-z]{2})$/;

function candidatesFor(host: string): Decoder[] {
  const out: Decoder[] = [];
  const exact = exactHosts.get(host);
  if (exact) out.push(...exact);
  // `a.b.example.com` → `a.b.example.com`, `b.example.com`, `example.com`: at most a few lookups.
  let h = host;
  for (let i = 0; i < 8; i++) {
    const list = parentDomains.get(h);
    if (list) out.push(...list);
    const dot = h.indexOf('.');
    if (dot < 0) break;
    h = h.slice(dot + 1);
  }
  if (out.length === 0 && host.includes('google.') && GOOGLE_COUNTRY.test(host)) out.push(googleAds);
  return out;
}

export interface DecoderMatch {
  decoder: Decoder;
  disguised: boolean;
}

/** The decoder for a request, if any. Never throws on hostile input (a throwing match is skipped). */
export function findDecoder(view: RequestView): DecoderMatch | null {
  if (!view.host) return null;
  const candidates = candidatesFor(view.host);
  for (const decoder of candidates) {
    try {
      if (decoder.match(view)) return { decoder, disguised: false };
    } catch {
      // A decoder bug must not hide the others.
    }
  }
  const tail = pathTails.get(lastSegment(view.path));
  for (const decoder of tail ?? []) {
    if (candidates.includes(decoder) || !decoder.matchShape) continue;
    try {
      if (decoder.matchShape(view)) return { decoder, disguised: decoder.foreignHostIsDisguise !== false };
    } catch {
      // As above.
    }
  }
  // Known vendor hosts are their vendors' own: a shape found there is not a disguise but a miss.
  if (candidates.length > 0) return null;
  for (const decoder of anyHost) {
    try {
      if (decoder.matchAnyHost!(view)) return { decoder, disguised: true };
    } catch {
      // As above.
    }
  }
  return null;
}
