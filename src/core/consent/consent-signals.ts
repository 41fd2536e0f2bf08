// The consent signals a tracker request itself carries, as the decoders decode them
// (src/core/decoders/types.ts `ConsentSignals`), read defensively: stored records can be
// old or damaged, so anything other than 'granted' / 'denied' (the decoders' 'not set',
// or garbage) is ignored.

import type { ConsentSignals } from '../decoders/types';

export type GoogleConsentValue = 'granted' | 'denied';

export const GOOGLE_CONSENT_TYPES = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'] as const;
export type GoogleConsentType = (typeof GOOGLE_CONSENT_TYPES)[number];

export interface ReadSignals {
  denied: GoogleConsentType[];
  granted: GoogleConsentType[];
  gdprApplies: boolean | null;
}

export function readConsentSignals(signals: ConsentSignals | null | undefined): ReadSignals {
  const out: ReadSignals = { denied: [], granted: [], gdprApplies: null };
  if (!isRecord(signals)) return out;
  const google: unknown = signals.google;
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
