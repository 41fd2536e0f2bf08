// What one recorded request disclosed, kept beside it in the page record: the
// typed findings of its disclosures, bounded — a page that sends hundreds of
// requests must not grow its record by their full payloads (the tracker record
// keeps the full disclosures; this is the per-request index of who carried what).
import { findingsOf, type Finding } from '../decoders/findings';
import type { Disclosure } from '../model';

export type { Finding } from '../decoders/findings';

export const REQUEST_FINDINGS_LIMITS = {
  /** Findings kept per request. */
  findings: 16,
  /** Characters kept of each value (an address, a hash); the tracker record keeps them whole. */
  valueChars: 200,
  /** Entries kept of an event's details. */
  eventDetails: 4,
} as const;

function clip(value: string): string {
  return value.length > REQUEST_FINDINGS_LIMITS.valueChars ? `${value.slice(0, REQUEST_FINDINGS_LIMITS.valueChars)}…` : value;
}

function compact(f: Finding): Finding {
  if (f.kind === 'event') {
    const details: Record<string, string> = {};
    for (const [k, v] of Object.entries(f.details).slice(0, REQUEST_FINDINGS_LIMITS.eventDetails)) details[k] = clip(v);
    return { ...f, name: clip(f.name), details };
  }
  // Always a copy: a record shares no objects with the tracker's disclosures (some serialisers, such as
  // WebDriver BiDi's, turn a second reference to one object into a reference the other side cannot read).
  return 'value' in f ? { ...f, value: clip(f.value) } : { ...f };
}

const keyOf = (f: Finding) => JSON.stringify(f);

/** The bounded findings of a request's disclosures, appended to `existing` (duplicates dropped). */
export function requestFindings(disclosures: readonly Disclosure[], existing: readonly Finding[] = []): Finding[] {
  const out = [...existing];
  const seen = new Set(out.map(keyOf));
  for (const d of disclosures) {
    for (const f of findingsOf(d)) {
      if (out.length >= REQUEST_FINDINGS_LIMITS.findings) return out;
      const c = compact(f);
      const key = keyOf(c);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(c);
    }
  }
  return out;
}
