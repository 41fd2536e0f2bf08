// The local check that a hashed phone number sent to a tracker is the user's own, as
// email-hash.ts does for e-mail addresses: the user types their number, this module
// computes its SHA-256 in the forms the vendors document and compares it with the
// hashed values in the evidence. Pure and synchronous; nothing is stored or sent.
import { sha256Hex } from '../evidence/sha256';
import type { EvidenceBundle } from '../evidence/types';

/**
 * `digits`: country code and number, digits only, no leading zeros or plus (Meta's `ph`,
 * Snap's documented form). `e164`: the same with a leading plus (Google's enhanced
 * conversions, TikTok).
 */
export type PhoneNormalisation = 'digits' | 'e164';

export interface PhoneMatch {
  visitId: string;
  trackerKey: string;
  /** The parameter that carried the hash, e.g. `ph`. */
  field: string;
  normalisation: PhoneNormalisation;
}

const MAX_PHONE_CHARS = 40;
// A national number starting with one 0 is read as Dutch (the tool's users are in the Netherlands).
const DEFAULT_COUNTRY = '31';

export function normalisedPhones(phone: string): Record<PhoneNormalisation, string> | null {
  if (phone.length > MAX_PHONE_CHARS) return null;
  // "+31 (0)6 …": the trunk zero in brackets is not dialled with the country code.
  const text = phone.trim().replace(/\(0\)/g, '');
  if (!/^[+\d][\d\s().-]*$/.test(text)) return null;
  let digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) {
    // already international
  } else if (digits.startsWith('00')) digits = digits.slice(2);
  else if (digits.startsWith('0')) digits = DEFAULT_COUNTRY + digits.slice(1);
  digits = digits.replace(/^0+/, '');
  if (digits.length < 8 || digits.length > 15) return null;
  return { digits, e164: `+${digits}` };
}

function hashOf(text: string): string {
  return sha256Hex(new TextEncoder().encode(text));
}

/** Every hashed value in the evidence that is the SHA-256 of this phone number in a documented form. */
export function matchPhoneHashes(bundle: EvidenceBundle, phone: string): PhoneMatch[] {
  const forms = normalisedPhones(phone);
  if (!forms) return [];
  const digests = new Map<string, PhoneNormalisation>([[hashOf(forms.e164), 'e164'], [hashOf(forms.digits), 'digits']]);
  const out: PhoneMatch[] = [];
  for (const visit of bundle.visits) {
    for (const [trackerKey, tracker] of Object.entries(visit.trackers)) {
      for (const d of tracker.disclosures) {
        for (const [field, value] of Object.entries(d.hashedPii ?? {})) {
          const n = typeof value === 'string' ? digests.get(value.trim().toLowerCase()) : undefined;
          if (n && !out.some((m) => m.visitId === visit.visitId && m.trackerKey === trackerKey && m.field === field)) {
            out.push({ visitId: visit.visitId, trackerKey, field, normalisation: n });
          }
        }
      }
    }
  }
  return out;
}
