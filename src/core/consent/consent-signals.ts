// The consent signals a tracker request itself carries, read defensively.
// The decoders (src/core/decoders/types.ts `ConsentSignals`) own the real shape;
// describeConsent accepts this minimal structural form and ignores anything it does
// not recognise, so wiring needs no cast. Google consent mode is read from
// `google` (the decoders' name) or `googleConsent`; other values ('not set') are ignored.

export type GoogleConsentValue = 'granted' | 'denied';

export interface ConsentSignalsLike {
  /** Google consent mode as the request states it (gcs / gcd parameters). */
  google?: GoogleConsentLike;
  googleConsent?: GoogleConsentLike;
  /** IAB TCF parameters the request carries (gdpr=, gdpr_consent=). */
  tcf?: { gdprApplies?: boolean };
}

/** Values other than 'granted' / 'denied' (the decoders' 'not set') are read as unknown. */
interface GoogleConsentLike {
  ad_storage?: GoogleConsentValue | string;
  analytics_storage?: GoogleConsentValue | string;
  ad_user_data?: GoogleConsentValue | string;
  ad_personalization?: GoogleConsentValue | string;
}

export const GOOGLE_CONSENT_TYPES = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'] as const;
export type GoogleConsentType = (typeof GOOGLE_CONSENT_TYPES)[number];

export interface ReadSignals {
  denied: GoogleConsentType[];
  granted: GoogleConsentType[];
  gdprApplies: boolean | null;
}

export function readConsentSignals(signals: unknown): ReadSignals {
  const out: ReadSignals = { denied: [], granted: [], gdprApplies: null };
  if (!isRecord(signals)) return out;
  const google = isRecord(signals.google) ? signals.google : signals.googleConsent;
  if (isRecord(google)) {
    for (const type of GOOGLE_CONSENT_TYPES) {
      if (google[type] === 'denied') out.denied.push(type);
      else if (google[type] === 'granted') out.granted.push(type);
    }
  }
  const tcf = signals.tcf;
  if (isRecord(tcf) && typeof tcf.gdprApplies === 'boolean') out.gdprApplies = tcf.gdprApplies;
  return out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
