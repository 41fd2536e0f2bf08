// Disclosure: what one tracker request told its recipient. Owned by the decoders.

import type { Finding } from './findings';

/**
 * One storage type's state as Google consent mode puts it on the wire. Not the
 * consent timeline's `ConsentState` (src/core/consent/types.ts), which says what
 * the user had done when a request left.
 */
export type GoogleConsentStatus = 'granted' | 'denied' | 'not set';

export interface GoogleConsentMode {
  /** Final state per storage type, where the request says it. */
  ad_storage?: GoogleConsentStatus;
  analytics_storage?: GoogleConsentStatus;
  ad_user_data?: GoogleConsentStatus;
  ad_personalization?: GoogleConsentStatus;
  /** `npa=1`: the tag was told to serve non-personalised ads only. */
  nonPersonalisedAds?: boolean;
  /** `dma=1`: the site says the EU Digital Markets Act applies. */
  dmaApplies?: boolean;
  /** Raw values as sent, for evidence. */
  raw: Record<string, string>;
}

export interface TcfConsent {
  /** The TC string as sent (parameter value). */
  tcString: string;
  /** False when the string could not be decoded (the raw string is still kept). */
  valid: boolean;
  cmpId?: number;
  /** `gdpr=1`/`0` when the request says whether the GDPR applies. */
  gdprApplies?: boolean;
  /** TCF purposes the user consented to (1 = store/access information on a device, ...). */
  purposesConsented?: number[];
  /** IAB vendor id of the recipient, when known. */
  recipientVendorId?: number;
  /** Whether the TC string records consent for the recipient's vendor id. */
  recipientVendorConsent?: boolean;
}

/** Consent signals the request itself carries (Google consent mode, IAB TCF). */
export interface ConsentSignals {
  google?: GoogleConsentMode;
  tcf?: TcfConsent;
  /** Vendor-specific opt-out flags as sent (`opt_out` on Reddit, `aip` on Universal Analytics). */
  flags?: Record<string, string>;
  [signal: string]: unknown;
}

/** For each disclosed field, which parameter or header carried it (e.g. `pageUrl: "query dl"`). */
export type CarriedBy = Record<string, string>;

export interface Disclosure {
  /** Decoder id that produced this disclosure (`meta-pixel`, `ga4`, `page-address-leak`...). */
  vendor: string;
  event?: string;
  pageUrl?: string;
  referrer?: string;
  pageTitle?: string;
  accountId?: string;
  userIds?: Record<string, string>;
  hashedPii?: Record<string, string>;
  plainPii?: Record<string, string>;
  consent?: ConsentSignals;
  customData?: Record<string, string>;
  carriedBy: CarriedBy;
  /** True when the decoder stopped early (body over the cap, too many events or parameters). */
  truncated?: boolean;
  /**
   * For the page-address leak finder: `strong` when the full address, its path or the
   * title went out; `weak` when only the origin did.
   */
  strength?: 'strong' | 'weak';
  /** Session recording: the recipient receives the page content itself, not just its address. */
  sessionRecording?: boolean;
  /**
   * What the raw fields above mean, classified once when decoded (src/core/decoders/findings.ts).
   * Absent only in records made before evidence schema 2: read through `findingsOf`.
   */
  findings?: Finding[];
}
