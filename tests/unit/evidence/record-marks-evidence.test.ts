// The evidence file and the readable report say what the popup and the dashboard
// show beside a record: how the page record began, why it may be incomplete, who
// saw a request when not the browser's request log, and which request carried what.
import { describe, expect, test } from 'vitest';
import { buildEvidenceBundle } from '../../../src/core/evidence/build-bundle';
import { renderReport } from '../../../src/core/evidence/report';
import { EVIDENCE_SCHEMA_VERSION } from '../../../src/core/evidence/types';
import type { PageRecord } from '../../../src/core/records/page-record';
import { GENERATED_AT, bundleOf, loadRecord } from '../../fixtures/records/load';

const DIGEST = 'a'.repeat(64);

function marked(): PageRecord {
  const record = loadRecord('ivf-health-insurer');
  const pixel = record.requests.find((r) => r.trackerKey === 'facebook_custom_audience')!;
  // A second Meta request that only the page's own Resource Timing list showed.
  record.requests.push({ ...pixel, requestId: 'timing-1', timeStamp: pixel.timeStamp + 50, body: null, source: 'page-timing' });
  record.trackers.facebook_custom_audience!.requestCount = 2;
  record.startedBy = 'already-open';
  record.gaps = ['opened-before-start', 'worker-restarted'];
  record.truncated = true;
  return record;
}

const bundle = (record: PageRecord) =>
  buildEvidenceBundle({ site: record.site, visits: [record], generatedAt: GENERATED_AT, pixelwachtVersion: '0.1.0', browser: { name: 'Chromium', version: '156' }, trackerDbVersion: '1.0.945', timezoneOffsetMinutes: 60 });

describe('evidence file', () => {
  test('a visit states how its record began, its gaps and whether it was cut; requests keep their source', () => {
    const visit = bundle(marked()).visits[0]!;
    expect(visit.startedBy).toBe('already-open');
    expect(visit.gaps).toEqual(['opened-before-start', 'worker-restarted']);
    expect(visit.truncated).toBe(true);
    expect(visit.requests.map((q) => q.recorded.source ?? null)).toContain('page-timing');
  });

  test('an ordinary visit says so explicitly: a navigation, no gaps, nothing cut (fields added, meaning unchanged: still version 2)', () => {
    const visit = bundleOf('ivf-health-insurer').visits[0]!;
    expect(visit.startedBy).toBe('navigation');
    expect(visit.gaps).toEqual([]);
    expect(visit.truncated).toBe(false);
    expect(visit.prerendered).toBeNull();
    expect(EVIDENCE_SCHEMA_VERSION).toBe(2);
  });
});

describe('readable report', () => {
  test('says why the record may be incomplete, in both languages', () => {
    const en = renderReport(bundle(marked()), { lang: 'en', digest: DIGEST });
    expect(en).toContain('This page was open before Pixelwacht was listening');
    expect(en).toContain('background was restarted during this visit');
    expect(en).toContain('too long to keep in full');
    const nl = renderReport(bundle(marked()), { lang: 'nl', digest: DIGEST });
    expect(nl).toContain('Deze pagina was al open voordat Pixelwacht luisterde');
    expect(nl).toContain('tijdens dit bezoek herstart');
    expect(renderReport(bundleOf('ivf-health-insurer'), { lang: 'en', digest: DIGEST })).not.toContain('may be incomplete');
  });

  test('says which request carried what, and marks the request the page alone saw', () => {
    const en = renderReport(bundle(marked()), { lang: 'en', digest: DIGEST });
    expect(en).toMatch(/Request 1 of 2 to Facebook Custom Audience carried: [^<]*the address of the page/);
    expect(en).toMatch(/Request 2 of 2 to Facebook Custom Audience carried: [^<]*the address of the page[^<]*— seen by the page, not by the browser’s request log/);
    const nl = renderReport(bundle(marked()), { lang: 'nl', digest: DIGEST });
    expect(nl).toMatch(/Verzoek 1 van 2 aan Facebook Custom Audience bevatte: [^<]*het adres van de pagina/);
    expect(nl).toContain('gezien door de pagina, niet door het verzoekenlogboek van de browser');
    // A tracker with one request from the request log needs no line of its own.
    expect(en).not.toContain('Request 1 of 1 to Google Analytics');
  });
});
