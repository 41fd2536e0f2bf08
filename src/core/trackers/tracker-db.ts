// Request → tracker, company and category, from the Ghostery tracker database
// (CC BY-NC-SA 4.0, see NOTICE). The database ships as a serialized engine; the
// caller provides its bytes (an extension resource in the browser, a file in
// the CLI), so this module stays free of browser and Node APIs.
import loadTrackerDB from '@ghostery/trackerdb';
import { parse } from 'tldts';
import type { RequestType, TrackerInfo } from '../model';

type Lookup = Awaited<ReturnType<typeof loadTrackerDB>>;
type PatternMatch = ReturnType<Lookup['matchUrl']>[number];

export interface TrackerIdentifier {
  /** Version of the tracker database package, recorded in evidence. */
  readonly version: string;
  identify(url: string, type: RequestType, pageUrl: string | null): TrackerInfo | null;
  /** Look up by host only — for requests whose URL the engine cannot parse as a request. */
  identifyDomain(hostname: string): TrackerInfo | null;
}

// The engine understands webRequest type names except Firefox's `beacon`.
function engineType(type: RequestType): string {
  return type === 'beacon' ? 'ping' : type;
}

// The engine parses the request's and the page's address with tldts on every
// match (host name and registrable domain) unless it is given both: a tenth of
// the worker's time during a page load. They depend only on the address up to
// the end of its authority, which a page's requests share, so they are parsed
// once per authority, with the engine's own tldts options, and handed to it.
const ENGINE_TLDTS_OPTIONS = { extractHostname: true, mixedInputs: false, validateHostname: false } as const;
const MAX_CACHED_AUTHORITIES = 4096;

export interface HostParts {
  hostname: string;
  domain: string;
}

/**
 * `scheme://authority` of an absolute address (all tldts reads the host from), or
 * null when the address is not in the plain form a browser sends (a scheme of
 * letters, no white space, control character or backslash before the path):
 * those are parsed whole, as the engine would.
 */
export function authorityOf(url: string): string | null {
  const scheme = url.indexOf('://');
  if (scheme <= 0 || scheme > 16) return null;
  for (let i = 0; i < scheme; i++) {
    const c = url.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return null;
  }
  let end = scheme + 3;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    if (c <= 32 || c === 92 /* backslash */ || c === 127) return null;
    end += 1;
  }
  return url.slice(0, end);
}

function parsedHost(url: string): HostParts {
  const parsed = parse(url, ENGINE_TLDTS_OPTIONS);
  return { hostname: parsed.hostname || '', domain: parsed.domain || '' };
}

/** Host name and registrable domain as the engine would parse them from `url`, remembered per authority. */
export function createHostParser(max = MAX_CACHED_AUTHORITIES): (url: string) => HostParts {
  const byAuthority = new Map<string, HostParts>();
  return (url) => {
    const authority = authorityOf(url);
    if (authority === null) return parsedHost(url);
    let parts = byAuthority.get(authority);
    if (!parts) {
      parts = parsedHost(authority);
      if (byAuthority.size >= max) byAuthority.delete(byAuthority.keys().next().value!);
      byAuthority.set(authority, parts);
    }
    return parts;
  };
}

function toTrackerInfo(match: PatternMatch): TrackerInfo {
  const org = match.organization;
  return {
    key: match.pattern.key,
    name: match.pattern.name,
    companyKey: org?.key ?? match.pattern.key,
    company: org?.name ?? match.pattern.name,
    category: match.pattern.category,
    country: org?.country ?? null,
    website: org?.website_url ?? match.pattern.website_url ?? null,
    privacyPolicy: org?.privacy_policy_url ?? null,
  };
}

// A URL can match both a specific pattern (`||facebook.com/tr` → Custom Audience)
// and the generic domain pattern (facebook.com → Facebook). The engine lists
// filter matches before domain matches, so the first is the most specific.
function mostSpecific(matches: PatternMatch[]): TrackerInfo | null {
  const first = matches[0];
  return first ? toTrackerInfo(first) : null;
}

export async function createTrackerIdentifier(
  engineBytes: Uint8Array,
  version: string,
): Promise<TrackerIdentifier> {
  const db = await loadTrackerDB(engineBytes);
  const hostOf = createHostParser();
  return {
    version,
    identify(url, type, pageUrl) {
      try {
        const sourceUrl = pageUrl ?? url;
        const request = hostOf(url);
        const source = hostOf(sourceUrl);
        return mostSpecific(
          db.matchUrl(
            {
              url,
              type: engineType(type) as never,
              sourceUrl,
              hostname: request.hostname,
              domain: request.domain,
              sourceHostname: source.hostname,
              // As the engine does when the page's address has no registrable domain (an IP address, localhost).
              sourceDomain: source.domain || source.hostname,
            },
            { getDomainMetadata: true },
          ),
        );
      } catch {
        // Hostile or malformed URLs must never break the pipeline.
        return null;
      }
    },
    identifyDomain(hostname) {
      try {
        return mostSpecific(db.matchDomain(hostname));
      } catch {
        return null;
      }
    },
  };
}
