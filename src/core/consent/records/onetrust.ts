// OneTrust: cookie `OptanonConsent`, a query string whose `groups` lists each category
// as `C000n:1|0` (C0001 strictly necessary, C0002 performance, C0003 functional,
// C0004 targeting, C0005 social media); `interactionCount` > 0 or the cookie
// `OptanonAlertBoxClosed` (ISO date of the choice) means a choice was made — before
// that the cookie holds the site's defaults.
import { fromCategories, MAX_STORED_VALUE, timeOf, type ConsentCategory, type RecordDecoder } from './record';

const GROUPS: Record<string, ConsentCategory> = { C0001: 'necessary', C0002: 'analytics', C0003: 'preferences', C0004: 'marketing', C0005: 'marketing' };

export const decodeOneTrust: RecordDecoder = (stored) => {
  const raw = stored.cookie('OptanonConsent');
  if (!raw || raw.length > MAX_STORED_VALUE) return null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return null;
  }
  const groups = params.get('groups');
  if (groups === null) return null;
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  for (const entry of groups.split(',').slice(0, 40)) {
    const [id, value] = entry.split(':');
    const category = id ? GROUPS[id] : undefined;
    if (!category || (value !== '0' && value !== '1')) continue;
    // Two groups share "marketing": one refused is enough for it to be refused.
    flags[category] = (flags[category] ?? true) && value === '1';
  }
  const closed = stored.cookie('OptanonAlertBoxClosed');
  const decided = !!closed || Number(params.get('interactionCount') ?? '0') > 0;
  return fromCategories('OneTrust', flags, decided, timeOf(closed) ?? undefined);
};
