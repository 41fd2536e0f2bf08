// Osano (commercial CMP): localStorage `osano_consentmanager`, JSON (sometimes base64)
// of category → ACCEPT / DENY: {"ESSENTIAL":"ACCEPT","STORAGE":"ACCEPT","MARKETING":"DENY","PERSONALIZATION":"DENY","ANALYTICS":"DENY","OPT_OUT":"DENY"}.
import { fromCategories, isRecord, parseJsonValue, type ConsentCategory, type RecordDecoder } from './record';

const KEYS: Record<string, ConsentCategory> = { ESSENTIAL: 'necessary', PERSONALIZATION: 'preferences', ANALYTICS: 'analytics', MARKETING: 'marketing' };

function readJson(raw: string | undefined): unknown {
  const json = parseJsonValue(raw);
  if (json !== undefined || !raw) return json;
  try {
    return JSON.parse(atob(raw));
  } catch {
    return undefined;
  }
}

export const decodeOsano: RecordDecoder = (stored) => {
  const json = readJson(stored.local('osano_consentmanager') ?? stored.cookie('osano_consentmanager'));
  if (!isRecord(json)) return null;
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  for (const [key, category] of Object.entries(KEYS)) {
    if (json[key] === 'ACCEPT' || json[key] === 'DENY') flags[category] = json[key] === 'ACCEPT';
  }
  if (Object.keys(flags).length === 0) return null;
  return fromCategories('Osano', flags, true);
};
