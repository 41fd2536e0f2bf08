// tarteaucitron.js: cookie `tarteaucitron`, `!service=true|false|wait` per service
// (`!gtag=true!facebookpixel=false!youtube=wait`); `wait` is not yet answered.
import type { CmpRecord, RecordDecoder, RecordSays } from './record';

export const decodeTarteaucitron: RecordDecoder = (stored) => {
  const raw = stored.cookie('tarteaucitron');
  if (!raw || raw.length > 8192) return null;
  const values = raw
    .split('!')
    .slice(0, 200)
    .map((pair) => pair.split('=')[1])
    .filter((v): v is string => v === 'true' || v === 'false' || v === 'wait');
  if (values.length === 0) return null;
  const answered = values.filter((v) => v !== 'wait');
  const on = answered.filter((v) => v === 'true').length;
  const says: RecordSays = answered.length === 0 ? 'no-choice' : on === values.length ? 'accept-all' : on === 0 ? 'reject-all' : 'save-custom';
  const record: CmpRecord = { cmp: 'tarteaucitron', says, granted: on > 0 ? ['marketing'] : [], denied: on < answered.length ? ['marketing'] : [] };
  return record;
};
