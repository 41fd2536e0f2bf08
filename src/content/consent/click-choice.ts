// What a click inside a detected banner chose: by the CMP rule's button selectors
// when a rule found the banner, else by the button's words. Only the class of the
// label leaves this function, never the label itself.

import { classifyButtonText } from '../../core/consent/choice-text';
import type { ChoiceKind, ChoiceSource } from '../../core/consent/types';
import type { FoundBanner } from './banner-watch';
import { pathMatches } from './dom-selectors';

const BUTTON = 'button, [role="button"], a, input[type="button"], input[type="submit"], label';
const MAX_LABEL = 200;

export interface ClickChoice {
  choice: ChoiceKind;
  via: ChoiceSource;
}

export function classifyClick(path: readonly EventTarget[], banner: FoundBanner): ClickChoice | null {
  const rule = banner.rule;
  if (rule) {
    if (rule.optOut.some((s) => pathMatches(path, s))) return { choice: 'reject-all', via: 'rule' };
    if (rule.optIn.some((s) => pathMatches(path, s))) return { choice: 'accept-all', via: 'rule' };
    if (rule.save.some((s) => pathMatches(path, s))) return { choice: 'save-custom', via: 'rule' };
  }
  const inside = path.includes(banner.element);
  if (!inside) return null;
  const button = buttonOnPath(path, banner.element);
  if (!button) return null;
  return { choice: classifyButtonText(labelOf(button)), via: 'button-text' };
}

function buttonOnPath(path: readonly EventTarget[], stopAt: Element): Element | null {
  for (const target of path) {
    if (target === stopAt) return null;
    if (!(target instanceof Element)) continue;
    try {
      if (target.matches(BUTTON)) return target;
    } catch {
      return null;
    }
  }
  return null;
}

function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  if (aria && aria.trim()) return aria.slice(0, MAX_LABEL);
  if (el instanceof HTMLInputElement) return el.value.slice(0, MAX_LABEL);
  return (el.textContent ?? '').slice(0, MAX_LABEL);
}
