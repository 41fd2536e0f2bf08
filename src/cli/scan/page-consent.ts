// Runs inside the scanned page, in an isolated world of the scan's own (bundled by
// consent-script.ts, evaluated by isolated-world.ts): the page's scripts share its DOM
// but never see this code, its globals or its calls, and their changes to the DOM API
// (a getter on document.querySelector, a patched Array.prototype) do not reach it.
// Finds the cookie banner with the extension's own detection (banner-watch.ts, the CMP
// table and the generic heuristic) and the control in it that the extension itself
// would record as the wanted choice (click-choice.ts decides, so the scan clicks only
// what Pixelwacht counts as "refused" or "accepted"). Returns the point to click; the
// scan clicks there with a real (trusted) mouse click. Controls that would submit a
// form are never chosen: the scan does not submit forms. Bounded: at most
// MAX_CONTROLS controls are looked at, MAX_LINKS links read.
import { rulesForFrame } from '../../core/consent/cmp-rules';
import type { ChoiceKind } from '../../core/consent/types';
import { detectBanner } from '../../content/consent/banner-watch';
import { classifyClick } from '../../content/consent/click-choice';
import { query } from '../../content/consent/dom-selectors';
import { shadowOf } from '../../content/consent/shadow';

const CONTROLS = 'button, [role="button"], a, input[type="button"], [data-role]';
const MAX_CONTROLS = 200;
const MAX_LINKS = 2000;

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

/**
 * Whether clicking the element would submit a form: a submit or image input, or a
 * <button> whose type is submit (the default) with a form owner. The scan never
 * clicks these (issue 19: the scan never submits forms).
 */
export function submitsForm(el: Element): boolean {
  if (el instanceof HTMLInputElement) return (el.type === 'submit' || el.type === 'image') && el.form !== null;
  if (el instanceof HTMLButtonElement) return el.type === 'submit' && el.form !== null;
  return false;
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
    if (submitsForm(el) || !visible(el)) continue;
    const choice = classifyClick(pathOf(el), banner, rules, document);
    if (choice?.choice === wanted) return { cmp: banner.cmp, element: el };
  }
  return null;
}

export interface ClickPoint {
  cmp: string;
  x: number;
  y: number;
  /** The control's text, for the scan's log. */
  text: string;
}

/** The deepest element at a point of the viewport, through open shadow roots. */
function deepElementAt(x: number, y: number): Element | null {
  let hit = document.elementFromPoint(x, y);
  for (let depth = 0; hit?.shadowRoot && depth < 20; depth++) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  return hit;
}

/** Whether `inner` is `outer` or inside it, across shadow boundaries. */
function within(outer: Element, inner: Element): boolean {
  let node: Node | null = inner;
  for (let i = 0; node && i < 500; i++) {
    if (node === outer) return true;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return false;
}

/**
 * Where to click, in the viewport's CSS pixels, to make the wanted choice: the centre
 * of the control (scrolled into view first when it is outside), provided the control
 * itself is what a click there hits (not an overlay). Null when there is no such control.
 */
export function choicePoint(wanted: Extract<ChoiceKind, 'reject-all' | 'accept-all'>): ClickPoint | null {
  const target = findChoiceControl(wanted);
  if (!target) return null;
  let rect = target.element.getBoundingClientRect();
  if (rect.bottom <= 0 || rect.right <= 0 || rect.top >= innerHeight || rect.left >= innerWidth) {
    target.element.scrollIntoView({ block: 'center', inline: 'center' });
    rect = target.element.getBoundingClientRect();
  }
  const x = Math.min(Math.max(rect.left + rect.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(rect.top + rect.height / 2, 0), innerHeight - 1);
  const hit = deepElementAt(x, y);
  if (!hit || !within(target.element, hit)) return null;
  return { cmp: target.cmp, x, y, text: (target.element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) };
}

/** The page's links (address and text), at most MAX_LINKS, for the scan's choice of pages. */
export function pageLinks(): { href: string; text: string }[] {
  const out: { href: string; text: string }[] = [];
  for (const a of Array.from(document.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
    if (a instanceof HTMLAnchorElement) out.push({ href: a.href, text: (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200) });
  }
  return out;
}
