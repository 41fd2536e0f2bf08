// Which consent state a tracker request was sent in, from the page's timeline.
//
// Precedence, strongest first:
//   1. a choice on this page (the latest accept / reject / custom before the request);
//   2. an earlier choice on this site, as the user made it (kept by the background).
//      What the site claims — its TCF API reporting a stored choice on load, its CMP
//      record, its consent mode — is never a choice of the user's here (issue 11 part 5);
//      the findings (contradictions.ts) show it as "the site says";
//   3. no trusted interaction yet → 'before-any-interaction' (silence is not consent,
//      GDPR recital 32 — this is the state the complaint letter cares about most);
//   4. a banner still showing → 'banner-unanswered';
//   5. anything else (the user did something, we could not tell what) → 'unknown'.
// Events up to CLOCK_MARGIN_MS after the request count as before it, in the site's
// favour: an accept click that triggered a request must never look like it came after.

import { CLOCK_MARGIN_MS, type ChoiceKind, type ConsentEvent, type ConsentState, type ConsentStateResult, type ConsentTimeline, type EarlierChoice } from './types';

export { describeConsent } from './describe-consent';

const STATE_OF_CHOICE: Record<Exclude<ChoiceKind, 'other'>, ConsentState> = {
  'accept-all': 'after-accept',
  'reject-all': 'after-reject',
  'save-custom': 'after-custom',
};

export function consentStateAt(
  timeline: ConsentTimeline | null | undefined,
  requestTime: number,
  earlierChoice?: EarlierChoice | null,
): ConsentStateResult {
  if (!timeline || !Number.isFinite(requestTime) || !Number.isFinite(timeline.navigationStart)) {
    return { state: 'unknown', sinceNavigationMs: null };
  }
  const nav = timeline.navigationStart;
  // A request clearly older than this page belongs to the previous one.
  if (requestTime < nav - CLOCK_MARGIN_MS) return { state: 'unknown', sinceNavigationMs: null };
  const sinceNavigationMs = Math.max(0, requestTime - nav);
  const cutoff = requestTime + CLOCK_MARGIN_MS;
  const seen = timeline.events.filter((e) => e.t <= cutoff);

  // Every choice event comes from a trusted interaction (observer.ts); the page's claims are other event types.
  const choice = lastOf(seen, (e) => e.type === 'choice' && e.choice !== 'other');
  if (choice && choice.type === 'choice' && choice.choice !== 'other') {
    return { state: STATE_OF_CHOICE[choice.choice], sinceNavigationMs };
  }

  if (earlierChoice && earlierChoice.choice !== 'other' && earlierChoice.t < nav) {
    return { state: 'earlier-choice', sinceNavigationMs, earlierChoice: earlierChoice.choice };
  }

  const interacted = seen.some((e) => e.type === 'first-interaction' || e.type === 'choice');
  if (!interacted) return { state: 'before-any-interaction', sinceNavigationMs };

  const lastBanner = lastOf(seen, (e) => e.type === 'banner-shown' || e.type === 'banner-hidden');
  if (lastBanner?.type === 'banner-shown') return { state: 'banner-unanswered', sinceNavigationMs };
  return { state: 'unknown', sinceNavigationMs };
}

function lastOf(events: ConsentEvent[], pick: (e: ConsentEvent) => boolean): ConsentEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as ConsentEvent;
    if (pick(e)) return e;
  }
  return undefined;
}
