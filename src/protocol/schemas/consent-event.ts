// What a content script may report about consent: the ConsentEvent union, with
// every string and list bounded. Anything else is dropped. Its picklists are the
// vocabulary's own arrays, and `tsc` checks that it accepts exactly ConsentEvent.
import * as v from 'valibot';
import {
  CHOICE_KINDS,
  CHOICE_SOURCES,
  CONSENT_CATEGORIES,
  INTERACTION_KINDS,
  RECORD_SAYS,
  TCF_EVENT_STATUSES,
  type ConsentEvent,
} from '../../core/consent/types';
import type { Assert, Same } from './same-type';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));
const shortText = v.pipe(v.string(), v.maxLength(80));
const purposeIds = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24))), v.maxLength(24));

export const consentEventSchema = v.variant('type', [
  v.strictObject({ type: v.literal('navigation-start'), t: time }),
  v.strictObject({ type: v.literal('first-interaction'), t: time, kind: v.picklist(INTERACTION_KINDS) }),
  v.strictObject({ type: v.literal('banner-shown'), t: time, cmp: shortText, tcf: v.optional(v.boolean()) }),
  v.strictObject({ type: v.literal('banner-hidden'), t: time }),
  v.strictObject({
    type: v.literal('choice'),
    t: time,
    choice: v.picklist(CHOICE_KINDS),
    cmp: shortText,
    via: v.picklist(CHOICE_SOURCES),
  }),
  v.strictObject({
    type: v.literal('tcf-status'),
    t: time,
    cmpId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535))),
    gdprApplies: v.nullable(v.boolean()),
    eventStatus: v.picklist(TCF_EVENT_STATUSES),
    purposesConsented: purposeIds,
    purposesLegitimateInterest: v.optional(purposeIds),
    vendorsConsentedCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))),
    tcString: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  }),
  v.strictObject({
    type: v.literal('cmp-record'),
    t: time,
    cmp: shortText,
    says: v.picklist(RECORD_SAYS),
    granted: v.pipe(v.array(v.picklist(CONSENT_CATEGORIES)), v.maxLength(4)),
    denied: v.pipe(v.array(v.picklist(CONSENT_CATEGORIES)), v.maxLength(4)),
    claimedAt: v.optional(time),
  }),
]);

/** Fails to compile when the schema and ConsentEvent drift apart. */
export type ConsentEventSchemaIsConsentEvent = Assert<Same<v.InferOutput<typeof consentEventSchema>, ConsentEvent>>;
