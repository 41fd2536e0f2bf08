// Didomi: cookie `didomi_token`, base64 (or base64url) of JSON:
// {"user_id":"…","created":"…","updated":"…","purposes":{"enabled":["cookies",…],"disabled":[…]},"vendors":{…},"version":2}
// Didomi's purpose ids are per site, so the verdict comes from enabled vs disabled lists.
import { isRecord, MAX_STORED_VALUE, safeDecode, timeOf, type CmpRecord, type RecordDecoder } from './record';

function base64Json(raw: string): unknown {
  try {
    const b64 = raw.replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)));
  } catch {
    return undefined;
  }
}

const listOf = (x: unknown): string[] => (Array.isArray(x) ? x.filter((v): v is string => typeof v === 'string').slice(0, 200) : []);

export const decodeDidomi: RecordDecoder = (stored) => {
  const raw = stored.cookie('didomi_token');
  if (!raw || raw.length > MAX_STORED_VALUE) return null;
  const json = base64Json(safeDecode(raw) ?? raw);
  if (!isRecord(json) || !isRecord(json.purposes)) return null;
  const enabled = listOf(json.purposes.enabled);
  const disabled = listOf(json.purposes.disabled);
  const says = enabled.length === 0 && disabled.length === 0 ? 'no-choice' : disabled.length === 0 ? 'accept-all' : enabled.length === 0 ? 'reject-all' : 'save-custom';
  // Didomi's "cookies" purpose is storage on the device; the rest are advertising and measurement.
  const marketing = enabled.some((p) => p !== 'cookies') ? true : disabled.some((p) => p !== 'cookies') ? false : undefined;
  const record: CmpRecord = { cmp: 'Didomi', says, granted: marketing ? ['marketing'] : [], denied: marketing === false ? ['marketing'] : [] };
  const at = timeOf(json.updated) ?? timeOf(json.created);
  if (at) record.claimedAt = at;
  return record;
};
