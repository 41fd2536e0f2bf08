// Running CMP-table selectors against the page. Every call is guarded: a selector the
// browser does not support (or a hostile DOM) must not break the content script.

import type { CmpSelector } from '../../core/consent/cmp-rules';
import { shadowOf } from './shadow';

/** The element a selector (or a shadow-root chain) finds, or null. */
export function query(root: ParentNode, sel: CmpSelector): Element | null {
  try {
    if (typeof sel === 'string') return root.querySelector(sel);
    let scope: ParentNode | null = root;
    let found: Element | null = null;
    for (const part of sel) {
      if (!scope) return null;
      found = scope.querySelector(part);
      if (!found) return null;
      scope = shadowOf(found);
    }
    return found;
  } catch {
    return null;
  }
}

export function allExist(root: ParentNode, sels: readonly CmpSelector[]): boolean {
  return sels.length > 0 && sels.every((s) => query(root, s) !== null);
}

/** The first visible element any of the selectors finds. */
export function firstVisible(root: ParentNode, sels: readonly CmpSelector[]): Element | null {
  for (const s of sels) {
    const el = query(root, s);
    if (el && isVisible(el)) return el;
  }
  return null;
}

export function isVisible(el: Element): boolean {
  try {
    const rect = el.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) return false;
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && Number.parseFloat(style.opacity || '1') > 0;
  } catch {
    return false;
  }
}

/** Whether an element on a click's composed path matches the selector (its last part, for chains). */
export function pathMatches(path: readonly EventTarget[], sel: CmpSelector): boolean {
  const last = typeof sel === 'string' ? sel : sel[sel.length - 1];
  if (!last) return false;
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    try {
      if (target.matches(last)) return true;
    } catch {
      return false;
    }
  }
  return false;
}
