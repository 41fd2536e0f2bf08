// The per-request pipeline shared by the background and the CLI:
// party check → tracker identification → decoding → kind.
import { decodeRequest, decoderById, type DecodeOptions, type DecodeResult } from './decoders/index';
import type { Disclosure, ObservedRequest, TrackerInfo, TrackerKind } from './model';
import { kindOf } from './trackers/kind';
import type { Decoder } from './decoders/decoder';
import { splitUrl, type UrlParts } from './decoders/request-view';
import { siteOf, siteOfHost } from './trackers/party';
import type { TrackerIdentifier } from './trackers/tracker-db';

export interface RequestAnalysis {
  thirdParty: boolean;
  tracker: TrackerInfo | null;
  kind: TrackerKind | null;
  /** Decoder that recognised the payload, when one did. */
  decoder: string | null;
  /** A vendor payload sent to a host that is not the vendor's. */
  disguised: boolean;
  disclosures: Disclosure[];
  /** The body or event list was capped while decoding. */
  truncated: boolean;
}

const DECODER_CATEGORY: Record<TrackerKind, string> = {
  pixel: 'advertising',
  advertising: 'advertising',
  analytics: 'site_analytics',
  'session-replay': 'site_analytics',
  'social-plugin': 'social_media',
  'tag-manager': 'utilities',
  other: 'misc',
};

/** Where a decoder's vendor lives, for asking the tracker database who it is: its first exact host. */
function vendorHostOf(decoder: Decoder): string {
  return decoder.vendorHost ?? decoder.hosts.find((h) => !h.startsWith('*.')) ?? decoder.hosts[0]!.replace(/^\*\./, '');
}

// The database's answer per decoder and database: one lookup per vendor, not per request.
const vendorIdentity = new WeakMap<TrackerIdentifier, Map<string, TrackerInfo | null>>();

/**
 * The company behind a decoder as the tracker database names it (`identifyDomain`
 * of the vendor's own host): the same companyKey a direct request to the vendor
 * gets, so a proxied Meta pixel and a direct one count as one company.
 */
export function decoderCompany(decoder: Decoder, trackers: TrackerIdentifier): TrackerInfo | null {
  let cache = vendorIdentity.get(trackers);
  if (!cache) vendorIdentity.set(trackers, (cache = new Map()));
  if (!cache.has(decoder.id)) cache.set(decoder.id, trackers.identifyDomain(vendorHostOf(decoder)));
  return cache.get(decoder.id) ?? null;
}

/**
 * Tracker identity from the decoder when the database has none: a vendor payload
 * on a first-party or server-side tagging host ("disguised"), or a vendor host the
 * database does not list. The organisation comes from the tracker database.
 */
function trackerFromDecoder(decoder: Decoder | undefined, decoded: DecodeResult, trackers: TrackerIdentifier): TrackerInfo | null {
  if (!decoder) return null;
  const org = decoderCompany(decoder, trackers);
  return {
    key: `pixelwacht:${decoder.id}${decoded.disguised ? ':disguised' : ''}`,
    name: decoder.name,
    companyKey: org?.companyKey ?? decoder.company.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
    company: org?.company ?? decoder.company,
    category: DECODER_CATEGORY[decoder.kind],
    country: org?.country ?? null,
    website: org?.website ?? null,
    privacyPolicy: org?.privacyPolicy ?? null,
  };
}

/**
 * A third party the database does not know, caught carrying the page address:
 * named after its site, so the long tail shows up too.
 */
function unknownRecipient(site: string | null, decoded: DecodeResult): TrackerInfo | null {
  if (!decoded.disclosures.some((d) => d.vendor === 'page-address-leak')) return null;
  if (!site) return null;
  return {
    key: `site:${site}`,
    name: site,
    companyKey: `site:${site}`,
    company: site,
    category: 'unknown',
    country: null,
    website: null,
    privacyPolicy: null,
  };
}

/** The request's URL taken apart once: host, path and query for the decoders, sites for the party check. */
function partsOf(request: ObservedRequest): { parts: UrlParts; site: string | null; thirdParty: boolean } {
  const url = typeof request.url === 'string' ? request.url : '';
  const parts = splitUrl(url);
  const site = parts.host ? siteOfHost(parts.host) : siteOf(url);
  const pageSite = siteOf(request.pageUrl);
  return { parts, site, thirdParty: !pageSite || site !== pageSite };
}

export function analyseRequest(
  request: ObservedRequest,
  trackers: TrackerIdentifier,
  options: DecodeOptions = {},
): RequestAnalysis {
  const { parts, site, thirdParty } = partsOf(request);
  const decoded = decodeRequest(request, { ...options, thirdParty, parts });
  // First-party requests are only trackers when their payload gives them away
  // (a GA4 hit sent through the site's own server-side tag manager); a site's
  // self-hosted analytics tells no other company anything. A vendor payload on a
  // host that is not the vendor's (Meta's Conversions API gateway on a cloud
  // host) is named after the vendor it is for, not after the host that relays it.
  const decoder = decoded.decoder ? decoderById(decoded.decoder) : undefined;
  const decoderCounts = decoder !== undefined && (thirdParty || decoded.disguised);
  const fromDatabase = thirdParty && !decoded.disguised ? trackers.identify(request.url, request.type, request.pageUrl) : null;
  const tracker =
    fromDatabase ?? (decoderCounts ? trackerFromDecoder(decoder, decoded, trackers) : null) ?? (thirdParty ? unknownRecipient(site, decoded) : null);
  return {
    thirdParty,
    tracker,
    kind: tracker ? kindOf(tracker, decoderCounts ? decoder.kind : null) : null,
    decoder: decoderCounts ? decoded.decoder : null,
    disguised: decoded.disguised,
    disclosures: tracker || thirdParty ? decoded.disclosures : [],
    truncated: decoded.truncated,
  };
}
