// The popup's first sentence, in plain words: who was told (brands people know),
// what (that you visited this page about IVF, an id for your browser, your
// e-mail address, hashed) and when (the worst moment: before you chose anything,
// after you refused). Pure: the words come from a message lookup, so the same
// code serves both languages and is tested against the real locale files.
import { categoryLabel } from '../health/reasons';
import type { Lang } from '../model';
import type { HealthCategory } from '../health/types';
import { companyLines, RECEIVED_ORDER, worseMoment, type CompanyLine, type ConsentMoment, type Received } from './company-lines';
import type { PageRecord } from './page-record';
import { isHealthPage } from './page-health';

/** A message by key with `$1`… substitutions (chrome.i18n semantics). */
export type Lookup = (key: string, substitutions?: string[]) => string;

export interface Headline {
  kind: 'health-disclosed' | 'trackers' | 'none';
  /** What the health page is about: a word the page itself uses prominently, else its category. */
  topic: { term: string | null; category: HealthCategory | null } | null;
  /** Brands told, most serious first. */
  brands: string[];
  /** What went along besides the visit, most revealing first. */
  received: Received[];
  moment: ConsentMoment | null;
}

/** Items named in the sentence; the company lines below list the rest. */
const MAX_BRANDS = 4;
const MAX_RECEIVED = 3;
const MAX_TERM_CHARS = 40;
/** In the sentence, what is hashed reads best last ("… and your e-mail address, hashed"). */
const SENTENCE_ORDER: readonly Received[] = ['plain-personal', 'login-cookie', 'browser-id', 'click-id', 'session-recording', 'hashed-personal', 'hashed-phone', 'hashed-email'];

function topicOf(page: PageRecord): Headline['topic'] {
  const verdict = page.health?.verdict ?? null;
  const category = verdict?.categories[0] ?? null;
  // A word from the title, main heading or address ("IVF") says it better than a category.
  const places = ['title', 'h1', 'url'] as const;
  for (const where of places) {
    const code = verdict?.reasonCodes.find((c) => c.kind === 'term' && c.where === where);
    if (code && code.kind === 'term' && code.term.length <= MAX_TERM_CHARS) return { term: code.term, category: code.category };
  }
  return { term: null, category };
}

export function headlineOf(page: PageRecord | null, lines: CompanyLine[] = page ? companyLines(page) : []): Headline {
  if (!page || lines.length === 0) return { kind: 'none', topic: null, brands: [], received: [], moment: null };
  const told = isHealthPage(page.health) ? lines.filter((l) => l.special) : [];
  const health = told.length > 0;
  const named = health ? told : lines;
  // The most revealing few (in RECEIVED_ORDER), then worded in the order that reads best.
  const all = new Set<Received>(named.flatMap((l) => l.received).filter((r) => r !== 'custom-data'));
  const received = new Set<Received>(RECEIVED_ORDER.filter((r) => all.has(r)).slice(0, MAX_RECEIVED));
  return {
    kind: health ? 'health-disclosed' : 'trackers',
    topic: health ? topicOf(page) : null,
    brands: named.map((l) => l.brand),
    received: SENTENCE_ORDER.filter((r) => received.has(r)),
    moment: named.reduce<ConsentMoment | null>((m, l) => worseMoment(m, l.moment), null),
  };
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
export function pluralCategory(n: number, lang: Lang): 'one' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n) === 'one' ? 'one' : 'other';
}

/** "a, b and c"; more than `max` become "a, b, c and 2 others". */
export function listOf(items: string[], msg: Lookup, lang: Lang, max = Infinity): string {
  let shown = items;
  if (items.length > max) {
    const rest = items.length - (max - 1);
    shown = [...items.slice(0, max - 1), msg(`headlineOthers_${pluralCategory(rest, lang)}`, [String(rest)])];
  }
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} ${msg('summaryAnd')} ${shown.at(-1)}`;
}

const key = (s: string) => s.replace(/-/g, '_');

/** The sentence, or '' when the page told no company anything. */
export function headlineSentence(h: Headline, lang: Lang, msg: Lookup): string {
  if (h.kind === 'none') return '';
  const who = listOf(h.brands, msg, lang, MAX_BRANDS);
  const rule = pluralCategory(Math.min(h.brands.length, MAX_BRANDS), lang);
  let main: string;
  if (h.kind === 'health-disclosed') {
    const topic = h.topic?.term ?? (h.topic?.category ? categoryLabel(h.topic.category, lang) : msg('summaryHealthUnknownCategory'));
    main = msg(`headlineHealth_${rule}`, [who, topic]);
  } else {
    main = msg(`headlineTrackers_${rule}`, [who]);
  }
  const along = h.received.length > 0 ? msg('headlineAlong', [listOf(h.received.map((r) => msg(`headlineReceived_${key(r)}`)), msg, lang)]) : '';
  const when = h.moment && h.moment !== 'unknown' ? msg(`headlineMoment_${key(h.moment)}`) : '';
  return `${main}${along}${when}.`;
}
