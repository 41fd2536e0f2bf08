// The health verdict kept with a page record: the classifier's verdict as the
// content script sent it (no page text: only lexicon terms and reasons as data),
// and the user's override, which always wins.
import type { HealthCategory, MatchedTerm, ReasonCode } from '../health/types';

export type HealthOverride = 'health' | 'not-health';

export interface StoredVerdict {
  health: boolean;
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
  override: { value: HealthOverride; scope: 'page' | 'site' } | null;
}

/** Whether the page counts as a health page: the user's word first, then the classifier's. */
export function isHealthPage(health: PageHealth | null | undefined): boolean {
  if (!health) return false;
  if (health.override) return health.override.value === 'health';
  return health.verdict?.health === true;
}
