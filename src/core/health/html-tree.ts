// HTML string → a small element tree that satisfies dom-like.ts, for the CLI and HAR
// files. Not a full HTML5 parser, but it follows the rules that shape what a reader
// sees: void elements, raw-text elements (script, style, title, textarea), the end
// tags a browser implies (a new <p>, <li>, <tr> or block closes an open <p>/<li>/...),
// end tags without a matching open element ignored. Never throws; linear in the input:
// every step moves forward, tags are at most MAX_TAG long, and at most MAX_ELEMENTS
// elements are built (the rest of the text still reaches the last open element).
import { ELEMENT_NODE, TEXT_NODE, type ElementLike, type NodeLike } from './dom-like';
import { decodeEntities } from './html-entities';

export const MAX_HTML = 8_000_000;
export const MAX_ELEMENTS = 200_000;
/**
 * Elements nested deeper are not built (the page reader stops at depth 200 anyway):
 * their tags are only counted, so that their end tags do not close real elements.
 */
export const MAX_TREE_DEPTH = 256;
const MAX_TAG = 4_000;
const MAX_ATTRS = 40;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Opening one of these closes an open <p> (HTML's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt', 'summary',
]);
/** Opening the key closes an open element of the listed kinds, up to the nearest boundary. */
const IMPLIED: Record<string, { closes: string[]; boundary: string[] }> = {
  li: { closes: ['li'], boundary: ['ul', 'ol', 'menu'] },
  dt: { closes: ['dt', 'dd'], boundary: ['dl'] },
  dd: { closes: ['dt', 'dd'], boundary: ['dl'] },
  tr: { closes: ['tr', 'td', 'th'], boundary: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  th: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  option: { closes: ['option'], boundary: ['select', 'datalist'] },
  tbody: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], boundary: ['table'] },
  thead: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], boundary: ['table'] },
  tfoot: { closes: ['thead', 'tbody', 'tfoot', 'tr', 'td', 'th'], boundary: ['table'] },
};
/** A <p> closes at the end of these (a </div> ends the paragraph inside it). */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const P_SCOPE = new Set(['div', 'section', 'article', 'main', 'aside', 'nav', 'header', 'footer', 'li', 'td', 'th', 'blockquote', 'form', 'body', 'html']);

export class TextNode implements NodeLike {
  readonly nodeType = TEXT_NODE;
  constructor(public nodeValue: string) {}
}

export class TreeElement implements ElementLike {
  readonly nodeType = ELEMENT_NODE;
  readonly nodeValue = null;
  readonly childNodes: NodeLike[] = [];
  constructor(
    readonly localName: string,
    private readonly attrs: Map<string, string>,
  ) {}
  getAttribute(name: string): string | null {
    return this.attrs.get(name) ?? null;
  }
  hasAttribute(name: string): boolean {
    return this.attrs.has(name);
  }
  hasAttributes(): boolean {
    return this.attrs.size > 0;
  }
  /** Attributes of a second <html> tag merge into the first, as in browsers. */
  mergeAttributes(attrs: Map<string, string>): void {
    for (const [k, v] of attrs) if (!this.attrs.has(k)) this.attrs.set(k, v);
  }
  appendText(text: string): void {
    const last = this.childNodes[this.childNodes.length - 1];
    if (last instanceof TextNode) last.nodeValue += text;
    else this.childNodes.push(new TextNode(text));
  }
}

const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

const NO_ATTRIBUTES: Map<string, string> = new Map();
const TAG_NAME = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/y;

function attributes(tag: string): Map<string, string> {
  // Most tags have none: one shared empty map saves an allocation per element.
  if (!/[^\s/]/.test(tag)) return NO_ATTRIBUTES;
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    if (out.size >= MAX_ATTRS) break;
  }
  return out;
}

/** Index just past the '>' that closes the tag opened at `from`, skipping quoted values. */
function tagEnd(s: string, from: number): number {
  let quote = '';
  const limit = Math.min(s.length, from + MAX_TAG);
  for (let i = from; i < limit; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  // No '>' within reach: treat the tag as ending at the next '<' or the end.
  const next = s.indexOf('<', from + 1);
  return next < 0 ? s.length : next;
}

/** Index past the end tag of a raw-text element whose content starts at `from`. */
function pastRawText(s: string, lower: string, name: string, from: number): number {
  const close = lower.indexOf(`</${name}`, from);
  return close < 0 ? s.length : tagEnd(s, close);
}

export interface HtmlTree {
  /** The <html> element (made up when the file has none). */
  root: TreeElement;
  elements: number;
}

export function parseHtml(input: string): HtmlTree {
  const s = typeof input === 'string' ? input.slice(0, MAX_HTML) : '';
  const lower = s.toLowerCase();
  const root = new TreeElement('html', new Map());
  const open: TreeElement[] = [root];
  let excess = 0;
  let elements = 1;
  const current = () => open[open.length - 1] as TreeElement;
  const text = (raw: string) => {
    if (raw) current().appendText(decodeEntities(raw));
  };
  /** Pops to (and including) the innermost open `names` element, unless a boundary comes first. */
  const closeUpTo = (names: readonly string[], boundary: ReadonlySet<string> | readonly string[]) => {
    const stop = boundary instanceof Set ? boundary : new Set(boundary);
    for (let k = open.length - 1; k > 0; k--) {
      const name = (open[k] as TreeElement).localName;
      if (names.includes(name)) {
        open.length = k;
        return;
      }
      if (stop.has(name)) return;
    }
  };

  try {
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        text(s.slice(i));
        break;
      }
      if (lt > i) text(s.slice(i, lt));
      if (lower.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        i = end < 0 ? s.length : end + 3;
        continue;
      }
      TAG_NAME.lastIndex = lt;
      const nameMatch = TAG_NAME.exec(s);
      if (!nameMatch) {
        // '<!doctype', '<?xml', or a stray '<' in text.
        if (s[lt + 1] === '!' || s[lt + 1] === '?') i = tagEnd(s, lt);
        else {
          text('<');
          i = lt + 1;
        }
        continue;
      }
      const closing = nameMatch[1] === '/';
      const name = (nameMatch[2] ?? '').toLowerCase();
      const end = tagEnd(s, lt);
      const tag = s.slice(lt + nameMatch[0].length, s[end - 1] === '>' ? end - 1 : end);
      i = end;

      if (excess > 0) {
        // Inside markup nested beyond MAX_TREE_DEPTH (or past MAX_ELEMENTS): count, build nothing.
        if (closing) excess--;
        else if (RAW_TEXT.has(name)) i = pastRawText(s, lower, name, i);
        else if (!VOID.has(name)) excess++;
        continue;
      }
      if (closing) {
        // An end tag closes its element and whatever was left open inside it; one
        // without an open element is ignored.
        for (let k = open.length - 1; k > 0; k--) {
          if ((open[k] as TreeElement).localName === name) {
            open.length = k;
            break;
          }
        }
        continue;
      }

      const attrs = attributes(tag.endsWith('/') ? tag.slice(0, -1) : tag);
      if (name === 'html') {
        root.mergeAttributes(attrs);
        continue;
      }
      if (CLOSES_P.has(name)) closeUpTo(['p'], P_SCOPE);
      // A heading opened inside an open heading closes it first.
      if (HEADINGS.has(name) && HEADINGS.has(current().localName)) open.pop();
      const implied = IMPLIED[name];
      if (implied) closeUpTo(implied.closes, implied.boundary);
      if (elements >= MAX_ELEMENTS || open.length >= MAX_TREE_DEPTH) {
        if (RAW_TEXT.has(name)) i = pastRawText(s, lower, name, i);
        else if (!VOID.has(name)) excess++;
        continue;
      }
      const el = new TreeElement(name, attrs);
      current().childNodes.push(el);
      elements++;
      if (RAW_TEXT.has(name)) {
        const close = lower.indexOf(`</${name}`, i);
        const content = s.slice(i, close < 0 ? s.length : close);
        // Only title and textarea decode references; script and style text is raw.
        if (content) el.appendText(name === 'title' || name === 'textarea' ? decodeEntities(content) : content);
        i = close < 0 ? s.length : tagEnd(s, close);
        continue;
      }
      // '<div/>' opens a div in HTML; only a self-closed <svg/> (foreign content) stays empty.
      if (!VOID.has(name) && !(name === 'svg' && tag.endsWith('/'))) open.push(el);
    }
  } catch {
    // A tree of what was read so far is still a tree.
  }
  return { root, elements };
}
