// The IAB TCF v2 cookie `euconsent-v2`: the TC string itself (written by many CMPs on
// the site's own domain). Purposes 1 (storage) and 2-4, 7 (ads) → marketing; 8-9
// (measurement) → analytics; `lastUpdated` is the CMP's time of the choice (TCF 2.2
// rounds it to the day).
import { choiceFromPurposes, decodeTcString } from '../tcf';
import type { CmpRecord, ConsentCategory, RecordDecoder } from './record';

const MARKETING = [2, 3, 4, 7];
const ANALYTICS = [8, 9];

export const decodeTcfCookie: RecordDecoder = (stored) => {
  const raw = stored.cookie('euconsent-v2');
  if (!raw) return null;
  const decoded = decodeTcString(raw.trim());
  if (!decoded) return null;
  const has = (ids: number[]) => ids.some((p) => decoded.purposesConsented.includes(p));
  const granted: ConsentCategory[] = [];
  const denied: ConsentCategory[] = [];
  (has(MARKETING) ? granted : denied).push('marketing');
  (has(ANALYTICS) ? granted : denied).push('analytics');
  const record: CmpRecord = { cmp: 'IAB TCF', says: choiceFromPurposes(decoded.purposesConsented), granted, denied };
  if (decoded.lastUpdated) record.claimedAt = decoded.lastUpdated;
  return record;
};
