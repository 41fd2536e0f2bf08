// Words for the record's ids (tracker kinds, database categories, chips,
// consent states), and the keys of their "What does this mean?" texts.
import browser from 'webextension-polyfill';
import type { TrackerKind } from '../core/model';
import type { Chip } from '../core/records/disclosure-summary';
import { t } from '../ui/i18n';

const id = (value: string) => value.replace(/[^A-Za-z0-9]/g, '_');

/** Whether the locale has a message (category keys come from a database that grows). */
export const hasMessage = (key: string) => browser.i18n.getMessage(key) !== '';

export const kindLabel = (kind: TrackerKind) => t(`kind_${id(kind)}`);

export function categoryName(category: string): string {
  const key = `trackerCategory_${id(category)}`;
  return hasMessage(key) ? t(key) : category;
}

export function chipText(chip: Chip): string {
  const key = `chip_${id(chip.id)}`;
  return chip.detail ? t(key, chip.detail) : t(key);
}

export type ExplainGroup = 'kind' | 'category' | 'chip' | 'consent';

/** `explain_kind_social_plugin`, `explain_chip_page_address`, `explain_consent_after_reject`... */
export const explainKey = (group: ExplainGroup, value: string) => `explain_${group}_${id(value)}`;

export const SPECIAL_CATEGORY_EXPLAIN = 'explain_special_category';
export const HEALTH_PAGE_EXPLAIN = 'explain_health_page';
