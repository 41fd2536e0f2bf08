// Universal Analytics (switched off by Google in 2023-2024 but still found on
// old sites) and the even older urchin `__utm.gif`. Same hit format as GA4.
import type { Decoder } from './decoder';
import { decodeMeasurement } from './google-measurement';

const PATHS = new Set(['/collect', '/r/collect', '/j/collect', '/batch', '/__utm.gif']);

export const universalAnalytics: Decoder = {
  id: 'universal-analytics',
  name: 'Google Universal Analytics',
  company: 'Google',
  kind: 'analytics',
  hosts: ['*.google-analytics.com', 'analytics.google.com', 'www.analytics.google.com', 'stats.g.doubleclick.net'],
  tcfVendorId: 755,
  match(view) {
    const path = view.path.length > 1 && view.path.endsWith('/') ? view.path.slice(0, -1) : view.path;
    return PATHS.has(path);
  },
  decode(view) {
    return decodeMeasurement(view, 'universal-analytics', 755);
  },
};
