// Identifiers in tag payloads: hashed personal data ("advanced matching"), plain
// e-mail addresses and phone numbers, and cookie / click ids that single out a
// browser. Recognised by parameter name and value shape, never by value alone
// where that would flag timestamps or random ids.
import { leafName } from './parse';

export type IdentifierKind = 'hashed' | 'plain' | 'id';

export interface Identifier {
  kind: IdentifierKind;
  /** Name to report it under (`em`, `email`, `phone`, `fbp`, `gclid`). */
  key: string;
  value: string;
}

/** Field names that carry hashed personal data when the value is a hash. */
const HASHED_NAMES = new Set([
  'em', 'email', 'e-mail', 'emails', 'email_address', 'emailaddress', 'hashed_email', 'hashedemail',
  'sha256_email', 'sha256_email_address', 'email_sha256', 'hem', 'u_hem', 'md5_email', 'sha1_email',
  'ph', 'phone', 'phone_number', 'phonenumber', 'sha256_phone_number', 'u_hpn', 'hpn', 'pn', 'mobile',
  'fn', 'ln', 'first_name', 'last_name', 'firstname', 'lastname', 'ge', 'gender', 'db', 'dob',
  'ct', 'city', 'st', 'state', 'zp', 'zip', 'postal_code', 'country', 'street', 'address',
]);

/** Field names whose plain value is a phone number when it looks like one. */
const PHONE_NAMES = new Set([
  'ph', 'phone', 'phone_number', 'phonenumber', 'tel', 'telephone', 'mobile', 'mobile_phone', 'pn', 'telefoon', 'telefoonnummer',
]);

/** Cookie and click ids whose names mean the same thing whichever tag sends them. */
const ID_NAMES: Record<string, string> = {
  fbp: 'fbp', _fbp: 'fbp', fbc: 'fbc', _fbc: 'fbc', fbclid: 'fbclid',
  _ga: '_ga', gclid: 'gclid', gbraid: 'gbraid', wbraid: 'wbraid', dclid: 'dclid', _gcl_aw: 'gclid', gclaw: 'gclid',
  msclkid: 'msclkid', li_fat_id: 'li_fat_id', ttclid: 'ttclid', ttp: 'ttp', _ttp: 'ttp',
  _scid: '_scid', sc_cookie1: '_scid', sccid: 'ScCid', epik: 'epik', _epik: 'epik', twclid: 'twclid', rdt_cid: 'rdt_cid',
  _rdt_uuid: 'rdt_uuid', external_id: 'external_id',
};

/** The ad platform each click id belongs to: the link from an ad click to this visit. */
export type ClickIdPlatform = 'Facebook' | 'Google' | 'Microsoft' | 'TikTok' | 'LinkedIn' | 'X' | 'Snapchat' | 'Reddit' | 'Pinterest';
const CLICK_ID_PLATFORMS: Readonly<Record<string, ClickIdPlatform>> = {
  fbclid: 'Facebook', fbc: 'Facebook', gclid: 'Google', gbraid: 'Google', wbraid: 'Google', dclid: 'Google',
  msclkid: 'Microsoft', ttclid: 'TikTok', li_fat_id: 'LinkedIn', twclid: 'X', ScCid: 'Snapchat', rdt_cid: 'Reddit', epik: 'Pinterest',
};

/** The platform of a click id reported under `key` (a userIds key as the builder names it), or null for other ids. */
export function clickIdPlatform(key: string): ClickIdPlatform | null {
  return Object.hasOwn(CLICK_ID_PLATFORMS, key) ? CLICK_ID_PLATFORMS[key]! : null;
}

const EMAIL_KEYS = new Set(['em', 'email', 'e-mail', 'emails', 'email_address', 'emailaddress', 'hashed_email', 'hashedemail', 'sha256_email', 'sha256_email_address', 'email_sha256', 'hem', 'u_hem', 'md5_email', 'sha1_email']);
const PHONE_KEYS = new Set(['ph', 'phone', 'phone_number', 'phonenumber', 'sha256_phone_number', 'u_hpn', 'hpn', 'pn', 'mobile', 'tel', 'telephone', 'mobile_phone', 'telefoon', 'telefoonnummer']);

/** What a personal-data field holds, by its reported name (`em`, `u_hem`, `ph`, `fn`). */
export function personalDataKind(key: string): 'email' | 'phone' | 'other' {
  const k = key.toLowerCase();
  if (EMAIL_KEYS.has(k) || k.includes('mail')) return 'email';
  if (PHONE_KEYS.has(k) || k.includes('phone')) return 'phone';
  return 'other';
}

const HEX_HASH = /^(?:[a-f0-9]{64}|[a-f0-9]{40}|[a-f0-9]{32})$/i;

/** SHA-256 (64 hex), SHA-1 (40) or MD5 (32). Only by shape: the caller checks the name. */
export function isHash(value: string): boolean {
  const n = value.length;
  return (n === 64 || n === 40 || n === 32) && HEX_HASH.test(value);
}

export function hashAlgorithm(value: string): 'sha256' | 'sha1' | 'md5' | null {
  if (!isHash(value)) return null;
  return value.length === 64 ? 'sha256' : value.length === 40 ? 'sha1' : 'md5';
}

// Local part and domain kept deliberately plain; a TLD that is a file extension
// (`icon@2x.png`) is not an address.
const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.([A-Za-z]{2,24})(?![A-Za-z0-9-])/;
const NOT_TLDS = new Set(['png', 'jpg', 'jpeg', 'gif', 'svg', 'webp', 'avif', 'js', 'mjs', 'css', 'ico', 'woff', 'woff2', 'ttf', 'map', 'json', 'html', 'php']);

/** The first e-mail address in a text, or null. */
export function findEmail(text: string): string | null {
  if (text.length > 4096 || !text.includes('@')) return null;
  const m = EMAIL.exec(text);
  if (!m || NOT_TLDS.has((m[1] ?? '').toLowerCase())) return null;
  return m[0];
}

const PHONE_CHARS = /^\+?[\d\s().\-/]{8,24}$/;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * A phone number. In a phone-named field a plausible number suffices; anywhere
 * else only the international `+31 6 ...` form counts, because bare digit runs are
 * timestamps, ids and prices far more often than phone numbers.
 */
export function looksLikePhone(value: string, phoneNamed: boolean): boolean {
  const v = value.trim();
  if (!PHONE_CHARS.test(v)) return false;
  const digits = digitCount(v);
  if (digits < 8 || digits > 15) return false;
  if (/^(\d)\1+$/.test(v.replace(/\D/g, ''))) return false;
  if (phoneNamed) return true;
  // International form, with a country code, not a 13-digit millisecond timestamp in disguise.
  return v.startsWith('+') && digits >= 9;
}

/**
 * What a parameter carries, judged by its name and value. `name` may be
 * dotted or bracketed (`ud[em]`, `context.user.email`, `pd.em.0`).
 */
export function classifyParam(name: string, value: string): Identifier | null {
  if (!value || value.length > 4096) return null;
  const leaf = leafName(name);
  const idName = ID_NAMES[leaf];
  if (idName) return { kind: 'id', key: idName, value };
  if (isHash(value)) {
    if (HASHED_NAMES.has(leaf) || leaf.includes('mail') || leaf.includes('phone')) return { kind: 'hashed', key: leaf, value };
    return null;
  }
  const email = findEmail(value);
  if (email) return { kind: 'plain', key: 'email', value: email };
  if (PHONE_NAMES.has(leaf) ? looksLikePhone(value, true) : value.charCodeAt(0) === 43 /* + */ && looksLikePhone(value, false)) {
    return { kind: 'plain', key: 'phone', value: value.trim() };
  }
  return null;
}

const CLICK_IDS_IN_URL = /[?&#](fbclid|gclid|gbraid|wbraid|dclid|msclkid|ttclid|twclid|li_fat_id|epik|sccid|rdt_cid)=([^&#\s]{1,512})/gi;

/** Click ids that ride along inside a disclosed page address (`...?gclid=...`). */
export function clickIdsInUrl(url: string): Array<[string, string]> {
  if (!url.includes('=')) return [];
  const out: Array<[string, string]> = [];
  CLICK_IDS_IN_URL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLICK_IDS_IN_URL.exec(url)) !== null && out.length < 8) {
    const key = (m[1] ?? '').toLowerCase();
    out.push([key === 'sccid' ? 'ScCid' : key, m[2] ?? '']);
  }
  return out;
}
