// What on a page is not the page's own content: site chrome (navigation, header,
// footer, side rails, menus), cookie and consent banners, and hidden elements.
// Decided from markup alone (tags, roles, hidden attributes, inline styles, class and
// id names), never from computed styles, so that the CLI reading an HTML file and the
// content script reading the rendered page exclude exactly the same elements — and
// the content script forces no style or layout work to decide it.
import type { ElementLike } from './dom-like';

/** Elements whose content is never text a reader sees. */
export const NO_TEXT = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'select', 'option', 'textarea', 'input', 'button', 'video', 'audio', 'map',
]);

const CHROME_TAGS = new Set(['nav', 'aside', 'menu', 'footer', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'search', 'dialog', 'alertdialog', 'tooltip', 'tablist']);

// Class and id names sites give their chrome. Matched against whole class tokens, so
// 'has-sidebar' on a content wrapper does not exclude the content.
const CHROME_NAME =
  /^(?:(?:site|page|main|global|mega|primary|secondary|top|sub|mobile|footer|header)[-_]?)?(?:nav|navigation|navbar|menu|menubar|megamenu|header|footer|masthead|topbar)$|^(?:related|recommended|more|popular|trending|latest|also|read[-_]?more|lees[-_]?ook|meer)(?:[-_](?:articles?|stories|story|posts?|links?|content|news|nieuws|items?|reads?))?$|^(?:sidebar|side[-_]bar|rail|right[-_]rail|left[-_]rail|aside|share|sharing|social|social[-_]share|share[-_]buttons|newsletter|promo|promos|advert|advertisement|ads?|sponsored|tags|tag[-_]?cloud|tag[-_]?list|pagination|pager|breadcrumbs?|comments?|skip[-_]?link|toolbar)$/i;
const CONSENT_NAME = /cookie|consent|gdpr|onetrust|didomi|cookiebot|usercentrics|^cmp|[-_]cmp/i;
/** Header names that are chrome only outside the page's own content (an article's header holds its h1). */
const HEADER_NAME = /^(?:(?:site|page|global|main|top)[-_]?)?(?:header|masthead)$/i;
const HIDDEN_CLASS = new Set(['hidden', 'd-none', 'is-hidden', 'u-hidden', 'hide', 'visually-hidden', 'sr-only', 'screen-reader-text']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

const MAX_CLASS_CHARS = 500;

type NameVerdict = 'consent' | 'header' | 'name' | null;

/** What a class or id token says (header names count only outside the content). */
function tokenVerdict(t: string, insideContent: boolean): NameVerdict {
  if (CONSENT_NAME.test(t)) return 'consent';
  if (HEADER_NAME.test(t)) return insideContent ? null : 'header';
  return CHROME_NAME.test(t) ? 'name' : null;
}

// Pages repeat the same class strings on thousands of elements: decide each string once.
const CLASS_CACHE_SIZE = 2_000;
const classCache = [new Map<string, NameVerdict>(), new Map<string, NameVerdict>()];

function classVerdict(raw: string, insideContent: boolean): NameVerdict {
  // Only the first MAX_CLASS_CHARS are read, and only those are kept as a key.
  const cls = raw.length > MAX_CLASS_CHARS ? raw.slice(0, MAX_CLASS_CHARS) : raw;
  const cache = classCache[insideContent ? 1 : 0]!;
  const known = cache.get(cls);
  if (known !== undefined) return known;
  let verdict: NameVerdict = null;
  for (const t of cls.split(/\s+/)) {
    if (t && (verdict = tokenVerdict(t, insideContent))) break;
  }
  if (cache.size >= CLASS_CACHE_SIZE) cache.clear();
  cache.set(cls, verdict);
  return verdict;
}

/** Hidden by markup: the hidden attribute, aria-hidden, an inline display:none, a closed dialog, a hiding class. */
export function isHidden(el: ElementLike): boolean {
  if (!el.hasAttributes()) return el.localName === 'dialog';
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style.slice(0, 1000))) return true;
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true;
  const cls = (el.getAttribute('class') ?? '').slice(0, MAX_CLASS_CHARS);
  if (cls) for (const t of cls.split(/\s+/)) if (HIDDEN_CLASS.has(t)) return true;
  return false;
}

export type ChromeKind = 'tag' | 'role' | 'name' | 'consent' | 'header';

/**
 * Why an element is site chrome, or null when it is not. `insideContent`: the element
 * lies within the page's main/article, where a <header> is the article's own header.
 */
export function chromeKind(el: ElementLike, insideContent: boolean): ChromeKind | null {
  const tag = el.localName;
  if (CHROME_TAGS.has(tag)) return 'tag';
  if (tag === 'header' && !insideContent) return 'header';
  if (!el.hasAttributes()) return null;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role.trim().toLowerCase())) return 'role';
  const cls = el.getAttribute('class');
  const byClass = cls ? classVerdict(cls, insideContent) : null;
  if (byClass) return byClass;
  const id = el.getAttribute('id');
  return id ? tokenVerdict(id.slice(0, 100), insideContent) : null;
}

export function isBreadcrumb(el: ElementLike): boolean {
  if (!el.hasAttributes()) return false;
  const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
  if (label.includes('breadcrumb') || label.includes('kruimelpad')) return true;
  const cls = (el.getAttribute('class') ?? '').slice(0, MAX_CLASS_CHARS).toLowerCase();
  return /(?:^|\s)breadcrumbs?(?:\s|$)/.test(cls);
}
