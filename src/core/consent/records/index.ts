// Every CMP stored-record decoder, and reading all of them at once.
import { decodeBorlabs } from './borlabs';
import { decodeComplianz } from './complianz';
import { decodeCookiebot } from './cookiebot';
import { decodeCookieConsentV3, decodeOsanoCookieConsent } from './cookieconsent';
import { decodeCookieScript } from './cookie-script';
import { decodeCookieYes } from './cookieyes';
import { decodeDidomi } from './didomi';
import { decodeIubenda } from './iubenda';
import { decodeKlaro } from './klaro';
import { decodeOneTrust } from './onetrust';
import { decodeOsano } from './osano';
import { decodeTarteaucitron } from './tarteaucitron';
import { decodeTcfCookie } from './tcf-cookie';
import { decodeUsercentrics } from './usercentrics';
import type { CmpRecord, RecordDecoder, StoredValues } from './record';

export type { CmpRecord, ConsentCategory, RecordSays, StoredValues } from './record';
export { CONSENT_CATEGORIES } from './record';

export const RECORD_DECODERS: readonly RecordDecoder[] = [
  decodeOneTrust,
  decodeCookiebot,
  decodeDidomi,
  decodeUsercentrics,
  decodeCookieYes,
  decodeComplianz,
  decodeBorlabs,
  decodeTarteaucitron,
  decodeKlaro,
  decodeCookieConsentV3,
  decodeOsanoCookieConsent,
  decodeOsano,
  decodeIubenda,
  decodeCookieScript,
  decodeTcfCookie,
];

/** Every CMP record the stored values hold; a decoder that fails is skipped. */
export function readCmpRecords(stored: StoredValues): CmpRecord[] {
  const out: CmpRecord[] = [];
  for (const decode of RECORD_DECODERS) {
    try {
      const record = decode(stored);
      if (record) out.push(record);
    } catch {
      // a hostile value must not stop the others
    }
  }
  return out;
}

/** `document.cookie` text → a name lookup (first value wins, as browsers send them), bounded. */
export function parseCookieHeader(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const raw of String(text).slice(0, 64 * 1024).split(';').slice(0, 300)) {
    const part = raw.trim();
    const i = part.indexOf('=');
    if (i <= 0) continue;
    const name = part.slice(0, i).trim();
    if (!map.has(name)) map.set(name, part.slice(i + 1).trim());
  }
  return map;
}

/** Cookie names that carry an id or a category in their name (iubenda `_iub_cs-123`, Complianz `cmplz_*`). */
const RECORD_COOKIE_PREFIXES = /^(?:_iub_cs-|cmplz_)/;

/** The cookie names and localStorage keys the decoders read, found by asking each decoder once. */
function namesTheDecodersRead(): { cookies: ReadonlySet<string>; local: readonly string[] } {
  const cookies = new Set<string>();
  const local = new Set<string>();
  // Once with nothing stored and once with a value everywhere: some decoders read a second name only after the first.
  for (const value of [undefined, 'groups=C0001:1&isGDPRRegion=true']) {
    readCmpRecords({
      cookie: (name) => (cookies.add(name), value),
      cookieNames: () => [],
      local: (key) => (local.add(key), value),
    });
  }
  return { cookies, local: [...local] };
}

const READ = namesTheDecodersRead();

/** The localStorage keys a CMP record can live under (Usercentrics, Klaro, Osano). */
export const RECORD_LOCAL_KEYS: readonly string[] = READ.local;

/** True for a cookie that holds (part of) a CMP's record: a change of it is worth a look. */
export function isRecordCookie(name: string): boolean {
  return READ.cookies.has(name) || RECORD_COOKIE_PREFIXES.test(name);
}
