// Cookie Script: cookie `CookieScriptConsent`, JSON whose `categories` is itself JSON text:
// {"action":"accept","categories":"[\"performance\",\"targeting\"]","key":"…"} — action `reject` refuses.
import { fromCategories, isRecord, parseJsonValue, type ConsentCategory, type RecordDecoder } from './record';

const CATEGORIES: Record<string, ConsentCategory> = { strict: 'necessary', functionality: 'preferences', performance: 'analytics', targeting: 'marketing', unclassified: 'marketing' };

export const decodeCookieScript: RecordDecoder = (stored) => {
  const json = parseJsonValue(stored.cookie('CookieScriptConsent'));
  if (!isRecord(json) || (json.action !== 'accept' && json.action !== 'reject')) return null;
  const list = typeof json.categories === 'string' ? parseJsonValue(json.categories) : json.categories;
  const accepted = Array.isArray(list) ? list.filter((c): c is string => typeof c === 'string') : [];
  const flags: Partial<Record<ConsentCategory, boolean>> = { necessary: true, preferences: false, analytics: false, marketing: false };
  if (json.action === 'accept') for (const c of accepted) if (CATEGORIES[c]) flags[CATEGORIES[c]!] = true;
  return fromCategories('Cookie Script', flags, true);
};
