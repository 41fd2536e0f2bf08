// Redaction for the report and the letters (never for the evidence file): page
// addresses replaced by what kind of page it was, and the user's own identifiers
// (cookie ids, click ids, hashed e-mail / phone) replaced by "[removed]". The
// complaint itself reveals health interests, so the user decides what it shows.
import { clickIdsInUrl } from '../decoders/identifiers';
import { categoryLabel, formatReason } from '../health/reasons';
import type { ReasonCode } from '../health/types';
import type { EvidenceBundle, EvidenceVisit, Lang } from './types';

export interface Redaction {
  pageAddresses: 'full' | 'category';
  ownIdentifiers: 'show' | 'remove';
}

export const NO_REDACTION: Redaction = { pageAddresses: 'full', ownIdentifiers: 'show' };

export const REMOVED: Record<Lang, string> = { nl: '[verwijderd]', en: '[removed]' };

// Shorter values (a "1", a year) would match everywhere and prove nothing.
const MIN_IDENTIFIER_CHARS = 4;

/** "a page about reproduction and pregnancy" / "a page on example.nl". */
export function pageCategory(visit: EvidenceVisit, lang: Lang): string {
  if (visit.health.isHealthPage) {
    const category = visit.health.categories[0];
    const about = category ? categoryLabel(category, lang) : lang === 'nl' ? 'gezondheid' : 'health';
    return lang === 'nl' ? `een pagina over ${about}` : `a page about ${about}`;
  }
  return lang === 'nl' ? `een pagina op ${visit.site}` : `a page on ${visit.site}`;
}

/** The user's own identifiers in the bundle: ids, click ids, hashed and plain personal data, TC strings. */
export function ownIdentifiers(bundle: EvidenceBundle): string[] {
  const found = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v.length >= MIN_IDENTIFIER_CHARS) found.add(v);
  };
  for (const visit of bundle.visits) {
    for (const [, value] of clickIdsInUrl(visit.url)) add(value);
    for (const tracker of Object.values(visit.trackers)) {
      for (const d of tracker.disclosures) {
        Object.values(d.userIds ?? {}).forEach(add);
        Object.values(d.hashedPii ?? {}).forEach(add);
        Object.values(d.plainPii ?? {}).forEach(add);
        add(d.consent?.tcf?.tcString);
        for (const url of [d.pageUrl, d.referrer]) if (url) for (const [, value] of clickIdsInUrl(url)) add(value);
      }
    }
  }
  // Longest first, so a value that contains another is replaced whole.
  return [...found].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

export interface Redactor {
  readonly lang: Lang;
  readonly redaction: Redaction;
  /** The page as the report and letters name it: its address, or its category. */
  page(visit: EvidenceVisit): string;
  /** The page title, or null when titles are hidden (they name the page's subject). */
  title(visit: EvidenceVisit): string | null;
  /** A page address that went to a recipient (pageUrl, referrer). */
  address(url: string): string;
  /** Free text or a value: identifiers removed when asked. */
  text(value: string): string;
  /** Whether free-form event data is shown (it can name the page's subject). */
  readonly showsCustomValues: boolean;
}

function stripQueryAndHash(url: string): string {
  return url.replace(/[?#].*$/, '');
}

export function makeRedactor(bundle: EvidenceBundle, redaction: Redaction, lang: Lang): Redactor {
  const identifiers = redaction.ownIdentifiers === 'remove' ? ownIdentifiers(bundle) : [];
  const removeIds = (value: string): string => {
    let out = value;
    for (const id of identifiers) {
      for (const form of new Set([id, encodeURIComponent(id)])) out = out.split(form).join(REMOVED[lang]);
    }
    return out;
  };
  const byCategory = redaction.pageAddresses === 'category';
  // Any address on a visited page (with or without its query) maps to that page's category.
  const known = new Map<string, string>();
  for (const visit of bundle.visits) {
    known.set(visit.url, pageCategory(visit, lang));
    if (!known.has(stripQueryAndHash(visit.url))) known.set(stripQueryAndHash(visit.url), pageCategory(visit, lang));
  }
  return {
    lang,
    redaction,
    page: (visit) => (byCategory ? pageCategory(visit, lang) : removeIds(visit.url)),
    title: (visit) => (byCategory || visit.title === null ? null : removeIds(visit.title)),
    address: (url) => {
      if (!byCategory) return removeIds(url);
      const label = known.get(url) ?? known.get(stripQueryAndHash(url));
      if (label) return label;
      const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]+)/i.exec(url)?.[1];
      return lang === 'nl' ? `een pagina op ${host ?? bundle.site}` : `a page on ${host ?? bundle.site}`;
    },
    text: (value) => {
      let out = removeIds(value);
      if (byCategory) {
        // Longest first: the full address before its query-less form.
        for (const [url, label] of [...known.entries()].sort((a, b) => b[0].length - a[0].length)) {
          for (const form of new Set([url, encodeURIComponent(url)])) out = out.split(form).join(label);
        }
      }
      return out;
    },
    showsCustomValues: !byCategory,
  };
}

/**
 * A health reason as a sentence, without the words or paths that name the page's
 * subject more precisely than its category (used when addresses are redacted).
 */
export function redactedReason(code: ReasonCode, lang: Lang): string {
  switch (code.kind) {
    case 'term':
      if (code.where === 'url') return lang === 'nl' ? `adres (${categoryLabel(code.category, 'nl')})` : `address (${categoryLabel(code.category, 'en')})`;
      return lang === 'nl'
        ? `een woord over ${categoryLabel(code.category, 'nl')} op de pagina`
        : `a word about ${categoryLabel(code.category, 'en')} on the page`;
    case 'schema':
      return lang === 'nl' ? `schema.org-type over ${categoryLabel(code.category, 'nl')}` : `schema.org type about ${categoryLabel(code.category, 'en')}`;
    case 'site':
      return formatReason(code, lang);
    case 'counter':
    case 'counter-schema':
      return lang === 'nl' ? 'kenmerk van de site' : 'a feature of the site';
  }
}

const QUERY_OR_HASH = /[?#].*$/s;

function withoutQuery(url: string | null | undefined): string | null {
  return typeof url === 'string' ? url.replace(QUERY_OR_HASH, '') : null;
}

/**
 * The evidence file for an anonymous tip: the same visits and recipients, without the
 * user's own identifiers (cookie ids, click ids, hashed or plain personal data, TC
 * strings), without request bodies and query strings (they carry those identifiers),
 * and with page addresses cut to their path. Every identifier the full file holds is
 * then removed from what is left, wherever it appears. The full file stays untouched.
 */
export function redactBundleForTip(bundle: EvidenceBundle, lang: Lang): EvidenceBundle {
  const identifiers = ownIdentifiers(bundle);
  const copy = JSON.parse(JSON.stringify(bundle)) as EvidenceBundle;
  for (const visit of copy.visits) {
    visit.url = withoutQuery(visit.url) ?? visit.url;
    if (visit.health.verdict) visit.health.verdict.url = withoutQuery(visit.health.verdict.url) ?? '';
    for (const q of visit.requests) {
      q.recorded.url = withoutQuery(q.recorded.url) ?? q.recorded.url;
      q.recorded.referrer = withoutQuery(q.recorded.referrer);
      q.recorded.body = null;
      q.recorded.bodyTruncated = false;
    }
    for (const tracker of Object.values(visit.trackers)) {
      for (const d of tracker.disclosures) {
        delete d.userIds;
        delete d.hashedPii;
        delete d.plainPii;
        if (d.consent?.tcf) d.consent.tcf.tcString = REMOVED[lang];
        if (d.pageUrl) d.pageUrl = withoutQuery(d.pageUrl) ?? undefined;
        if (d.referrer) d.referrer = withoutQuery(d.referrer) ?? undefined;
        for (const key of Object.keys(d.carriedBy)) if (/^(userIds|hashedPii|plainPii)\./.test(key)) delete d.carriedBy[key];
      }
    }
  }
  // Whatever an identifier still sits in (custom event data, a title, a reason), it goes:
  // every string value is scrubbed; numbers and keys are left alone (a session id can be
  // the prefix of a timestamp, and a key is never the user's).
  const scrub = (value: string): string => {
    let out = value;
    for (const id of identifiers) for (const form of new Set([id, encodeURIComponent(id)])) out = out.split(form).join(REMOVED[lang]);
    return out;
  };
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return scrub(node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]));
    return node;
  };
  return walk(copy) as EvidenceBundle;
}
