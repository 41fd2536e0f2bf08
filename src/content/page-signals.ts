// Live page → PageSignals, in the content script. Reads only; the page text stays
// here: the caller classifies it and sends on the verdict and matched terms, never
// the text itself. Caps match src/core/health/html-signals.ts so the CLI and the
// extension see the same kind of input.
import { jsonLdFacts } from '../core/health/json-ld';
import { schemaTypeName } from '../core/health/schema-types';
import { SIGNAL_CAPS, type PageSignals } from '../core/health/types';

const MAX_JSON_LD_BLOCKS = 20;
const BREADCRUMB_SELECTOR = 'nav[aria-label*="breadcrumb" i], [aria-label*="kruimelpad" i], .breadcrumb, .breadcrumbs';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function texts(doc: Document, selector: string): string[] {
  const out: string[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
    const t = squash(el.textContent).slice(0, SIGNAL_CAPS.headingChars);
    if (t) out.push(t);
    if (out.length >= SIGNAL_CAPS.headingsPerLevel) break;
  }
  return out;
}

function meta(doc: Document, key: string): string {
  const el = doc.querySelector<HTMLMetaElement>(`meta[name="${key}"], meta[property="${key}"]`);
  return squash(el?.content).slice(0, SIGNAL_CAPS.shortFieldChars);
}

function breadcrumbItems(doc: Document): string[] {
  const container = doc.querySelector(BREADCRUMB_SELECTOR);
  if (!container) return [];
  const items = container.querySelectorAll('li, a');
  const source = items.length ? [...items].filter((el) => !el.querySelector('li, a')) : [container];
  return source
    .map((el) => squash(el.textContent).slice(0, 300))
    .filter((t) => t && !/^[>/›»|·•\-–]+$/.test(t))
    .slice(0, SIGNAL_CAPS.breadcrumbs);
}

/**
 * Visible text of main/article, or of the body when there is none (or it is nearly empty).
 * innerText skips hidden elements, scripts and styles; it forces a layout, once.
 */
function visibleMainText(doc: Document): string {
  const main = doc.querySelector<HTMLElement>('main, article');
  const mainText = main ? squash(main.innerText) : '';
  const text = mainText.length >= SIGNAL_CAPS.minMainText ? mainText : squash(doc.body?.innerText);
  return text.slice(0, SIGNAL_CAPS.mainText);
}

export function readPageSignals(doc: Document): PageSignals {
  const blocks = [...doc.querySelectorAll('script[type="application/ld+json"]')]
    .slice(0, MAX_JSON_LD_BLOCKS)
    .map((el) => el.textContent ?? '');
  const ld = jsonLdFacts(blocks);
  const types = new Set(ld.types);
  for (const el of doc.querySelectorAll('[itemtype]')) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/)) if (t) types.add(schemaTypeName(t));
    if (types.size >= SIGNAL_CAPS.schemaTypes) break;
  }
  const crumbs = breadcrumbItems(doc);
  return {
    url: doc.location?.href ?? doc.URL,
    title: squash(doc.title).slice(0, SIGNAL_CAPS.shortFieldChars),
    headings: { h1: texts(doc, 'h1'), h2: texts(doc, 'h2'), h3: texts(doc, 'h3') },
    metaDescription: meta(doc, 'description'),
    og: { title: meta(doc, 'og:title'), description: meta(doc, 'og:description'), type: meta(doc, 'og:type'), siteName: meta(doc, 'og:site_name') },
    breadcrumbs: crumbs.length ? crumbs : ld.breadcrumbs.slice(0, SIGNAL_CAPS.breadcrumbs),
    lang: (doc.documentElement?.lang ?? '').slice(0, 20),
    schemaTypes: [...types].slice(0, SIGNAL_CAPS.schemaTypes),
    mainText: visibleMainText(doc),
  };
}
