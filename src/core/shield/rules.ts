// The health shield's declarativeNetRequest session rules, built from its state.
// Few and indexed: one block rule keyed on the health sites as initiators (in place
// before any of their pages loads), one keyed on the tabs showing a health page
// elsewhere, and one allow rule per address the tracker database gives to a kept
// category under a blocked domain (reCAPTCHA and Maps under google.com). Each block
// rule carries the whole blocked-domain list: the browser indexes requestDomains,
// so one rule costs what one domain lookup costs. And per protected set (sites, tabs)
// one regexFilter rule per documented disguised-payload shape (disguised.ts): GA4 and
// Meta hits on a site's own or a gateway host, of any party. Pure: the background installs them.
import { DISGUISED_SHAPES, type DisguisedShapeId } from './disguised';
import { BLOCKED_DOMAINS, KEPT_HOSTS, KEPT_PREFIXES } from './tracker-domains.generated';

/** The rule shape declarativeNetRequest takes (the subset the shield uses). */
export interface ShieldRule {
  id: number;
  priority: number;
  action: { type: 'block' | 'allow' };
  condition: {
    requestDomains?: string[];
    excludedRequestDomains?: string[];
    initiatorDomains?: string[];
    excludedInitiatorDomains?: string[];
    tabIds?: number[];
    urlFilter?: string;
    regexFilter?: string;
    isUrlFilterCaseSensitive?: boolean;
    domainType?: 'thirdParty';
    excludedResourceTypes?: string[];
  };
}

export interface ShieldRuleInput {
  /** Initiator domains whose every page is protected (health-sites.ts). */
  healthSites: readonly string[];
  /** Tabs showing a health page now (its address or its verdict said so). */
  tabIds: readonly number[];
  /** Sites the user let trackers through on ("the page looks broken"). */
  exceptions: readonly string[];
  /** The disguised-payload shapes to block (those the browser's isRegexSupported accepted); none when absent. */
  disguisedShapes?: readonly DisguisedShapeId[];
}

export const SITE_RULE_ID = 1;
export const TAB_RULE_ID = 2;
/** Disguised-payload rules: the site-keyed one of shape i is 10 + i, the tab-keyed one 20 + i. */
export const FIRST_SITE_DISGUISED_RULE_ID = 10;
export const FIRST_TAB_DISGUISED_RULE_ID = 20;
export const FIRST_ALLOW_RULE_ID = 100;
/** Browsers allow 5,000 session rules (of them 1,000 with a regexFilter); the shield needs a handful. */
export const MAX_SHIELD_RULES = 2 + 2 * DISGUISED_SHAPES.length + KEPT_PREFIXES.length;

function blockCondition(exceptions: readonly string[]): ShieldRule['condition'] {
  return {
    requestDomains: [...BLOCKED_DOMAINS],
    ...(KEPT_HOSTS.length > 0 ? { excludedRequestDomains: [...KEPT_HOSTS] } : {}),
    ...(exceptions.length > 0 ? { excludedInitiatorDomains: [...exceptions] } : {}),
    // Never the page's own requests, and never a link the visitor follows to one of these sites.
    domainType: 'thirdParty',
    excludedResourceTypes: ['main_frame'],
  };
}

export function buildShieldRules(input: ShieldRuleInput): ShieldRule[] {
  const rules: ShieldRule[] = [];
  if (input.healthSites.length > 0) {
    rules.push({
      id: SITE_RULE_ID,
      priority: 1,
      action: { type: 'block' },
      condition: { ...blockCondition(input.exceptions), initiatorDomains: [...input.healthSites] },
    });
  }
  if (input.tabIds.length > 0) {
    rules.push({
      id: TAB_RULE_ID,
      priority: 1,
      action: { type: 'block' },
      condition: { ...blockCondition(input.exceptions), tabIds: [...input.tabIds].sort((a, b) => a - b) },
    });
  }
  const shapes = new Set(input.disguisedShapes ?? []);
  DISGUISED_SHAPES.forEach((shape, i) => {
    if (!shapes.has(shape.id)) return;
    // Any party: the payload goes to the site's own host or its gateway. Never a navigation.
    const condition: ShieldRule['condition'] = {
      regexFilter: shape.regex,
      isUrlFilterCaseSensitive: true,
      ...(input.exceptions.length > 0 ? { excludedInitiatorDomains: [...input.exceptions] } : {}),
      excludedResourceTypes: ['main_frame'],
    };
    if (input.healthSites.length > 0) {
      rules.push({ id: FIRST_SITE_DISGUISED_RULE_ID + i, priority: 1, action: { type: 'block' }, condition: { ...condition, initiatorDomains: [...input.healthSites] } });
    }
    if (input.tabIds.length > 0) {
      rules.push({ id: FIRST_TAB_DISGUISED_RULE_ID + i, priority: 1, action: { type: 'block' }, condition: { ...condition, tabIds: [...input.tabIds].sort((a, b) => a - b) } });
    }
  });
  if (rules.length === 0) return rules;
  KEPT_PREFIXES.forEach((prefix, i) => {
    rules.push({ id: FIRST_ALLOW_RULE_ID + i, priority: 2, action: { type: 'allow' }, condition: { urlFilter: `||${prefix}` } });
  });
  return rules;
}
