// Things the user should know about their stored data: a part that could not be
// read (corrupted, or from an unknown version) was reset, or something could
// not be kept (storage full). Shown in the popup; capped.
import * as v from 'valibot';
import { NOTICES_KEY } from './keys';
import { noticeSchema, noticesSchema } from './schemas';
import { serially } from './serial';
import type { StorageArea } from './storage-area';

const MAX_NOTICES = 20;

export type NoticeKind = 'reset' | 'not-kept';

export interface StorageNotice {
  at: number;
  /** Which part: `history`, `tab`, `settings`, ... */
  part: string;
  /** The storage key concerned. */
  key: string;
  /** `reset` (the default): unreadable data was reset. `not-kept`: storage refused a write, data was lost or cut. */
  kind?: NoticeKind;
}

const parse = (stored: unknown): StorageNotice[] =>
  v.is(noticesSchema, stored) ? stored.filter((n): n is StorageNotice => v.is(noticeSchema, n)) : [];

export function addNotice(area: StorageArea, notice: StorageNotice): Promise<void> {
  return serially(async () => {
    const list = parse((await area.get(NOTICES_KEY))[NOTICES_KEY]);
    list.push(notice);
    await area.set({ [NOTICES_KEY]: list.slice(-MAX_NOTICES) });
  });
}

export async function readNotices(area: StorageArea): Promise<StorageNotice[]> {
  return parse((await area.get(NOTICES_KEY))[NOTICES_KEY]);
}
