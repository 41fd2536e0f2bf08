// Measuring a possible banner: is this element (or the box it sits in, or the box
// inside it) a fixed or sticky overlay of meaningful size, stacked above the page?
// Real CMPs put the position, the size and the z-index on different elements
// (CookieConsent v3: a 0×0 inline wrapper with the z-index, a fixed `.cm` inside it;
// tarteaucitron: a small button inside the fixed `#tarteaucitronAlertBig`), so the
// facts are gathered across a few ancestors and descendants, within the style budget.

import { isBannerBox, type BoxFacts } from '../../core/consent/banner-heuristic';
import { isShown, readStyle, type StyleBudget } from './style-probe';

const MAX_ANCESTORS = 6;
const MAX_DESCENDANTS = 24;

/** The fixed/sticky banner box at, above or just inside `el`, or null. */
export function bannerBoxAround(el: Element, budget: StyleBudget): Element | null {
  if (isBox(el, budget)) return el;
  let up = el.parentElement;
  for (let i = 0; up && i < MAX_ANCESTORS && !isRoot(up); i++, up = up.parentElement) {
    if (isBox(up, budget)) return up;
  }
  let inner: Element[];
  try {
    inner = Array.from(el.querySelectorAll('div, section, aside, dialog, form, [role="dialog"], [role="alertdialog"]')).slice(0, MAX_DESCENDANTS);
  } catch {
    return null;
  }
  for (const child of inner) if (isBox(child, budget)) return child;
  return null;
}

export function isBox(el: Element, budget: StyleBudget): boolean {
  const facts = boxFacts(el, budget);
  return !!facts && isBannerBox(facts) && isShown(el, budget);
}

export function boxFacts(el: Element, budget: StyleBudget): BoxFacts | null {
  const style = readStyle(el, budget);
  if (!style) return null;
  const position = style.position;
  if (position !== 'fixed' && position !== 'sticky') return null;
  if (style.display === 'none' || style.visibility === 'hidden') return null;
  let r: DOMRect;
  try {
    r = el.getBoundingClientRect();
  } catch {
    return null;
  }
  const view = el.ownerDocument.defaultView;
  return {
    position,
    zIndex: stackingZ(el, style, budget),
    rect: { top: r.top, left: r.left, width: r.width, height: r.height },
    viewport: { width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 },
  };
}

/** The element's own z-index, or the highest one of the few ancestors that form its stacking context. */
function stackingZ(el: Element, own: CSSStyleDeclaration, budget: StyleBudget): string {
  let best = Number.parseInt(own.zIndex, 10);
  let up = el.parentElement;
  for (let i = 0; up && i < 3 && !isRoot(up); i++, up = up.parentElement) {
    const z = Number.parseInt(readStyle(up, budget)?.zIndex ?? '', 10);
    if (Number.isFinite(z) && !(best >= z)) best = z;
  }
  return Number.isFinite(best) ? String(best) : 'auto';
}

function isRoot(el: Element): boolean {
  const doc = el.ownerDocument;
  return el === doc.body || el === doc.documentElement;
}
