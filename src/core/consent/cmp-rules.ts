// Consent-management-platform detection data for the content script: the table
// derived from autoconsent (cmp-table.generated.ts, MPL-2.0) and which rules apply
// in a given frame. Matching against the DOM happens in src/content/consent/.

import type { CmpRule } from './cmp-rule-types';
import { CMP_TABLE } from './cmp-table.generated';

export type { CmpRule, CmpSelector } from './cmp-rule-types';
export { CMP_TABLE, AUTOCONSENT_VERSION } from './cmp-table.generated';
export { REQUIRED_CMPS } from './cmp-selection';
import { OSANO_COOKIECONSENT } from './cmp-selection';

/** `cmp` of a banner found by the generic heuristic rather than a rule. */
export const GENERIC_CMP = 'generic';

/** `cmp` of a banner only known through the page's IAB TCF API. */
export function tcfCmpName(cmpId: number | null): string {
  return cmpId === null ? 'IAB TCF CMP' : `IAB TCF CMP #${cmpId}`;
}

/**
 * The rules to try in a frame. Top frames use rules meant for the main document;
 * sub-frames only rules written for frames (Sourcepoint's message iframe), so ad
 * iframes are not searched for banners.
 */
export function rulesForFrame(isTop: boolean, url: string, table: readonly CmpRule[] = CMP_TABLE): CmpRule[] {
  return table.filter((r) => (isTop ? r.main : r.frame) && urlMatches(r.urlPattern, url));
}

function urlMatches(pattern: string | undefined, url: string): boolean {
  if (!pattern) return true;
  try {
    return new RegExp(pattern).test(url);
  } catch {
    return false;
  }
}

/** Markup only Complianz itself writes (its classes, ids and wrapper). */
const COMPLIANZ_EVIDENCE = '#cmplz-cookiebanner-container, [class*="cmplz-"], [id^="cmplz"]';

/** A rule's CMP name, corrected by other evidence on the page (`exists` runs a selector). */
export function reviseCmpName(cmp: string, exists: (selector: string) => boolean): string {
  if (cmp === OSANO_COOKIECONSENT && exists(COMPLIANZ_EVIDENCE)) return 'Complianz';
  return cmp;
}
