// Finding a banner no CMP rule knows, cheaply. Rather than measuring every element,
// look at a bounded set of likely candidates (named after cookies/consent, dialogs,
// direct children of <body>) and walk a few ancestors up to the fixed/sticky box.

import { looksLikeBanner } from '../../core/consent/banner-heuristic';

const CANDIDATES = [
  '[id*="cookie" i]', '[class*="cookie" i]', '[id*="consent" i]', '[class*="consent" i]',
  '[id*="gdpr" i]', '[class*="gdpr" i]', '[aria-label*="cookie" i]', '[role="dialog"]', '[role="alertdialog"]',
  'dialog[open]', 'body > div', 'body > section', 'body > aside',
].join(',');
const MAX_CANDIDATES = 60;
const MAX_ANCESTORS = 6;
const BUTTONS = 'button, [role="button"], input[type="button"], input[type="submit"], a[href]';

export function findGenericBanner(doc: Document): Element | null {
  if (!doc.body) return null;
  let list: Element[];
  try {
    list = Array.from(doc.querySelectorAll(CANDIDATES)).slice(0, MAX_CANDIDATES);
  } catch {
    return null;
  }
  const checked = new Set<Element>();
  for (const candidate of list) {
    let el: Element | null = candidate;
    for (let i = 0; el && el !== doc.body && i < MAX_ANCESTORS; i++, el = el.parentElement) {
      if (checked.has(el)) break;
      checked.add(el);
      if (isGenericBanner(el, doc)) return el;
    }
  }
  return null;
}

export function isGenericBanner(el: Element, doc: Document): boolean {
  try {
    const style = getComputedStyle(el);
    if (style.position !== 'fixed' && style.position !== 'sticky') return false;
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    const r = el.getBoundingClientRect();
    const view = doc.defaultView;
    const box = {
      position: style.position,
      zIndex: style.zIndex,
      rect: { top: r.top, left: r.left, width: r.width, height: r.height },
      viewport: { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 },
    };
    // textContent, not innerText: no layout, and hidden text in a banner still names cookies.
    const text = (el.textContent ?? '').slice(0, 6001);
    return looksLikeBanner(box, text, el.querySelectorAll(BUTTONS).length);
  } catch {
    return false;
  }
}
