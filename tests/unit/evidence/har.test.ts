import { describe, expect, test } from 'vitest';
import { toHar } from '../../../src/core/evidence/har';
import { ALL, loadRecord } from '../../fixtures/records/load';

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/;

describe('HAR export', () => {
  const visits = ALL.map(loadRecord);
  const har = toHar(visits, { pixelwachtVersion: '0.1.0', browser: { name: 'Firefox', version: '140.0' }, timezoneOffsetMinutes: 60 });

  test('is a structurally valid HAR 1.2 log', () => {
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toMatchObject({ name: 'Pixelwacht', version: '0.1.0' });
    expect(har.log.pages.map((p) => p.id)).toEqual(visits.map((v) => v.visitId));
    expect(har.log.entries).toHaveLength(visits.reduce((n, v) => n + v.requests.length, 0));
    for (const entry of har.log.entries) {
      expect(entry.startedDateTime).toMatch(ISO);
      expect(har.log.pages.some((p) => p.id === entry.pageref)).toBe(true);
      expect(typeof entry.request.method).toBe('string');
      expect(entry.request.url).toMatch(/^https:\/\//);
      expect(Array.isArray(entry.request.headers)).toBe(true);
      expect(Array.isArray(entry.request.queryString)).toBe(true);
      expect(Array.isArray(entry.request.cookies)).toBe(true);
      expect(entry.response.status).toBe(0);
      expect(entry.comment).toContain('recorded by Pixelwacht');
      expect(entry.timings.send).toBeGreaterThanOrEqual(0);
    }
  });

  test('query strings are decoded; only Referer among headers; cookie names in a comment, never values', () => {
    const pixel = har.log.entries[0]!;
    expect(pixel.request.queryString).toContainEqual({ name: 'ev', value: 'PageView' });
    expect(pixel.request.headers.map((h) => h.name)).toEqual(['Referer']);
    expect(pixel.request.comment).toContain('cookie names sent (values not recorded): datr, sb, c_user, xs, fr');
  });

  test('bodies become postData', () => {
    const record = loadRecord('car-insurance');
    record.requests[0]!.body = 'en=page_view&dl=x';
    const entry = toHar([record], { pixelwachtVersion: '0.1.0', timezoneOffsetMinutes: 60 }).log.entries[0]!;
    expect(entry.request.postData).toMatchObject({ mimeType: 'application/x-www-form-urlencoded', text: 'en=page_view&dl=x' });
    expect(entry.request.bodySize).toBe(17);
  });
});
