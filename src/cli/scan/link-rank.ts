// Which links of a start page the scan follows: same-site pages only, ranked by how
// much their words (link text and address) say health, with the classifier's own
// lexicons (src/core/health); among equals, breadth first: one link per section of
// the site (first path segment) before a second from the same section, then the
// page's own order. Links that would log in, register, pay or download are skipped:
// the scan never logs in and never submits anything.
import { lexiconsFor } from '../../core/health/lexicons';
import { matchPhrases, matchToken } from '../../core/health/lexicon';
import { tokenize } from '../../core/health/tokenize';
import { siteOf } from '../../core/trackers/party';

export interface PageLink {
  href: string;
  text: string;
}

export interface RankedLink {
  url: string;
  score: number;
  /** Lexicon entries that matched, for the record of why this page was chosen. */
  words: string[];
}

const MAX_LINKS = 2000;
const MAX_TEXT = 200;
const AVOID = /\b(log-?in|log-?out|sign-?in|sign-?up|inloggen|uitloggen|aanmelden|registre\w*|register|account|mijn-?\w*|my-?account|winkelwagen|cart|checkout|afrekenen|betalen|wachtwoord|password|unsubscribe|afmelden)\b/i;
const FILE = /\.(pdf|zip|docx?|xlsx?|pptx?|jpe?g|png|gif|svg|webp|mp[34]|mov|avi|exe|dmg|ics|xml|json|rss)$/i;

/** The health weight of a piece of text: the sum of the health entries its words match. */
export function healthWords(text: string): { score: number; words: string[] } {
  const { folded } = tokenize(text.slice(0, 2 * MAX_TEXT + 2000), 200, 4000);
  let score = 0;
  const words = new Set<string>();
  for (const lex of lexiconsFor(undefined)) {
    for (const token of folded) {
      for (const entry of matchToken(lex, token)) {
        if (!('health' in entry.target)) continue;
        score += entry.weight;
        words.add(entry.source);
      }
    }
    for (const hit of matchPhrases(lex, folded)) {
      if (!('health' in hit.entry.target)) continue;
      score += hit.entry.weight;
      words.add(hit.entry.source);
    }
  }
  return { score, words: [...words].slice(0, 10) };
}

/** A followable same-site address for a link, without its fragment; null when it is not one. */
export function followable(href: string, base: string, site: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (siteOf(url.href) !== site) return null;
  if (FILE.test(url.pathname) || AVOID.test(decodeURIComponent(url.pathname + url.search).replace(/[/_?=&.]/g, ' '))) return null;
  url.hash = '';
  return url.href;
}

const section = (url: string): string => new URL(url).pathname.split('/').filter(Boolean)[0] ?? '';

/** Up to `limit` links to follow from a page at `base` (start page itself excluded), best first. */
export function rankLinks(links: readonly PageLink[], base: string, limit: number): RankedLink[] {
  const site = siteOf(base);
  if (!site || limit <= 0) return [];
  const self = followable(base, base, site);
  const seen = new Set<string>(self ? [self] : []);
  const candidates: (RankedLink & { order: number; section: string })[] = [];
  for (const link of links.slice(0, MAX_LINKS)) {
    const text = String(link.text ?? '').slice(0, MAX_TEXT);
    if (AVOID.test(text)) continue;
    const url = followable(String(link.href ?? ''), base, site);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const parsed = new URL(url);
    // Address words: the path and query split into words (ivf-behandeling → ivf behandeling).
    const addressText = decodeURIComponent(parsed.pathname + ' ' + parsed.search).replace(/[/_\-?=&.+%]/g, ' ');
    const { score, words } = healthWords(`${text} ${addressText}`);
    candidates.push({ url, score, words, order: candidates.length, section: section(url) });
  }
  // Health words first; then breadth: the n-th link of a section after the (n-1)-th of every section.
  const rankInSection = new Map<string, number>();
  const withBreadth = [...candidates]
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((c) => {
      const n = rankInSection.get(`${c.score > 0}:${c.section}`) ?? 0;
      rankInSection.set(`${c.score > 0}:${c.section}`, n + 1);
      return { ...c, breadth: n };
    });
  withBreadth.sort((a, b) => Number(b.score > 0) - Number(a.score > 0) || (a.score > 0 && b.score > 0 ? b.score - a.score : 0) || a.breadth - b.breadth || a.order - b.order);
  return withBreadth.slice(0, limit).map(({ url, score, words }) => ({ url, score, words }));
}
