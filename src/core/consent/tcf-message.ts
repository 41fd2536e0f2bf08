// The message the MAIN-world bridge posts, validated strictly: it comes from the page's
// world, so every field is checked and anything unexpected drops the whole message.

import * as v from 'valibot';
import { MAX_TC_STRING_LENGTH, TCF_CHANNEL } from './tcf-channel';
import { decodeTcString } from './tcf';
import type { TcfEventStatus, TcfStatusEvent } from './types';

const TcfMessageSchema = v.strictObject({
  channel: v.literal(TCF_CHANNEL),
  t: v.pipe(v.number(), v.finite()),
  eventStatus: v.nullable(v.pipe(v.string(), v.maxLength(40))),
  cmpId: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(65535))),
  gdprApplies: v.nullable(v.boolean()),
  tcString: v.nullable(v.pipe(v.string(), v.maxLength(MAX_TC_STRING_LENGTH), v.regex(/^[A-Za-z0-9_.-]*$/))),
  /** Purpose ids from tcData.purpose.consents, used only when there is no TC string to decode. */
  purposes: v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(24))), v.maxLength(24)),
});

export type TcfBridgeMessage = v.InferOutput<typeof TcfMessageSchema>;

const STATUSES: readonly TcfEventStatus[] = ['tcloaded', 'cmpuishown', 'useractioncomplete'];

/** The message as JSON text (see tcf-main-world.ts for why text) → a tcf-status event, or null. */
export function parseTcfMessage(data: unknown): TcfStatusEvent | null {
  if (typeof data !== 'string' || data.length > MAX_TC_STRING_LENGTH + 1024) return null;
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = v.safeParse(TcfMessageSchema, json);
  if (!parsed.success) return null;
  const m = parsed.output;
  const decoded = m.tcString ? decodeTcString(m.tcString) : null;
  const event: TcfStatusEvent = {
    type: 'tcf-status',
    t: m.t,
    cmpId: m.cmpId ?? decoded?.cmpId ?? null,
    gdprApplies: m.gdprApplies,
    eventStatus: STATUSES.find((s) => s === m.eventStatus) ?? 'unknown',
    purposesConsented: decoded ? decoded.purposesConsented : [...new Set(m.purposes)].sort((a, b) => a - b),
  };
  if (decoded) {
    event.purposesLegitimateInterest = decoded.purposesLegitimateInterest;
    event.vendorsConsentedCount = decoded.vendorsConsentedCount;
  }
  if (m.tcString) event.tcString = m.tcString;
  return event;
}
