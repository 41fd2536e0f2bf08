// A tracker's kind for people ("pixel", "social plug-in"), derived from what the
// decoder recognised when it did, otherwise from the tracker database category.
import type { TrackerInfo, TrackerKind } from '../model';

// Database patterns that record sessions (the page content itself) rather than counting visits.
const SESSION_REPLAY_KEYS = new Set([
  'hotjar',
  'microsoft_clarity',
  'mouseflow',
  'fullstory',
  'smartlook',
  'logrocket',
  'lucky_orange',
  'inspectlet',
  'contentsquare',
  'quantum_metric',
  'yandex_metrika',
]);

const CATEGORY_KIND: Record<string, TrackerKind> = {
  advertising: 'advertising',
  pornvertising: 'advertising',
  site_analytics: 'analytics',
  social_media: 'social-plugin',
};

export function kindOf(tracker: TrackerInfo | null, decoderKind: TrackerKind | null): TrackerKind | null {
  if (decoderKind) return decoderKind;
  if (!tracker) return null;
  if (SESSION_REPLAY_KEYS.has(tracker.key)) return 'session-replay';
  if (tracker.key.includes('tag_manager')) return 'tag-manager';
  return CATEGORY_KIND[tracker.category] ?? 'other';
}
