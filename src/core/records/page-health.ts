// The health verdict kept with a page record: the classifier's verdict as the
// content script sent it (no page text: only lexicon terms and reasons as data),
// and the user's override, which always wins.
import type { HealthCategory, MatchedTerm, ReasonCode, VerdictKind } from '../health/types';

export const HEALTH_OVERRIDES = ['health', 'not-health'] as const;
export type HealthOverride = (typeof HEALTH_OVERRIDES)[number];

/** An override holds for one page, or for every page of its site. */
export const OVERRIDE_SCOPES = ['page', 'site'] as const;
export type OverrideScope = (typeof OVERRIDE_SCOPES)[number];

export interface StoredVerdict {
  /** True only for a page about the visitor's health (kind 'health'). */
  health: boolean;
  /** health / general (about health in general: amber, no alarm, no art. 9) / none. Absent in verdicts stored before it existed. */
  kind?: VerdictKind;
  score: number;
  categories: HealthCategory[];
  language: string;
  reasonCodes: ReasonCode[];
  matchedTerms: MatchedTerm[];
  /** When the content script classified the page (epoch ms), and for which address. */
  at: number;
  url: string;
}

export interface PageHealth {
  verdict: StoredVerdict | null;
  /** Set by the user for this page or its whole site; applied before the classifier. */
  override: { value: HealthOverride; scope: OverrideScope } | null;
}

/**
 * Whether the page counts as a health page — the alarm, the badge, the letters' art. 9:
 * the user's word first, then the classifier's. A page about health in general
 * ('general') is not a health page here; see pageHealthKind for showing it in amber.
 */
export function isHealthPage(health: PageHealth | null | undefined): boolean {
  if (!health) return false;
  if (health.override) return health.override.value === 'health';
  return health.verdict?.health === true && health.verdict.kind !== 'general' && health.verdict.kind !== 'none';
}

/** The verdict's kind as shown to people: the user's word first ('health' / 'none'), then the classifier's. */
export function pageHealthKind(health: PageHealth | null | undefined): VerdictKind | null {
  if (!health) return null;
  if (health.override) return health.override.value === 'health' ? 'health' : 'none';
  const v = health.verdict;
  if (!v) return null;
  return v.kind ?? (v.health ? 'health' : 'none');
}

/** A page about health in general (prevention, diet, policy, news about others): amber, never the alarm. */
export function isGeneralHealthPage(health: PageHealth | null | undefined): boolean {
  return pageHealthKind(health) === 'general';
}
