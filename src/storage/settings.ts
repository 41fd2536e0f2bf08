// User settings, with defaults; stored in storage.local under one versioned key.
import browser from 'webextension-polyfill';
import { SETTINGS_KEY } from './keys';

export { SETTINGS_KEY };

/** The interface language: the browser's, or one the user chose. */
export type LanguageSetting = 'auto' | 'nl' | 'en';

export interface Settings {
  /** A browser notification when a health page is disclosed, at most once per site per day. */
  notifications: boolean;
  /** Days history is kept. */
  retentionDays: number;
  /** Language of every extension page (the letters keep their own choice). */
  language: LanguageSetting;
}

export const DEFAULT_SETTINGS: Settings = { notifications: true, retentionDays: 30, language: 'auto' };

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  const settings = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    if (typeof stored.notifications === 'boolean') settings.notifications = stored.notifications;
    if (typeof stored.retentionDays === 'number' && stored.retentionDays >= 1 && stored.retentionDays <= 3650) {
      settings.retentionDays = Math.round(stored.retentionDays);
    }
    if (stored.language === 'nl' || stored.language === 'en' || stored.language === 'auto') settings.language = stored.language;
  }
  return settings;
}
