// An element's shadow root, open or closed. Content scripts may see closed roots
// (Chrome: chrome.dom.openOrClosedShadowRoot; Firefox: element.openOrClosedShadowRoot),
// which some CMPs use for their banner; the page sees nothing of this.

type WithClosedRoot = Element & { openOrClosedShadowRoot?: ShadowRoot | null };
type ChromeDom = { dom?: { openOrClosedShadowRoot?: (el: Element) => ShadowRoot | null } };

export function shadowOf(el: Element): ShadowRoot | null {
  try {
    if (el.shadowRoot) return el.shadowRoot;
    const firefox = (el as WithClosedRoot).openOrClosedShadowRoot;
    if (firefox) return firefox;
    const chromeDom = (globalThis as { chrome?: ChromeDom }).chrome?.dom;
    return chromeDom?.openOrClosedShadowRoot?.(el) ?? null;
  } catch {
    return null;
  }
}

/**
 * The innermost element under a click, through closed shadow roots (a listener outside a
 * closed root only sees its host on the event's path).
 */
export function innermostAt(start: Element, x: number, y: number): Element[] {
  const chain: Element[] = [];
  let el: Element | null = start;
  for (let depth = 0; el && depth < 4; depth++) {
    const root = shadowOf(el);
    if (!root || root === el.shadowRoot) break; // open roots are on the path already
    const inner: Element | null = root.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    let walk: Element | null = inner;
    const inside: Element[] = [];
    for (let i = 0; walk && i < 32; i++, walk = walk.parentElement) inside.push(walk);
    chain.unshift(...inside);
    el = inner;
  }
  return chain;
}
