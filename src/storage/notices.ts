// Things the user should know about their stored data: a part that could not be
// read (corrupted, or from an unknown version) was reset. Shown in the popup and
// dashboard; capped.
import type { StorageArea } from './storage-area';

export const NOTICES_KEY = 'notices:v1';
const MAX_NOTICES = 20;

export interface StorageNotice {
  at: number;
  /** Which part was reset: `history`, `tab`, `settings`, ... */
  part: string;
  /** The storage key concerned. */
  key: string;
}

export async function addNotice(area: StorageArea, notice: StorageNotice): Promise<void> {
  const stored = (await area.get(NOTICES_KEY))[NOTICES_KEY];
  const list = Array.isArray(stored) ? (stored as StorageNotice[]) : [];
  list.push(notice);
  await area.set({ [NOTICES_KEY]: list.slice(-MAX_NOTICES) });
}

export async function readNotices(area: StorageArea): Promise<StorageNotice[]> {
  const stored = (await area.get(NOTICES_KEY))[NOTICES_KEY];
  return Array.isArray(stored) ? (stored as StorageNotice[]).filter((n) => n && typeof n.part === 'string') : [];
}
