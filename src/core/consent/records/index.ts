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
