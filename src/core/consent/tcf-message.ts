// The IAB TCF v2 cross-frame protocol, read from the content script's isolated world:
// we post `{__tcfapiCall: {...}}` to the window that holds the `__tcfapiLocator` frame
// (as every ad script in an iframe does) and read the `{__tcfapiReturn: {...}}` answers.
// No code runs in the page's own world. An answer is the page's claim (any page script
// can post one), so every field is checked, anything unexpected drops it, and its time
// is the moment the content script received it — a page cannot back-date it.
// Spec: https://github.com/InteractiveAdvertisingBureau/GDPR-Transparency-and-Consent-Framework
//       (TCFv2/IAB Tech Lab - CMP API v2.md, "How can vendors that use iframes call the CMP API?").

import * as v from 'valibot';
import { decodeTcString } from './tcf';
import { TCF_EVENT_STATUSES, type TcfEventStatus, type TcfStatusEvent } from './types';

/** Longest TC string we accept or keep (real ones are a few hundred characters). */
export const MAX_TC_STRING_LENGTH = 4096;
/** At most this many answers per page: addEventListener calls back on every change. */
export const MAX_TCF_MESSAGES = 20;
/** Answers as JSON text larger than this are not TCF answers. */
const MAX_ANSWER_CHARS = 64 * 1024;

/** The call message, exactly as the spec's own iframe example builds it. */
export function tcfCallMessage(callId: string): { __tcfapiCall: { command: string; version: number; callId: string } } {
  return { __tcfapiCall: { command: 'addEventListener', version: 2, callId } };
}

const TcDataSchema = v.looseObject({
  tcString: v.optional(v.unknown()),
  eventStatus: v.optional(v.unknown()),
  cmpId: v.optional(v.unknown()),
  gdprApplies: v.optional(v.unknown()),
  purpose: v.optional(v.unknown()),
});

const ReturnSchema = v.looseObject({
  __tcfapiReturn: v.looseObject({ returnValue: v.unknown(), success: v.unknown(), callId: v.unknown() }),
});

/** The statuses a CMP may report; any other value is kept as 'unknown'. */
const STATUSES: readonly TcfEventStatus[] = TCF_EVENT_STATUSES.filter((s) => s !== 'unknown');

/**
 * A `__tcfapiReturn` message (object or JSON text) answering our `callId` → a
 * tcf-status event stamped `receivedAt`, or null for anything else.
 */
export function parseTcfReturn(data: unknown, callId: string, receivedAt: number): TcfStatusEvent | null {
  let message: unknown = data;
  try {
    if (typeof data === 'string') {
      if (data.length > MAX_ANSWER_CHARS || !data.includes('__tcfapiReturn')) return null;
      message = JSON.parse(data);
    }
  } catch {
    return null;
  }
  const parsed = v.safeParse(ReturnSchema, message);
  if (!parsed.success) return null;
  const ret = parsed.output.__tcfapiReturn;
  if (ret.callId !== callId || ret.success !== true) return null;
  return tcfStatusFromTcData(ret.returnValue, receivedAt);
}

/** A TCData object (the spec's shape) → a tcf-status event, with bounded work. */
export function tcfStatusFromTcData(tcData: unknown, receivedAt: number): TcfStatusEvent | null {
  if (!Number.isFinite(receivedAt)) return null;
  const parsed = v.safeParse(TcDataSchema, tcData);
  if (!parsed.success) return null;
  const d = parsed.output;
  const tcString = typeof d.tcString === 'string' && d.tcString.length <= MAX_TC_STRING_LENGTH && /^[A-Za-z0-9_.-]+$/.test(d.tcString) ? d.tcString : null;
  const decoded = tcString ? decodeTcString(tcString) : null;
  const cmpId = typeof d.cmpId === 'number' && Number.isInteger(d.cmpId) && d.cmpId >= 0 && d.cmpId <= 65535 ? d.cmpId : null;
  const event: TcfStatusEvent = {
    type: 'tcf-status',
    t: receivedAt,
    cmpId: cmpId ?? decoded?.cmpId ?? null,
    gdprApplies: typeof d.gdprApplies === 'boolean' ? d.gdprApplies : null,
    eventStatus: STATUSES.find((s) => s === d.eventStatus) ?? 'unknown',
    purposesConsented: decoded ? decoded.purposesConsented : purposesOf(d.purpose),
  };
  if (decoded) {
    event.purposesLegitimateInterest = decoded.purposesLegitimateInterest;
    event.vendorsConsentedCount = decoded.vendorsConsentedCount;
  }
  if (tcString) event.tcString = tcString;
  return event;
}

/** Purpose ids from `tcData.purpose.consents` ({"1": true, ...}), used only without a decodable string. */
function purposesOf(purpose: unknown): number[] {
  if (typeof purpose !== 'object' || purpose === null) return [];
  const consents = (purpose as { consents?: unknown }).consents;
  if (typeof consents !== 'object' || consents === null) return [];
  const ids = new Set<number>();
  for (const [id, value] of Object.entries(consents as Record<string, unknown>).slice(0, 24)) {
    const n = Number(id);
    if (value === true && Number.isInteger(n) && n >= 1 && n <= 24) ids.add(n);
  }
  return [...ids].sort((a, b) => a - b);
}
