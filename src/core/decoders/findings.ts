// Typed findings: what a decoded request disclosed, classified once, where it is
// decoded. A Disclosure keeps the raw fields as the vendor named them
// (`hashedPii["u_hem"]`); its `findings` say what they are ("a hashed e-mail
// address", "a Google click id", "analytics storage denied"). Every view — popup
// chips, dashboard, report, letters — reads findings and never re-classifies the
// raw fields (a test checks that e-mail, click-id and consent-mode rules live here
// and in identifiers.ts / consent.ts only).
import { clickIdPlatform, personalDataKind, type ClickIdPlatform } from './identifiers';
import { leafName } from './parse';
import type { Disclosure, GoogleConsentStatus } from './types';

/** `ud[ScCid]` → `ScCid`, case kept (click id keys are case-sensitive: `ScCid`). */
function leafOf(name: string): string {
  const bracket = /\[([^\]]+)\]$/.exec(name);
  return bracket ? bracket[1]! : (name.split('.').pop() ?? name);
}

export type { ClickIdPlatform } from './identifiers';

/** The storage types of Google consent mode, as `gcs`/`gcd` carry them. */
export const GOOGLE_CONSENT_STORAGES = ['ad_storage', 'analytics_storage', 'ad_user_data', 'ad_personalization'] as const;
export type GoogleConsentStorage = (typeof GOOGLE_CONSENT_STORAGES)[number];

/** Where a value travelled: the parameter, JSON path, path segment or header that carried it (`dl`, `ud[em]`, `e[11] (url)`). */
interface Carried {
  param: string;
}

/** Personal data: `field` is the key under `hashedPii`/`plainPii` (`em`, `u_hem`, `fn`). */
interface Personal extends Carried {
  field: string;
  value: string;
  /** Sent as the vendor's "advanced matching" field (Meta `ud[…]`): meant to be matched to a person. */
  advancedMatching?: true;
}

export type Finding =
  | (Carried & { kind: 'page-address'; value: string })
  | (Carried & { kind: 'referrer'; value: string })
  | (Carried & { kind: 'page-title'; value: string })
  /**
   * `details`: the event's custom data (`cd[…]`, `ep.*`), capped as customData is. `inferred`: the
   * request carried no event name; the decoder named it from the address or the parameters present
   * (Google Ads `conversion` for a `label`, HubSpot `page_view` for `/__ptq.gif`, Matomo's hit kinds,
   * "script load" for a script). Views may describe the request, but not state such a name as sent.
   */
  | (Carried & { kind: 'event'; name: string; details: Record<string, string>; inferred?: true })
  | (Carried & { kind: 'account-id'; value: string })
  | (Personal & { kind: 'hashed-email' | 'hashed-phone' | 'hashed-personal' })
  | (Personal & { kind: 'plain-email' | 'plain-phone' | 'plain-personal' })
  /** `name`: the key under `userIds` (`gclid`, `fbc`, `ScCid`). */
  | (Carried & { kind: 'click-id'; platform: ClickIdPlatform; name: string; value: string })
  | (Carried & { kind: 'browser-id'; name: string; value: string })
  /** Custom data of a request that named no event (with an event it is in the event's `details`). */
  | (Carried & { kind: 'custom-data'; name: string; value: string })
  | (Carried & { kind: 'consent-mode'; storage: GoogleConsentStorage; state: GoogleConsentStatus })
  /** An IAB TCF consent string went along; `recipientConsent` is whether it records consent for the recipient (null: unknown). */
  | (Carried & { kind: 'tcf-string'; valid: boolean; recipientConsent: boolean | null })
  | (Carried & { kind: 'session-recording' });

export type FindingKind = Finding['kind'];
export type FindingOf<K extends FindingKind> = Extract<Finding, { kind: K }>;

// Carriers the decoders write when they name an event the request did not carry (see `inferred`).
const NAMED_BY_DECODER: ReadonlySet<string> = new Set(['path', 'label', 'conversionId', 'action parameters']);

/** True when a disclosure's event was named by the decoder, not carried by the request (also for findings stored before the flag). */
export function eventInferred(d: Pick<Disclosure, 'event' | 'carriedBy'>): boolean {
  return !!d.event && NAMED_BY_DECODER.has(d.carriedBy?.event ?? '');
}

/** Findings kept per request in a page record, and per disclosure. */
export const MAX_FINDINGS = 64;

/** Storage types whose denial makes a request sent anyway worth a sentence ("consent denied, sent nevertheless"). */
const DENIAL_STORAGES: ReadonlySet<GoogleConsentStorage> = new Set(['ad_storage', 'analytics_storage', 'ad_user_data']);

/** True for a consent-mode finding saying ad, analytics or user-data storage was denied. */
export function isStorageDenial(f: Finding): boolean {
  return f.kind === 'consent-mode' && f.state === 'denied' && DENIAL_STORAGES.has(f.storage);
}

/** What a request told Google, storage by storage ('not set' is neither granted nor denied). */
export interface ConsentModeStates {
  denied: GoogleConsentStorage[];
  granted: GoogleConsentStorage[];
}

/**
 * The consent mode a request's findings state, in the order of GOOGLE_CONSENT_STORAGES;
 * null when they state none granted or denied. Read defensively (stored records can be
 * old or damaged): only the states 'granted' and 'denied' of known storages count.
 */
export function consentModeStates(findings: readonly Finding[] | null | undefined): ConsentModeStates | null {
  const states = new Map<string, unknown>();
  for (const f of findings ?? []) if (f?.kind === 'consent-mode') states.set(f.storage, f.state);
  return statesOf((storage) => states.get(storage));
}

/** The same, read from a decoded GoogleConsentMode (a disclosure's `consent.google`), defensively. */
export function googleConsentStates(google: unknown): ConsentModeStates | null {
  if (typeof google !== 'object' || google === null || Array.isArray(google)) return null;
  return statesOf((storage) => (google as Record<string, unknown>)[storage]);
}

function statesOf(stateOf: (storage: GoogleConsentStorage) => unknown): ConsentModeStates | null {
  const out: ConsentModeStates = { denied: [], granted: [] };
  for (const storage of GOOGLE_CONSENT_STORAGES) {
    const state = stateOf(storage);
    if (state === 'denied') out.denied.push(storage);
    else if (state === 'granted') out.granted.push(storage);
  }
  return out.denied.length > 0 || out.granted.length > 0 ? out : null;
}

export interface ClassifyOptions {
  /** Keys of hashedPii / plainPii the decoder read from advanced-matching fields. */
  advancedMatching?: ReadonlySet<string>;
}

type PersonalKind = 'hashed-email' | 'hashed-phone' | 'hashed-personal' | 'plain-email' | 'plain-phone' | 'plain-personal';

function personalKind(field: string, hashed: boolean): PersonalKind {
  const kind = personalDataKind(leafName(field));
  if (hashed) return kind === 'email' ? 'hashed-email' : kind === 'phone' ? 'hashed-phone' : 'hashed-personal';
  return kind === 'email' ? 'plain-email' : kind === 'phone' ? 'plain-phone' : 'plain-personal';
}

/**
 * The findings of a disclosure's raw fields, in a fixed order (page, title,
 * referrer, event, account, personal data, ids, custom data, recording, consent)
 * so that views list them the same way every time. Pure; bounded by MAX_FINDINGS.
 */
export function classifyDisclosure(d: Disclosure, options: ClassifyOptions = {}): Finding[] {
  const out: Finding[] = [];
  const carried = (key: string, fallback: string) => d.carriedBy?.[key] ?? fallback;
  const push = (f: Finding) => {
    if (out.length < MAX_FINDINGS) out.push(f);
  };
  if (d.pageUrl) push({ kind: 'page-address', param: carried('pageUrl', 'pageUrl'), value: d.pageUrl });
  if (d.pageTitle) push({ kind: 'page-title', param: carried('pageTitle', 'pageTitle'), value: d.pageTitle });
  if (d.referrer) push({ kind: 'referrer', param: carried('referrer', 'referrer'), value: d.referrer });
  const custom = d.customData ?? {};
  if (d.event) push({ kind: 'event', param: carried('event', 'event'), name: d.event, details: { ...custom }, ...(eventInferred(d) ? { inferred: true as const } : {}) });
  if (d.accountId) push({ kind: 'account-id', param: carried('accountId', 'accountId'), value: d.accountId });
  const matching = options.advancedMatching;
  for (const [field, value] of Object.entries(d.hashedPii ?? {})) {
    const f = { kind: personalKind(field, true), field, value, param: carried(`hashedPii.${field}`, field) } as Finding;
    if (matching?.has(`hashedPii.${field}`)) (f as Personal).advancedMatching = true;
    push(f);
  }
  for (const [field, value] of Object.entries(d.plainPii ?? {})) {
    const f = { kind: personalKind(field, false), field, value, param: carried(`plainPii.${field}`, field) } as Finding;
    if (matching?.has(`plainPii.${field}`)) (f as Personal).advancedMatching = true;
    push(f);
  }
  for (const [name, value] of Object.entries(d.userIds ?? {})) {
    // Keys are short names (`fbc`); records written by hand or by older versions may hold `ud[fbc]`-style names.
    const platform = clickIdPlatform(name) ?? clickIdPlatform(leafOf(name));
    const param = carried(`userIds.${name}`, name);
    push(platform ? { kind: 'click-id', platform, name, value, param } : { kind: 'browser-id', name, value, param });
  }
  if (!d.event) for (const [name, value] of Object.entries(custom)) push({ kind: 'custom-data', name, value, param: carried(`customData.${name}`, name) });
  if (d.sessionRecording) push({ kind: 'session-recording', param: 'request body' });
  const google = d.consent?.google;
  if (google) {
    const param = google.raw?.gcd !== undefined ? 'gcd' : google.raw?.gcs !== undefined ? 'gcs' : 'npa';
    for (const storage of GOOGLE_CONSENT_STORAGES) {
      const state = google[storage];
      if (state) push({ kind: 'consent-mode', storage, state, param });
    }
  }
  const tcf = d.consent?.tcf;
  if (tcf?.tcString) push({ kind: 'tcf-string', param: 'TC string', valid: tcf.valid, recipientConsent: tcf.recipientVendorConsent ?? null });
  return out;
}

/** A disclosure's findings: as decoded, or (records made before evidence schema 2) classified now by the same rules. */
export function findingsOf(d: Disclosure): readonly Finding[] {
  return Array.isArray(d.findings) ? d.findings : classifyDisclosure(d);
}

/** True when any of the findings is of this kind. */
export function hasFinding(findings: readonly Finding[], kind: FindingKind): boolean {
  return findings.some((f) => f.kind === kind);
}
