// The per-request pipeline shared by the background and the CLI:
// party check → tracker identification → decoding → kind.
import { decodeRequest, decoderById, type DecodeOptions, type DecodeResult } from './decoders/index';
import type { Disclosure, ObservedRequest, TrackerInfo, TrackerKind } from './model';
import { kindOf } from './trackers/kind';
import { isThirdParty, siteOf } from './trackers/party';
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
  accountLinkage: DecodeResult['accountLinkage'];
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

/**
 * Tracker identity from the decoder when the database has none: a vendor payload
 * on a first-party or server-side tagging host ("disguised"), or a vendor host the
 * database does not list.
 */
function trackerFromDecoder(decoded: DecodeResult): TrackerInfo | null {
  const decoder = decoded.decoder ? decoderById(decoded.decoder) : undefined;
  if (!decoder) return null;
  return {
    key: `pixelwacht:${decoder.id}${decoded.disguised ? ':disguised' : ''}`,
    name: decoder.name,
    companyKey: decoder.company.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
    company: decoder.company,
    category: DECODER_CATEGORY[decoder.kind],
    country: null,
    website: null,
    privacyPolicy: null,
  };
}

/**
 * A third party the database does not know, caught carrying the page address:
 * named after its site, so the long tail shows up too.
 */
function unknownRecipient(request: ObservedRequest, decoded: DecodeResult): TrackerInfo | null {
  if (!decoded.disclosures.some((d) => d.vendor === 'page-address-leak')) return null;
  const site = siteOf(request.url);
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

export function analyseRequest(
  request: ObservedRequest,
  trackers: TrackerIdentifier,
  options: DecodeOptions = {},
): RequestAnalysis {
  const thirdParty = isThirdParty(request.url, request.pageUrl);
  const decoded = decodeRequest(request, { ...options, thirdParty });
  // First-party requests are only trackers when their payload gives them away
  // (a GA4 hit sent through the site's own server-side tag manager); a site's
  // self-hosted analytics tells no other company anything.
  const fromDatabase = thirdParty ? trackers.identify(request.url, request.type, request.pageUrl) : null;
  const decoderCounts = decoded.decoder !== null && (thirdParty || decoded.disguised);
  const tracker =
    fromDatabase ?? (decoderCounts ? trackerFromDecoder(decoded) : null) ?? (thirdParty ? unknownRecipient(request, decoded) : null);
  return {
    thirdParty,
    tracker,
    kind: tracker ? kindOf(tracker, decoderCounts ? decoded.kind : null) : null,
    decoder: decoderCounts ? decoded.decoder : null,
    disguised: decoded.disguised,
    disclosures: tracker || thirdParty ? decoded.disclosures : [],
    accountLinkage: decoded.accountLinkage,
    truncated: decoded.truncated,
  };
}
