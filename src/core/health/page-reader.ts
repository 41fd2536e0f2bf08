// A page's tree → PageSignals, the one reader behind both the content script (over the
// live document) and the CLI (over html-tree.ts's tree of an HTML file). It reads the
// page's own content as a reader would see it:
//  - the content root is the largest <main>/[role=main], else the largest <article>
//    outside the chrome, else <body>;
//  - within it, site chrome (page-chrome.ts), hidden elements and link-dense blocks
//    (related-story rails, tag clouds, mega-menus: mostly link text) are left out, and
//    the h1–h3 are those of the content that is kept;
//  - metadata (title, meta, og, lang, JSON-LD, microdata, breadcrumbs) from the whole page.
// Work is bounded: each of the two walks visits at most ELEMENT_BUDGET elements and
// reads at most TEXT_NODE_CHARS of any text node; nothing is cloned or laid out.
import { isElement, TEXT_NODE, type ElementLike, type NodeLike } from './dom-like';
import { chromeKind, isBreadcrumb, isHidden, NO_TEXT } from './page-chrome';
import { jsonLdFacts } from './json-ld';
import { schemaTypeName } from './schema-types';
import { SIGNAL_CAPS, type PageSignals } from './types';

export const READER_CAPS = {
  /** Elements each walk visits at most (the metadata walk, then the content walk). */
  elementBudget: 60_000,
  /** Deeper elements are not read (both readers stop at the same depth). */
  depth: 200,
  textNodeChars: 20_000,
  jsonLdBlocks: 20,
  jsonLdChars: 300_000,
  /** Candidates for the content root measured, and how much of each. */
  candidates: 30,
  candidateChars: 5_000,
  /** A block with at least this much text whose text is mostly links is a rail or menu. */
  linkBlockMinChars: 40,
  linkDensity: 0.5,
  /** What is left of a block once its link-dense parts are out, below which the block is that rail's frame. */
  railLeftoverChars: 100,
} as const;

const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'img',
]);
const LINK_CHECKED = new Set(['div', 'section', 'ul', 'ol', 'table', 'tbody', 'dl', 'p', 'li', 'form', 'figure']);
const HEADING = new Set(['h1', 'h2', 'h3']);
const MAX_CANDIDATES = READER_CAPS.candidates;

export type ContentSource = 'main' | 'article' | 'body';

export interface ReadStats {
  elementsVisited: number;
  textCharsRead: number;
  /** Subtrees left out: chrome, hidden, link-dense. */
  dropped: { chrome: number; hidden: number; linkDense: number };
  source: ContentSource;
  /** A walk ran out of its element budget. */
  truncated: boolean;
}

export interface PageRead {
  signals: PageSignals;
  stats: ReadStats;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const squashedLength = (t: string) => (/\s\s|[\t\n\r]/.test(t) ? t.replace(/\s+/g, ' ').length : t.length);

function childAt(el: ElementLike, i: number): NodeLike | undefined {
  return el.childNodes[i];
}

class Budget {
  visited = 0;
  chars = 0;
  truncated = false;
  constructor(private readonly limit: number) {}
  take(): boolean {
    if (this.visited >= this.limit) {
      this.truncated = true;
      return false;
    }
    this.visited++;
    return true;
  }
  read(node: NodeLike): string {
    const v = node.nodeValue ?? '';
    const t = v.length > READER_CAPS.textNodeChars ? v.slice(0, READER_CAPS.textNodeChars) : v;
    this.chars += t.length;
    return t;
  }
}

/** Raw text of an element's text children (scripts, titles), capped. */
function ownText(el: ElementLike, cap: number): string {
  let out = '';
  for (let i = 0; i < el.childNodes.length && out.length < cap; i++) {
    const c = childAt(el, i);
    if (c && c.nodeType === TEXT_NODE) out += c.nodeValue ?? '';
  }
  return out.slice(0, cap);
}

/** Visible text of a small subtree (breadcrumb items, a fallback h1), without chrome rules. */
function plainText(el: ElementLike, budget: Budget, cap: number, depth = 0): string {
  let out = '';
  for (let i = 0; i < el.childNodes.length && out.length < cap; i++) {
    const c = childAt(el, i);
    if (!c) continue;
    if (c.nodeType === TEXT_NODE) out += budget.read(c);
    else if (isElement(c) && depth < 30 && !NO_TEXT.has(c.localName) && !isHidden(c) && budget.take()) {
      out += (INLINE.has(c.localName) ? '' : ' ') + plainText(c, budget, cap - out.length, depth + 1);
    }
  }
  return out.slice(0, cap);
}

interface Meta {
  title: string;
  lang: string;
  metas: Map<string, string>;
  ldBlocks: string[];
  itemTypes: Set<string>;
  breadcrumbs: string[];
  mains: { el: ElementLike; chars: number }[];
  articles: { el: ElementLike; chars: number }[];
  firstH1: ElementLike | null;
  body: ElementLike | null;
}

/** First walk: metadata and the candidates for the content root. Reads no text (that is the costly part of a live DOM). */
function readMeta(root: ElementLike, budget: Budget): Meta {
  const meta: Meta = { title: '', lang: (root.getAttribute('lang') ?? '').slice(0, 20), metas: new Map(), ldBlocks: [], itemTypes: new Set(), breadcrumbs: [], mains: [], articles: [], firstH1: null, body: null };

  const visit = (el: ElementLike, depth: number, inChrome: boolean): void => {
    const tag = el.localName;
    const itemtype = el.getAttribute('itemtype');
    if (itemtype && meta.itemTypes.size < SIGNAL_CAPS.schemaTypes) for (const t of itemtype.split(/\s+/)) if (t) meta.itemTypes.add(schemaTypeName(t));
    if (tag === 'title') {
      if (!meta.title) meta.title = squash(ownText(el, 4 * SIGNAL_CAPS.shortFieldChars)).slice(0, SIGNAL_CAPS.shortFieldChars);
      return;
    }
    if (tag === 'meta') {
      const key = (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase();
      const content = squash(el.getAttribute('content') ?? '').slice(0, SIGNAL_CAPS.shortFieldChars);
      if (key && content && !meta.metas.has(key)) meta.metas.set(key, content);
      return;
    }
    if (tag === 'script') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '') && meta.ldBlocks.length < READER_CAPS.jsonLdBlocks) meta.ldBlocks.push(ownText(el, READER_CAPS.jsonLdChars + 1));
      return;
    }
    // A template's children are not part of the document (a live DOM keeps them in .content).
    if (NO_TEXT.has(tag) && tag !== 'head') return;
    if (tag === 'body' && !meta.body) meta.body = el;
    if (isHidden(el)) return;
    if (meta.breadcrumbs.length === 0 && isBreadcrumb(el)) meta.breadcrumbs = breadcrumbItems(el, budget);
    const chrome = inChrome || chromeKind(el, false) !== null;
    if (!chrome && tag === 'h1' && !meta.firstH1) meta.firstH1 = el;
    const role = el.getAttribute('role');
    if ((tag === 'main' || role === 'main') && meta.mains.length < MAX_CANDIDATES) meta.mains.push({ el, chars: 0 });
    else if (tag === 'article' && !chrome && meta.articles.length < MAX_CANDIDATES) meta.articles.push({ el, chars: 0 });
    if (depth >= READER_CAPS.depth) return;
    for (let i = 0; i < el.childNodes.length; i++) {
      const c = childAt(el, i);
      if (c && isElement(c)) {
        if (!budget.take()) return;
        visit(c, depth + 1, chrome);
      }
    }
  };
  budget.take();
  visit(root, 0, false);
  return meta;
}

/** Visible text length of a candidate, counted up to a cap (enough to tell a wrapper from the content). */
function textLength(el: ElementLike, budget: Budget, cap: number, depth = 0): number {
  let n = 0;
  for (let i = 0; i < el.childNodes.length && n < cap; i++) {
    const c = childAt(el, i);
    if (!c) continue;
    if (c.nodeType === TEXT_NODE) n += squashedLength(budget.read(c));
    else if (isElement(c) && depth < READER_CAPS.depth && !NO_TEXT.has(c.localName) && !isHidden(c) && budget.take()) n += textLength(c, budget, cap - n, depth + 1);
  }
  return n;
}

function breadcrumbItems(container: ElementLike, budget: Budget): string[] {
  const items: string[] = [];
  const leaves = (el: ElementLike, depth: number): boolean => {
    // true when this subtree holds an li/a item (so its ancestors are not items themselves)
    let found = false;
    for (let i = 0; i < el.childNodes.length && items.length < SIGNAL_CAPS.breadcrumbs; i++) {
      const c = childAt(el, i);
      if (!c || !isElement(c) || depth > 20 || !budget.take()) continue;
      const inner = leaves(c, depth + 1);
      if (!inner && (c.localName === 'li' || c.localName === 'a')) {
        const t = squash(plainText(c, budget, 300));
        if (t && !/^[>/›»|·•\-–]+$/.test(t)) items.push(t);
      }
      found = found || inner || c.localName === 'li' || c.localName === 'a';
    }
    return found;
  };
  if (!leaves(container, 0)) {
    const t = squash(plainText(container, budget, 300));
    if (t) items.push(t);
  }
  return items.slice(0, SIGNAL_CAPS.breadcrumbs);
}

interface Content {
  text: string;
  headings: { level: 'h1' | 'h2' | 'h3'; text: string }[];
}

const CONTENT_CAP = SIGNAL_CAPS.mainText * 2;
const MAX_HEADINGS = 3 * SIGNAL_CAPS.headingsPerLevel;

/**
 * Second walk: the kept text and headings of the content root. One output array;
 * a subtree that turns out to be link-dense is cut off again by resetting its length,
 * so the work stays linear in the elements visited.
 */
function readContent(root: ElementLike, budget: Budget, insideContent: boolean, stats: ReadStats): Content {
  const parts: string[] = [];
  const headings: Content['headings'] = [];
  let chars = 0;
  let linkChars = 0;
  // Text of link-dense blocks already left out below the current element: a rail's
  // heading ('Kanker' above its list of links) goes with the rail.
  let droppedLinks = 0;

  const visit = (el: ElementLike, depth: number, inLink: boolean): void => {
    if (depth >= READER_CAPS.depth) return;
    for (let i = 0; i < el.childNodes.length; i++) {
      const c = childAt(el, i);
      if (!c) continue;
      if (c.nodeType === TEXT_NODE) {
        if (chars >= CONTENT_CAP) continue;
        const t = budget.read(c);
        const n = squashedLength(t);
        parts.push(t);
        chars += n;
        if (inLink) linkChars += n;
        continue;
      }
      if (!isElement(c) || !budget.take()) continue;
      const tag = c.localName;
      if (NO_TEXT.has(tag)) continue;
      if (isHidden(c)) {
        stats.dropped.hidden++;
        continue;
      }
      if (chromeKind(c, insideContent) !== null) {
        stats.dropped.chrome++;
        continue;
      }
      const p0 = parts.length;
      const c0 = chars;
      const l0 = linkChars;
      const d0 = droppedLinks;
      const h0 = headings.length;
      const block = !INLINE.has(tag);
      if (block) parts.push(' ');
      if (tag === 'details' && !c.hasAttribute('open')) visitSummary(c, depth + 1, inLink);
      else visit(c, depth + 1, inLink || tag === 'a');
      if (block) parts.push(' ');
      const own = chars - c0;
      const links = linkChars - l0;
      const below = droppedLinks - d0;
      const dense =
        own + below >= READER_CAPS.linkBlockMinChars &&
        links + below > READER_CAPS.linkDensity * (own + below) &&
        (below === 0 || own - links < READER_CAPS.railLeftoverChars);
      if (LINK_CHECKED.has(tag) && dense) {
        parts.length = p0;
        chars = c0;
        linkChars = l0;
        droppedLinks = d0 + own + below;
        headings.length = h0;
        stats.dropped.linkDense++;
        continue;
      }
      if (HEADING.has(tag) && headings.length < MAX_HEADINGS) {
        const text = squash(parts.slice(p0, p0 + 60).join('')).slice(0, SIGNAL_CAPS.headingChars);
        if (text) headings.splice(h0, 0, { level: tag as 'h1' | 'h2' | 'h3', text });
      }
    }
  };
  // A closed <details> shows its summary only.
  const visitSummary = (el: ElementLike, depth: number, inLink: boolean): void => {
    for (let i = 0; i < el.childNodes.length; i++) {
      const c = childAt(el, i);
      if (c && isElement(c) && c.localName === 'summary') return visit(c, depth + 1, inLink);
    }
  };
  visit(root, 0, false);
  return { text: squash(parts.join('')).slice(0, SIGNAL_CAPS.mainText), headings };
}

function largest(list: { el: ElementLike; chars: number }[]): { el: ElementLike; chars: number } | null {
  let best: { el: ElementLike; chars: number } | null = null;
  for (const c of list) if (!best || c.chars > best.chars) best = c;
  return best;
}

export function readPage(root: ElementLike, url: string): PageRead {
  const metaBudget = new Budget(READER_CAPS.elementBudget);
  const meta = readMeta(root, metaBudget);
  const contentBudget = new Budget(READER_CAPS.elementBudget);
  const stats: ReadStats = { elementsVisited: 0, textCharsRead: 0, dropped: { chrome: 0, hidden: 0, linkDense: 0 }, source: 'body', truncated: false };

  for (const c of [...meta.mains, ...meta.articles]) c.chars = textLength(c.el, contentBudget, READER_CAPS.candidateChars);
  const main = largest(meta.mains);
  const article = largest(meta.articles);
  let content: Content | null = null;
  if (main && main.chars >= SIGNAL_CAPS.minMainText) {
    content = readContent(main.el, contentBudget, true, stats);
    stats.source = 'main';
  } else if (article && article.chars >= SIGNAL_CAPS.minMainText) {
    content = readContent(article.el, contentBudget, true, stats);
    stats.source = 'article';
  }
  if (!content || content.text.length < SIGNAL_CAPS.minMainText) {
    content = readContent(meta.body ?? root, contentBudget, false, stats);
    stats.source = 'body';
  }

  const headings: PageSignals['headings'] = { h1: [], h2: [], h3: [] };
  for (const h of content.headings) if (headings[h.level].length < SIGNAL_CAPS.headingsPerLevel) headings[h.level].push(h.text);
  if (headings.h1.length === 0 && meta.firstH1) {
    const t = squash(plainText(meta.firstH1, contentBudget, SIGNAL_CAPS.headingChars));
    if (t) headings.h1.push(t);
  }

  const ld = jsonLdFacts(meta.ldBlocks);
  const types = new Set([...meta.itemTypes, ...ld.types]);
  const m = (k: string) => meta.metas.get(k) ?? '';
  stats.elementsVisited = metaBudget.visited + contentBudget.visited;
  stats.textCharsRead = metaBudget.chars + contentBudget.chars;
  stats.truncated = metaBudget.truncated || contentBudget.truncated;
  return {
    signals: {
      url,
      title: meta.title,
      headings,
      metaDescription: m('description'),
      og: { title: m('og:title'), description: m('og:description'), type: m('og:type'), siteName: m('og:site_name') },
      breadcrumbs: (meta.breadcrumbs.length ? meta.breadcrumbs : ld.breadcrumbs).slice(0, SIGNAL_CAPS.breadcrumbs),
      lang: meta.lang,
      schemaTypes: [...types].slice(0, SIGNAL_CAPS.schemaTypes),
      mainText: content.text,
    },
    stats,
  };
}
