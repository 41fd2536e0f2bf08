// The few DOM features the page reader needs, as a structural interface. A live
// browser Document satisfies it as it is; so does the small tree html-tree.ts builds
// from an HTML string. One reader (page-reader.ts) over this interface is what makes
// the CLI and the content script read the same signals from the same page.

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface NodeLike {
  readonly nodeType: number;
  /** Text of a text node; null (or absent) for elements. */
  readonly nodeValue: string | null;
}

export interface ElementLike extends NodeLike {
  /** Lower-case tag name ('div', 'main'). */
  readonly localName: string;
  readonly childNodes: ArrayLike<NodeLike>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  /** Whether it has any attribute: most rules need one, so most elements are decided by their tag alone. */
  hasAttributes(): boolean;
}

export function isElement(node: NodeLike): node is ElementLike {
  return node.nodeType === ELEMENT_NODE;
}
