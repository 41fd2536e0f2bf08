// The local check that a hashed e-mail address sent to a tracker is the user's own:
// the user types their address in the wizard (or passes it to the CLI), this module
// computes its SHA-256 under each vendor's normalisation and compares it with the
// hashed values in the evidence. Pure and synchronous; nothing is stored or sent.
import type { EvidenceBundle } from '../evidence/types';
import { matchHashedValues, sha256OfText, type HashedValueMatch } from './hashed-value-match';

/**
 * How the address was normalised before hashing. `trim-lower` is Meta's, Google's,
 * TikTok's and LinkedIn's documented form; Reddit also drops dots in the local part.
 */
export type Normalisation = 'trim-lower' | 'no-dots-local';

export type EmailMatch = HashedValueMatch<Normalisation>;

const MAX_EMAIL_CHARS = 320;

export function normalisedEmails(email: string): Record<Normalisation, string> {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  const noDots = at > 0 ? `${lower.slice(0, at).replace(/\./g, '')}${lower.slice(at)}` : lower;
  return { 'trim-lower': lower, 'no-dots-local': noDots };
}

export function looksLikeEmail(email: string): boolean {
  const e = email.trim();
  return e.length <= MAX_EMAIL_CHARS && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e);
}

/** Every hashed value in the evidence that is the SHA-256 of this address. */
export function matchEmailHashes(bundle: EvidenceBundle, email: string): EmailMatch[] {
  if (!looksLikeEmail(email)) return [];
  const forms = normalisedEmails(email);
  const digests = new Map<string, Normalisation>();
  // trim-lower wins when both forms are the same address.
  for (const n of ['no-dots-local', 'trim-lower'] as const) digests.set(sha256OfText(forms[n]), n);
  return matchHashedValues(bundle, digests);
}
