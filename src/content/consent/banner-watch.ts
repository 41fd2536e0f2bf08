// Noticing a cookie banner appear, change and go away, with bounded work (issue 13
// part 6): a look when the page is idle after DOMContentLoaded and load, and after DOM
// changes near the top layer (mutation-filter.ts), at most every 500 ms for the first
// 30 s, each within a style budget. While a found CMP's banner is still fading in, or
// the banner was only found by the generic heuristic, later looks try again, so the
// CMP's name is revised when better evidence arrives; markup added near the top layer
// (a CMP's SDK arriving late) renews those looks.

import type { CmpRule } from '../../core/consent/cmp-rules';
import { GENERIC_CMP, reviseCmpName } from '../../core/consent/cmp-rules';
import { bannerBoxAround } from './banner-box';
import { browserSchedulerEnv, createCheckScheduler, type SchedulerEnv } from './check-scheduler';
import { allExist, query } from './dom-selectors';
import { findGenericBanner } from './generic-banner';
import { anyNearTopLayer } from './mutation-filter';
import { isShown, StyleBudget } from './style-probe';

export interface FoundBanner {
  element: Element;
  cmp: string;
  rule: CmpRule | null;
}

export interface BannerWatch {
  current(): FoundBanner | null;
  checkNow(): void;
  stop(): void;
}

export const WATCH_DURATION_MS = 30_000;
/** Extra looks while a CMP is present but its banner not yet visible (fading in, animating). */
const MAX_PENDING_LOOKS = 12;

/** The rule's banner, found through its selectors as a hint: the box around or inside what they find. */
function byRule(doc: Document, rule: CmpRule, budget: StyleBudget): Element | null {
  for (const sel of rule.popup) {
    const el = query(doc, sel);
    if (!el) continue;
    const box = bannerBoxAround(el, budget);
    if (box) return box;
    // A rule may name a centred modal that is no fixed overlay but plainly on screen.
    if (isShown(el, budget) && el.getBoundingClientRect().width >= 120) return el;
  }
  return null;
}

export interface Detection {
  found: FoundBanner | null;
  /** A CMP is on the page but its banner is not visible yet (worth another look soon). */
  pending: boolean;
}

export function detectBanner(doc: Document, rules: readonly CmpRule[], useGeneric: boolean, budget = new StyleBudget()): Detection {
  let pending = false;
  for (const rule of rules) {
    if (!allExist(doc, rule.detect)) continue;
    const element = byRule(doc, rule, budget);
    if (element) return { found: { element, cmp: reviseCmpName(rule.cmp, (s) => !!query(doc, s)), rule }, pending: false };
    pending = true;
  }
  if (!useGeneric) return { found: null, pending };
  const generic = findGenericBanner(doc, budget);
  return { found: generic ? { element: generic.element, cmp: GENERIC_CMP, rule: null } : null, pending };
}

export function watchBanners(
  doc: Document,
  rules: readonly CmpRule[],
  useGeneric: boolean,
  onShown: (banner: FoundBanner) => void,
  onHidden: () => void,
  env: SchedulerEnv = browserSchedulerEnv(doc.defaultView ?? window),
): BannerWatch {
  let current: FoundBanner | null = null;
  let observer: MutationObserver | null = null;
  let pendingLooks = 0;

  function check() {
    const budget = new StyleBudget();
    // A banner found by its CMP's rule and still on screen stays the current one: cheap and stable.
    if (current?.rule && current.element.isConnected && isShown(current.element, budget)) return;
    const { found, pending } = detectBanner(doc, rules, useGeneric, budget);
    if (found && (!current || found.cmp !== current.cmp)) {
      current = found;
      onShown(found);
    } else if (!found && current) {
      if (current.element.isConnected && isShown(current.element, budget)) return;
      current = null;
      onHidden();
    } else if (found) {
      current = found;
    }
    if ((pending || current?.rule === null) && pendingLooks < MAX_PENDING_LOOKS) {
      pendingLooks++;
      scheduler.request();
    }
  }

  const scheduler = createCheckScheduler(check, env);
  const onReady = () => scheduler.request();
  doc.addEventListener('DOMContentLoaded', onReady, { once: true });
  doc.defaultView?.addEventListener('load', onReady, { once: true });
  if (typeof MutationObserver === 'function' && doc.documentElement) {
    observer = new MutationObserver((records) => {
      if (!anyNearTopLayer(records, current?.element ?? null)) return;
      // New markup near the top layer is new evidence: a CMP that arrives after the looks at a generic
      // banner were spent, and is still fading in, gets its own looks (the scheduler bounds them all).
      pendingLooks = 0;
      scheduler.request();
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden'] });
  }
  const deadline = setTimeout(() => observer?.disconnect(), WATCH_DURATION_MS);
  if (doc.readyState !== 'loading') scheduler.request();

  return {
    current: () => current,
    checkNow() {
      scheduler.ran();
      check();
    },
    stop() {
      observer?.disconnect();
      scheduler.stop();
      clearTimeout(deadline);
      doc.removeEventListener('DOMContentLoaded', onReady);
      doc.defaultView?.removeEventListener('load', onReady);
    },
  };
}
