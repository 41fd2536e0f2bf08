// The local check that a hashed phone number sent to a tracker is the user's own, as
// email-hash.ts does for e-mail addresses: the user types their number, this module
// computes its SHA-256 in the forms the vendors document and compares it with the
// hashed values in the evidence. Pure and synchronous; nothing is stored or sent.
import type { EvidenceBundle } from '../evidence/types';
import { matchHashedValues, sha256OfText, type HashedValueMatch } from './hashed-value-match';

/**
 * `digits`: country code and number, digits only, no leading zeros or plus (Meta's `ph`,
 * Snap's documented form). `e164`: the same with a leading plus (Google's enhanced
 * conversions, TikTok).
 */
export type PhoneNormalisation = 'digits' | 'e164';

export type PhoneMatch = HashedValueMatch<PhoneNormalisation>;

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

/** Every hashed value in the evidence that is the SHA-256 of this phone number in a documented form. */
export function matchPhoneHashes(bundle: EvidenceBundle, phone: string): PhoneMatch[] {
  const forms = normalisedPhones(phone);
  if (!forms) return [];
  const digests = new Map<string, PhoneNormalisation>([[sha256OfText(forms.e164), 'e164'], [sha256OfText(forms.digits), 'digits']]);
  return matchHashedValues(bundle, digests);
}
