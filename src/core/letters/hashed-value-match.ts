// The one walk over the evidence for the local hash checks (email-hash.ts, phone-hash.ts):
// given the SHA-256 digests of the forms a vendor may have hashed, find each hashed value
// in the evidence that equals one of them. Pure and synchronous; nothing is stored or sent.
import { sha256Hex } from '../evidence/sha256';
import type { EvidenceBundle } from '../evidence/types';

export interface HashedValueMatch<N extends string> {
  visitId: string;
  trackerKey: string;
  /** The parameter that carried the hash, e.g. `ud[em]` or `ph`. */
  field: string;
  /** The form of the user's value whose digest matched. */
  normalisation: N;
}

export function sha256OfText(text: string): string {
  return sha256Hex(new TextEncoder().encode(text));
}

/** Every hashed value in the evidence equal to one of `digests` (lower-case hex), once per visit, tracker and field. */
export function matchHashedValues<N extends string>(bundle: EvidenceBundle, digests: ReadonlyMap<string, N>): HashedValueMatch<N>[] {
  const out: HashedValueMatch<N>[] = [];
  const seen = new Set<string>();
  for (const visit of bundle.visits) {
    for (const [trackerKey, tracker] of Object.entries(visit.trackers)) {
      for (const d of tracker.disclosures) {
        for (const [field, value] of Object.entries(d.hashedPii ?? {})) {
          const normalisation = typeof value === 'string' ? digests.get(value.trim().toLowerCase()) : undefined;
          const key = JSON.stringify([visit.visitId, trackerKey, field]);
          if (normalisation && !seen.has(key)) {
            seen.add(key);
            out.push({ visitId: visit.visitId, trackerKey, field, normalisation });
          }
        }
      }
    }
  }
  return out;
}
