// Builds one Disclosure from the parameters a decoder reads, recording for every
// field which parameter carried it. Decoders say which names mean what; every
// other parameter is still checked for hashed or plain personal data and ids.
import { CONSENT_PARAM_NAMES, decodeGoogleConsent, decodeTcf } from './consent';
import { classifyDisclosure } from './findings';
import { classifyParam, clickIdsInUrl, findEmail, isHash } from './identifiers';
import { MAX_CUSTOM_ENTRIES, MAX_VALUE_CHARS } from './limits';
import { decodeRepeated, type Params } from './parse';
import type { Disclosure } from './types';

export type Field = 'event' | 'pageUrl' | 'referrer' | 'pageTitle' | 'accountId';
/** What a parameter means for a vendor: a disclosure field, a user id, custom data, or nothing worth showing. */
export type Role = Field | 'userId' | 'custom' | 'ignore';
export type FieldMap = Readonly<Record<string, Role>>;

function clip(value: string): string {
  return value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value;
}

/** `context.user.anonymous_id` → `anonymous_id`, `ud[external_id]` → `external_id`; case kept (`li_adsId`). */
function shortName(name: string): string {
  const m = /([^.[\]]+)\]?$/.exec(name);
  return m?.[1] ?? name;
}

export class DisclosureBuilder {
  private readonly d: Disclosure;
  private readonly consentValues = new Map<string, string>();
  /** `hashedPii.em`, `plainPii.fn`: fields read from a vendor's advanced-matching parameters. */
  private readonly matchingFields = new Set<string>();
  private truncated = false;

  constructor(
    vendor: string,
    private readonly tcfVendorId?: number,
  ) {
    this.d = { vendor, carriedBy: {} };
  }

  /** Sets a field unless an earlier parameter already did (so callers list carriers by preference). */
  set(field: Field, value: string | null | undefined, carrier: string): this {
    if (value === null || value === undefined) return this;
    let v = value.trim();
    if (!v || this.d[field] !== undefined) return this;
    if (field === 'pageUrl' || field === 'referrer') v = decodeRepeated(v);
    this.d[field] = clip(v);
    this.d.carriedBy[field] = carrier;
    return this;
  }

  has(field: Field): boolean {
    return this.d[field] !== undefined;
  }

  private put(group: 'userIds' | 'hashedPii' | 'plainPii' | 'customData', key: string, value: string, carrier: string): void {
    const map = (this.d[group] ??= {});
    if (key in map) return;
    if (group === 'customData' && Object.keys(map).length >= MAX_CUSTOM_ENTRIES) {
      this.truncated = true;
      return;
    }
    map[key] = clip(value);
    this.d.carriedBy[`${group}.${key}`] = carrier;
  }

  userId(key: string, value: string | undefined, carrier: string): this {
    if (value) this.put('userIds', key, value, carrier);
    return this;
  }

  hashed(key: string, value: string, carrier: string): this {
    this.put('hashedPii', key, value.toLowerCase(), carrier);
    return this;
  }

  plain(key: string, value: string, carrier: string): this {
    this.put('plainPii', key, value, carrier);
    return this;
  }

  /**
   * An advanced-matching field (Meta `ud[em]`, CAPI `fb.advanced_matching.em`): personal data by its
   * name whatever its shape — hashed when it is a hash, else plain (which is worse, and said so).
   */
  matching(key: string, value: string | undefined, carrier: string): this {
    const v = value?.trim();
    if (!v) return this;
    const group = isHash(v) ? 'hashedPii' : 'plainPii';
    if (group === 'hashedPii') this.hashed(key, v, carrier);
    else this.plain(key, v, carrier);
    this.matchingFields.add(`${group}.${key}`);
    return this;
  }

  custom(key: string, value: string | undefined, carrier: string): this {
    if (value !== undefined && value !== '') this.put('customData', key, value, carrier);
    return this;
  }

  /** Checks one parameter for identifiers by name and shape; `carrier` defaults to the name. */
  scan(name: string, value: string, carrier = name): void {
    const found = classifyParam(name, value);
    if (!found) return;
    if (found.kind === 'hashed') this.hashed(found.key, found.value, carrier);
    else if (found.kind === 'plain') this.plain(found.key, found.value, carrier);
    else this.userId(found.key, found.value, carrier);
  }

  /**
   * Reads parameters through a vendor's field map. `customPrefixes` maps a name
   * prefix (`cd[`, `ep.`) to custom data keyed by the rest of the name.
   */
  absorb(params: Params, map: FieldMap, customPrefixes: readonly string[] = []): this {
    for (const [name, value] of params) {
      const role = map[name];
      if (role === 'ignore') continue;
      if (role === 'userId') {
        this.userId(shortName(name), value, name);
        continue;
      }
      if (role === 'custom') {
        this.custom(name, value, name);
        this.scan(name, value);
        continue;
      }
      if (role) {
        this.set(role, value, name);
        continue;
      }
      if (CONSENT_PARAM_NAMES.has(name)) {
        if (!this.consentValues.has(name)) this.consentValues.set(name, value);
        continue;
      }
      this.scan(name, value);
      for (const prefix of customPrefixes) {
        if (name.startsWith(prefix)) {
          let key = name.slice(prefix.length);
          if (prefix.endsWith('[') && key.endsWith(']')) key = key.slice(0, -1);
          this.custom(key, value, name);
          break;
        }
      }
    }
    return this;
  }

  /** Records a consent parameter read outside `absorb` (Floodlight `;` parameters, JSON fields). */
  consentParam(name: string, value: string | undefined): this {
    if (value !== undefined && !this.consentValues.has(name)) this.consentValues.set(name, value);
    return this;
  }

  consentFlag(name: string, value: string | undefined): this {
    if (value !== undefined && value !== '') {
      const consent = (this.d.consent ??= {});
      (consent.flags ??= {})[name] = clip(value);
    }
    return this;
  }

  markTruncated(value = true): this {
    if (value) this.truncated = true;
    return this;
  }

  sessionRecording(): this {
    this.d.sessionRecording = true;
    this.d.customData = { ...this.d.customData, recording: 'page content (session recording)' };
    return this;
  }

  build(): Disclosure {
    const d = this.d;
    if (this.consentValues.size > 0) {
      const get = (n: string) => this.consentValues.get(n);
      const google = decodeGoogleConsent(get);
      const tcf = decodeTcf(get, this.tcfVendorId);
      if (google || tcf) {
        const consent = (d.consent ??= {});
        if (google) consent.google = google;
        if (tcf) consent.tcf = tcf;
      }
    }
    // Click ids and e-mail addresses often ride inside the page address itself.
    if (d.pageUrl) {
      const carrier = d.carriedBy.pageUrl ?? 'page address';
      for (const [key, value] of clickIdsInUrl(d.pageUrl)) this.userId(key, value, `${carrier} (in page address)`);
      const email = findEmail(d.pageUrl);
      if (email) this.plain('email', email, `${carrier} (in page address)`);
    }
    if (this.truncated) d.truncated = true;
    d.findings = classifyDisclosure(d, { advancedMatching: this.matchingFields });
    return d;
  }
}
