// CookieConsent v3 (orestbida): cookie `cc_cookie`, URL-encoded JSON:
// {"categories":["necessary","analytics"],"revision":0,"consentTimestamp":"…","lastConsentTimestamp":"…","services":{"necessary":[],"analytics":[]}}.
// Category names are the site's; `necessary` is the library's convention, and
// `services` lists every category the site defines (accepted or not).
// Osano's open-source cookieconsent (v3, `.cc-window`): cookie `cookieconsent_status`,
// `allow`, `deny` or `dismiss` (an info banner closed: no choice about tracking).
import { fromCategories, isRecord, parseJsonValue, timeOf, type CmpRecord, type ConsentCategory, type RecordDecoder } from './record';

function categoryOf(name: string): ConsentCategory {
  if (/necessary|essential|required|functional/i.test(name)) return 'necessary';
  if (/analytic|statistic|performance|measure/i.test(name)) return 'analytics';
  if (/preference|personali/i.test(name)) return 'preferences';
  return 'marketing';
}

export const decodeCookieConsentV3: RecordDecoder = (stored) => {
  const json = parseJsonValue(stored.cookie('cc_cookie'));
  if (!isRecord(json) || !Array.isArray(json.categories)) return null;
  const accepted = json.categories.filter((c): c is string => typeof c === 'string').slice(0, 50);
  const defined = isRecord(json.services) ? Object.keys(json.services).slice(0, 50) : accepted;
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  for (const name of new Set([...defined, ...accepted])) {
    const category = categoryOf(name);
    flags[category] = (flags[category] ?? true) && accepted.includes(name);
  }
  return fromCategories('CookieConsent', flags, true, timeOf(json.lastConsentTimestamp) ?? timeOf(json.consentTimestamp));
};

export const decodeOsanoCookieConsent: RecordDecoder = (stored) => {
  const status = stored.cookie('cookieconsent_status');
  if (status !== 'allow' && status !== 'deny' && status !== 'dismiss') return null;
  const record: CmpRecord = {
    cmp: 'Osano Cookie Consent',
    says: status === 'allow' ? 'accept-all' : status === 'deny' ? 'reject-all' : 'no-choice',
    granted: status === 'allow' ? ['marketing'] : [],
    denied: status === 'deny' ? ['marketing'] : [],
  };
  return record;
};
