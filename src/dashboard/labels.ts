// The keys of the dashboard's "What does this mean?" texts. Words for chips,
// kinds and categories live in src/ui/labels.ts, shared with the popup.
export { categoryName, chipText, kindLabel } from '../ui/labels';
export { hasMessage } from '../ui/i18n';

const id = (value: string) => value.replace(/[^A-Za-z0-9]/g, '_');

export type ExplainGroup = 'kind' | 'category' | 'chip' | 'consent';

/** `explain_kind_social_plugin`, `explain_chip_page_address`, `explain_consent_after_reject`... */
export const explainKey = (group: ExplainGroup, value: string) => `explain_${group}_${id(value)}`;

export const SPECIAL_CATEGORY_EXPLAIN = 'explain_special_category';
export const HEALTH_PAGE_EXPLAIN = 'explain_health_page';
