// Saving the user's settings from the dashboard (reading and defaults live in
// storage/settings.ts, which the background uses too).
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, type Settings } from '../storage/settings';

export const RETENTION_MIN = 1;
export const RETENTION_MAX = 3650;

export function validRetention(days: number): boolean {
  return Number.isInteger(days) && days >= RETENTION_MIN && days <= RETENTION_MAX;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
