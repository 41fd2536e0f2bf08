import { GVL, TCModel, TCString } from '@iabtcf/core';
import { describe, expect, it } from 'vitest';
import { choiceFromPurposes, decodeTcString } from '../../../src/core/consent/tcf';
import { parseTcfReturn, tcfCallMessage } from '../../../src/core/consent/tcf-message';

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

const CALL_ID = 'k3j9x2';
const RECEIVED = 1_700_000_000_500;
const tcData = (over: Record<string, unknown> = {}) => ({ eventStatus: 'useractioncomplete', cmpId: 10, gdprApplies: true, tcString: '', purpose: { consents: {} }, ...over });
const answer = (data: unknown, over: Record<string, unknown> = {}) => ({ __tcfapiReturn: { returnValue: data, success: true, callId: CALL_ID, ...over } });

describe('decodeTcString', () => {
  it('reads the consented purposes, legitimate interests, CMP id and vendor count', () => {
    expect(decodeTcString(encode([1, 3, 4], [2, 7]))).toMatchObject({
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

describe('the TCF cross-frame protocol (parseTcfReturn)', () => {
  it('builds the standard __tcfapiCall for addEventListener', () => {
    expect(tcfCallMessage(CALL_ID)).toEqual({ __tcfapiCall: { command: 'addEventListener', version: 2, callId: CALL_ID } });
  });

  it('turns an answer with a TC string into a tcf-status event with decoded purposes, stamped on receipt', () => {
    const tcString = encode([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const e = parseTcfReturn(answer(tcData({ tcString, purpose: { consents: { 1: true } } })), CALL_ID, RECEIVED);
    expect(e).toMatchObject({
      type: 'tcf-status',
      t: RECEIVED,
      cmpId: 10,
      gdprApplies: true,
      eventStatus: 'useractioncomplete',
      purposesConsented: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      purposesLegitimateInterest: [],
      vendorsConsentedCount: 2,
      tcString,
    });
  });

  it('reads the same answer sent as JSON text (the spec allows both)', () => {
    expect(parseTcfReturn(JSON.stringify(answer(tcData({ eventStatus: 'cmpuishown' }))), CALL_ID, RECEIVED)).toMatchObject({ eventStatus: 'cmpuishown', t: RECEIVED });
  });

  it("keeps no time of the page's: a back-dated answer is stamped when it was received", () => {
    const e = parseTcfReturn(answer(tcData({ t: 1_000, timestamp: 1_000, created: '2001-01-01' })), CALL_ID, RECEIVED);
    expect(e?.t).toBe(RECEIVED);
  });

  it('falls back to purpose.consents without a decodable string, and maps unknown statuses', () => {
    const e = parseTcfReturn(answer(tcData({ eventStatus: 'something-new', cmpId: null, purpose: { consents: { 3: true, 1: true, 2: false, 99: true } } })), CALL_ID, RECEIVED);
    expect(e).toMatchObject({ eventStatus: 'unknown', cmpId: null, purposesConsented: [1, 3] });
    expect(e).not.toHaveProperty('tcString');
  });

  it.each([
    ['not JSON', '{"__tcfapiReturn": '],
    ['another call id', answer(tcData(), { callId: 'other' })],
    ['a failed call', answer(tcData(), { success: false })],
    ['a call message', tcfCallMessage(CALL_ID)],
    ['no return value', answer(null)],
    ['a number', 42],
    ['huge text', JSON.stringify(answer(tcData({ pad: 'x'.repeat(70_000) })))],
  ])('drops %s', (_label, data) => {
    expect(parseTcfReturn(data, CALL_ID, RECEIVED)).toBeNull();
  });

  it('drops odd or huge TC strings but keeps the rest of the answer', () => {
    for (const tcString of ['<script>', 'A'.repeat(9000)]) {
      const e = parseTcfReturn(answer(tcData({ tcString })), CALL_ID, RECEIVED);
      expect(e).not.toBeNull();
      expect(e).not.toHaveProperty('tcString');
    }
  });
});
