// The consent observer of the content script (runs at document_start, in every frame).
// It only watches: it never clicks, hides or changes a banner, and it runs nothing in
// the page's world. Three witnesses, kept apart:
//   1. what the user did — trusted events only (a page can dispatch synthetic ones);
//   2. the CMP's own stored record (records-watch.ts) — the site's claim;
//   3. the page's TCF API (tcf-bridge.ts) — the site's claim.
// A claim of the site becomes a "choice" only right after a trusted interaction
// (issue 11 part 5): a page that says "useractioncomplete" on its own records nothing
// as the user's. Every time is taken here, on receipt. What leaves is plain data
// (times, kinds, CMP names, label classes); no page text.

import { rulesForFrame, tcfCmpName } from '../../core/consent/cmp-rules';
import { choiceFromPurposes } from '../../core/consent/tcf';
import type { ChoiceKind, ConsentEvent, TcfStatusEvent } from '../../core/consent/types';
import { watchBanners, type FoundBanner } from './banner-watch';
import { classifyClick } from './click-choice';
import { now } from './clock';
import { watchFirstInteraction } from './interaction';
import { watchCmpRecords } from './records-watch';
import { innermostAt } from './shadow';
import { listenForTcf } from './tcf-bridge';

/** A click and the CMP's record of the same action arrive close together. */
export const SAME_ACTION_MS = 10_000;
const MAX_OTHER_CLICKS = 5;
const RECHECK_AFTER_CLICK_MS = [800, 2500];

export function startConsentObserver(report: (event: ConsentEvent) => void): () => void {
  const stops: Array<() => void> = [];
  const safeReport = (event: ConsentEvent) => {
    try {
      report(event);
    } catch {
      // The caller's problem must not stop observation.
    }
  };
  try {
    const win = window;
    const doc = document;
    const isTop = isTopFrame(win);
    const rules = rulesForFrame(isTop, safeHref(win));
    let tcfSeen = false;
    let tcfBanner = false;
    let lastClick: { t: number; choice: ChoiceKind } | null = null;
    let lastTrusted = -Infinity;
    let otherClicks = 0;

    safeReport({ type: 'navigation-start', t: performance.timeOrigin });
    stops.push(watchFirstInteraction(win, (t, kind) => safeReport({ type: 'first-interaction', t, kind })));

    const onShown = (b: FoundBanner) => safeReport({ type: 'banner-shown', t: now(), cmp: b.cmp, ...(tcfSeen ? { tcf: true } : {}) });
    const watch = watchBanners(doc, rules, isTop, onShown, () => safeReport({ type: 'banner-hidden', t: now() }));
    stops.push(watch.stop);
    const records = isTop ? watchCmpRecords(win, safeReport) : null;
    if (records) stops.push(records.stop);

    const onTrusted = (e: Event) => {
      if (e.isTrusted) lastTrusted = now();
    };
    const onClick = (e: Event) => {
      if (!e.isTrusted) return;
      try {
        lastTrusted = now();
        records?.clicked();
        if (!watch.current()) watch.checkNow();
        const path = e.composedPath();
        // A control inside a closed shadow root: the path only shows its host.
        const first = path[0];
        if (first instanceof Element && e instanceof MouseEvent) path.unshift(...innermostAt(first, e.clientX, e.clientY));
        const result = classifyClick(path, watch.current(), rules, doc);
        if (!result) return;
        if (result.choice === 'other' && ++otherClicks > MAX_OTHER_CLICKS) return;
        const t = now();
        if (result.choice !== 'other') lastClick = { t, choice: result.choice };
        safeReport({ type: 'choice', t, choice: result.choice, cmp: result.cmp, via: result.via });
        for (const ms of RECHECK_AFTER_CLICK_MS) setTimeout(() => safe(watch.checkNow), ms);
      } catch {
        // Never break the page's own click handling.
      }
    };
    const listenerOptions = { capture: true, passive: true } as const;
    win.addEventListener('click', onClick, listenerOptions);
    win.addEventListener('keydown', onTrusted, listenerOptions);
    win.addEventListener('pointerdown', onTrusted, listenerOptions);
    stops.push(() => {
      win.removeEventListener('click', onClick, listenerOptions);
      win.removeEventListener('keydown', onTrusted, listenerOptions);
      win.removeEventListener('pointerdown', onTrusted, listenerOptions);
    });

    const onTcf = (status: TcfStatusEvent) => {
      tcfSeen = true;
      safeReport(status);
      const cmp = watch.current()?.cmp ?? tcfCmpName(status.cmpId);
      if (status.eventStatus === 'cmpuishown' && !watch.current() && !tcfBanner) {
        tcfBanner = true;
        safeReport({ type: 'banner-shown', t: status.t, cmp, tcf: true });
      }
      if (status.eventStatus !== 'useractioncomplete') return;
      if (tcfBanner) {
        tcfBanner = false;
        safeReport({ type: 'banner-hidden', t: status.t });
      }
      // The site's claim of a user action counts as the user's choice only right after a trusted one.
      if (status.t - lastTrusted > SAME_ACTION_MS) return;
      const tcfChoice = choiceFromPurposes(status.purposesConsented);
      const recentClick = lastClick && status.t - lastClick.t <= SAME_ACTION_MS ? lastClick : null;
      // A recognised click stands unless the CMP's record clearly says otherwise.
      if (!recentClick || (tcfChoice !== 'save-custom' && tcfChoice !== recentClick.choice)) {
        safeReport({ type: 'choice', t: status.t, choice: tcfChoice, cmp, via: 'tcf' });
      }
    };
    // The CMP lives in the top frame (or a frame of its own that holds the locator); one reader is enough.
    if (isTop) stops.push(listenForTcf(win, onTcf));
  } catch {
    // Observation is best-effort; the page must never notice a failure.
  }
  return () => {
    for (const stop of stops) safe(stop);
  };
}

function isTopFrame(win: Window): boolean {
  try {
    return win.top === win;
  } catch {
    return false;
  }
}

function safeHref(win: Window): string {
  try {
    return win.location.href;
  } catch {
    return '';
  }
}

function safe(fn: () => void): void {
  try {
    fn();
  } catch {
    // ignore
  }
}
