// User settings, with defaults; stored in storage.local under one versioned key.
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from './keys';

export { SETTINGS_KEY };

export interface Settings {
  /** A browser notification when a health page is disclosed, at most once per site per day. */
  notifications: boolean;
  /** Days history is kept. */
  retentionDays: number;
}

export const DEFAULT_SETTINGS: Settings = { notifications: true, retentionDays: 30 };

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  const settings = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    if (typeof stored.notifications === 'boolean') settings.notifications = stored.notifications;
    if (typeof stored.retentionDays === 'number' && stored.retentionDays >= 1 && stored.retentionDays <= 3650) {
      settings.retentionDays = Math.round(stored.retentionDays);
    }
  }
  return settings;
}
