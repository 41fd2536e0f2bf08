// The evidence file carries the consent witnesses of each visit: the user's actions and the
// site's claims on one timeline, each labelled with whose statement it is, and the
// contradictions between them, each with its time in the file's offset.
import { describe, expect, test } from 'vitest';
import { consentWitnesses } from '../../../src/core/consent/witness-text';
import { buildEvidenceBundle } from '../../../src/core/evidence/build-bundle';
import { loadCaseRecord } from '../../fixtures/letters/cases';

describe('evidence file: consent witnesses', () => {
  test('the after-refusal visit: timeline with labels and ISO times, and the consent-mode contradiction', () => {
    const record = loadCaseRecord('ggz-after-refusal');
    const bundle = buildEvidenceBundle({ site: record.site, visits: [record], generatedAt: record.startedAt + 60_000, pixelwachtVersion: '0.1.0', browser: { name: 'Chromium', version: '156' }, trackerDbVersion: '1.0.945', timezoneOffsetMinutes: 60 });
    const witnesses = bundle.visits[0]!.consent.witnesses!;
    const expected = consentWitnesses(record);
    expect(witnesses.timeline.length).toBe(expected.timeline.length);
    expect(witnesses.timeline.length).toBeGreaterThan(0);
    expect(witnesses.timeline.map((e) => e.witness)).toEqual(expected.timeline.map((e) => e.witness));
    for (const e of witnesses.timeline) {
      expect(e.atIso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?\+01:00$/);
      expect(Math.abs(new Date(e.atIso).getTime() - e.t)).toBeLessThan(1000);
      expect(e.label.nl && e.label.en && e.text.nl && e.text.en).toBeTruthy();
    }
    // The user's refusal is Pixelwacht's observation; what the requests told Google is the site's claim.
    expect(witnesses.timeline.some((e) => e.witness === 'user' && e.label.en === 'seen by Pixelwacht')).toBe(true);
    expect(witnesses.timeline.some((e) => e.witness === 'consent-mode' && e.label.en === "the site's claim")).toBe(true);
    expect(witnesses.contradictions.map((c) => c.kind)).toContain('consent-mode-denied-but-meta-linkedin');
    for (const c of witnesses.contradictions) expect(c.atIso).toMatch(/\+01:00$/);
  });
});
