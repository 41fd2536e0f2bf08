// Witness 3: what the site told the trackers, per request, as the decoders classified it
// when the request was recorded (the request's typed findings: `consent-mode` for Google
// consent mode, `tcf-string` for an IAB TCF string). Nothing here parses a request again;
// this adapter is the one place the consent findings touch request records.

import { consentModeStates, type ConsentModeStates, type Finding } from '../decoders/findings';
import type { PageRecord, RecordedRequest, TrackerRecord } from '../records/page-record';
import { migratePageRecord } from '../records/page-findings-migration';

export interface RequestWitness {
  t: number;
  trackerKey: string;
  company: string;
  /** Tracker database category (`advertising`, `site_analytics`...). */
  category: string;
  /** The tracker's requests carried identifiers (user ids, hashed contact data) or its login cookies. */
  identifiers: boolean;
  /** Google consent mode as this request stated it; null when it carried none. */
  consentMode: ConsentModeStates | null;
  /** The IAB TCF string this request carried, as decoded; null when it carried none. */
  tcf?: TcfWitness | null;
}

export interface TcfWitness {
  valid: boolean;
  /** Whether the string records consent for this request's recipient (null: not known). */
  recipientConsent: boolean | null;
}

export function requestWitnesses(page: PageRecord): RequestWitness[] {
  // Records made before per-request findings existed get them by the decoders' own rules.
  const current = migratePageRecord(page);
  const identifiers = new Map<string, boolean>();
  return current.requests.flatMap((request) => {
    const tracker = current.trackers[request.trackerKey];
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
        tcf: tcfOf(request),
      },
    ];
  });
}

export function carriesIdentifiers(tracker: TrackerRecord): boolean {
  if (tracker.loginCookies && tracker.loginCookies.cookieNames.length > 0) return true;
  return tracker.disclosures.some((d) => nonEmpty(d.userIds) || nonEmpty(d.hashedPii) || nonEmpty(d.plainPii) || !!d.accountId);
}

/** The Google consent mode a recorded request stated, from its findings. */
export function consentModeOf(request: Pick<RecordedRequest, 'findings'>): ConsentModeStates | null {
  return consentModeStates(request.findings);
}

/** The TCF string a recorded request carried, from its findings. */
export function tcfOf(request: Pick<RecordedRequest, 'findings'>): TcfWitness | null {
  const found = (request.findings ?? []).find((f): f is Extract<Finding, { kind: 'tcf-string' }> => f?.kind === 'tcf-string');
  return found ? { valid: found.valid === true, recipientConsent: typeof found.recipientConsent === 'boolean' ? found.recipientConsent : null } : null;
}

function nonEmpty(x: Record<string, string> | undefined): boolean {
  return !!x && Object.keys(x).length > 0;
}
