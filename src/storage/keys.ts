// Every storage key Pixelwacht uses, declared once, each with its schema version.
// storage.session (memory only, trusted contexts only): per-tab state.
// storage.local (disk): history per site, and settings.

export const TAB_KEY_PREFIX = 'tab:v1:';
export const SITE_KEY_PREFIX = 'site:v1:';

export const tabKey = (tabId: number): string => `${TAB_KEY_PREFIX}${tabId}`;
export const siteKey = (site: string): string => `${SITE_KEY_PREFIX}${site}`;

export function tabIdFromKey(key: string): number | null {
  if (!key.startsWith(TAB_KEY_PREFIX)) return null;
  const id = Number(key.slice(TAB_KEY_PREFIX.length));
  return Number.isInteger(id) ? id : null;
}
