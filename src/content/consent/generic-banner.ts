// Finding a banner by what it is rather than by one CMP's selector: a fixed or sticky
// box of meaningful size, stacked above the page, whose text talks about cookies or
// consent and which offers buttons. Cheap questions first: the candidates are a bounded
// set of likely elements (named after cookies/consent, dialogs, direct children of
// <body>, open shadow roots of those children, fixed same-origin iframes), and an
// element's text and buttons are looked at before any style is read.

import { mentionsConsent } from '../../core/consent/banner-heuristic';
import { bannerBoxAround } from './banner-box';
import { boundedText } from './bounded-text';
import { shadowOf } from './shadow';
import type { StyleBudget } from './style-probe';

export const CANDIDATES = [
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]', '[id*="privacy" i]',
  '[id*="gdpr" i]', '[class*="gdpr" i]', '[aria-label*="cookie" i]', '[role="dialog"]', '[role="alertdialog"]',
  'dialog[open]', 'body > div', 'body > section', 'body > aside', 'body > iframe', 'body > form',
].join(',');
/** In a shadow root there is no <body>: its own top-level children stand in for `body > div`. */
const IN_SHADOW = CANDIDATES.split(',').filter((s) => !s.startsWith('body >')).join(',');
const MAX_CANDIDATES = 60;
const MAX_SHADOW_HOSTS = 20;
const MAX_TEXT = 6000;
export const BUTTONS = 'button, [role="button"], input[type="button"], input[type="submit"], a[href]';

export interface GenericBanner {
  /** The box that is the banner (for a banner inside an iframe: the iframe). */
  element: Element;
}

export function findGenericBanner(doc: Document, budget: StyleBudget): GenericBanner | null {
  if (!doc.body) return null;
  for (const candidate of candidates(doc)) {
    if (!talksConsent(candidate)) continue;
    const box = bannerBoxAround(candidate, budget);
    if (box) return { element: box };
    if (budget.used >= budget.limit) return null;
  }
  return null;
}

/** The element, or the document of a same-origin iframe, reads as a consent notice with buttons. */
export function talksConsent(el: Element): boolean {
  let scope: Element | ShadowRoot = el;
  if (el.tagName === 'IFRAME') {
    let inner: Document | null = null;
    try {
      inner = (el as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null;
    }
    if (!inner?.body) return false;
    scope = inner.body;
  }
  const shadow = shadowOf(scope as Element);
  const text = (boundedText(scope, MAX_TEXT) ?? '') + (shadow ? (boundedText(shadow, MAX_TEXT) ?? '') : '');
  if (!mentionsConsent(text)) return false;
  try {
    return !!scope.querySelector(BUTTONS) || !!shadow?.querySelector(BUTTONS);
  } catch {
    return false;
  }
}

function candidates(doc: Document): Element[] {
  const out: Element[] = [];
  try {
    out.push(...Array.from(doc.querySelectorAll(CANDIDATES)).slice(0, MAX_CANDIDATES));
    // Web-component CMPs render inside open shadow roots of a host at the body's level.
    let hosts = 0;
    for (const child of Array.from(doc.body.children)) {
      if (hosts >= MAX_SHADOW_HOSTS) break;
      const root = shadowOf(child);
      if (!root) continue;
      hosts++;
      out.push(...Array.from(root.children).slice(0, 5));
      out.push(...Array.from(root.querySelectorAll(IN_SHADOW)).slice(0, 10));
    }
  } catch {
    // a selector the browser rejects, or a hostile DOM: what we have is enough
  }
  return out;
}
