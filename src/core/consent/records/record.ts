// The consent record a CMP keeps in the page's own cookies or localStorage, decoded
// into one shape: which categories it says are granted, whether it says a choice was
// made, and when (by its own clock). All of it is the site's claim, never the user's
// choice: the content script reads it from the isolated world and stamps it on receipt.

export const CONSENT_CATEGORIES = ['necessary', 'preferences', 'analytics', 'marketing'] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

export const RECORD_SAYS = ['accept-all', 'reject-all', 'save-custom', 'no-choice'] as const;
export type RecordSays = (typeof RECORD_SAYS)[number];

export interface CmpRecord {
  /** The CMP by the name people know it ("OneTrust", "Cookiebot"). */
  cmp: string;
  says: RecordSays;
  granted: ConsentCategory[];
  denied: ConsentCategory[];
  /** When the record says the choice was made, epoch ms (the site's clock and claim). */
  claimedAt?: number;
}

/** What a decoder may read: the page's cookies by name and its localStorage, both as text. */
export interface StoredValues {
  cookie(name: string): string | undefined;
  /** Cookie names, for CMPs whose cookie name carries an id (iubenda `_iub_cs-123`). */
  cookieNames(): readonly string[];
  local(key: string): string | undefined;
}

export type RecordDecoder = (stored: StoredValues) => CmpRecord | null;

/** Longest stored value a decoder looks at; real records are well under this. */
export const MAX_STORED_VALUE = 16 * 1024;

/**
 * A record from per-category flags. `decided` false → 'no-choice' (a CMP that writes its
 * defaults before anyone clicked). Necessary is not a choice: it never decides the verdict.
 */
export function fromCategories(cmp: string, flags: Partial<Record<ConsentCategory, boolean>>, decided = true, claimedAt?: number): CmpRecord {
  const granted = CONSENT_CATEGORIES.filter((c) => flags[c] === true);
  const denied = CONSENT_CATEGORIES.filter((c) => flags[c] === false);
  const optional = CONSENT_CATEGORIES.filter((c) => c !== 'necessary' && flags[c] !== undefined);
  let says: RecordSays = 'no-choice';
  if (decided && optional.length > 0) {
    const on = optional.filter((c) => flags[c]).length;
    says = on === optional.length ? 'accept-all' : on === 0 ? 'reject-all' : 'save-custom';
  }
  const record: CmpRecord = { cmp, says, granted, denied };
  if (claimedAt !== undefined && Number.isFinite(claimedAt) && claimedAt > 0) record.claimedAt = claimedAt;
  return record;
}

/** Parses JSON text that may be URL-encoded (most CMP cookies are), never throwing. */
export function parseJsonValue(value: string | undefined): unknown {
  if (!value || value.length > MAX_STORED_VALUE) return undefined;
  for (const text of [value, safeDecode(value)]) {
    try {
      if (text !== undefined) return JSON.parse(text);
    } catch {
      // try the next form
    }
  }
  return undefined;
}

export function safeDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** A date as the CMPs write them (ISO text, epoch ms or s) → epoch ms, or undefined. */
export function timeOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value < 1e11 ? value * 1000 : value;
  if (typeof value === 'string' && value.length <= 64) {
    if (/^\d{10,13}$/.test(value)) return timeOf(Number(value));
    const t = Date.parse(value);
    if (Number.isFinite(t)) return t;
  }
  return undefined;
}
