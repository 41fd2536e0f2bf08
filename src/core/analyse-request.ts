// The per-request pipeline shared by the background and the CLI:
// party check → tracker identification → decoding → kind.
import { decodeRequest } from './decoders/index';
import type { Disclosure, ObservedRequest, TrackerInfo, TrackerKind } from './model';
import { kindOf } from './trackers/kind';
import { isThirdParty } from './trackers/party';
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
}

export function analyseRequest(request: ObservedRequest, trackers: TrackerIdentifier): RequestAnalysis {
  const thirdParty = isThirdParty(request.url, request.pageUrl);
  // First-party requests are only trackers when their payload gives them away
  // (a GA4 hit sent through the site's own server-side tag manager).
  const tracker = thirdParty ? trackers.identify(request.url, request.type, request.pageUrl) : null;
  const decoded = decodeRequest(request);
  const recognised = tracker !== null || decoded.decoder !== null;
  return {
    thirdParty,
    tracker,
    kind: recognised ? kindOf(tracker, decoded.kind) : null,
    decoder: decoded.decoder,
    disguised: decoded.disguised,
    disclosures: decoded.disclosures,
  };
}
