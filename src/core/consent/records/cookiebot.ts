// Cookiebot: cookie `CookieConsent`, a URL-encoded JavaScript object literal (not JSON):
// {stamp:'…',necessary:true,preferences:false,statistics:false,marketing:false,method:'explicit',ver:1,utc:1733000000000,region:'nl'}
// The value `-1` means Cookiebot decided no consent is needed (outside its regions).
import { fromCategories, MAX_STORED_VALUE, safeDecode, type ConsentCategory, type RecordDecoder } from './record';

const FIELDS: Record<string, ConsentCategory> = { necessary: 'necessary', preferences: 'preferences', statistics: 'analytics', marketing: 'marketing' };

export const decodeCookiebot: RecordDecoder = (stored) => {
  const raw = stored.cookie('CookieConsent');
  if (!raw || raw.length > MAX_STORED_VALUE || raw === '-1') return null;
  const text = safeDecode(raw) ?? raw;
  if (!/^\{.*\}$/s.test(text)) return null;
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  for (const [field, category] of Object.entries(FIELDS)) {
    const m = new RegExp(`[{,]\\s*${field}\\s*:\\s*(true|false)`).exec(text);
    if (m) flags[category] = m[1] === 'true';
  }
  if (Object.keys(flags).length === 0) return null;
  const utc = /[{,]\s*utc\s*:\s*(\d{10,13})/.exec(text)?.[1];
  const method = /[{,]\s*method\s*:\s*'(\w+)'/.exec(text)?.[1];
  // method 'implied' is Cookiebot's own assumption (no click): no choice.
  return fromCategories('Cookiebot', flags, method !== 'implied', utc ? Number(utc) : undefined);
};
