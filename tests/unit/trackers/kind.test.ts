import { describe, expect, test } from 'vitest';
import type { TrackerInfo } from '../../../src/core/model';
import { kindOf } from '../../../src/core/trackers/kind';

const tracker = (key: string, category: string): TrackerInfo => ({
  key, name: key, companyKey: 'c', company: 'C', category, country: null, website: null, privacyPolicy: null,
});

describe('kindOf', () => {
  test.each([
    [tracker('google_analytics', 'site_analytics'), null, 'analytics'],
    [tracker('facebook_custom_audience', 'advertising'), 'pixel', 'pixel'],
    [tracker('doubleclick', 'advertising'), null, 'advertising'],
    [tracker('facebook_social_plugins', 'social_media'), null, 'social-plugin'],
    [tracker('hotjar', 'site_analytics'), null, 'session-replay'],
    [tracker('google_tag_manager', 'utilities'), null, 'tag-manager'],
    [tracker('google_fonts', 'hosting'), null, 'other'],
    [null, null, null],
  ] as const)('%o with decoder kind %s → %s', (t, decoderKind, expected) => {
    expect(kindOf(t, decoderKind)).toBe(expected);
  });
});
