// The evidence bundle: everything Pixelwacht recorded about a site's visits, in one
// versioned JSON shape (see SCHEMA.md). Derived fields (ISO times, consent state per
// request, reasons as sentences) sit *beside* the recorded data, never instead of it.
import type { Contradiction } from '../consent/contradictions';
import type { WitnessEvidenceEntry } from '../consent/witness-text';
import type { ConsentEvent, ConsentState, ChoiceKind, EarlierChoice } from '../consent/types';
import type { HealthCategory } from '../health/types';
import type { Lang } from '../model';
import type { HealthOverride, StoredVerdict } from '../records/page-health';
import type { PageStart, RecordedRequest, RecordGap, TrackerRecord } from '../records/page-record';

/**
 * 2: disclosures carry typed `findings` (src/core/decoders/findings.ts) and each recorded request its own
 * `findings` (and `inflated` when they came from a compressed body). Records of version 1 are migrated
 * when a bundle is built (records/page-findings-migration.ts).
 */
export const EVIDENCE_SCHEMA_VERSION = 2;

export type { Lang };
export type Texts = Record<Lang, string>;

export interface EvidenceHealth {
  /** The conclusion the letters use: the user's override first, then the classifier (isHealthPage). */
  isHealthPage: boolean;
  decidedBy: 'user' | 'classifier' | 'none';
  override: { value: HealthOverride; scope: 'page' | 'site' } | null;
  /** The classifier's verdict as stored, with its time as ISO. */
  verdict: (StoredVerdict & { atIso: string }) | null;
  categories: HealthCategory[];
  /** The verdict's reasons as sentences, in both languages, same order as reasonCodes. */
  reasons: Record<Lang, string[]>;
}

export interface EvidenceConsentEvent {
  atIso: string;
  event: ConsentEvent;
}

export interface EvidenceConsent {
  /** False when no timeline was recorded for the visit: then every request's state is 'unknown'. */
  recorded: boolean;
  navigationStartIso: string | null;
  events: EvidenceConsentEvent[];
  truncated: boolean;
  earlierChoice: (EarlierChoice & { atIso: string }) | null;
  /**
   * The three witnesses on one timeline (the user's actions, the CMP's own record and TCF
   * answers, what the requests told the trackers), each labelled with whose statement it is,
   * and where they contradict each other. Absent in files made before it was added.
   */
  witnesses?: EvidenceWitnesses;
}

export interface EvidenceWitnesses {
  timeline: (WitnessEvidenceEntry & { atIso: string })[];
  contradictions: (Contradiction & { atIso: string })[];
}

export interface RequestConsent {
  state: ConsentState;
  sinceNavigationMs: number | null;
  earlierChoice?: ChoiceKind;
  description: Texts;
}

export interface EvidenceRequest {
  /** The request exactly as the page record kept it. */
  recorded: RecordedRequest;
  timeIso: string;
  consent: RequestConsent;
}

export interface EvidenceTracker extends TrackerRecord {
  firstSeenIso: string;
  lastSeenIso: string;
  /** Consent state when this tracker's first request left (the first request may have been dropped by the cap). */
  firstConsent: RequestConsent;
}

export interface EvidenceVisit {
  visitId: string;
  url: string;
  site: string;
  title: string | null;
  startedAt: number;
  startedAtIso: string;
  incognito: boolean;
  health: EvidenceHealth;
  consent: EvidenceConsent;
  /** Keyed by tracker database key, as in the page record. */
  trackers: Record<string, EvidenceTracker>;
  requests: EvidenceRequest[];
  droppedRequests: number;
  /** How the page record began ('navigation' for an ordinary load; records made before the field read so). */
  startedBy: PageStart;
  /** Prerendered before it was shown (`shown` false if it never was), or null. */
  prerendered: { shown: boolean } | null;
  /** Why the record may miss requests; [] = nothing known to be missing. */
  gaps: RecordGap[];
  /** Some recorded text was cut to its cap (flagged on what was cut), or decoded data beyond the page's budget was not kept. */
  truncated: boolean;
}

export interface EvidenceBundle {
  /** Bundles are built at EVIDENCE_SCHEMA_VERSION; files of version 1 can still be read (findings then via findingsOf). */
  schemaVersion: 1 | typeof EVIDENCE_SCHEMA_VERSION;
  format: 'pixelwacht-evidence';
  site: string;
  generatedAt: string;
  /** UTC offset in minutes (ISO sign) when the bundle was generated. */
  utcOffsetMinutes: number;
  generator: { name: 'Pixelwacht'; version: string };
  browser: { name: string; version: string };
  trackerDatabase: { version: string };
  visits: EvidenceVisit[];
}
