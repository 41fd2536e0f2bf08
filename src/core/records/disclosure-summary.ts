// What one tracker received, summarised for people: chips ("page address",
// "event: ViewContent", "hashed e-mail", "Facebook click id", "with your login
// cookie") and the values behind them. Message keys, not text: the UI translates.
import { findingsOf, hasFinding, isStorageDenial, type FindingKind } from '../decoders/findings';
import type { TrackerRecord } from './page-record';

/** Chip ids, in the order a person meets them (the glossary lists them so). */
export const CHIP_IDS = [
  'page-address',
  'page-title',
  'referrer',
  'event',
  'account',
  'hashed-email',
  'hashed-phone',
  'hashed-personal',
  'plain-personal',
  'click-id',
  'browser-id',
  'login-cookie',
  'session-recording',
  'custom-data',
  'consent-denied',
  'disguised',
] as const;

export type ChipId = (typeof CHIP_IDS)[number];

export interface Chip {
  id: ChipId;
  /** Event name, or the platform a click id belongs to. */
  detail?: string;
}

export interface DisclosedValue {
  field: string;
  value: string;
  carriedBy?: string;
  /** The chip this value belongs to, and its detail (platform of a click id): views group values by it. */
  chip?: ChipId;
  detail?: string;
}

const MAX_VALUES = 60;
const MAX_EVENTS = 5;

const PERSONAL_CHIP: Partial<Record<FindingKind, ChipId>> = {
  'hashed-email': 'hashed-email',
  'hashed-phone': 'hashed-phone',
  'hashed-personal': 'hashed-personal',
  'plain-email': 'plain-personal',
  'plain-phone': 'plain-personal',
  'plain-personal': 'plain-personal',
};

/** Chips and values from the typed findings of each disclosure (classified once, by the decoders). */
export function summariseTracker(record: TrackerRecord): { chips: Chip[]; values: DisclosedValue[] } {
  const chips = new Map<string, Chip>();
  const values: DisclosedValue[] = [];
  const add = (chip: Chip) => chips.set(`${chip.id}:${chip.detail ?? ''}`, chip);
  let events = 0;
  for (const d of record.disclosures) {
    // What carried a value, as the decoder recorded it (undefined when it did not say).
    const value = (field: string, v: string, chip: ChipId, detail?: string) => {
      if (values.length >= MAX_VALUES || values.some((x) => x.field === field && x.value === v)) return;
      values.push({ field, value: v, carriedBy: d.carriedBy[field], chip, ...(detail ? { detail } : {}) });
    };
    const findings = findingsOf(d);
    let details: Record<string, string> = {};
    for (const f of findings) {
      switch (f.kind) {
        case 'page-address':
        case 'page-title':
        case 'referrer': {
          const field = f.kind === 'page-address' ? 'pageUrl' : f.kind === 'page-title' ? 'pageTitle' : 'referrer';
          add({ id: f.kind });
          value(field, f.value, f.kind);
          break;
        }
        case 'event':
          if (events < MAX_EVENTS && !chips.has(`event:${f.name}`)) {
            add({ id: 'event', detail: f.name });
            events += 1;
          }
          value('event', f.name, 'event', f.name);
          details = f.details;
          break;
        case 'account-id':
          add({ id: 'account' });
          value('accountId', f.value, 'account');
          break;
        case 'hashed-email':
        case 'hashed-phone':
        case 'hashed-personal':
        case 'plain-email':
        case 'plain-phone':
        case 'plain-personal': {
          const chip = PERSONAL_CHIP[f.kind]!;
          add({ id: chip });
          value(`${f.kind.startsWith('hashed') ? 'hashedPii' : 'plainPii'}.${f.field}`, f.value, chip);
          break;
        }
        case 'click-id':
          add({ id: 'click-id', detail: f.platform });
          value(`userIds.${f.name}`, f.value, 'click-id', f.platform);
          break;
        case 'browser-id':
          add({ id: 'browser-id' });
          value(`userIds.${f.name}`, f.value, 'browser-id');
          break;
        case 'custom-data':
          add({ id: 'custom-data' });
          value(`customData.${f.name}`, f.value, 'custom-data');
          break;
        default:
          break;
      }
    }
    // An event's own data, after the ids as before findings existed, so chip order stays stable.
    const detailEntries = Object.entries(details);
    if (detailEntries.length > 0) {
      add({ id: 'custom-data' });
      for (const [name, v] of detailEntries) value(`customData.${name}`, v, 'custom-data');
    }
    if (hasFinding(findings, 'session-recording')) add({ id: 'session-recording' });
    if (findings.some(isStorageDenial)) add({ id: 'consent-denied' });
  }
  if (record.loginCookies) add({ id: 'login-cookie', detail: record.loginCookies.platform });
  if (record.disguised) add({ id: 'disguised' });
  return { chips: [...chips.values()], values };
}
