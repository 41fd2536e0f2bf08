// Building a page's timeline from the events its frames report. Pure and immutable
// so the background can keep timelines in storage.session and rebuild them freely.

import { MAX_TIMELINE_EVENTS, type ConsentEvent, type ConsentTimeline } from './types';

export function startTimeline(navigationStart: number): ConsentTimeline {
  return { navigationStart, events: [{ type: 'navigation-start', t: navigationStart }], truncated: false };
}

/**
 * Adds one event from any frame of the page. The background starts a new timeline on
 * the top frame's `navigation-start` (via startTimeline); a sub-frame's own
 * navigation-start is ignored here, and only the earliest first-interaction is kept
 * (every frame reports its own first one). Events are kept in time order because
 * frames report out of order. Once the cap is reached new events are dropped, not
 * old ones: what happened first on the page is what the labels depend on.
 */
export function appendConsentEvent(timeline: ConsentTimeline, event: ConsentEvent): ConsentTimeline {
  if (event.type === 'navigation-start') return timeline;
  if (!Number.isFinite(event.t)) return timeline;
  if (event.type === 'first-interaction') {
    const existing = timeline.events.find((e) => e.type === 'first-interaction');
    if (existing && existing.t <= event.t) return timeline;
    if (existing) {
      return appendConsentEvent({ ...timeline, events: timeline.events.filter((e) => e !== existing) }, event);
    }
  }
  if (timeline.events.length >= MAX_TIMELINE_EVENTS) return { ...timeline, truncated: true };
  const events = timeline.events.slice();
  let i = events.length;
  while (i > 0 && (events[i - 1] as ConsentEvent).t > event.t) i--;
  events.splice(i, 0, event);
  return { ...timeline, events };
}
