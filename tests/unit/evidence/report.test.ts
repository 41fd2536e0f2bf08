import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../../../src/core/evidence/escape-html';
import { renderReport } from '../../../src/core/evidence/report';
import { serialiseEvidence } from '../../../src/core/evidence/serialise';
import { buildEvidenceBundle } from '../../../src/core/evidence/build-bundle';
import { ALL, bundleOf, loadRecord } from '../../fixtures/records/load';

const DIGEST = 'a'.repeat(64);
const HOSTILE = '<img src=x onerror=alert(1)>';

describe('escapeHtml', () => {
  test.each([
    [HOSTILE, '&lt;img src=x onerror=alert(1)&gt;'],
    ['"><script>alert(1)</script>', '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ["a & b 'c'", 'a &amp; b &#39;c&#39;'],
    [null, ''],
  ])('%j', (input, out) => expect(escapeHtml(input)).toBe(out));
});

describe('readable report', () => {
  test('is a standalone document with a print stylesheet, the digest, method note and per-visit tables', () => {
    for (const lang of ['nl', 'en'] as const) {
      const html = renderReport(bundleOf(...ALL), { lang, digest: DIGEST });
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain('@media print');
      expect(html).toContain(DIGEST);
      expect(html).not.toMatch(/<script|<link|src=/i);
      expect(html.match(/<table>/g)).toHaveLength(3);
    }
    const en = renderReport(bundleOf(...ALL), { lang: 'en', digest: DIGEST });
    expect(en).toContain('0.4 s after the page started loading, before you did anything');
    expect(en).toContain('after you refused');
    expect(en).toContain('server-side');
    expect(en).toContain('23:14:05 (UTC+01:00)');
    expect(renderReport(bundleOf(...ALL), { lang: 'nl', digest: DIGEST })).toContain('Gezondheidspagina');
  });

  test("a social plug-in's request is described as the page loading it, never as an event the user did", () => {
    const en = renderReport(bundleOf('ivf-health-insurer'), { lang: 'en', digest: DIGEST });
    const nl = renderReport(bundleOf('ivf-health-insurer'), { lang: 'nl', digest: DIGEST });
    expect(en).not.toMatch(/the event &quot;like&quot;|the event "like"/);
    expect(nl).not.toMatch(/de gebeurtenis &quot;like&quot;|de gebeurtenis "like"/);
    expect(en).toContain('that the page loaded the Like button (not clicked)');
    expect(nl).toContain('dat de pagina de Like-knop laadde (niet aangeklikt)');
  });

  test('requests the health shield blocked are stated as attempts, all or some', () => {
    const bundle = bundleOf('ivf-health-insurer');
    const tracker = Object.values(bundle.visits[0]!.trackers)[0]!;
    tracker.blocked = tracker.requestCount;
    expect(renderReport(bundle, { lang: 'en', digest: DIGEST })).toContain('The page tried to send this; Pixelwacht’s health shield blocked every request.');
    expect(renderReport(bundle, { lang: 'nl', digest: DIGEST })).toContain('het gezondheidsschild van Pixelwacht blokkeerde elk verzoek');
    // The column's heading does not call an attempt "sent".
    expect(renderReport(bundle, { lang: 'en', digest: DIGEST })).toContain('<th>What was sent, or tried and blocked</th>');
    expect(renderReport(bundle, { lang: 'nl', digest: DIGEST })).toContain('<th>Wat werd verstuurd, of geprobeerd en geblokkeerd</th>');
    expect(renderReport(bundleOf('ivf-health-insurer'), { lang: 'en', digest: DIGEST })).toContain('<th>What was sent</th>');
    tracker.requestCount = tracker.blocked + 1;
    expect(renderReport(bundle, { lang: 'en', digest: DIGEST })).toContain(`blocked ${tracker.blocked} of the ${tracker.requestCount} requests; the others did leave`);
    expect(renderReport(bundleOf('ivf-health-insurer'), { lang: 'en', digest: DIGEST })).not.toContain('health shield');
  });

  test('escapes hostile titles, addresses and values', () => {
    const record = loadRecord('ivf-health-insurer');
    record.title = HOSTILE;
    record.url = `https://www.zorgverzekeraar-voorbeeld.nl/"><script>alert(1)</script>`;
    record.trackers.facebook_custom_audience!.disclosures[0]!.event = HOSTILE;
    record.trackers.facebook_custom_audience!.tracker.company = HOSTILE;
    const bundle = buildEvidenceBundle({
      site: record.site, visits: [record], generatedAt: 0, pixelwachtVersion: HOSTILE, browser: { name: HOSTILE, version: '1' },
      trackerDbVersion: '1', timezoneOffsetMinutes: 0,
    });
    const html = renderReport(bundle, { lang: 'en', digest: DIGEST });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('redaction removes addresses, titles and own identifiers from the report, not from the evidence file', () => {
    const bundle = bundleOf(...ALL);
    const before = serialiseEvidence(bundle);
    const html = renderReport(bundle, { lang: 'en', digest: DIGEST, redaction: { pageAddresses: 'category', ownIdentifiers: 'remove' } });
    for (const secret of ['vergoedingen/ivf', 'IwAR3abcDEF', 'f660ab912ec121d1', 'fb.1.1764368044000.987654321', '1234567890.1764368044', 'IVF en vruchtbaarheid']) {
      expect(html).not.toContain(secret);
      expect(new TextDecoder().decode(before)).toContain(secret);
    }
    expect(html).toContain('a page about reproduction and pregnancy');
    expect(html).toContain('[removed]');
    expect(Buffer.from(serialiseEvidence(bundle)).equals(Buffer.from(before))).toBe(true);
  });
});
