// HTML string → PageSignals without a DOM, for the CLI and HAR files. A small tag
// scanner, not a parser: it tolerates unclosed and misnested tags, never throws,
// reads at most MAX_HTML characters, and its work is linear in that: every step moves
// forward, every buffer is capped. It mirrors what src/content/page-signals.ts reads
// from a live page, so both give the classifier the same kind of input.
import { decodeEntities } from './html-entities';
import { jsonLdFacts } from './json-ld';
import { schemaTypeName } from './schema-types';
import { SIGNAL_CAPS, type PageSignals } from './types';

export const MAX_HTML = 2_000_000;
const MAX_TAG = 4_000;
const MAX_JSON_LD_BLOCKS = 20;

const SKIP_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'textarea', 'iframe', 'object', 'select']);
const HEADINGS = new Set(['h1', 'h2', 'h3']);
const MAIN = new Set(['main', 'article']);
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(ATTR)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
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

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

class CappedText {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly cap: number) {}
  add(text: string): void {
    if (this.size >= this.cap) return;
    const piece = text.slice(0, this.cap - this.size);
    this.parts.push(piece);
    this.size += piece.length;
  }
  get full(): boolean {
    return this.size >= this.cap;
  }
  text(): string {
    return squash(this.parts.join(''));
  }
}

export function extractPageSignals(html: string, url: string): PageSignals {
  try {
    return scan(typeof html === 'string' ? html.slice(0, MAX_HTML) : '', url);
  } catch {
    return emptySignals(url);
  }
}

export function emptySignals(url: string): PageSignals {
  return {
    url,
    title: '',
    headings: { h1: [], h2: [], h3: [] },
    metaDescription: '',
    og: { title: '', description: '', type: '', siteName: '' },
    breadcrumbs: [],
    lang: '',
    schemaTypes: [],
    mainText: '',
  };
}

function scan(s: string, url: string): PageSignals {
  const out = emptySignals(url);
  const lower = s.toLowerCase();
  const body = new CappedText(SIGNAL_CAPS.mainText * 2);
  const main = new CappedText(SIGNAL_CAPS.mainText * 2);
  const ldBlocks: string[] = [];
  const types = new Set<string>();
  let mainDepth = 0;
  let heading: { level: 'h1' | 'h2' | 'h3'; text: CappedText } | null = null;
  let crumb: { tag: string; depth: number; items: string[]; current: string } | null = null;
  const crumbsDone: string[] = [];

  const closeHeading = () => {
    if (!heading) return;
    const list = out.headings[heading.level];
    const t = heading.text.text();
    if (t && list.length < SIGNAL_CAPS.headingsPerLevel) list.push(t);
    heading = null;
  };
  const flushCrumb = () => {
    if (!crumb) return;
    const t = squash(crumb.current);
    // Separators written as text ('>', '/', '›') are not items.
    if (t && !/^[>/›»|·•\-–]+$/.test(t)) crumb.items.push(t.slice(0, 300));
    crumb.current = '';
  };
  const text = (raw: string) => {
    if (!raw) return;
    // Past the caps only metadata is still of interest (JSON-LD is often at the very end).
    if (body.full && (mainDepth === 0 || main.full) && !heading && !crumb) return;
    const t = decodeEntities(raw);
    body.add(t);
    if (mainDepth > 0) main.add(t);
    if (heading) heading.text.add(t);
    if (crumb) crumb.current += t.slice(0, 300);
  };

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
    const nameMatch = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(s.slice(lt, lt + 64));
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
    const tag = s.slice(lt + nameMatch[0].length, end);
    i = end;
    text(' ');

    if (closing) {
      if (HEADINGS.has(name)) closeHeading();
      if (MAIN.has(name) && mainDepth > 0) mainDepth--;
      if (crumb && name === crumb.tag && --crumb.depth === 0) {
        flushCrumb();
        crumbsDone.push(...crumb.items);
        crumb = null;
      }
      continue;
    }

    const attrs = attributes(tag);
    const itemtype = attrs.get('itemtype');
    if (itemtype) for (const t of itemtype.split(/\s+/)) if (t) types.add(schemaTypeName(t));

    if (name === 'html' && !out.lang) out.lang = (attrs.get('lang') ?? '').slice(0, 20);
    else if (name === 'meta') readMeta(attrs, out);
    else if (name === 'title' || SKIP_CONTENT.has(name)) {
      // Raw text up to the matching close tag; only the title and JSON-LD are kept.
      const close = lower.indexOf(`</${name}`, i);
      const content = s.slice(i, close < 0 ? s.length : close);
      i = close < 0 ? s.length : tagEnd(s, close);
      if (name === 'title' && !out.title) out.title = squash(decodeEntities(content)).slice(0, SIGNAL_CAPS.shortFieldChars);
      if (name === 'script' && /ld\+json/i.test(attrs.get('type') ?? '') && ldBlocks.length < MAX_JSON_LD_BLOCKS) ldBlocks.push(content);
      continue;
    } else if (HEADINGS.has(name)) {
      closeHeading();
      heading = { level: name as 'h1' | 'h2' | 'h3', text: new CappedText(SIGNAL_CAPS.headingChars) };
    } else if (MAIN.has(name)) mainDepth++;

    if (crumb) {
      if (name === crumb.tag) crumb.depth++;
      if (name === 'li' || name === 'a') flushCrumb();
    } else if (crumbsDone.length === 0 && isBreadcrumb(attrs)) {
      crumb = { tag: name, depth: 1, items: [], current: '' };
    }
  }
  closeHeading();
  if (crumb) {
    flushCrumb();
    crumbsDone.push(...crumb.items);
  }

  const ld = jsonLdFacts(ldBlocks);
  for (const t of ld.types) types.add(t);
  out.schemaTypes = [...types].slice(0, SIGNAL_CAPS.schemaTypes);
  out.breadcrumbs = (crumbsDone.length ? crumbsDone : ld.breadcrumbs).slice(0, SIGNAL_CAPS.breadcrumbs);
  const mainText = main.text();
  out.mainText = (mainText.length >= SIGNAL_CAPS.minMainText ? mainText : body.text()).slice(0, SIGNAL_CAPS.mainText);
  return out;
}

function isBreadcrumb(attrs: Map<string, string>): boolean {
  const label = (attrs.get('aria-label') ?? '').toLowerCase();
  const cls = (attrs.get('class') ?? '').toLowerCase();
  return label.includes('breadcrumb') || label.includes('kruimelpad') || /\bbreadcrumbs?\b/.test(cls);
}

function readMeta(attrs: Map<string, string>, out: PageSignals): void {
  const key = (attrs.get('name') ?? attrs.get('property') ?? '').toLowerCase();
  const content = squash(attrs.get('content') ?? '').slice(0, SIGNAL_CAPS.shortFieldChars);
  if (!content) return;
  if (key === 'description' && !out.metaDescription) out.metaDescription = content;
  else if (key === 'og:title' && !out.og.title) out.og.title = content;
  else if (key === 'og:description' && !out.og.description) out.og.description = content;
  else if (key === 'og:type' && !out.og.type) out.og.type = content;
  else if (key === 'og:site_name' && !out.og.siteName) out.og.siteName = content;
}
