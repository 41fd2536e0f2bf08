// The names people know. The tracker database names the legal owner ("ByteDance
// Inc", "Microsoft" for LinkedIn's pixel); a person recognises the product
// ("TikTok", "LinkedIn"). One table, used by every view of the extension, so the
// popup, the dashboard, the badge and the notification call a company the same.
import type { TrackerInfo } from '../model';

/** Trackers whose brand is not their owner's (LinkedIn is Microsoft's, but its own controller). */
const BY_TRACKER: readonly [RegExp, string][] = [[/^linkedin/, 'LinkedIn']];

/** Brands by the tracker database's organisation key. */
const BY_COMPANY: Readonly<Record<string, string>> = {
  facebook: 'Meta (Facebook, Instagram)',
  bytedance_inc: 'TikTok',
  google: 'Google',
  microsoft: 'Microsoft',
  twitter: 'X (Twitter)',
  snap_technologies: 'Snapchat',
  reddit: 'Reddit',
  pinterest: 'Pinterest',
  amazon_associates: 'Amazon',
};

/** Short brand for running text where the long one would repeat ("Meta and 3 others"). */
const SHORT: Readonly<Record<string, string>> = { 'Meta (Facebook, Instagram)': 'Meta', 'X (Twitter)': 'X' };

export function displayBrand(tracker: Pick<TrackerInfo, 'key' | 'companyKey' | 'company'>): string {
  for (const [pattern, brand] of BY_TRACKER) if (pattern.test(tracker.key)) return brand;
  return BY_COMPANY[tracker.companyKey] ?? tracker.company;
}

export function shortBrand(brand: string): string {
  return SHORT[brand] ?? brand;
}
