// The only place the consent observer reads computed styles or layout. Each read can
// force the browser to recompute style for a page in the middle of changing, so reads
// are counted and every check has a budget (STYLE_READS_PER_CHECK): a page that mutates
// its DOM all the time gets a bounded number of checks, each with a bounded number of
// reads (issue 13 part 6).

/** Most style reads one banner check may make; candidates past it wait for the next check. */
export const STYLE_READS_PER_CHECK = 48;

export class StyleBudget {
  used = 0;
  constructor(readonly limit = STYLE_READS_PER_CHECK) {}
  /** Takes one read from the budget; false when it is spent. */
  take(): boolean {
    if (this.used >= this.limit) return false;
    this.used++;
    totalReads++;
    return true;
  }
}

let totalReads = 0;
/** Style reads since the content script started (for tests of bounded work). */
export function styleReadCount(): number {
  return totalReads;
}

type Visibility = Element & { checkVisibility?: (o: Record<string, boolean>) => boolean };

/**
 * Whether the element takes space and is visible through its ancestors: `display`,
 * `visibility`, `content-visibility` and an opacity of 0 anywhere above it (a banner
 * that is fading in is visible as soon as its opacity is above 0).
 */
export function isShown(el: Element, budget: StyleBudget): boolean {
  if (!budget.take()) return false;
  try {
    const rect = el.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0) return false;
    const v = el as Visibility;
    if (typeof v.checkVisibility === 'function') {
      return v.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true, checkOpacity: true, checkVisibilityCSS: true });
    }
    const style = styleOf(el);
    return !!style && style.display !== 'none' && style.visibility !== 'hidden' && Number.parseFloat(style.opacity || '1') > 0;
  } catch {
    return false;
  }
}

/** A computed style, or null when the budget is spent or the element is gone. */
export function readStyle(el: Element, budget: StyleBudget): CSSStyleDeclaration | null {
  if (!budget.take()) return null;
  return styleOf(el);
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  try {
    return (el.ownerDocument.defaultView ?? window).getComputedStyle(el);
  } catch {
    return null;
  }
}
