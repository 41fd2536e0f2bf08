// An element's text, read without layout and with bounded work: text nodes are
// walked until `max` characters; a longer text is not a banner's, and null says so
// (textContent would first build the whole string of a page-sized wrapper).
export function boundedText(el: Element | ShadowRoot, max: number): string | null {
  const doc = 'ownerDocument' in el && el.ownerDocument ? el.ownerDocument : document;
  let out = '';
  try {
    const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      out += n.nodeValue ?? '';
      if (out.length > max) return null;
    }
  } catch {
    return null;
  }
  return out;
}
