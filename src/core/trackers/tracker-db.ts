// Request → tracker, company and category, from the Ghostery tracker database
// (CC BY-NC-SA 4.0, see NOTICE). The database ships as a serialized engine; the
// caller provides its bytes (an extension resource in the browser, a file in
// the CLI), so this module stays free of browser and Node APIs.
import loadTrackerDB from '@ghostery/trackerdb';
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
  return {
    version,
    identify(url, type, pageUrl) {
      try {
        return mostSpecific(
          db.matchUrl(
            { url, type: engineType(type) as never, sourceUrl: pageUrl ?? url },
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
