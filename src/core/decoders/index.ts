// Decoder registry entry point: request → what it disclosed.
import type { ObservedRequest } from '../model';
import { isThirdParty } from '../trackers/party';
import { classifyDisclosure } from './findings';
import { findDecoder } from './registry';
import { pageAddressLeak } from './page-address-leak';
import { splitUrl, viewOf, type UrlParts } from './request-view';
import type { Disclosure } from './types';

export type { AccountLinkage } from './account-linkage';
export { accountLinkage, loginPlatformPatterns } from './account-linkage';
export { findPageAddressLeaks, pageAddressLeak, type PageAddressLeak } from './page-address-leak';
export { DECODERS, decoderById } from './registry';
export { classifyDisclosure, findingsOf, hasFinding, isStorageDenial, type Finding, type FindingKind } from './findings';
export { compressedBodyOf, type CompressedBody, type Inflater } from './compressed-body';

export interface DecodeResult {
  /** Decoder that recognised the request, or null; its kind and company are the decoder's own (`decoderById`). */
  decoder: string | null;
  /** Vendor payload recognised on a host that is not the vendor's (first-party or server-side proxy). */
  disguised: boolean;
  disclosures: Disclosure[];
  /** True when the body or the number of events/parameters was capped while decoding. */
  truncated: boolean;
}

export interface DecodeOptions {
  /** Title of the top-level page, when the content script reported it: lets the leak finder look for it too. */
  pageTitle?: string;
  /** Whether the request is third-party, when the caller already knows (saves parsing it again). */
  thirdParty?: boolean;
  /** The request URL already split, when the caller has done so (analyseRequest: once per request). */
  parts?: UrlParts;
}

// Login cookies that went along are not the decoder's business: they join the page's
// record with the headers (records/page-record.ts `recordHeaders`), once they are seen.
function empty(): DecodeResult {
  return { decoder: null, disguised: false, disclosures: [], truncated: false };
}

function hostUrl(url: string | null): string | null {
  if (typeof url !== 'string') return null;
  const host = splitUrl(url.slice(0, 2048)).host;
  return host ? `https://${host}/` : null;
}

/** True when a request has anything the leak finder could search. */
function hasPayload(request: ObservedRequest): boolean {
  return (typeof request.url === 'string' && request.url.includes('?')) || !!request.body || !!request.referrer;
}

export function decodeRequest(request: ObservedRequest, options: DecodeOptions = {}): DecodeResult {
  try {
    const view = viewOf(request, options.parts);
    const found = findDecoder(view);
    const result = empty();
    if (found) {
      const { decoder, disguised } = found;
      result.decoder = decoder.id;
      result.disguised = disguised;
      try {
        result.disclosures = decoder.decode(view, { disguised });
      } catch {
        // Last resort: a decoder bug still leaves the request recognised.
        result.disclosures = [];
      }
      result.truncated = view.truncated || result.disclosures.some((d) => d.truncated === true);
    }
    // Any third-party request, known vendor or not, may carry the page address.
    const vendorReportedPage = result.disclosures.some((d) => d.pageUrl !== undefined);
    // Party by host only: tldts would otherwise walk a URL of any length.
    if (!vendorReportedPage && hasPayload(request) && (options.thirdParty ?? isThirdParty(`https://${view.host}/`, hostUrl(request.pageUrl)))) {
      const leak = pageAddressLeak(request, options.pageTitle);
      // The origin alone goes out with nearly every cross-site request (default Referrer-Policy): not worth a disclosure.
      if (leak && leak.strength === 'strong') result.disclosures.push(leak);
    }
    // Decoders that build disclosures by hand (and the leak finder) are classified here: every disclosure has findings.
    for (const d of result.disclosures) d.findings ??= classifyDisclosure(d);
    return result;
  } catch {
    return empty();
  }
}
