// Badge updates: drawn only when what they show changed, at most a few per second per tab.
import { describe, expect, test } from 'vitest';
import { BadgeScheduler } from '../../../src/background/badge-scheduler';
import { badgeView } from '../../../src/core/records/badge-state';
import type { RequestAnalysis } from '../../../src/core/analyse-request';
import { addTrackerRequest, startPage, type PageRecord } from '../../../src/core/records/page-record';
import { fakeClock } from '../support/fake-clock';

const analysis = (key: string, company: string): RequestAnalysis => ({
  thirdParty: true,
  tracker: { key, name: key, companyKey: company.toLowerCase(), company, category: 'advertising', country: null, website: null, privacyPolicy: null },
  kind: 'pixel', decoder: null, disguised: false, disclosures: [], truncated: false,
});
const request = (t: number) => ({
  id: String(t), tabId: 1, frameId: 0, pageUrl: 'https://a.example/', initiator: null, method: 'GET', type: 'image' as const,
  url: `https://t.example/p?${t}`, body: null, bodyTruncated: false, timeStamp: t, referrer: null, cookieNames: null,
});

describe('the badge scheduler', () => {
  test('a burst of 1,000 requests over 2 s draws a handful of times, and only when the count changed', () => {
    const clock = fakeClock();
    const page: PageRecord = startPage(1, 'https://a.example/', 0);
    const drawn: number[] = [];
    const scheduler = new BadgeScheduler({ page: () => page, isPaused: () => false, draw: (_t, _p, v) => void drawn.push(v.state.count), ...clock });
    for (let i = 0; i < 1000; i++) {
      addTrackerRequest(page, request(i), i < 800 ? analysis('meta', 'Meta') : analysis('tiktok', 'ByteDance'));
      scheduler.schedule(1);
      clock.advance(2);
    }
    clock.advance(1000);
    // Unchanged values are not drawn again: one draw per distinct view (Meta stays first in the tooltip).
    expect(drawn).toEqual([1, 2]);
    expect(scheduler.draws).toBe(2);
  });

  test('at most four draws a second per tab even when the value changes every time', () => {
    const clock = fakeClock();
    const page: PageRecord = startPage(1, 'https://a.example/', 0);
    const scheduler = new BadgeScheduler({ page: () => page, isPaused: () => false, draw: () => undefined, ...clock });
    for (let i = 0; i < 200; i++) {
      addTrackerRequest(page, request(i), analysis(`t${i}`, `Company ${i}`));
      scheduler.schedule(1);
      clock.advance(10); // 2 s in all
    }
    clock.advance(500);
    expect(scheduler.draws).toBeGreaterThan(1);
    expect(scheduler.draws).toBeLessThanOrEqual(Math.ceil(2500 / 250) + 1);
  });

  test('a redraw is forced when the browser reset the badge (navigation), though the value is the same', () => {
    const clock = fakeClock();
    const scheduler = new BadgeScheduler({ page: () => null, isPaused: () => false, draw: () => undefined, ...clock });
    scheduler.schedule(1);
    clock.advance(300);
    scheduler.schedule(1);
    clock.advance(300);
    expect(scheduler.draws).toBe(1);
    scheduler.schedule(1, true);
    clock.advance(300);
    expect(scheduler.draws).toBe(2);
  });

  test('a page whose every tracker request the shield blocked is drawn again when the blocked count changes (its tooltip says so)', () => {
    // Seen in Firefox: the view without the blocked requests stayed "no trackers", so the
    // badge drawn at navigation was never redrawn and its tooltip said "no trackers seen".
    const clock = fakeClock();
    const page = startPage(1, 'https://a.example/ivf', 0);
    let blocked = 0;
    const drawn: number[] = [];
    const scheduler = new BadgeScheduler({ page: () => page, blocked: () => blocked, isPaused: () => false, draw: (_t, _p, view) => void drawn.push(view.blocked), ...clock });
    scheduler.schedule(1);
    clock.advance(300);
    blocked = 3;
    scheduler.schedule(1);
    clock.advance(300);
    expect(drawn).toEqual([0, 3]);
    scheduler.schedule(1);
    clock.advance(300);
    expect(drawn).toEqual([0, 3]);
  });

  test('the view: count of companies, alarm only with a health disclosure', () => {
    const page = startPage(1, 'https://a.example/', 0);
    expect(badgeView(page, false).state).toEqual({ level: 'none', count: 0, companies: [] });
    addTrackerRequest(page, request(1), analysis('meta', 'Meta'));
    expect(badgeView(page, true)).toMatchObject({ state: { level: 'trackers', count: 1, companies: ['Meta'] }, told: [], paused: true });
  });
});
