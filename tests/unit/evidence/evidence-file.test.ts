import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { evidenceDigest, parseEvidence, serialiseEvidence } from '../../../src/core/evidence/serialise';
import { sha256Hex } from '../../../src/core/evidence/sha256';
import { isoWithOffset, parseIso } from '../../../src/core/evidence/time';
import { ALL, bundleOf, loadRecord } from '../../fixtures/records/load';

const nodeHasher = async (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('sha256', () => {
  test.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('NIST vector %j', (input, hex) => {
    expect(sha256Hex(new TextEncoder().encode(input))).toBe(hex);
  });

  test('agrees with node:crypto across block boundaries', () => {
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) & 0xff);
      expect(sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
  });
});

describe('timestamps', () => {
  test('ISO 8601 with the user offset, and back', () => {
    const t = Date.UTC(2026, 10, 28, 22, 14, 5, 123);
    expect(isoWithOffset(t, 60)).toBe('2026-11-28T23:14:05.123+01:00');
    expect(isoWithOffset(t, -210)).toBe('2026-11-28T18:44:05.123-03:30');
    expect(isoWithOffset(t, () => 120)).toBe('2026-11-29T00:14:05.123+02:00');
    expect(parseIso('2026-11-28T23:14:05.123+01:00')).toEqual({ epochMs: t, offsetMinutes: 60 });
  });
});

describe('evidence bundle', () => {
  test('keeps the raw requests exactly as recorded, with ISO times and consent state beside them', () => {
    const record = loadRecord('ivf-health-insurer');
    const bundle = bundleOf('ivf-health-insurer');
    const visit = bundle.visits[0]!;
    expect(bundle).toMatchObject({ schemaVersion: 2, format: 'pixelwacht-evidence', generator: { name: 'Pixelwacht', version: '0.1.0' }, browser: { name: 'Firefox', version: '140.0' }, trackerDatabase: { version: '1.0.945' } });
    expect(bundle.generatedAt).toBe('2026-12-01T10:00:00.000+01:00');
    // Recorded fields exactly as stored; schema 2 adds each request's typed findings beside them.
    expect(visit.requests.map(({ recorded: { findings: _f, ...rest } }) => rest)).toEqual(record.requests);
    expect(visit.requests.every((r) => Array.isArray(r.recorded.findings))).toBe(true);
    expect(visit.requests[0]!.timeIso).toBe('2026-11-28T23:14:05.123+01:00');
    expect(visit.requests.map((r) => r.consent.state)).toEqual(['before-any-interaction', 'before-any-interaction', 'before-any-interaction']);
    expect(visit.trackers.facebook_custom_audience!.disclosures.map(({ findings: _f, ...rest }) => rest)).toEqual(record.trackers.facebook_custom_audience!.disclosures);
    expect(visit.health).toMatchObject({ isHealthPage: true, decidedBy: 'classifier', categories: ['reproduction'] });
    expect(visit.health.reasons.nl[0]).toBe('zorgverzekeraar-voorbeeld.nl is een zorgverzekeraar');
    expect(visit.health.reasons.en[2]).toBe("title mentions 'IVF'");
  });

  test('a visit without a timeline says so, and its requests are "unknown"', () => {
    const visit = bundleOf('car-insurance').visits[0]!;
    expect(visit.consent.recorded).toBe(false);
    expect(visit.requests.every((r) => r.consent.state === 'unknown')).toBe(true);
  });

  test('serialisation is stable: same bundle, same bytes; keys sorted; input order of visits irrelevant', () => {
    const a = serialiseEvidence(bundleOf(...ALL));
    const b = serialiseEvidence(bundleOf('after-refusal', 'car-insurance', 'ivf-health-insurer'));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const text = new TextDecoder().decode(a);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.indexOf('"browser"')).toBeLessThan(text.indexOf('"format"'));
    expect(parseEvidence(a)?.visits).toHaveLength(3);
  });

  test('the digest is the SHA-256 of the exact bytes, and changes when one byte changes', async () => {
    const bytes = serialiseEvidence(bundleOf(...ALL));
    const digest = await evidenceDigest(bytes, nodeHasher);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await evidenceDigest(bytes)).toBe(digest); // pure fallback agrees
    const changed = bytes.slice();
    changed[100] = changed[100]! ^ 1;
    expect(await evidenceDigest(changed, nodeHasher)).not.toBe(digest);
  });

  test('a hasher that returns garbage is refused', async () => {
    await expect(evidenceDigest(new Uint8Array([1]), async () => 'nope')).rejects.toThrow();
  });
});
