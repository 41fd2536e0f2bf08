import { GVL, TCModel, TCString } from '@iabtcf/core';
import { describe, expect, it } from 'vitest';
import { choiceFromPurposes, decodeTcString } from '../../../src/core/consent/tcf';
import { TCF_CHANNEL } from '../../../src/core/consent/tcf-channel';
import { parseTcfMessage } from '../../../src/core/consent/tcf-message';

/** A real TC string, encoded here with @iabtcf/core against a minimal vendor list (no invented bytes). */
function encode(purposes: number[], legInt: number[] = [], vendors: number[] = [2, 755]): string {
  const purposeDefs = Object.fromEntries(
    Array.from({ length: 11 }, (_, i) => [i + 1, { id: i + 1, name: `P${i + 1}`, description: '', descriptionLegal: '' }]),
  );
  const vendor = (id: number) => ({ id, name: `V${id}`, purposes: [1], legIntPurposes: [], flexiblePurposes: [], specialPurposes: [], features: [], specialFeatures: [], policyUrl: '' });
  const gvl = new GVL({
    gvlSpecificationVersion: 3,
    vendorListVersion: 100,
    tcfPolicyVersion: 5,
    lastUpdated: '2025-01-01T00:00:00Z',
    purposes: purposeDefs,
    specialPurposes: {},
    features: {},
    specialFeatures: {},
    stacks: {},
    dataCategories: {},
    vendors: Object.fromEntries(vendors.map((id) => [id, vendor(id)])),
  } as unknown as ConstructorParameters<typeof GVL>[0]);
  const model = new TCModel(gvl);
  model.cmpId = 10;
  model.cmpVersion = 1;
  model.isServiceSpecific = true;
  model.purposeConsents.set(purposes);
  model.purposeLegitimateInterests.set(legInt);
  model.vendorConsents.set(vendors);
  return TCString.encode(model);
}

const message = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ channel: TCF_CHANNEL, t: 1_700_000_000_500, eventStatus: 'useractioncomplete', cmpId: 10, gdprApplies: true, tcString: null, purposes: [], ...over });

describe('decodeTcString', () => {
  it('reads the consented purposes, legitimate interests, CMP id and vendor count', () => {
    expect(decodeTcString(encode([1, 3, 4], [2, 7]))).toEqual({
      cmpId: 10,
      purposesConsented: [1, 3, 4],
      purposesLegitimateInterest: [2, 7],
      vendorsConsentedCount: 2,
    });
  });

  it('returns null for garbage, never throws', () => {
    for (const bad of ['', 'not a tc string', '!!!', 'A'.repeat(9000), 42 as unknown as string]) expect(decodeTcString(bad)).toBeNull();
  });
});

describe('choiceFromPurposes', () => {
  it.each([
    [[], 'reject-all'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'accept-all'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'accept-all'],
    [[1], 'save-custom'],
    [[1, 3, 4], 'save-custom'],
  ] as const)('%j → %s', (purposes, choice) => {
    expect(choiceFromPurposes(purposes)).toBe(choice);
  });
});

describe('parseTcfMessage', () => {
  it('turns a bridge message with a TC string into a tcf-status event with decoded purposes', () => {
    const tcString = encode([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(parseTcfMessage(message({ tcString, purposes: [1] }))).toEqual({
      type: 'tcf-status',
      t: 1_700_000_000_500,
      cmpId: 10,
      gdprApplies: true,
      eventStatus: 'useractioncomplete',
      purposesConsented: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      purposesLegitimateInterest: [],
      vendorsConsentedCount: 2,
      tcString,
    });
  });

  it('falls back to the posted purposes without a decodable string, and maps unknown statuses', () => {
    const e = parseTcfMessage(message({ eventStatus: 'something-new', cmpId: null, purposes: [3, 1, 1] }));
    expect(e).toMatchObject({ eventStatus: 'unknown', cmpId: null, purposesConsented: [1, 3] });
    expect(e).not.toHaveProperty('tcString');
  });

  it.each([
    ['not JSON', '{'],
    ['an object instead of text', { channel: TCF_CHANNEL } as unknown as string],
    ['another channel', message({ channel: 'other' })],
    ['an extra field', message({ extra: 1 })],
    ['a missing field', JSON.stringify({ channel: TCF_CHANNEL, t: 1 })],
    ['a bad time', message({ t: 'now' })],
    ['a purpose out of range', message({ purposes: [0] })],
    ['too many purposes', message({ purposes: Array.from({ length: 30 }, () => 1) })],
    ['a TC string with odd characters', message({ tcString: '<script>' })],
    ['a huge TC string', message({ tcString: 'A'.repeat(9000) })],
    ['a non-boolean gdprApplies', message({ gdprApplies: 1 })],
  ])('drops %s', (_label, data) => {
    expect(parseTcfMessage(data)).toBeNull();
  });
});
