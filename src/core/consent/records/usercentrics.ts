// Usercentrics. Browser SDK v2: localStorage `uc_settings`, JSON with one entry per
// service: {"services":[{"id":"…","status":true,"history":[{"action":"onAcceptAllServices","status":true,"timestamp":1733…,"type":"explicit"}]}]}.
// The last history action says what happened (onAcceptAllServices, onDenyAllServices,
// onUpdateServices; onInitialPageLoad is no choice). v3 (`ucData`): {"consent":{"type":"EXPLICIT"|"IMPLICIT","services":{"id":{"name":"…","consent":true}}}}.
import { isRecord, parseJsonValue, type CmpRecord, type RecordDecoder, type RecordSays } from './record';

const ACTIONS: Record<string, RecordSays> = {
  onAcceptAllServices: 'accept-all',
  onDenyAllServices: 'reject-all',
  onEssentialChange: 'save-custom',
  onUpdateServices: 'save-custom',
  onInitialPageLoad: 'no-choice',
  onNonEURegion: 'no-choice',
};

function fromServices(statuses: boolean[], says: RecordSays, claimedAt?: number): CmpRecord {
  const any = statuses.some((s) => s);
  const all = statuses.length > 0 && statuses.every((s) => s);
  const record: CmpRecord = {
    cmp: 'Usercentrics',
    says,
    // Essential services are always on, so "some on" is not marketing; only "all on" is.
    granted: all ? ['necessary', 'marketing'] : any ? ['necessary'] : [],
    denied: all ? [] : ['marketing'],
  };
  if (claimedAt) record.claimedAt = claimedAt;
  return record;
}

export const decodeUsercentrics: RecordDecoder = (stored) => {
  const v2 = parseJsonValue(stored.local('uc_settings'));
  if (isRecord(v2) && Array.isArray(v2.services)) {
    let latest: { action: string; timestamp: number } | null = null;
    const statuses: boolean[] = [];
    for (const service of v2.services.slice(0, 300)) {
      if (!isRecord(service)) continue;
      if (typeof service.status === 'boolean') statuses.push(service.status);
      for (const h of Array.isArray(service.history) ? service.history.slice(-20) : []) {
        if (isRecord(h) && typeof h.action === 'string' && typeof h.timestamp === 'number' && (!latest || h.timestamp >= latest.timestamp)) {
          latest = { action: h.action, timestamp: h.timestamp };
        }
      }
    }
    if (statuses.length === 0) return null;
    const says = latest ? (ACTIONS[latest.action] ?? 'save-custom') : 'no-choice';
    return fromServices(statuses, says, says === 'no-choice' ? undefined : latest?.timestamp);
  }
  const v3 = parseJsonValue(stored.local('ucData'));
  if (isRecord(v3) && isRecord(v3.consent) && isRecord(v3.consent.services)) {
    const statuses = Object.values(v3.consent.services)
      .slice(0, 300)
      .flatMap((s) => (isRecord(s) && typeof s.consent === 'boolean' ? [s.consent] : []));
    if (statuses.length === 0) return null;
    const explicit = String(v3.consent.type).toUpperCase() === 'EXPLICIT';
    const all = statuses.every((s) => s);
    const none = statuses.every((s) => !s);
    return fromServices(statuses, !explicit ? 'no-choice' : all ? 'accept-all' : none ? 'reject-all' : 'save-custom');
  }
  return null;
};
