// Words for the record's ids (chips, fields, tracker kinds, database categories),
// once for the popup and the dashboard.
import type { TrackerKind } from '../core/model';
import type { Chip } from '../core/records/disclosure-summary';
import { hasMessage, t } from './i18n';

const id = (value: string) => value.replace(/[^A-Za-z0-9]/g, '_');

export function chipText(chip: Chip): string {
  const key = `chip_${id(chip.id)}`;
  return chip.detail ? t(key, chip.detail) : t(key);
}

export function fieldLabel(field: string): string {
  const [group, ...rest] = field.split('.');
  const label = t(`field_${group}`);
  return rest.length > 0 ? `${label} (${rest.join('.')})` : label;
}

export const kindLabel = (kind: TrackerKind) => t(`kind_${id(kind)}`);

export function categoryName(category: string): string {
  const key = `trackerCategory_${id(category)}`;
  return hasMessage(key) ? t(key) : category;
}

export const messageId = id;
