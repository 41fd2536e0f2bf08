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
  /** The health shield: block trackers on health pages (off until the user turns it on). */
  shield: boolean;
  /** Sites where the user let trackers through ("the page looks broken?"), registrable domains. */
  shieldExceptions: string[];
}

/** Enough exceptions for anyone; a longer stored list is cut. */
export const MAX_SHIELD_EXCEPTIONS = 500;

export const DEFAULT_SETTINGS: Settings = { notifications: true, retentionDays: 30, language: 'auto', shield: false, shieldExceptions: [] };

export async function readSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Settings> | undefined;
  const settings = { ...DEFAULT_SETTINGS };
  if (stored && typeof stored === 'object') {
    if (typeof stored.notifications === 'boolean') settings.notifications = stored.notifications;
    if (typeof stored.retentionDays === 'number' && stored.retentionDays >= 1 && stored.retentionDays <= 3650) {
      settings.retentionDays = Math.round(stored.retentionDays);
    }
    if (stored.language === 'nl' || stored.language === 'en' || stored.language === 'auto') settings.language = stored.language;
    if (typeof stored.shield === 'boolean') settings.shield = stored.shield;
    if (Array.isArray(stored.shieldExceptions)) {
      settings.shieldExceptions = stored.shieldExceptions
        .filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 253)
        .slice(0, MAX_SHIELD_EXCEPTIONS);
    }
  }
  return settings;
}

/** Changes some settings, keeping the rest as stored (the shield switch and its exceptions). */
export async function changeSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await readSettings();
  const stored = ((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] ?? {}) as Record<string, unknown>;
  const next = { ...current, ...change(current) };
  await browser.storage.local.set({ [SETTINGS_KEY]: { ...stored, ...next } });
  return next;
}
