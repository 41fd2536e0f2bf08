import { describe, expect, it } from 'vitest';
import { consentStateAt } from '../../../src/core/consent/consent-state';
import { appendConsentEvent, startTimeline } from '../../../src/core/consent/consent-timeline';
import { CLOCK_MARGIN_MS, type ConsentEvent, type ConsentTimeline } from '../../../src/core/consent/types';

const NAV = 1_700_000_000_000;

function timeline(...events: ConsentEvent[]): ConsentTimeline {
  return events.reduce(appendConsentEvent, startTimeline(NAV));
}

const interaction = (ms: number): ConsentEvent => ({ type: 'first-interaction', t: NAV + ms, kind: 'pointer' });
const shown = (ms: number): ConsentEvent => ({ type: 'banner-shown', t: NAV + ms, cmp: 'Cookiebot' });
const hidden = (ms: number): ConsentEvent => ({ type: 'banner-hidden', t: NAV + ms });
const choice = (ms: number, c: 'accept-all' | 'reject-all' | 'save-custom' | 'other'): ConsentEvent => ({
  type: 'choice', t: NAV + ms, choice: c, cmp: 'Cookiebot', via: 'rule',
});

describe('consentStateAt', () => {
  it('labels a request before any interaction, with the time since navigation', () => {
    expect(consentStateAt(timeline(shown(200)), NAV + 400)).toEqual({ state: 'before-any-interaction', sinceNavigationMs: 400 });
  });

  it('labels a request while a shown banner waits after the user touched the page', () => {
    expect(consentStateAt(timeline(shown(200), interaction(1000)), NAV + 2000).state).toBe('banner-unanswered');
  });

  it('labels requests after accept, reject and custom choices', () => {
    const t = timeline(shown(200), interaction(1000), choice(1500, 'reject-all'));
    expect(consentStateAt(t, NAV + 3000).state).toBe('after-reject');
    expect(consentStateAt(timeline(interaction(900), choice(1000, 'accept-all')), NAV + 3000).state).toBe('after-accept');
    expect(consentStateAt(timeline(interaction(900), choice(1000, 'save-custom')), NAV + 3000).state).toBe('after-custom');
  });

  it('uses the latest choice when the user changed their mind', () => {
    const t = timeline(interaction(500), choice(1000, 'accept-all'), choice(5000, 'reject-all'));
    expect(consentStateAt(t, NAV + 3000).state).toBe('after-accept');
    expect(consentStateAt(t, NAV + 6000).state).toBe('after-reject');
  });

  it('counts an event within the clock margin after the request as before it (in the site’s favour)', () => {
    const t = timeline(interaction(1000), choice(1000, 'accept-all'));
    expect(consentStateAt(t, NAV + 1000 - CLOCK_MARGIN_MS).state).toBe('after-accept');
    expect(consentStateAt(t, NAV + 1000 - CLOCK_MARGIN_MS - 1).state).toBe('before-any-interaction');
  });

  it('treats a request exactly at the interaction time as after it', () => {
    expect(consentStateAt(timeline(interaction(1000)), NAV + 1000).state).toBe('unknown');
  });

  it('ignores an "other" click as a choice but counts it as interaction', () => {
    const t = timeline(shown(100), choice(800, 'other'));
    expect(consentStateAt(t, NAV + 1000).state).toBe('banner-unanswered');
  });

  it('is unknown when the user interacted, the banner went away and no choice was recognised', () => {
    expect(consentStateAt(timeline(shown(100), interaction(500), hidden(900)), NAV + 1000).state).toBe('unknown');
  });

  it('is unknown after an interaction on a page without a detected banner', () => {
    expect(consentStateAt(timeline(interaction(500)), NAV + 1000).state).toBe('unknown');
  });

  it('keeps "before any interaction" when a banner hid by itself', () => {
    expect(consentStateAt(timeline(shown(100), hidden(300)), NAV + 1000).state).toBe('before-any-interaction');
  });

  it('uses an earlier choice on the site when this page has none yet', () => {
    const r = consentStateAt(timeline(), NAV + 300, { choice: 'accept-all', t: NAV - 60_000 });
    expect(r).toEqual({ state: 'earlier-choice', sinceNavigationMs: 300, earlierChoice: 'accept-all' });
    // …but a choice on this page wins.
    expect(consentStateAt(timeline(choice(100, 'reject-all')), NAV + 300, { choice: 'accept-all', t: NAV - 60_000 }).state).toBe('after-reject');
    // …and a "choice" dated after navigation start is not earlier.
    expect(consentStateAt(timeline(), NAV + 300, { choice: 'accept-all', t: NAV + 10 }).state).toBe('before-any-interaction');
    expect(consentStateAt(timeline(), NAV + 300, { choice: 'other', t: NAV - 10 }).state).toBe('before-any-interaction');
  });

  it("never takes the site's TCF claim of a stored choice for the user's (issue 11 part 5)", () => {
    const loaded: ConsentEvent = { type: 'tcf-status', t: NAV + 100, cmpId: 10, gdprApplies: true, eventStatus: 'tcloaded', purposesConsented: [1], tcString: 'CP…' };
    expect(consentStateAt(timeline(loaded), NAV + 500).state).toBe('before-any-interaction');
    const done: ConsentEvent = { ...loaded, eventStatus: 'useractioncomplete', purposesConsented: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] };
    expect(consentStateAt(timeline(done), NAV + 500).state).toBe('before-any-interaction');
  });

  it("never takes the site's CMP record for a choice", () => {
    const record: ConsentEvent = { type: 'cmp-record', t: NAV + 100, cmp: 'OneTrust', says: 'accept-all', granted: ['necessary', 'marketing'], denied: [] };
    expect(consentStateAt(timeline(record), NAV + 500).state).toBe('before-any-interaction');
  });

  it('is unknown without a timeline, for a bad time, or for a request from before this page', () => {
    expect(consentStateAt(null, NAV)).toEqual({ state: 'unknown', sinceNavigationMs: null });
    expect(consentStateAt(timeline(), Number.NaN)).toEqual({ state: 'unknown', sinceNavigationMs: null });
    expect(consentStateAt(timeline(), NAV - CLOCK_MARGIN_MS - 1)).toEqual({ state: 'unknown', sinceNavigationMs: null });
  });

  it('clamps a request a little before navigation start (clock error) to 0 ms', () => {
    expect(consentStateAt(timeline(), NAV - 20)).toEqual({ state: 'before-any-interaction', sinceNavigationMs: 0 });
  });
});

describe('appendConsentEvent', () => {
  it('keeps events in time order when frames report out of order', () => {
    const t = timeline(shown(500), interaction(200));
    expect(t.events.map((e) => e.type)).toEqual(['navigation-start', 'first-interaction', 'banner-shown']);
  });

  it('keeps only the earliest first interaction of all frames', () => {
    const t = timeline(interaction(500), interaction(900), interaction(300));
    const firsts = t.events.filter((e) => e.type === 'first-interaction');
    expect(firsts).toEqual([interaction(300)]);
  });

  it('ignores a sub-frame navigation start and events without a valid time', () => {
    const t = timeline({ type: 'navigation-start', t: NAV + 50 }, { type: 'banner-hidden', t: Number.NaN });
    expect(t.events).toHaveLength(1);
  });

  it('caps the number of events and says so', () => {
    let t = startTimeline(NAV);
    for (let i = 0; i < 200; i++) t = appendConsentEvent(t, hidden(i));
    expect(t.events.length).toBe(64);
    expect(t.truncated).toBe(true);
    expect(t.events[1]).toEqual(hidden(0));
  });
});
