import { beforeAll, describe, expect, test } from 'vitest';
import { loadTrackerDbFromPackage } from '../../../src/cli/load-tracker-db';
import type { TrackerIdentifier } from '../../../src/core/trackers/tracker-db';

let db: TrackerIdentifier;
beforeAll(async () => {
  db = await loadTrackerDbFromPackage();
});

describe('tracker identification with the Ghostery tracker database', () => {
  test.each([
    ['https://www.facebook.com/tr/?id=1&ev=PageView', 'image', 'Meta', 'advertising'],
    ['https://www.facebook.com/plugins/like.php?href=x', 'sub_frame', 'Meta', 'social_media'],
    ['https://region1.google-analytics.com/g/collect?v=2', 'ping', 'Google', 'site_analytics'],
    ['https://px.ads.linkedin.com/collect?pid=1', 'image', 'Microsoft', 'advertising'],
    ['https://analytics.tiktok.com/api/v2/pixel', 'xmlhttprequest', 'ByteDance Inc', 'site_analytics'],
    ['https://bat.bing.com/action/0?ti=1', 'image', 'Microsoft', 'advertising'],
    ['https://www.clarity.ms/tag/abc', 'script', 'Microsoft', 'site_analytics'],
  ] as const)('%s → %s (%s)', (url, type, company, category) => {
    const match = db.identify(url, type, 'https://www.example.nl/');
    expect(match?.company).toBe(company);
    expect(match?.category).toBe(category);
  });

  test('the most specific pattern wins over the domain-wide one', () => {
    expect(db.identify('https://www.facebook.com/tr/?id=1', 'image', 'https://a.nl/')?.key).toBe('facebook_custom_audience');
  });

  test('ordinary and hostile URLs are not trackers and do not throw', () => {
    for (const url of ['https://www.example.org/logo.png', 'not a url', 'https://', 'javascript:alert(1)', 'https://x.nl/' + 'a'.repeat(100_000)]) {
      expect(db.identify(url, 'image', 'https://a.nl/')).toBeNull();
    }
  });

  test('records the database version', () => {
    expect(db.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
