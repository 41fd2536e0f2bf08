// The local check that a hashed e-mail address sent to a tracker is the user's own:
// the user types their address in the wizard (or passes it to the CLI), this module
// computes its SHA-256 under each vendor's normalisation and compares it with the
// hashed values in the evidence. Pure and synchronous; nothing is stored or sent.
import { sha256Hex } from '../evidence/sha256';
import type { EvidenceBundle } from '../evidence/types';

/**
 * How the address was normalised before hashing. `trim-lower` is Meta's, Google's,
 * TikTok's and LinkedIn's documented form; Reddit also drops dots in the local part.
 */
export type Normalisation = 'trim-lower' | 'no-dots-local';

export interface EmailMatch {
  visitId: string;
  trackerKey: string;
  /** The parameter that carried the hash, e.g. `ud[em]`. */
  field: string;
  normalisation: Normalisation;
}

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

function hashOf(text: string): string {
  return sha256Hex(new TextEncoder().encode(text));
}

/** Every hashed value in the evidence that is the SHA-256 of this address. */
export function matchEmailHashes(bundle: EvidenceBundle, email: string): EmailMatch[] {
  if (!looksLikeEmail(email)) return [];
  const forms = normalisedEmails(email);
  const digests = new Map<string, Normalisation>();
  // trim-lower wins when both forms are the same address.
  for (const n of ['no-dots-local', 'trim-lower'] as const) digests.set(hashOf(forms[n]), n);
  const out: EmailMatch[] = [];
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
