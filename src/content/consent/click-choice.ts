// What a trusted click chose. A click counts wherever it lands — inside the banner we
// found, in a CMP's own button, or on any control whose words (or id/class/role) say
// accept / reject / save / settings / close and which sits in a block that talks about
// cookies or consent — so a banner we measured wrong, or never saw, still records the
// choice. Only the class of the label leaves this function, never the label itself.

import { GENERIC_CMP, type CmpRule } from '../../core/consent/cmp-rules';
import { mentionsConsent } from '../../core/consent/banner-heuristic';
import { classifyButtonText, classifyControlHint } from '../../core/consent/choice-text';
import type { ChoiceKind, ChoiceSource } from '../../core/consent/types';
import type { FoundBanner } from './banner-watch';
import { boundedText } from './bounded-text';
import { allExist, pathMatches } from './dom-selectors';

const CONTROL = 'button, [role="button"], [role="link"], a, input[type="button"], input[type="submit"], label, [data-role]';
const MAX_LABEL = 200;
const MAX_CONTEXT_LEVELS = 8;
const MAX_CONTEXT_TEXT = 6000;

export interface ClickChoice {
  choice: ChoiceKind;
  via: ChoiceSource;
  cmp: string;
}

export function classifyClick(path: readonly EventTarget[], banner: FoundBanner | null, rules: readonly CmpRule[], doc: Document): ClickChoice | null {
  const byRule = ruleChoice(path, banner, rules, doc);
  if (byRule) return byRule;
  const control = controlOnPath(path);
  if (!control) return null;
  const choice = choiceOfControl(control);
  if (choice === null) return null;
  const inBanner = !!banner && path.includes(banner.element);
  if (!inBanner && !inConsentContext(path, control)) return null;
  return { choice, via: 'button-text', cmp: banner?.cmp ?? GENERIC_CMP };
}

/** The CMP's own buttons: the current banner's rules first, then any rule whose CMP is on the page. */
function ruleChoice(path: readonly EventTarget[], banner: FoundBanner | null, rules: readonly CmpRule[], doc: Document): ClickChoice | null {
  const ordered = banner?.rule ? [...rules.filter((r) => r.cmp === banner.cmp), ...rules.filter((r) => r.cmp !== banner.cmp)] : rules;
  for (const rule of ordered) {
    const kind: ChoiceKind | null = rule.optOut.some((s) => pathMatches(path, s))
      ? 'reject-all'
      : rule.optIn.some((s) => pathMatches(path, s))
        ? 'accept-all'
        : rule.save.some((s) => pathMatches(path, s))
          ? 'save-custom'
          : null;
    if (kind && (rule.cmp === banner?.cmp || allExist(doc, rule.detect))) return { choice: kind, via: 'rule', cmp: rule.cmp };
  }
  return null;
}

function controlOnPath(path: readonly EventTarget[]): Element | null {
  for (const target of path.slice(0, 12)) {
    if (!(target instanceof Element)) continue;
    try {
      if (target.matches(CONTROL)) return target;
    } catch {
      return null;
    }
  }
  return null;
}

/** The label's words decide; the control's id, class or data-role only for a label without words ("×", "✓"). */
function choiceOfControl(el: Element): ChoiceKind | null {
  const label = labelOf(el);
  if (/\p{L}/u.test(label)) return classifyButtonText(label);
  const hint = `${el.id} ${el.getAttribute('class') ?? ''} role=${el.getAttribute('data-role') ?? ''}`;
  return classifyControlHint(hint);
}

/** Some block around the control (up to a few levels, shadow hosts included) talks about cookies or consent. */
function inConsentContext(path: readonly EventTarget[], control: Element): boolean {
  const start = path.indexOf(control);
  let levels = 0;
  for (let i = start + 1; i < path.length && levels < MAX_CONTEXT_LEVELS; i++) {
    const node = path[i];
    if (!(node instanceof Element) && !(node instanceof ShadowRoot)) continue;
    levels++;
    const text = boundedText(node, MAX_CONTEXT_TEXT);
    if (text === null) return false; // a page-sized block: we are past any banner
    if (mentionsConsent(text)) return true;
    // The body is the last block worth reading (a frame whose whole document is the banner).
    if (node instanceof Element && node === node.ownerDocument.body) return false;
  }
  return false;
}

function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria && aria.trim()) return aria.slice(0, MAX_LABEL);
  if (el instanceof HTMLInputElement) return el.value.slice(0, MAX_LABEL);
  return (boundedText(el, MAX_LABEL) ?? '').slice(0, MAX_LABEL);
}
