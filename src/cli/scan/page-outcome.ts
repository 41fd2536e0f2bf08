// One scanned page, as the scan keeps it: small and flat (the whole page record is
// kept in a file of its own for the evidence). What each company received and when,
// relative to the cookie choice, comes from the same functions as the popup
// (core/records/company-lines.ts), never re-derived here.
import { formatReason } from '../../core/health/reasons';
import { companyLines, momentOf, type ConsentMoment } from '../../core/records/company-lines';
import { isHealthPage } from '../../core/records/page-health';
import type { PageRecord } from '../../core/records/page-record';
import { firstRequestConsent } from '../../core/records/page-summary';

export type ConsentRun = 'none' | 'reject' | 'accept';
export const CONSENT_RUNS: readonly ConsentRun[] = ['none', 'reject', 'accept'];

export type PageStatus = 'ok' | 'failed' | 'timeout' | 'off-site' | 'no-record';
/** start: the start page (after the choice in a reject/accept run); before-choice: the start page as first seen, where the choice was made. */
export type PageKind = 'start' | 'before-choice' | 'link';

export interface ConsentAction {
  /** The banner the extension's detection found (its CMP, or 'generic'); null: none found. */
  banner: string | null;
  clicked: boolean;
  /** The choice was made in this run's profile before (a scan resumed after an interruption): no banner showed again. */
  madeEarlier?: boolean;
}

export interface CompanyResult {
  brand: string;
  company: string;
  requests: number;
  /** The page's address, title or referrer went to it (or a social plug-in loaded). */
  visit: boolean;
  /** A health page's address, title or content went to it. */
  healthData: boolean;
  received: string[];
  /** When its requests left, relative to the cookie choice (each moment once). */
  moments: ConsentMoment[];
  /** Requests the browser was told to block (a blocking feature's mark on the record); 0 when none. */
  blocked: number;
}

export interface PageOutcome {
  run: ConsentRun;
  site: string;
  label: string | null;
  category: string | null;
  url: string;
  finalUrl: string | null;
  kind: PageKind;
  status: PageStatus;
  error: string | null;
  httpStatus: number | null;
  /** Epoch ms the visit began. */
  at: number;
  /** Why the link was chosen (lexicon words), for link pages. */
  linkWords: string[];
  consent: ConsentAction | null;
  health: { isHealth: boolean; categories: string[]; reasons: string[] } | null;
  companies: CompanyResult[];
  /** The page record's file, relative to the output folder. */
  recordFile: string | null;
  /** Form submissions (non-GET document requests) the scan stopped before they left: method and address. */
  blockedSubmissions?: string[];
  /** When the scan let this page's navigations go (epoch ms): the pause between requests to one site is kept there. */
  sentAt?: number[];
  /** Start pages: how many of their links the scan follows. */
  linksChosen?: number;
}

const MAX_REASONS = 5;

function blockedOf(record: PageRecord, trackerKeys: Set<string>): number {
  // Requests the health shield stopped are recorded with what they would have sent, marked blockedBy.
  return record.requests.filter((r) => trackerKeys.has(r.trackerKey) && !!r.blockedBy).length;
}

export function companiesOf(record: PageRecord): CompanyResult[] {
  const health = isHealthPage(record.health);
  return companyLines(record).map((line) => {
    const keys = new Set(line.trackers.map((t) => t.tracker.key));
    const moments = new Set<ConsentMoment>();
    if (record.consent || record.earlierChoice) {
      for (const t of line.trackers) {
        const first = firstRequestConsent(record, t.firstSeen);
        moments.add(momentOf(first.state, first.earlierChoice));
      }
      for (const r of record.requests) {
        if (!keys.has(r.trackerKey)) continue;
        const { state, earlierChoice } = firstRequestConsent(record, r.timeStamp);
        moments.add(momentOf(state, earlierChoice));
      }
    }
    return {
      brand: line.brand,
      company: line.company,
      requests: line.requestCount,
      visit: line.visit,
      healthData: health && line.special,
      received: line.received,
      moments: [...moments].sort(),
      blocked: blockedOf(record, keys),
    };
  });
}

export function healthOf(record: PageRecord): PageOutcome['health'] {
  const verdict = record.health?.verdict ?? null;
  return {
    isHealth: isHealthPage(record.health),
    categories: verdict?.categories ?? [],
    reasons: (verdict?.reasonCodes ?? []).slice(0, MAX_REASONS).map((c) => formatReason(c, 'en')),
  };
}
