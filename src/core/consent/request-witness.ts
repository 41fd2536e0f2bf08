// Witness 3: what the site told the trackers, read per request from the request as
// recorded (its URL query and a form-encoded body), through the decoders' own consent
// decoder. This adapter is the one place the consent findings touch request records and
// decoder output, so when the decoders' output shape changes only this file follows.

import { decodeGoogleConsent } from '../decoders/consent';
import type { PageRecord, RecordedRequest, TrackerRecord } from '../records/page-record';
import { GOOGLE_CONSENT_TYPES, type GoogleConsentType } from './consent-signals';

export interface RequestWitness {
  t: number;
  trackerKey: string;
  company: string;
  /** Tracker database category (`advertising`, `site_analytics`...). */
  category: string;
  /** The tracker's requests carried identifiers (user ids, hashed contact data) or its login cookies. */
  identifiers: boolean;
  /** Google consent mode as this request stated it; null when it carried none. */
  consentMode: { denied: GoogleConsentType[]; granted: GoogleConsentType[] } | null;
}

const MAX_BODY_LINES = 50;

export function requestWitnesses(page: PageRecord): RequestWitness[] {
  const identifiers = new Map<string, boolean>();
  return page.requests.flatMap((request) => {
    const tracker = page.trackers[request.trackerKey];
    if (!tracker) return [];
    if (!identifiers.has(request.trackerKey)) identifiers.set(request.trackerKey, carriesIdentifiers(tracker));
    return [
      {
        t: request.timeStamp,
        trackerKey: request.trackerKey,
        company: tracker.tracker.company,
        category: tracker.tracker.category,
        identifiers: identifiers.get(request.trackerKey)!,
        consentMode: consentModeOf(request),
      },
    ];
  });
}

export function carriesIdentifiers(tracker: TrackerRecord): boolean {
  if (tracker.loginCookies && tracker.loginCookies.cookieNames.length > 0) return true;
  return tracker.disclosures.some((d) => nonEmpty(d.userIds) || nonEmpty(d.hashedPii) || nonEmpty(d.plainPii) || !!d.accountId);
}

/** The Google consent mode a request carried, in its query or in any line of a form-encoded body. */
export function consentModeOf(request: Pick<RecordedRequest, 'url' | 'body'>): RequestWitness['consentMode'] {
  const sources: URLSearchParams[] = [];
  try {
    sources.push(new URL(request.url).searchParams);
  } catch {
    // not a URL we can read
  }
  if (request.body) for (const line of request.body.split('\n').slice(0, MAX_BODY_LINES)) sources.push(new URLSearchParams(line));
  for (const params of sources) {
    const decoded = decodeGoogleConsent((name) => params.get(name) ?? undefined);
    if (!decoded) continue;
    const denied = GOOGLE_CONSENT_TYPES.filter((k) => decoded[k] === 'denied');
    const granted = GOOGLE_CONSENT_TYPES.filter((k) => decoded[k] === 'granted');
    if (denied.length > 0 || granted.length > 0) return { denied, granted };
  }
  return null;
}

function nonEmpty(x: Record<string, string> | undefined): boolean {
  return !!x && Object.keys(x).length > 0;
}
