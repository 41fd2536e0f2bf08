// What a content script may report about consent: the ConsentEvent union, with
// every string and list bounded. Anything else is dropped.
import * as v from 'valibot';
import { CONSENT_CATEGORIES } from '../../core/consent/records/record';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const shortText = v.pipe(v.string(), v.maxLength(80));
const purposeIds = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24))), v.maxLength(24));

export const consentEventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('navigation-start'), t: time }),
  v.strictObject({ type: v.literal('first-interaction'), t: time, kind: v.picklist(['pointer', 'key', 'touch']) }),
  v.strictObject({ type: v.literal('banner-shown'), t: time, cmp: shortText, tcf: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('banner-hidden'), t: time }),
  v.strictObject({
    type: v.literal('choice'),
    t: time,
    choice: v.picklist(['accept-all', 'reject-all', 'save-custom', 'other']),
    cmp: shortText,
    via: v.picklist(['rule', 'button-text', 'tcf']),
  }),
  v.strictObject({
    type: v.literal('tcf-status'),
    t: time,
    cmpId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535))),
    gdprApplies: v.nullable(v.boolean()),
    eventStatus: v.picklist(['tcloaded', 'cmpuishown', 'useractioncomplete', 'unknown']),
    purposesConsented: purposeIds,
    purposesLegitimateInterest: v.optional(purposeIds),
    vendorsConsentedCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
    tcString: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  }),
  v.strictObject({
    type: v.literal('cmp-record'),
    t: time,
    cmp: shortText,
    says: v.picklist(['accept-all', 'reject-all', 'save-custom', 'no-choice']),
    granted: v.pipe(v.array(v.picklist(CONSENT_CATEGORIES)), v.maxLength(4)),
    denied: v.pipe(v.array(v.picklist(CONSENT_CATEGORIES)), v.maxLength(4)),
    claimedAt: v.optional(time),
  }),
]);
