// One line per company (brand), most serious first: what it received, whether it
// received a health page, and the worst moment relative to the user's cookie
// choice. Shared by the popup, the dashboard and the headline sentence, so that
// every view orders and names the companies the same way.
import type { ConsentState } from '../consent/types';
import { summariseTracker, type ChipId } from './disclosure-summary';
import { displayBrand } from './display-brand';
import { specialCategoryDisclosures, specialCategoryTrackers, type DisclosedWhat, type SpecialCategoryDisclosure } from './health-alarm';
import type { PageRecord, TrackerRecord } from './page-record';
import { firstRequestConsent } from './page-summary';

/** When data left, relative to the user's choice; worst first. */
export type ConsentMoment = 'after-refusal' | 'before-choice' | 'unknown' | 'after-custom' | 'after-acceptance';
const MOMENT_ORDER: readonly ConsentMoment[] = ['after-refusal', 'before-choice', 'unknown', 'after-custom', 'after-acceptance'];

/** What a company received beyond the visit itself, most revealing first. */
export type Received =
  | 'plain-personal'
  | 'hashed-email'
  | 'hashed-phone'
  | 'hashed-personal'
  | 'login-cookie'
  | 'browser-id'
  | 'click-id'
  | 'session-recording'
  | 'custom-data';
export const RECEIVED_ORDER: readonly Received[] = [
  'plain-personal', 'hashed-email', 'hashed-phone', 'hashed-personal', 'login-cookie', 'browser-id', 'click-id', 'session-recording', 'custom-data',
];
const RECEIVED_BY_CHIP: Partial<Record<ChipId, Received>> = {
  'plain-personal': 'plain-personal',
  'hashed-email': 'hashed-email',
  'hashed-phone': 'hashed-phone',
  'hashed-personal': 'hashed-personal',
  'login-cookie': 'login-cookie',
  'browser-id': 'browser-id',
  'click-id': 'click-id',
  'session-recording': 'session-recording',
  'custom-data': 'custom-data',
};
const VISIT_CHIPS: ReadonlySet<ChipId> = new Set(['page-address', 'page-title', 'referrer']);

export interface CompanyLine {
  /** The display brand: also the line's identity ("LinkedIn" is its own line, apart from Microsoft). */
  brand: string;
  /** The tracker database's company and key, for filters and tests. */
  company: string;
  companyKey: string;
  country: string | null;
  trackers: TrackerRecord[];
  requestCount: number;
  /** A health page's address, title or content went to this company. */
  special: boolean;
  /** The page address (or title, or previous page) went along. */
  visit: boolean;
  received: Received[];
  /** The worst moment of any of its requests, null when nothing is known about consent on this page. */
  moment: ConsentMoment | null;
  /** Requests that left after the user refused. */
  afterRefusal: number;
}

export function momentOf(state: ConsentState, earlier?: string): ConsentMoment {
  switch (state) {
    case 'before-any-interaction':
    case 'banner-unanswered':
      return 'before-choice';
    case 'after-reject':
      return 'after-refusal';
    case 'after-accept':
      return 'after-acceptance';
    case 'after-custom':
      return 'after-custom';
    case 'earlier-choice':
      return earlier === 'reject-all' ? 'after-refusal' : earlier === 'accept-all' ? 'after-acceptance' : earlier === 'save-custom' ? 'after-custom' : 'unknown';
    default:
      return 'unknown';
  }
}

export const worseMoment = (a: ConsentMoment | null, b: ConsentMoment | null): ConsentMoment | null =>
  a === null ? b : b === null ? a : MOMENT_ORDER.indexOf(a) <= MOMENT_ORDER.indexOf(b) ? a : b;

function seriousness(line: CompanyLine): number {
  let score = 0;
  if (line.special) score += 1000;
  if (line.moment === 'after-refusal') score += 400;
  else if (line.moment === 'before-choice') score += 100;
  if (line.received.some((r) => r === 'plain-personal' || r.startsWith('hashed-'))) score += 60;
  if (line.received.includes('login-cookie')) score += 40;
  if (line.received.includes('browser-id')) score += 20;
  if (line.visit) score += 10;
  return score;
}

export function companyLines(page: PageRecord): CompanyLine[] {
  const special = new Set(specialCategoryTrackers(page));
  const requestsBy = new Map<string, number[]>();
  for (const request of page.requests) {
    const list = requestsBy.get(request.trackerKey);
    if (list) list.push(request.timeStamp);
    else requestsBy.set(request.trackerKey, [request.timeStamp]);
  }
  const lines = new Map<string, CompanyLine>();
  for (const record of Object.values(page.trackers)) {
    const brand = displayBrand(record.tracker);
    let line = lines.get(brand);
    if (!line) {
      const { company, companyKey, country } = record.tracker;
      line = { brand, company, companyKey, country, trackers: [], requestCount: 0, special: false, visit: false, received: [], moment: null, afterRefusal: 0 };
      lines.set(brand, line);
    }
    line.trackers.push(record);
    line.requestCount += record.requestCount;
    if (special.has(record.tracker.key)) line.special = true;
    const received = new Set(line.received);
    for (const chip of summariseTracker(record).chips) {
      if (VISIT_CHIPS.has(chip.id)) line.visit = true;
      const r = RECEIVED_BY_CHIP[chip.id];
      if (r) received.add(r);
    }
    if (record.kind === 'social-plugin') line.visit = true;
    line.received = RECEIVED_ORDER.filter((r) => received.has(r));
    if (page.consent || page.earlierChoice) {
      // Every kept request, and the first one even when the cap dropped it.
      const first = firstRequestConsent(page, record.firstSeen);
      line.moment = worseMoment(line.moment, momentOf(first.state, first.earlierChoice));
      for (const time of requestsBy.get(record.tracker.key) ?? []) {
        const { state, earlierChoice } = firstRequestConsent(page, time);
        const moment = momentOf(state, earlierChoice);
        line.moment = worseMoment(line.moment, moment);
        if (moment === 'after-refusal') line.afterRefusal += 1;
      }
    }
  }
  const list = [...lines.values()];
  for (const line of list) line.trackers.sort((a, b) => b.requestCount - a.requestCount);
  return list.sort((a, b) => seriousness(b) - seriousness(a) || b.requestCount - a.requestCount || a.brand.localeCompare(b.brand));
}

/** The brands a health page went to, with what each received (address, title, content), most serious first. */
export function healthRecipients(
  page: PageRecord,
  lines: CompanyLine[] = companyLines(page),
  disclosures: SpecialCategoryDisclosure[] = specialCategoryDisclosures(page),
): { brand: string; what: DisclosedWhat[] }[] {
  const byCompany = new Map(disclosures.map((d) => [d.company, d.what]));
  return lines.filter((l) => l.special).map((l) => ({ brand: l.brand, what: byCompany.get(l.company) ?? ['page-address'] }));
}
