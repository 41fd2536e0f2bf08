// What kind of page this is, when that kind is not about the reader's own health:
// news (about others), business and industry, education and careers, retail, legal
// services. Decided from what pages say of themselves — schema.org types, the address
// path's section, a news publisher's domain — and from the topic words of the page's
// own title, headings and text. Pure; classify.ts decides what a kind does.
import { newsSite } from './news-sites';
import { PAGE_KIND_TOPICS, type PageKind, type ReasonCode } from './types';

/** Evidence at which a kind is taken as the page's kind. */
export const KIND_MIN = 4;

const SCHEMA_KINDS: ReadonlyMap<string, { kind: PageKind; weight: number }> = new Map<string, { kind: PageKind; weight: number }>([
  ...['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting'].map(
    (t): [string, { kind: PageKind; weight: number }] => [t, { kind: 'news', weight: 6 }],
  ),
  ...['Course', 'CourseInstance', 'EducationalOccupationalProgram', 'EducationEvent'].map((t): [string, { kind: PageKind; weight: number }] => [t, { kind: 'education', weight: 6 }]),
  ['Product', { kind: 'retail', weight: 5 }],
  ['ProductGroup', { kind: 'retail', weight: 5 }],
  ['Offer', { kind: 'retail', weight: 3 }],
  ['AggregateOffer', { kind: 'retail', weight: 3 }],
  ['BeautySalon', { kind: 'retail', weight: 5 }],
  ['DaySpa', { kind: 'retail', weight: 5 }],
  ['HealthAndBeautyBusiness', { kind: 'retail', weight: 4 }],
  ['LegalService', { kind: 'legal', weight: 6 }],
  ['Attorney', { kind: 'legal', weight: 6 }],
  ['Notary', { kind: 'legal', weight: 6 }],
]);
const NEWS_SITE_WEIGHT = KIND_MIN;

export interface KindResult {
  kind: PageKind | null;
  evidence: number;
  /** Why, strongest first (schema type, news site, topic words). */
  codes: ReasonCode[];
}

/**
 * @param topicValue evidence of each page-kind topic from the lexicon (title, path, text)
 * @param topicCodes the reason codes of those words, strongest first
 */
export function pageKind(hostname: string, schemaTypes: readonly string[], topicValue: ReadonlyMap<string, number>, topicCodes: ReadonlyMap<string, ReasonCode[]>): KindResult {
  const evidence = new Map<PageKind, number>();
  const codes = new Map<PageKind, ReasonCode[]>();
  const add = (k: PageKind, v: number, code?: ReasonCode) => {
    evidence.set(k, (evidence.get(k) ?? 0) + v);
    if (code) codes.set(k, [...(codes.get(k) ?? []), code]);
  };
  const seen = new Set<string>();
  for (const t of schemaTypes) {
    const s = SCHEMA_KINDS.get(t);
    if (!s || seen.has(t)) continue;
    seen.add(t);
    add(s.kind, s.weight, { kind: 'counter-schema', type: t, topic: s.kind });
  }
  const news = hostname ? newsSite(hostname) : null;
  if (news) add('news', NEWS_SITE_WEIGHT, { kind: 'counter', where: 'url', term: news, topic: 'news' });
  for (const k of PAGE_KIND_TOPICS) {
    const v = topicValue.get(k) ?? 0;
    if (v <= 0) continue;
    add(k, v);
    codes.set(k, [...(codes.get(k) ?? []), ...(topicCodes.get(k) ?? [])]);
  }
  let best: PageKind | null = null;
  let bestValue = 0;
  for (const [k, v] of evidence) if (v > bestValue) [best, bestValue] = [k, v];
  if (!best || bestValue < KIND_MIN) return { kind: null, evidence: bestValue, codes: [] };
  return { kind: best, evidence: bestValue, codes: (codes.get(best) ?? []).slice(0, 3) };
}
