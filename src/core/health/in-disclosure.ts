// Health words in what a tracker was actually sent (the page address, the title,
// custom event data), so the UI can say "the address sent to Meta names the
// treatment (…/ggz/depressie)". Same lexicons as the page classifier; only words
// that are clearly medical on their own count (not 'afspraak' or 'health').
import type { Lang } from '../model';
import { collectEvidence } from './evidence';
import { lexiconsFor } from './lexicons';
import { pathTo, safeDecode } from './page-fields';
import { tokenize } from './tokenize';
import type { HealthCategory } from './types';

export interface DisclosedFields {
  pageUrl?: string;
  pageTitle?: string;
  customData?: Record<string, string>;
}

export interface HealthFinding {
  field: 'pageUrl' | 'pageTitle' | 'customData';
  /** The custom-data key or URL query parameter that carried the word. */
  key?: string;
  /** The word as sent, e.g. 'depressie'. */
  term: string;
  category: HealthCategory;
  /** Where it sits, for display: '…/ggz/depressie', 'zoek=ivf', or the title. */
  excerpt: string;
}

const MIN_WEIGHT = 1.5;
const MAX_FIELD_CHARS = 4_000;
const MAX_CUSTOM_KEYS = 50;
const MAX_FINDINGS = 30;

function termsIn(text: string, lang: string | undefined): { term: string; folded: string; category: HealthCategory }[] {
  const tokens = tokenize(text.slice(0, MAX_FIELD_CHARS), 1_000, MAX_FIELD_CHARS);
  const found = collectEvidence([{ place: 'body', tokens }], lexiconsFor(lang));
  const out: { term: string; folded: string; category: HealthCategory; weight: number }[] = [];
  for (const ev of found.values()) {
    if (!('health' in ev.entry.target) || ev.entry.weight < MIN_WEIGHT) continue;
    out.push({ term: ev.surface, folded: ev.folded, category: ev.entry.target.health, weight: ev.entry.weight });
  }
  return out.sort((a, b) => b.weight - a.weight);
}

const clip = (s: string, n = 80) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function urlFindings(pageUrl: string, lang: string | undefined): HealthFinding[] {
  let path = '';
  let params: [string, string][] = [];
  try {
    const u = new URL(pageUrl);
    path = safeDecode(u.pathname);
    params = [...u.searchParams.entries()].slice(0, MAX_CUSTOM_KEYS);
  } catch {
    path = safeDecode(pageUrl);
  }
  const out: HealthFinding[] = [];
  for (const t of termsIn(path, lang)) {
    const to = pathTo(path, t.folded) ?? path;
    out.push({ field: 'pageUrl', term: t.term, category: t.category, excerpt: '…' + to });
  }
  for (const [key, value] of params) {
    for (const t of termsIn(value, lang)) {
      out.push({ field: 'pageUrl', key, term: t.term, category: t.category, excerpt: clip(`${key}=${value}`) });
    }
  }
  return out;
}

export function healthInText(fields: DisclosedFields, lang?: Lang): HealthFinding[] {
  const out: HealthFinding[] = [];
  if (typeof fields.pageUrl === 'string' && fields.pageUrl) out.push(...urlFindings(fields.pageUrl, lang));
  if (typeof fields.pageTitle === 'string' && fields.pageTitle) {
    for (const t of termsIn(fields.pageTitle, lang)) {
      out.push({ field: 'pageTitle', term: t.term, category: t.category, excerpt: clip(fields.pageTitle) });
    }
  }
  if (fields.customData && typeof fields.customData === 'object') {
    for (const [key, value] of Object.entries(fields.customData).slice(0, MAX_CUSTOM_KEYS)) {
      if (typeof value !== 'string') continue;
      for (const t of termsIn(value, lang)) {
        out.push({ field: 'customData', key, term: t.term, category: t.category, excerpt: clip(`${key}: ${value}`) });
      }
    }
  }
  return out.slice(0, MAX_FINDINGS);
}
