// Noticing a cookie banner appear and go away, with bounded work: a check at start,
// at DOMContentLoaded and at load, and on DOM mutations at most every 500 ms for the
// first 30 s. After that only an explicit checkNow() (on a click) looks again.

import type { CmpRule } from '../../core/consent/cmp-rules';
import { GENERIC_CMP } from '../../core/consent/cmp-rules';
import { allExist, firstVisible, isVisible } from './dom-selectors';
import { findGenericBanner } from './generic-banner';

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

export const CHECK_INTERVAL_MS = 500;
export const WATCH_DURATION_MS = 30_000;

export function detectBanner(doc: Document, rules: readonly CmpRule[], useGeneric: boolean): FoundBanner | null {
  for (const rule of rules) {
    if (!allExist(doc, rule.detect)) continue;
    const element = firstVisible(doc, rule.popup);
    if (element) return { element, cmp: rule.cmp, rule };
  }
  if (!useGeneric) return null;
  const element = findGenericBanner(doc);
  return element ? { element, cmp: GENERIC_CMP, rule: null } : null;
}

export function watchBanners(
  doc: Document,
  rules: readonly CmpRule[],
  useGeneric: boolean,
  onShown: (banner: FoundBanner) => void,
  onHidden: () => void,
): BannerWatch {
  let current: FoundBanner | null = null;
  let lastCheck = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let observer: MutationObserver | null = null;

  function checkNow() {
    lastCheck = Date.now();
    // A banner still attached and visible stays the current one: cheaper, and stable.
    if (current && current.element.isConnected && isVisible(current.element)) return;
    const found = detectBanner(doc, rules, useGeneric);
    if (found && !current) {
      current = found;
      onShown(found);
    } else if (!found && current) {
      current = null;
      onHidden();
    } else if (found) {
      current = found;
    }
  }

  function schedule() {
    if (timer !== null) return;
    const wait = Math.max(0, CHECK_INTERVAL_MS - (Date.now() - lastCheck));
    timer = setTimeout(() => {
      timer = null;
      checkNow();
    }, wait);
  }

  const onReady = () => schedule();
  doc.addEventListener('DOMContentLoaded', onReady, { once: true });
  doc.defaultView?.addEventListener('load', onReady, { once: true });
  if (typeof MutationObserver === 'function' && doc.documentElement) {
    observer = new MutationObserver(schedule);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'open', 'aria-hidden'] });
  }
  const deadline = setTimeout(() => observer?.disconnect(), WATCH_DURATION_MS);
  if (doc.readyState !== 'loading') schedule();

  return {
    current: () => current,
    checkNow,
    stop() {
      observer?.disconnect();
      clearTimeout(deadline);
      if (timer !== null) clearTimeout(timer);
      doc.removeEventListener('DOMContentLoaded', onReady);
      doc.defaultView?.removeEventListener('load', onReady);
    },
  };
}
