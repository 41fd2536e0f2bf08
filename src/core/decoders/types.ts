// Disclosure: what one tracker request told its recipient. Owned by the decoders.

/** Consent signals the request itself carries (Google consent mode, IAB TCF). */
export interface ConsentSignals {
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
}
