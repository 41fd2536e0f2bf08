// Borlabs Cookie (WordPress): cookie `borlabs-cookie`, URL-encoded JSON whose `consents`
// maps each accepted group to its services: {"consents":{"essential":["borlabs-cookie"],"statistics":["google-analytics"]},"expires":"…","uid":"…","version":"1"}.
// A group missing from `consents` was not accepted.
import { fromCategories, isRecord, parseJsonValue, type ConsentCategory, type RecordDecoder } from './record';

const GROUPS: Record<string, ConsentCategory> = { essential: 'necessary', statistics: 'analytics', marketing: 'marketing', 'external-media': 'preferences' };

export const decodeBorlabs: RecordDecoder = (stored) => {
  const json = parseJsonValue(stored.cookie('borlabs-cookie'));
  if (!isRecord(json) || !isRecord(json.consents)) return null;
  const flags: Partial<Record<ConsentCategory, boolean>> = {};
  for (const [group, category] of Object.entries(GROUPS)) flags[category] = group in json.consents;
  return fromCategories('Borlabs Cookie', flags, true);
};
