// iubenda: cookie `_iub_cs-<site id>`, URL-encoded JSON: {"timestamp":"…","version":"1.56.0","purposes":{"1":true,"2":false,"3":false,"4":false,"5":false},"id":123456}.
// Purposes: 1 strictly necessary, 2 basic interactions, 3 experience, 4 measurement, 5 marketing.
// Older records carry only {"consent":true}.
import { fromCategories, isRecord, parseJsonValue, timeOf, type ConsentCategory, type RecordDecoder } from './record';

const PURPOSES: Record<string, ConsentCategory> = { '1': 'necessary', '2': 'preferences', '3': 'preferences', '4': 'analytics', '5': 'marketing' };

export const decodeIubenda: RecordDecoder = (stored) => {
  const name = stored.cookieNames().find((n) => /^_iub_cs-\d+$/.test(n));
  const json = parseJsonValue(name ? stored.cookie(name) : undefined);
  if (!isRecord(json)) return null;
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  if (isRecord(json.purposes)) {
    for (const [id, category] of Object.entries(PURPOSES)) {
      const v = json.purposes[id];
      if (typeof v === 'boolean') flags[category] = (flags[category] ?? true) && v;
    }
  } else if (typeof json.consent === 'boolean') {
    flags.marketing = json.consent;
  }
  if (Object.keys(flags).length === 0) return null;
  return fromCategories('iubenda', flags, true, timeOf(json.timestamp));
};
