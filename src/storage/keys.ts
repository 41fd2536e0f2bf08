// Every storage key Pixelwacht uses, declared once, each with its schema version.
// storage.session (memory only, trusted contexts only): per-page tab state, in
//   a small head per page and its requests in chunks under keys of their own.
// storage.local (disk): history (one key per visit, a small summary per site, an
//   index of sites), settings, per-site facts, letters, notices.

// --- storage.session ---
/** Tab records of the first layout (one whole record per tab); read once at restore, then removed. */
export const LEGACY_TAB_KEY_PREFIX = 'tab:v1:';
/** A live page's record without its requests: `page:v2:<visitId>`. */
export const PAGE_KEY_PREFIX = 'page:v2:';
/** Separates a page key from the number of one of its request chunks. */
export const CHUNK_SEPARATOR = '#';
/** Separates a page key from the position of one of its trackers, whose kept disclosures it holds. */
export const DISCLOSURES_SEPARATOR = '@';

export const pageKey = (visitId: string): string => `${PAGE_KEY_PREFIX}${visitId}`;
export const chunkKey = (visitId: string, chunk: number): string => `${PAGE_KEY_PREFIX}${visitId}${CHUNK_SEPARATOR}${chunk}`;
/** The disclosures of the page's tracker at `position` (the order of the head's `trackers`): `page:v2:<visitId>@<n>`. */
export const disclosuresKey = (visitId: string, position: number): string =>
  `${PAGE_KEY_PREFIX}${visitId}${DISCLOSURES_SEPARATOR}${position}`;

/** The visit id of a page head key; null for chunk and disclosure keys and other keys. */
export function visitIdFromPageKey(key: string): string | null {
  if (!key.startsWith(PAGE_KEY_PREFIX)) return null;
  const rest = key.slice(PAGE_KEY_PREFIX.length);
  return rest.includes(CHUNK_SEPARATOR) || rest.includes(DISCLOSURES_SEPARATOR) || rest === '' ? null : rest;
}

export function legacyTabIdFromKey(key: string): number | null {
  if (!key.startsWith(LEGACY_TAB_KEY_PREFIX)) return null;
  const id = Number(key.slice(LEGACY_TAB_KEY_PREFIX.length));
  return Number.isInteger(id) ? id : null;
}

// --- storage.local: history ---
/** Site histories of the first layout (one growing record per site); migrated at start. */
export const LEGACY_SITE_KEY_PREFIX = 'site:v1:';
export const LEGACY_HISTORY_INDEX_KEY = 'history-index:v1';
/** One visit, written when its page settles: `visit:v2:<site> <visitId>` (the site keeps two sites' visit ids apart). */
export const VISIT_KEY_PREFIX = 'visit:v2:';
/** A site's small summary (its visits' ids, times and facts): `site:v2:<site>`. */
export const SITE_SUMMARY_KEY_PREFIX = 'site:v2:';
/** Sites with their oldest and newest visit, for expiry, the cap on sites and reading newest first. */
export const HISTORY_INDEX_KEY = 'history-index:v2';

export const visitKey = (site: string, visitId: string): string => `${VISIT_KEY_PREFIX}${site} ${visitId}`;
export const siteSummaryKey = (site: string): string => `${SITE_SUMMARY_KEY_PREFIX}${site}`;
export const legacySiteKey = (site: string): string => `${LEGACY_SITE_KEY_PREFIX}${site}`;

// --- storage.local: everything else ---
export const SETTINGS_KEY = 'settings:v1';
export const NOTICES_KEY = 'notices:v1';
export const CHOICES_KEY = 'choices:v1';
export const OVERRIDES_KEY = 'overrides:v1';
export const NOTIFIED_KEY = 'notified:v1';
export const PAUSED_KEY = 'paused:v1';
export const LETTERS_KEY = 'letters:v1';
export const SENDER_KEY = 'sender:v1';
