// Consent signals that travel inside tag requests: Google consent mode (`gcs`,
// `gcd`, `npa`, `dma`) and IAB TCF v2 strings (`gdpr_consent` and friends).
// Decoded for evidence: "the tag itself said analytics storage was denied".
import { decodeTcModel } from '../consent/tcf';
import type { GoogleConsentStatus, GoogleConsentMode, TcfConsent } from './types';

/** Parameter names that carry Google consent mode. */
export const GOOGLE_CONSENT_PARAMS = ['gcs', 'gcd', 'npa', 'dma', 'dma_cps'] as const;
/** Parameter names that carry a TCF string, and the `gdpr` applies flag. */
export const TCF_PARAMS = ['gdpr_consent', 'gdpr_consent_string', 'euconsent', 'euconsent-v2', 'gdpr_consent_v2', 'tcf_consent', 'consent_string', 'tc_string', 'tcstring'] as const;
export const CONSENT_PARAM_NAMES: ReadonlySet<string> = new Set<string>([...GOOGLE_CONSENT_PARAMS, ...TCF_PARAMS, 'gdpr', 'gdpr_applies']);

// gcs = "G1" + ad_storage + analytics_storage, each '1' granted, '0' denied, '-' unset.
function gcsState(c: string | undefined): GoogleConsentStatus | undefined {
  if (c === '1') return 'granted';
  if (c === '0') return 'denied';
  if (c === '-') return 'not set';
  return undefined;
}

// gcd letters (Google's consent mode reference): the state after default and update.
// l = not set; p, q, m, u end denied; t, r, n, v end granted.
const GCD_LETTER: Record<string, GoogleConsentStatus> = {
  l: 'not set',
  p: 'denied', q: 'denied', m: 'denied', u: 'denied',
  t: 'granted', r: 'granted', n: 'granted', v: 'granted',
};
// "13r3r3r3r5l1": two header digits, then letter+digit for ad_storage,
// analytics_storage, ad_user_data, ad_personalization.
const GCD = /^\d\d([a-z])\d([a-z])\d([a-z])\d([a-z])/;

export function decodeGoogleConsent(get: (name: string) => string | undefined): GoogleConsentMode | null {
  const raw: Record<string, string> = {};
  for (const name of GOOGLE_CONSENT_PARAMS) {
    const v = get(name);
    if (v !== undefined && v !== '') raw[name] = v.slice(0, 64);
  }
  if (Object.keys(raw).length === 0) return null;
  const out: GoogleConsentMode = { raw };
  const gcd = raw.gcd ? GCD.exec(raw.gcd) : null;
  if (gcd) {
    const [, ad, an, ud, ap] = gcd;
    const set = (k: 'ad_storage' | 'analytics_storage' | 'ad_user_data' | 'ad_personalization', c: string | undefined) => {
      const s = c ? GCD_LETTER[c] : undefined;
      if (s) out[k] = s;
    };
    set('ad_storage', ad);
    set('analytics_storage', an);
    set('ad_user_data', ud);
    set('ad_personalization', ap);
  }
  // gcs is older and only knows the two storage types; gcd, when present, is more precise.
  const gcs = raw.gcs;
  if (gcs && /^G1[01-]{2}$/.test(gcs)) {
    out.ad_storage ??= gcsState(gcs[2]);
    out.analytics_storage ??= gcsState(gcs[3]);
  }
  if (raw.npa === '1' || raw.npa === '0') {
    out.nonPersonalisedAds = raw.npa === '1';
    if (out.nonPersonalisedAds) out.ad_personalization ??= 'denied';
  }
  if (raw.dma === '1' || raw.dma === '0') out.dmaApplies = raw.dma === '1';
  return out;
}

// TCF strings repeat on every request of a page: decode each once.
const tcfCache = new Map<string, Omit<TcfConsent, 'recipientVendorId' | 'recipientVendorConsent' | 'gdprApplies'> & { vendors?: (id: number) => boolean }>();
const TCF_CACHE_MAX = 64;
const MAX_TC_STRING = 8192;

function decodeTc(tcString: string) {
  const cached = tcfCache.get(tcString);
  if (cached) return cached;
  let entry: NonNullable<ReturnType<typeof tcfCache.get>>;
  try {
    // A TC string's core segment is base64url; anything else is not worth handing to the decoder.
    if (tcString.length > MAX_TC_STRING || !/^[A-Za-z0-9_\-.]+$/.test(tcString)) throw new Error('not a TC string');
    const model = decodeTcModel(tcString);
    if (!model) throw new Error('not a TC string');
    const purposes: number[] = [];
    model.purposeConsents.forEach((granted, id) => {
      if (granted) purposes.push(id);
    });
    const vendorConsents = model.vendorConsents;
    entry = {
      tcString,
      valid: true,
      cmpId: Number(model.cmpId),
      purposesConsented: purposes,
      vendors: (id: number) => vendorConsents.has(id),
    };
  } catch {
    entry = { tcString, valid: false };
  }
  if (tcfCache.size >= TCF_CACHE_MAX) tcfCache.clear();
  tcfCache.set(tcString, entry);
  return entry;
}

export function decodeTcf(get: (name: string) => string | undefined, recipientVendorId?: number): TcfConsent | null {
  let tcString: string | undefined;
  for (const name of TCF_PARAMS) {
    const v = get(name);
    if (v) {
      tcString = v.trim();
      break;
    }
  }
  const applies = get('gdpr') ?? get('gdpr_applies');
  if (!tcString) {
    if (applies === '1' || applies === '0' || applies === 'true' || applies === 'false') {
      return { tcString: '', valid: false, gdprApplies: applies === '1' || applies === 'true' };
    }
    return null;
  }
  const { vendors, ...decoded } = decodeTc(tcString);
  const out: TcfConsent = { ...decoded, tcString: tcString.slice(0, 512) };
  if (decoded.purposesConsented) out.purposesConsented = [...decoded.purposesConsented];
  if (applies === '1' || applies === '0') out.gdprApplies = applies === '1';
  if (recipientVendorId !== undefined && vendors) {
    out.recipientVendorId = recipientVendorId;
    out.recipientVendorConsent = vendors(recipientVendorId);
  }
  return out;
}
