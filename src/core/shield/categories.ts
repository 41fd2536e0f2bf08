// Which recipients the health shield stops, by the Ghostery tracker database's own
// categories (the same database that names every recipient Pixelwacht records).
// Blocked: companies that profile or follow the visitor. Never blocked: what a page
// needs to work or to ask for consent — CDNs and hosting (fonts live there),
// utilities (payment, maps, captcha, tag loaders), consent platforms, players, and
// the database's catch-all 'misc', which holds essential services as well.

/** Database categories whose companies the shield stops on health pages. */
export const BLOCKED_CATEGORIES = [
  'advertising',
  'pornvertising',
  'site_analytics',
  'social_media',
  // Session recording and chat/personalisation widgets: the database files both here.
  'customer_interaction',
] as const;

/** Categories the shield never touches, named so a test can hold the line. */
export const KEPT_CATEGORIES = ['hosting', 'utilities', 'consent', 'audio_video_player', 'misc', 'extensions'] as const;

const BLOCKED: ReadonlySet<string> = new Set(BLOCKED_CATEGORIES);

export function isBlockedCategory(category: string): boolean {
  return BLOCKED.has(category);
}
