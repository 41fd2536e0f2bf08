// The one plain-language sentence at the top of the popup, as data: which
// sentence, the health categories, the companies, and when relative to consent.
// The UI turns it into words in the user's language.
import { consentStateAt } from '../consent/consent-state';
import type { ConsentState } from '../consent/types';
import type { HealthCategory } from '../health/types';
import { companiesOf } from './companies';
import type { ConsentMoment } from './company-lines';
import { specialCategoryDisclosures } from './health-alarm';
import type { PageRecord, RecordedRequest } from './page-record';
import { isHealthPage } from './page-health';

/** The moments the summary sentence names (company-lines' ConsentMoment, without the ones it leaves unsaid). */
type SummaryMoment = Extract<ConsentMoment, 'before-choice' | 'after-refusal' | 'after-acceptance'> | null;

export interface PageSummary {
  kind: 'health-disclosed' | 'trackers' | 'none';
  categories: HealthCategory[];
  companies: string[];
  /** When every named company's first request left relative to the user's choice, if the same for all. */
  moment: SummaryMoment;
}

const BEFORE: ReadonlySet<ConsentState> = new Set(['before-any-interaction', 'banner-unanswered']);

function momentOf(state: ConsentState): SummaryMoment {
  if (BEFORE.has(state)) return 'before-choice';
  if (state === 'after-reject') return 'after-refusal';
  if (state === 'after-accept') return 'after-acceptance';
  return null;
}

/** The consent state of a tracker's first request on this page. */
export function firstRequestConsent(page: PageRecord, firstSeen: number) {
  return consentStateAt(page.consent, firstSeen, page.earlierChoice);
}

export function pageSummary(page: PageRecord | null): PageSummary {
  if (!page) return { kind: 'none', categories: [], companies: [], moment: null };
  const disclosed = specialCategoryDisclosures(page);
  const all = companiesOf(page);
  const health = isHealthPage(page.health);
  const named = disclosed.length > 0 ? disclosed.map((d) => d.company) : all.map((c) => c.company);
  const firstSeen = all.filter((c) => named.includes(c.company)).map((c) => Math.min(...c.trackers.map((t) => t.firstSeen)));
  const moments = new Set(firstSeen.map((t) => momentOf(firstRequestConsent(page, t).state)));
  const moment = moments.size === 1 ? [...moments][0]! : null;
  return {
    kind: disclosed.length > 0 ? 'health-disclosed' : all.length > 0 ? 'trackers' : 'none',
    categories: health ? (page.health?.verdict?.categories ?? []) : [],
    companies: named,
    moment,
  };
}

/** How many of these recorded requests (one tracker's) left in each consent state. */
export function consentStatesOfTracker(page: PageRecord, requests: readonly RecordedRequest[]): Partial<Record<ConsentState, number>> {
  const counts: Partial<Record<ConsentState, number>> = {};
  for (const request of requests) {
    const { state } = firstRequestConsent(page, request.timeStamp);
    counts[state] = (counts[state] ?? 0) + 1;
  }
  return counts;
}
