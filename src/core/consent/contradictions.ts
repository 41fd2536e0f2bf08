// Contradictions between the three witnesses, as findings: what the user did (trusted
// events), what the CMP's own record says (cmp-record events), and what the site told
// the trackers (consent mode in the requests, the TCF API's claims). Pure; each kind
// has its own function so it can be tested and cited on its own. A finding names only
// recorded facts and their times, so a letter can say "after I refused, the site's own
// consent record said 'all accepted'".

import type { PageRecord } from '../records/page-record';
import { requestWitnesses, type RequestWitness } from './request-witness';
import { CLOCK_MARGIN_MS, type CmpRecordEvent, type ConsentEvent, type ConsentTimeline } from './types';

export const CONTRADICTION_KINDS = [
  'refused-but-record-granted',
  'record-denied-but-identifiers-sent',
  'consent-mode-denied-but-meta-linkedin',
  'tcf-action-without-interaction',
] as const;
export type ContradictionKind = (typeof CONTRADICTION_KINDS)[number];

export interface Contradiction {
  kind: ContradictionKind;
  /** When the contradicting fact was received (epoch ms). */
  t: number;
  /** The CMP whose record or API made the claim, when there is one. */
  cmp?: string;
  /** Companies that received requests despite the claim, when that is the finding. */
  companies?: string[];
  /** How many requests went out despite it. */
  requests?: number;
}

const META_OR_LINKEDIN = /^(meta|facebook|linkedin)/i;
// The tracker database files LinkedIn under its owner Microsoft (with Bing and Clarity), so
// LinkedIn is known by its tracker key (linkedin_ads, linkedin_analytics, ...), Meta by either.
const isMetaOrLinkedIn = (r: RequestWitness) => META_OR_LINKEDIN.test(r.company) || META_OR_LINKEDIN.test(r.trackerKey);

/** The user refused (a trusted choice), and afterwards the CMP's own record says something was granted. */
export function refusedButRecordGranted(events: readonly ConsentEvent[]): Contradiction[] {
  const refusal = events.find((e) => e.type === 'choice' && e.choice === 'reject-all' && e.via !== 'tcf');
  if (!refusal) return [];
  const record = events.find(
    (e): e is CmpRecordEvent =>
      e.type === 'cmp-record' && e.t >= refusal.t - CLOCK_MARGIN_MS && (e.says === 'accept-all' || e.granted.some((c) => c !== 'necessary')),
  );
  // A later choice of the user's own (accepting after all) explains the record.
  if (!record || events.some((e) => e.type === 'choice' && e.choice !== 'reject-all' && e.choice !== 'other' && e.t > refusal.t && e.t <= record.t)) return [];
  return [{ kind: 'refused-but-record-granted', t: record.t, cmp: record.cmp }];
}

/** The CMP's record says marketing is refused, and requests that carry identifiers still went to trackers after it. */
export function recordDeniedButIdentifiersSent(events: readonly ConsentEvent[], requests: readonly RequestWitness[]): Contradiction[] {
  const record = events.find((e): e is CmpRecordEvent => e.type === 'cmp-record' && e.says !== 'no-choice' && e.denied.includes('marketing'));
  if (!record) return [];
  // Until the record changes its mind.
  const until = events.find((e) => e.type === 'cmp-record' && e.t > record.t && !e.denied.includes('marketing'))?.t ?? Infinity;
  const sent = requests.filter((r) => r.identifiers && r.t > record.t + CLOCK_MARGIN_MS && r.t < until);
  if (sent.length === 0) return [];
  return [{ kind: 'record-denied-but-identifiers-sent', t: record.t, cmp: record.cmp, companies: companiesOf(sent), requests: sent.length }];
}

/** A request told Google that ad storage or ad user data was denied, and Meta or LinkedIn requests went out anyway. */
export function consentModeDeniedButMetaLinkedIn(requests: readonly RequestWitness[]): Contradiction[] {
  const denied = requests.find((r) => r.consentMode?.denied.some((k) => k === 'ad_storage' || k === 'ad_user_data'));
  if (!denied) return [];
  const grantedLater = requests.find((r) => r.t > denied.t && r.consentMode && r.consentMode.granted.includes('ad_storage'))?.t ?? Infinity;
  // Requests in the same moment count: tags fire together, so "while" is within the clock margin.
  const sent = requests.filter((r) => isMetaOrLinkedIn(r) && r.t >= denied.t - CLOCK_MARGIN_MS && r.t < grantedLater);
  if (sent.length === 0) return [];
  return [{ kind: 'consent-mode-denied-but-meta-linkedin', t: denied.t, companies: companiesOf(sent), requests: sent.length }];
}

/** The page's TCF API said the user completed an action, with no trusted interaction before it. */
export function tcfActionWithoutInteraction(events: readonly ConsentEvent[]): Contradiction[] {
  const touched = events.find((e) => e.type === 'first-interaction')?.t ?? Infinity;
  const claim = events.find((e) => e.type === 'tcf-status' && e.eventStatus === 'useractioncomplete' && e.t + CLOCK_MARGIN_MS < touched);
  if (!claim || claim.type !== 'tcf-status') return [];
  return [{ kind: 'tcf-action-without-interaction', t: claim.t, cmp: claim.cmpId === null ? 'IAB TCF' : `IAB TCF CMP #${claim.cmpId}` }];
}

export function findContradictions(timeline: ConsentTimeline | null, requests: readonly RequestWitness[]): Contradiction[] {
  const events = timeline?.events ?? [];
  return [
    ...refusedButRecordGranted(events),
    ...recordDeniedButIdentifiersSent(events, requests),
    ...consentModeDeniedButMetaLinkedIn(requests),
    ...tcfActionWithoutInteraction(events),
  ].sort((a, b) => a.t - b.t);
}

/** A page's contradictions, for the popup and the letters. */
export function pageContradictions(page: PageRecord): Contradiction[] {
  return findContradictions(page.consent, requestWitnesses(page));
}

/** What the site itself claims about consent on this page (never the user's choice), newest last. */
export function siteClaims(timeline: ConsentTimeline | null): Array<CmpRecordEvent | Extract<ConsentEvent, { type: 'tcf-status' }>> {
  const out: Array<CmpRecordEvent | Extract<ConsentEvent, { type: 'tcf-status' }>> = [];
  for (const e of timeline?.events ?? []) {
    if (e.type === 'cmp-record' || (e.type === 'tcf-status' && e.eventStatus !== 'cmpuishown' && e.eventStatus !== 'unknown')) out.push(e);
  }
  return out;
}

function companiesOf(requests: readonly RequestWitness[]): string[] {
  return [...new Set(requests.map((r) => r.company))].sort();
}
