// What the demo site's pages send, as the tests expect Pixelwacht to report it.
// Company names are the tracker database's (LinkedIn belongs to Microsoft there).
export const IVF_PATH = '/vergoedingen/ivf.html';
export const CAR_PATH = '/verzekeringen/autoverzekering.html';
export const HOSTILE_PATH = '/hostile.html';

export const IVF_COMPANIES = ['Meta', 'Google', 'Microsoft', 'ByteDance Inc'];
export const IVF_TRACKERS = {
  facebook_custom_audience: { company: 'Meta', types: ['image', 'ping', 'beacon'] },
  facebook_social_plugins: { company: 'Meta', types: ['sub_frame'] },
  google_analytics: { company: 'Google', types: ['ping', 'beacon'] },
  linkedin_ads: { company: 'Microsoft', types: ['image'] },
  tiktok_analytics: { company: 'ByteDance Inc', types: ['xmlhttprequest'] },
} as const;

export const CAR_COMPANIES = ['Meta', 'Google'];

export interface StoredPage {
  url: string;
  site: string;
  trackers: Record<string, { tracker: { company: string; name: string }; kind: string; requestCount: number }>;
  requests: { url: string; type: string; method: string; body: string | null; trackerKey: string }[];
  health: { verdict: { health: boolean; categories: string[] } | null; override: unknown } | null;
  consent: { navigationStart: number; events: { type: string; t: number }[] } | null;
}
