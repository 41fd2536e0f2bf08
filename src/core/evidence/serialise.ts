// The evidence file's exact bytes and their SHA-256. The digest is computed over the
// bytes that are saved, never over a re-serialisation, so anyone can check it with
// `sha256sum` against the file they received.
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './sha256';
import type { EvidenceBundle } from './types';

/** Hex SHA-256 of bytes; the browser wraps crypto.subtle.digest, Node wraps node:crypto. */
export type Hasher = (bytes: Uint8Array) => Promise<string>;

/** UTF-8 JSON, keys sorted at every level, two-space indentation, final newline. */
export function serialiseEvidence(bundle: EvidenceBundle): Uint8Array {
  return new TextEncoder().encode(canonicalJson(bundle));
}

/** Lowercase hex SHA-256 of exactly these bytes. Without a hasher, the pure implementation is used. */
export async function evidenceDigest(bytes: Uint8Array, hasher?: Hasher): Promise<string> {
  const hex = hasher ? await hasher(bytes) : sha256Hex(bytes);
  const normalised = hex.toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(normalised)) throw new Error('hasher did not return a hex SHA-256');
  return normalised;
}

/** Reads an evidence file back (for verification and the CLI); null when it is not one this version understands. */
export function parseEvidence(bytes: Uint8Array): EvidenceBundle | null {
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes)) as EvidenceBundle;
    return value && value.format === 'pixelwacht-evidence' && (value.schemaVersion === 1 || value.schemaVersion === 2) && Array.isArray(value.visits) ? value : null;
  } catch {
    return null;
  }
}
