// Builds the CMP table from autoconsent's rules.json: the selected rules, derived,
// followed by the hand-written supplement. Pure: the generator script and the test
// that checks the checked-in table is current both call it.

import { deriveCmpRule, type AutoconsentRule } from './derive-rule';
import type { CmpRule } from '../../src/core/consent/cmp-rule-types';
import { AUTOCONSENT_SELECTION } from '../../src/core/consent/cmp-selection';
import { SUPPLEMENT_RULES } from './supplement';

export function buildCmpTable(rulesJson: { autoconsent: readonly AutoconsentRule[] }): CmpRule[] {
  const byName = new Map(rulesJson.autoconsent.map((r) => [r.name, r]));
  const derived = Object.entries(AUTOCONSENT_SELECTION).map(([name, cmp]) => {
    const rule = byName.get(name);
    if (!rule) throw new Error(`autoconsent rule "${name}" (${cmp}) is missing: update src/core/consent/cmp-selection.ts`);
    return deriveCmpRule(rule, cmp);
  });
  return [...derived.filter((r) => r.detect.length > 0), ...SUPPLEMENT_RULES];
}
