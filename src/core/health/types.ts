// The health classifier's vocabulary: what a page looks like to it (PageSignals),
// what it concludes (PageVerdict) and why (ReasonCode). Plain data only: signals are
// read in the content script, verdicts cross into the background, storage and UI.

import type { Lang } from '../model';

/** Plain facts read from a page. Never leaves the content script as a whole. */
export interface PageSignals {
  url: string;
  title: string;
  /** Texts of h1-h3 of the page's own content, each list capped (see SIGNAL_CAPS). */
  headings: { h1: string[]; h2: string[]; h3: string[] };
  metaDescription: string;
  og: { title: string; description: string; type: string; siteName: string };
  /** Breadcrumb items in order, e.g. ['Home', 'Vergoedingen', 'Fysiotherapie']. */
  breadcrumbs: string[];
  /** The page's declared language (`<html lang>`), as written; '' when absent. */
  lang: string;
  /** schema.org type names from JSON-LD and microdata, e.g. ['MedicalWebPage', 'Hospital']. */
  schemaTypes: string[];
  /**
   * The page's own content as page-reader.ts reads it: the largest main/article (or the
   * body), without site chrome, hidden elements and link-dense blocks; capped at SIGNAL_CAPS.mainText.
   */
  mainText: string;
}

/** Caps shared by both signal readers (DOM and HTML string), so they agree. */
export const SIGNAL_CAPS = {
  headingsPerLevel: 20,
  headingChars: 300,
  breadcrumbs: 12,
  schemaTypes: 40,
  shortFieldChars: 1_000,
  mainText: 50_000,
  /** Below this, a <main>/<article> is probably a small wrapper; the body text is used instead. */
  minMainText: 100,
} as const;

export const HEALTH_CATEGORIES = [
  'mental-health',
  'reproduction',
  'sexual-health',
  'cancer',
  'addiction',
  'chronic-conditions',
  'disability-rehabilitation',
  'medicines-pharmacy',
  'genetics',
  'hospital-gp-care',
  'general-health',
] as const;

export type HealthCategory = (typeof HEALTH_CATEGORIES)[number];

/**
 * Topics that say a page is about something else, even when health words appear on it
 * (a hospital's parking page, an insurer's car insurance, a vet).
 */
export const COUNTER_TOPICS = [
  'jobs',
  'parking-route',
  'construction',
  'fitness',
  'food',
  'veterinary',
  'sports',
  'other-insurance',
  'vehicles',
  'customer-service',
  // What kind of page it is, when that is not the reader's own health (page-kind.ts):
  // these do not damp health words, they turn a health subject into 'general'.
  'news',
  'business',
  'education',
  'retail',
  'legal',
  // Health in general rather than a condition or care need: prevention, healthy living,
  // diet and fitness advice; health policy and research.
  'lifestyle',
  'policy-research',
] as const;

/** Counter-topics that say what kind of page it is (news, a shop, a course, ...). */
export const PAGE_KIND_TOPICS = ['news', 'business', 'education', 'retail', 'legal'] as const;
export type PageKind = (typeof PAGE_KIND_TOPICS)[number];
/** Counter-topics that make a health subject 'about health in general'. */
export const GENERAL_TOPICS = ['lifestyle', 'policy-research'] as const;

export type CounterTopic = (typeof COUNTER_TOPICS)[number];

/** Where on the page a term was seen; the classifier weighs these differently. */
export const SIGNAL_PLACES = ['url', 'title', 'h1', 'headings', 'breadcrumbs', 'meta', 'body'] as const;
export type SignalPlace = (typeof SIGNAL_PLACES)[number];

/** Kind of organisation a curated site belongs to. */
export const HEALTH_ORG_KINDS = ['insurer', 'hospital', 'mental-health-provider', 'pharmacy', 'health-information'] as const;
export type HealthOrgKind = (typeof HEALTH_ORG_KINDS)[number];

/**
 * One reason, as data, so that any UI can render it in its own language with formatReason.
 * `term` is the word as written on the page (original case).
 */
export type ReasonCode =
  | { kind: 'term'; where: SignalPlace; term: string; category: HealthCategory; count?: number; path?: string }
  | { kind: 'schema'; type: string; category: HealthCategory }
  | { kind: 'site'; domain: string; org: HealthOrgKind }
  | { kind: 'counter'; where: SignalPlace; term: string; topic: CounterTopic; path?: string }
  | { kind: 'counter-schema'; type: string; topic: CounterTopic };

export interface MatchedTerm {
  /** The word as it appeared (first strongest occurrence), e.g. 'fysiotherapeut'. */
  term: string;
  /** The lexicon entry it matched, e.g. 'fysiothera*'. */
  entry: string;
  category: HealthCategory;
  /** Places it was seen. */
  where: SignalPlace[];
  /** Occurrences in the main text. */
  bodyCount: number;
}

/**
 * The regulator's question: does visiting this page reveal something about the
 * visitor's health? 'health': yes (the red alarm, art. 9); 'general': about health in
 * general (prevention, fitness, diet, policy, research, news about others' health) —
 * shown in amber, never an alarm or art. 9; 'none': not about health.
 */
export const VERDICT_KINDS = ['health', 'general', 'none'] as const;
export type VerdictKind = (typeof VERDICT_KINDS)[number];

export interface PageVerdict {
  /** True only for kind 'health': everything that raises the alarm reads this. */
  health: boolean;
  kind: VerdictKind;
  /** 0..1; 0.5 is the decision threshold. */
  score: number;
  /** Health categories this page is about, strongest first; empty when health is false. */
  categories: HealthCategory[];
  /** Human-readable reasons in the requested language, strongest first. */
  reasons: string[];
  /** The page's language as detected ('nl', 'en', or the declared code when neither). */
  language: Lang | string;
  /** Health terms found, strongest first (capped). Only lexicon words, never free page text. */
  matchedTerms: MatchedTerm[];
  /** The reasons as data, in the same order as `reasons`. */
  reasonCodes: ReasonCode[];
}
