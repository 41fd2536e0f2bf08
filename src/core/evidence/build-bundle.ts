// Page records → evidence bundle. Pure: the caller supplies the time, versions and
// the user's UTC offset, so the same records always give the same bundle.
import { consentStateAt } from '../consent/consent-state';
import { describeConsent } from '../consent/describe-consent';
import { consentWitnesses } from '../consent/witness-text';
import type { ConsentTimeline, EarlierChoice } from '../consent/types';
import { formatReason } from '../health/reasons';
import { isHealthPage, type PageHealth } from '../records/page-health';
import type { PageRecord } from '../records/page-record';
import { migratePageRecord } from '../records/page-findings-migration';
import { isoWithOffset, offsetAt, type UtcOffset } from './time';
import {
  EVIDENCE_SCHEMA_VERSION,
  type EvidenceBundle,
  type EvidenceConsent,
  type EvidenceHealth,
  type EvidenceTracker,
  type EvidenceVisit,
  type EvidenceWitnesses,
  type RequestConsent,
} from './types';

export interface BundleInput {
  site: string;
  /** All visits to the site, or the ones the user selected. */
  visits: PageRecord[];
  /** Epoch ms. */
  generatedAt: number;
  pixelwachtVersion: string;
  browser: { name: string; version: string };
  trackerDbVersion: string;
  /** Minutes east of UTC, or a function giving it per instant (see time.ts). */
  timezoneOffsetMinutes: UtcOffset;
}

function requestConsent(timeline: ConsentTimeline | null, earlier: EarlierChoice | null, t: number): RequestConsent {
  const result = consentStateAt(timeline, t, earlier);
  const detail = result.earlierChoice ? { earlierChoice: result.earlierChoice } : undefined;
  return {
    ...result,
    description: {
      nl: describeConsent(result.state, result.sinceNavigationMs, 'nl', null, detail),
      en: describeConsent(result.state, result.sinceNavigationMs, 'en', null, detail),
    },
  };
}

function health(h: PageHealth | null, offset: UtcOffset): EvidenceHealth {
  const verdict = h?.verdict ?? null;
  const codes = verdict?.reasonCodes ?? [];
  return {
    isHealthPage: isHealthPage(h),
    decidedBy: h?.override ? 'user' : verdict ? 'classifier' : 'none',
    override: h?.override ?? null,
    verdict: verdict ? { ...verdict, atIso: isoWithOffset(verdict.at, offset) } : null,
    categories: verdict?.categories ?? [],
    reasons: { nl: codes.map((c) => formatReason(c, 'nl')), en: codes.map((c) => formatReason(c, 'en')) },
  };
}

function consent(page: PageRecord, offset: UtcOffset): EvidenceConsent {
  const timeline = page.consent;
  return {
    recorded: timeline !== null,
    navigationStartIso: timeline ? isoWithOffset(timeline.navigationStart, offset) : null,
    events: (timeline?.events ?? []).map((event) => ({ atIso: isoWithOffset(event.t, offset), event })),
    truncated: timeline?.truncated ?? false,
    earlierChoice: page.earlierChoice ? { ...page.earlierChoice, atIso: isoWithOffset(page.earlierChoice.t, offset) } : null,
    witnesses: witnesses(page, offset),
  };
}

function witnesses(page: PageRecord, offset: UtcOffset): EvidenceWitnesses {
  const { timeline, contradictions } = consentWitnesses(page);
  return {
    timeline: timeline.map((entry) => ({ ...entry, atIso: isoWithOffset(entry.t, offset) })),
    contradictions: contradictions.map((c) => ({ ...c, atIso: isoWithOffset(c.t, offset) })),
  };
}

function visit(page: PageRecord, offset: UtcOffset): EvidenceVisit {
  const trackers: Record<string, EvidenceTracker> = {};
  for (const [key, record] of Object.entries(page.trackers)) {
    trackers[key] = {
      ...record,
      firstSeenIso: isoWithOffset(record.firstSeen, offset),
      lastSeenIso: isoWithOffset(record.lastSeen, offset),
      firstConsent: requestConsent(page.consent, page.earlierChoice, record.firstSeen),
    };
  }
  return {
    visitId: page.visitId,
    url: page.url,
    site: page.site,
    title: page.title,
    startedAt: page.startedAt,
    startedAtIso: isoWithOffset(page.startedAt, offset),
    incognito: page.incognito,
    health: health(page.health, offset),
    consent: consent(page, offset),
    trackers,
    requests: page.requests.map((recorded) => ({
      recorded,
      timeIso: isoWithOffset(recorded.timeStamp, offset),
      consent: requestConsent(page.consent, page.earlierChoice, recorded.timeStamp),
    })),
    droppedRequests: page.droppedRequests,
    // Whether the record can be complete is part of the evidence, said explicitly even when nothing is missing.
    startedBy: page.startedBy ?? 'navigation',
    prerendered: page.prerendered ? { shown: page.prerendered.shown } : null,
    gaps: [...(page.gaps ?? [])],
    truncated: page.truncated === true,
  };
}

export function buildEvidenceBundle(input: BundleInput): EvidenceBundle {
  const offset = input.timezoneOffsetMinutes;
  // Oldest first, so the report and the letters read as a chronology.
  const visits = input.visits.map(migratePageRecord).sort((a, b) => a.startedAt - b.startedAt || a.visitId.localeCompare(b.visitId));
  return {
    schemaVersion: EVIDENCE_SCHEMA_VERSION,
    format: 'pixelwacht-evidence',
    site: input.site,
    generatedAt: isoWithOffset(input.generatedAt, offset),
    utcOffsetMinutes: offsetAt(offset, input.generatedAt),
    generator: { name: 'Pixelwacht', version: input.pixelwachtVersion },
    browser: { name: input.browser.name, version: input.browser.version },
    trackerDatabase: { version: input.trackerDbVersion },
    // JSON has no undefined; a structured clone keeps the bundle free of shared references too.
    visits: visits.map((v) => JSON.parse(JSON.stringify(visit(v, offset))) as EvidenceVisit),
  };
}
