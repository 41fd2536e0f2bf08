// Reading an IAB TCF v2 TC string into the purposes it records, with @iabtcf/core.

import { TCString, type TCModel } from '@iabtcf/core';
import type { ChoiceKind } from './types';

export interface DecodedTcString {
  cmpId: number;
  purposesConsented: number[];
  purposesLegitimateInterest: number[];
  vendorsConsentedCount: number;
  /** The CMP's own "last updated" time (epoch ms; TCF 2.2 rounds it to the day), when set. */
  lastUpdated?: number;
}

/**
 * The one TC-string decoder of the code base (the request decoders use it too): the
 * @iabtcf/core model, or null for anything that is not a decodable TC string. Never throws.
 */
export function decodeTcModel(tcString: string): TCModel | null {
  // A TC string's segments are base64url joined by dots; anything else is not worth decoding.
  if (typeof tcString !== 'string' || tcString.length === 0 || tcString.length > 8192 || !/^[A-Za-z0-9_\-.]+$/.test(tcString)) return null;
  try {
    return TCString.decode(tcString);
  } catch {
    return null;
  }
}

/** Null for anything that is not a decodable TC string; never throws. */
export function decodeTcString(tcString: string): DecodedTcString | null {
  const model = decodeTcModel(tcString);
  if (!model) return null;
  try {
    const decoded: DecodedTcString = {
      cmpId: Number(model.cmpId),
      purposesConsented: idsOf(model.purposeConsents),
      purposesLegitimateInterest: idsOf(model.purposeLegitimateInterests),
      vendorsConsentedCount: model.vendorConsents.size,
    };
    const updated = model.lastUpdated instanceof Date ? model.lastUpdated.getTime() : NaN;
    if (Number.isFinite(updated) && updated > 0) decoded.lastUpdated = updated;
    return decoded;
  } catch {
    return null;
  }
}

/** TCF v2.2 defines purposes 1-11; v2.0 had 1-10. "All" means every purpose 1-10. */
const ALL_PURPOSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * What the user's action did, as the CMP recorded it: nothing consented → refused;
 * every purpose → accepted; anything else → a custom selection. A site may ask for
 * fewer purposes, so "custom" can also be an accept: the content script therefore
 * prefers a recognised button click and uses this only to confirm or to fill a gap.
 */
export function choiceFromPurposes(purposesConsented: readonly number[]): Exclude<ChoiceKind, 'other'> {
  if (purposesConsented.length === 0) return 'reject-all';
  if (ALL_PURPOSES.every((p) => purposesConsented.includes(p))) return 'accept-all';
  return 'save-custom';
}

function idsOf(vector: { forEach(cb: (value: boolean, id: number) => void): void }): number[] {
  const ids: number[] = [];
  vector.forEach((value, id) => {
    if (value) ids.push(id);
  });
  return ids.sort((a, b) => a - b);
}
