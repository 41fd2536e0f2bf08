// Google Analytics 4: `/g/collect`, GET or POST with one event per body line.
// Also recognised on first-party and server-side tagging hosts by its shape.
import type { Decoder } from './decoder';
import { decodeMeasurement, measurementId } from './google-measurement';
import type { RequestView } from './request-view';

const GA4_ID = /^G-[A-Z0-9][A-Z0-9-]{3,19}$/i;
const LEGACY_PATHS = new Set(['/collect', '/collect/', '/r/collect', '/j/collect']);
// Google Advertising Products in the IAB Global Vendor List.
const GOOGLE_TCF_ID = 755;

function isGCollect(path: string): boolean {
  return path.endsWith('/g/collect') || path.endsWith('/g/collect/');
}

export const ga4: Decoder = {
  id: 'ga4',
  name: 'Google Analytics 4',
  company: 'Google',
  kind: 'analytics',
  hosts: ['*.google-analytics.com', 'analytics.google.com', 'www.analytics.google.com', 'stats.g.doubleclick.net'],
  pathTails: ['collect'],
  foreignHostIsDisguise: true,
  tcfVendorId: GOOGLE_TCF_ID,
  match(view) {
    if (isGCollect(view.path)) return true;
    // gtag.js can send GA4 hits to the old endpoints; the G- id tells them apart from Universal Analytics.
    return LEGACY_PATHS.has(view.path) && GA4_ID.test(measurementId(view) ?? '');
  },
  matchShape(view: RequestView) {
    if (!isGCollect(view.path)) return false;
    const q = view.queryParams();
    if (!GA4_ID.test(q.get('tid') ?? '')) return false;
    // Measurement protocol v2 with an event name, or the older hit shape (`t=` type and `dl=` page).
    if (q.get('v') === '2') return q.has('en') || (view.body !== null && /(?:^|[&\n])en=/.test(view.body.slice(0, 4096)));
    return q.get('v') === '1' && q.has('t') && q.has('dl');
  },
  matchAnyHost(view: RequestView) {
    // Google tag gateway (first-party mode) serves the tag under any path prefix
    // (`/pntd/ag/g/c`): recognised by the measurement-protocol parameters alone —
    // v=2, a G- measurement id, the tag's `gtm` build hash and an event name.
    const raw = view.query;
    if (!raw.includes('tid=G-') || !raw.includes('gtm=')) return false;
    const q = view.queryParams();
    if (q.get('v') !== '2' || !GA4_ID.test(q.get('tid') ?? '') || !q.has('gtm')) return false;
    return q.has('en') || (view.body !== null && /(?:^|[&\n])en=/.test(view.body.slice(0, 4096)));
  },
  decode(view) {
    return decodeMeasurement(view, 'ga4', GOOGLE_TCF_ID);
  },
};
