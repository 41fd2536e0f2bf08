// Klaro: cookie (or localStorage) `klaro`, URL-encoded JSON of service → boolean:
// {"google-analytics":true,"matomo":false}. Klaro writes it when the visitor answers.
import { isRecord, parseJsonValue, type CmpRecord, type RecordDecoder } from './record';

export const decodeKlaro: RecordDecoder = (stored) => {
  const json = parseJsonValue(stored.cookie('klaro') ?? stored.local('klaro'));
  if (!isRecord(json)) return null;
  const values = Object.values(json).slice(0, 200).filter((v): v is boolean => typeof v === 'boolean');
  if (values.length === 0) return null;
  const on = values.filter(Boolean).length;
  const says = on === values.length ? 'accept-all' : on === 0 ? 'reject-all' : 'save-custom';
  const record: CmpRecord = { cmp: 'Klaro', says, granted: on > 0 ? ['marketing'] : [], denied: on < values.length ? ['marketing'] : [] };
  return record;
};
