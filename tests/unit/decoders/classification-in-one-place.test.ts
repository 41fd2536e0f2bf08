// Findings are classified once, where requests are decoded (src/core/decoders/:
// identifiers.ts, findings.ts, consent.ts). Views read typed findings; none of
// them may re-derive "is this field an e-mail", "whose click id is this" or "did
// Google consent mode say denied" from raw vendor parameter names again.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const RULES: Array<[string, (text: string) => boolean]> = [
  ['click-id names', (t) => /\b(?:fbclid|gclid|gbraid|wbraid|dclid|msclkid|ttclid|twclid|li_fat_id|rdt_cid|ScCid)\b/.test(t)],
  ['e-mail field names', (t) => /\bu_hem\b|hashed_email|sha256_email|e-\?mail|email_sha256/.test(t)],
  ['phone field names', (t) => /\bu_hpn\b|sha256_phone/.test(t)],
  // A file that compares something with 'denied' and names Google's storage types is reading consent mode.
  ['Google consent-mode denial', (t) => /['"]denied['"]/.test(t) && /\b(?:ad_storage|analytics_storage|ad_user_data)\b/.test(t)],
  // A list of Google's storage types of its own is the start of reading consent mode again.
  ['a list of Google consent storage types', (t) => /\b(?:GOOGLE_CONSENT_TYPES|GOOGLE_CONSENT_STORAGES)\s*=/.test(t) || /\[\s*['"]ad_storage['"]\s*,\s*['"]analytics_storage['"]/.test(t)],
  // Reading gcs / gcd out of a request again (a parameter lookup, or the decoder called on raw parameters).
  ['gcs / gcd parsing', (t) => /\.get\(\s*['"](?:gcs|gcd)['"]\s*\)|\bG1\[01|\bdecodeGoogleConsent\b|\bGOOGLE_CONSENT_PARAMS\b/.test(t)],
];

// Where classification lives: the decoders.
const CLASSIFIERS = /^core\/decoders\//;
// No exceptions: the consent area reads the decoders' typed findings (consent-mode, tcf-string) and
// the decoders' own helpers for the granted / denied lists.
const KNOWN_READERS = new Set<string>();

describe('classification exists in one place', () => {
  const files = sourceFiles(SRC).map((path) => ({ rel: relative(SRC, path).replace(/\\/g, '/'), text: readFileSync(path, 'utf8') }));

  it('the decoders hold each rule', () => {
    const decoders = files.filter((f) => CLASSIFIERS.test(f.rel));
    for (const [name, rule] of RULES) expect(decoders.some((f) => rule(f.text)), name).toBe(true);
  });

  it.each(RULES)('no file outside src/core/decoders re-derives %s', (_name, rule) => {
    const offenders = files.filter((f) => !CLASSIFIERS.test(f.rel) && !KNOWN_READERS.has(f.rel) && rule(f.text)).map((f) => f.rel);
    expect(offenders).toEqual([]);
  });
});
