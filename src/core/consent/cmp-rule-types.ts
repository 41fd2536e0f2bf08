// The compact consent-management-platform table the content script matches against.
// Derived from DuckDuckGo autoconsent's rules (MPL-2.0, see scripts/cmp-table/derive-rule.ts).

/** A CSS selector, or a chain: each later selector is looked up inside the shadow root of the previous match. */
export type CmpSelector = string | readonly string[];

export interface CmpRule {
  /** Name people know the CMP by ("Cookiebot", "OneTrust"); several rules may share one. */
  cmp: string;
  /** The autoconsent rule it came from, or `pixelwacht` for our own entries. */
  source: string;
  /** All must exist for the CMP to be present. A comma inside a selector means "any of". */
  detect: readonly CmpSelector[];
  /** Any visible means the banner (or its settings dialog) is showing. */
  popup: readonly CmpSelector[];
  /** Clicking one of these accepts everything. */
  optIn: readonly CmpSelector[];
  /** Clicking one of these refuses (reject all / necessary only). */
  optOut: readonly CmpSelector[];
  /** Clicking one of these saves a selection made in the settings. */
  save: readonly CmpSelector[];
  /** Where the rule applies; autoconsent's default is the top frame only. */
  main: boolean;
  frame: boolean;
  /** Regular expression (source) the frame's URL must match, when the rule is URL-bound. */
  urlPattern?: string;
}
