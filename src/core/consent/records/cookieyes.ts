// CookieYes: cookie `cookieyes-consent`, comma-separated `key:value` pairs:
// consentid:…,consent:yes,action:yes,necessary:yes,functional:no,analytics:no,performance:no,advertisement:no,other:no
// `action:yes` means the visitor acted on the banner; before that the values are defaults.
import { fromCategories, MAX_STORED_VALUE, safeDecode, type ConsentCategory, type RecordDecoder } from './record';

const KEYS: Record<string, ConsentCategory> = { necessary: 'necessary', functional: 'preferences', analytics: 'analytics', performance: 'analytics', advertisement: 'marketing' };

export const decodeCookieYes: RecordDecoder = (stored) => {
  const raw = stored.cookie('cookieyes-consent');
  if (!raw || raw.length > MAX_STORED_VALUE) return null;
  const pairs = new Map((safeDecode(raw) ?? raw).split(',').slice(0, 40).map((p) => p.split(':', 2) as [string, string]));
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  for (const [key, category] of Object.entries(KEYS)) {
    const v = pairs.get(key);
    if (v === 'yes' || v === 'no') flags[category] = (flags[category] ?? true) && v === 'yes';
  }
  if (Object.keys(flags).length === 0) return null;
  return fromCategories('CookieYes', flags, pairs.get('action') === 'yes');
};
