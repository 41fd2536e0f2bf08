// Vocabulary of the consent timeline: what the content script saw happen on a page
// (load, first interaction, a cookie banner, a choice, the page's own TCF status),
// and the state a tracker request is labelled with.
//
// Times. Every `t` is epoch milliseconds. The content script takes
// `performance.timeOrigin + performance.now()`; the background compares that with
// webRequest's `timeStamp`, which both browsers also give as epoch milliseconds
// (wall clock). The two clocks come from different processes and are not the same
// clock: the page's is a monotonic clock anchored to the wall clock at navigation,
// the request's is the wall clock when the network layer saw the request. Within a
// page's life they normally agree to a few milliseconds, but they drift apart when
// the system clock is adjusted, and Firefox rounds `performance.now()` (to 1 ms by
// default, to 100 ms with resistFingerprinting). CLOCK_MARGIN_MS below bounds that
// error; consent-state.ts uses it in the site's favour (an event within the margin
// of a request counts as having happened before it), so Pixelwacht never claims
// "before you accepted" for a request that the accept click may have triggered.

import type { ConsentCategory, RecordSays } from './records/record';
export { CONSENT_CATEGORIES, RECORD_SAYS, type ConsentCategory, type RecordSays } from './records/record';

/** Largest clock difference we assume between a content-script time and a webRequest time. */
export const CLOCK_MARGIN_MS = 100;


export const INTERACTION_KINDS = ['pointer', 'key', 'touch'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const CHOICE_KINDS = ['accept-all', 'reject-all', 'save-custom', 'other'] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];

/** How a choice was recognised: a CMP rule's button selector, the button's words, or the page's TCF API. */
export const CHOICE_SOURCES = ['rule', 'button-text', 'tcf'] as const;
export type ChoiceSource = (typeof CHOICE_SOURCES)[number];

/** TCF `eventStatus` values (TCF v2.2 CMP API); anything else is kept as 'unknown'. */
export const TCF_EVENT_STATUSES = ['tcloaded', 'cmpuishown', 'useractioncomplete', 'unknown'] as const;
export type TcfEventStatus = (typeof TCF_EVENT_STATUSES)[number];

export interface NavigationStartEvent {
  type: 'navigation-start';
  t: number;
}

export interface FirstInteractionEvent {
  type: 'first-interaction';
  t: number;
  kind: InteractionKind;
}

export interface BannerShownEvent {
  type: 'banner-shown';
  t: number;
  /** CMP name from cmp-rules.ts (`Cookiebot`, `OneTrust`...), or `generic` for the heuristic. */
  cmp: string;
  /** True when the page also exposes the IAB TCF API (`__tcfapi`). */
  tcf?: boolean;
}

export interface BannerHiddenEvent {
  type: 'banner-hidden';
  t: number;
}

export interface ChoiceEvent {
  type: 'choice';
  t: number;
  choice: ChoiceKind;
  cmp: string;
  via: ChoiceSource;
}

/**
 * The page's own IAB TCF status, as its CMP reported it through `__tcfapi`.
 * This is the site's claim, not an observation of the user: a page can make its
 * API say anything. It is still useful evidence ("your own banner recorded that you
 * refused purpose 1").
 */
export interface TcfStatusEvent {
  type: 'tcf-status';
  t: number;
  cmpId: number | null;
  gdprApplies: boolean | null;
  eventStatus: TcfEventStatus;
  /** TCF purpose ids (1-11) with consent, decoded from the TC string when present. */
  purposesConsented: number[];
  /** Purpose ids with legitimate interest established, when decoded from the TC string. */
  purposesLegitimateInterest?: number[];
  /** Number of vendors with consent in the TC string (not the list: it is long and not needed). */
  vendorsConsentedCount?: number;
  /** The TC string itself, capped; kept as evidence (C-604/22: it is personal data — stays local). */
  tcString?: string;
}

/**
 * The CMP's own stored consent record (its cookie or localStorage entry), decoded
 * (records/*.ts) and stamped when the content script read it. The site's claim about
 * what was chosen, never the user's choice: "the site's own record says all accepted".
 */
export interface CmpRecordEvent {
  type: 'cmp-record';
  t: number;
  cmp: string;
  says: RecordSays;
  granted: ConsentCategory[];
  denied: ConsentCategory[];
  /** When the record says the choice was made (the site's clock), epoch ms. */
  claimedAt?: number;
}

export type ConsentEvent =
  | NavigationStartEvent
  | FirstInteractionEvent
  | BannerShownEvent
  | BannerHiddenEvent
  | ChoiceEvent
  | TcfStatusEvent
  | CmpRecordEvent;

export type ConsentEventType = ConsentEvent['type'];

/** One page's consent history: when it started loading and what happened after, oldest first. */
export interface ConsentTimeline {
  navigationStart: number;
  /** Ordered by `t`, capped at MAX_TIMELINE_EVENTS (the oldest events are kept: they matter most). */
  events: ConsentEvent[];
  /** True when events were dropped because of the cap. */
  truncated: boolean;
}

export const MAX_TIMELINE_EVENTS = 64;

export const CONSENT_STATES = [
  'before-any-interaction',
  'banner-unanswered',
  'after-reject',
  'after-accept',
  'after-custom',
  'earlier-choice',
  'unknown',
] as const;

export type ConsentState = (typeof CONSENT_STATES)[number];

/** A choice made on an earlier page of the same site, kept by the background. */
export interface EarlierChoice {
  choice: ChoiceKind;
  t: number;
}

export interface ConsentStateResult {
  state: ConsentState;
  /** Milliseconds between the page starting to load and the request; null when not known. */
  sinceNavigationMs: number | null;
  /** For 'earlier-choice': what that choice was. */
  earlierChoice?: ChoiceKind;
}
