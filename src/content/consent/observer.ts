// The consent observer of the content script (runs at document_start, in every frame).
// It only watches: it never clicks, hides or changes a banner. What it reports is
// plain data (times, kinds, CMP names, label classes); no page text leaves.

import { rulesForFrame, tcfCmpName } from '../../core/consent/cmp-rules';
import { choiceFromPurposes } from '../../core/consent/tcf';
import type { ChoiceKind, ConsentEvent, TcfStatusEvent } from '../../core/consent/types';
import { watchBanners, type FoundBanner } from './banner-watch';
import { classifyClick } from './click-choice';
import { now } from './clock';
import { watchFirstInteraction } from './interaction';
import { listenForTcf } from './tcf-bridge';

/** A button click and the CMP's own TCF record of the same action arrive close together. */
const SAME_ACTION_MS = 10_000;
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
    let tcfSeen = false;
    let tcfBanner = false;
    let lastClick: { t: number; choice: ChoiceKind } | null = null;
    let otherClicks = 0;

    safeReport({ type: 'navigation-start', t: performance.timeOrigin });
    stops.push(watchFirstInteraction(win, (t, kind) => safeReport({ type: 'first-interaction', t, kind })));

    const onShown = (b: FoundBanner) => safeReport({ type: 'banner-shown', t: now(), cmp: b.cmp, ...(tcfSeen ? { tcf: true } : {}) });
    const watch = watchBanners(doc, rulesForFrame(isTop, safeHref(win)), isTop, onShown, () => safeReport({ type: 'banner-hidden', t: now() }));
    stops.push(watch.stop);

    const onClick = (e: Event) => {
      if (!e.isTrusted) return;
      try {
        if (!watch.current()) watch.checkNow();
        const banner = watch.current();
        if (!banner) return;
        const result = classifyClick(e.composedPath(), banner);
        if (!result) return;
        if (result.choice === 'other' && ++otherClicks > MAX_OTHER_CLICKS) return;
        const t = now();
        if (result.choice !== 'other') lastClick = { t, choice: result.choice };
        safeReport({ type: 'choice', t, choice: result.choice, cmp: banner.cmp, via: result.via });
        for (const ms of RECHECK_AFTER_CLICK_MS) setTimeout(() => safe(watch.checkNow), ms);
      } catch {
        // Never break the page's own click handling.
      }
    };
    const clickOptions = { capture: true, passive: true } as const;
    win.addEventListener('click', onClick, clickOptions);
    stops.push(() => win.removeEventListener('click', onClick, clickOptions));

    stops.push(
      listenForTcf(win, (status: TcfStatusEvent) => {
        tcfSeen = true;
        safeReport(status);
        const cmp = watch.current()?.cmp ?? tcfCmpName(status.cmpId);
        if (status.eventStatus === 'cmpuishown' && !watch.current() && !tcfBanner) {
          tcfBanner = true;
          safeReport({ type: 'banner-shown', t: status.t, cmp, tcf: true });
        }
        if (status.eventStatus !== 'useractioncomplete') return;
        const tcfChoice = choiceFromPurposes(status.purposesConsented);
        const recentClick = lastClick && status.t - lastClick.t <= SAME_ACTION_MS ? lastClick : null;
        // A recognised click stands unless the CMP's record clearly says otherwise.
        if (!recentClick || (tcfChoice !== 'save-custom' && tcfChoice !== recentClick.choice)) {
          safeReport({ type: 'choice', t: status.t, choice: tcfChoice, cmp, via: 'tcf' });
        }
        if (tcfBanner) {
          tcfBanner = false;
          safeReport({ type: 'banner-hidden', t: status.t });
        }
      }),
    );
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
