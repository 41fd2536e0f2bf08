// Runs inside the scanned page (bundled by consent-script.ts): finds the cookie banner
// with the extension's own detection (banner-watch.ts, the CMP table and the generic
// heuristic) and the control in it that the extension itself would record as the
// wanted choice (click-choice.ts decides, so the scan clicks only what Pixelwacht
// counts as "refused" or "accepted"). Returns the element; the scan clicks it with a
// real (trusted) mouse click. Bounded: at most MAX_CONTROLS controls are looked at.
import { rulesForFrame } from '../../core/consent/cmp-rules';
import type { ChoiceKind } from '../../core/consent/types';
import { detectBanner } from '../../content/consent/banner-watch';
import { classifyClick } from '../../content/consent/click-choice';
import { query } from '../../content/consent/dom-selectors';
import { shadowOf } from '../../content/consent/shadow';

const CONTROLS = 'button, [role="button"], a, input[type="button"], input[type="submit"], [data-role]';
const MAX_CONTROLS = 200;

export interface ConsentTarget {
  cmp: string;
  element: Element;
}

/** The composed path a click on the element would have: itself, then its ancestors through shadow hosts. */
function pathOf(el: Element): EventTarget[] {
  const out: EventTarget[] = [];
  let node: Node | null = el;
  while (node && out.length < 200) {
    out.push(node);
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return out;
}

function visible(el: Element): boolean {
  const rect = el.getBoundingClientRect();
  if (rect.width <= 0 || rect.height <= 0) return false;
  const style = getComputedStyle(el);
  return style.display !== 'none' && style.visibility !== 'hidden';
}

/** Whether a banner is on screen now (the extension's detection), and its CMP. */
export function bannerNow(): string | null {
  return detectBanner(document, rulesForFrame(true, location.href), true).found?.cmp ?? null;
}

/** The control that makes the wanted choice in the banner on screen; null when there is none. */
export function findChoiceControl(wanted: Extract<ChoiceKind, 'reject-all' | 'accept-all'>): ConsentTarget | null {
  const rules = rulesForFrame(true, location.href);
  const banner = detectBanner(document, rules, true).found;
  if (!banner) return null;
  const candidates: Element[] = [];
  // The CMP's own buttons first: the rule names them.
  if (banner.rule) {
    for (const sel of wanted === 'reject-all' ? banner.rule.optOut : banner.rule.optIn) {
      const el = query(document, sel);
      if (el) candidates.push(el);
    }
  }
  for (const scope of [banner.element, shadowOf(banner.element)]) {
    if (!scope) continue;
    candidates.push(...Array.from(scope.querySelectorAll(CONTROLS)).slice(0, MAX_CONTROLS));
  }
  for (const el of candidates.slice(0, MAX_CONTROLS)) {
    if (!visible(el)) continue;
    const choice = classifyClick(pathOf(el), banner, rules, document);
    if (choice?.choice === wanted) return { cmp: banner.cmp, element: el };
  }
  return null;
}
