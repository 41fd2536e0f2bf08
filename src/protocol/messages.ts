// The one message map between contexts. Every message has a name (saying its
// direction), a request schema and a response type; the background checks the
// sender and validates the payload before dispatching.
import * as v from 'valibot';
import { HEALTH_OVERRIDES, OVERRIDE_SCOPES } from '../core/records/page-health';
import type { PageRecord } from '../core/records/page-record';
import { consentEventSchema } from './schemas/consent-event';
import { pageVerdictSchema } from './schemas/page-verdict';
import { resourceTimingSchema } from './schemas/resource-timing';

export const MAX_MESSAGE_BYTES = 256 * 1024;

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const requestSchemas = {
  /** Popup → background: the user says this page or site is (not) about health; null clears it. */
  'popup:setHealthOverride': v.strictObject({
    tabId,
    scope: v.picklist(OVERRIDE_SCOPES),
    value: v.nullable(v.picklist(HEALTH_OVERRIDES)),
  }),
  /** Popup → background: stop or resume recording on the site of this tab. */
  'popup:setPaused': v.strictObject({ tabId, paused: v.boolean() }),
  /** Dashboard → background: erase every record, setting and draft (memory and storage). */
  'dashboard:eraseAll': v.strictObject({}),
  /** Dashboard → background: the version of the tracker database that named the trackers (for the evidence file). */
  'dashboard:trackerDatabase': v.strictObject({}),
  /** Content script → background: something happened on the page that matters for consent. */
  'content:consentEvent': v.strictObject({ event: consentEventSchema }),
  /** Content script → background: the top-level page's health verdict (no page text). */
  'content:pageVerdict': pageVerdictSchema,
  /** Content script → background: what the top-level document loaded, from its Resource Timing entries. */
  'content:resourceTiming': resourceTimingSchema,
} as const;

export type MessageName = keyof typeof requestSchemas;

/** What the popup shows of its tab: pushed over the popup's port (popup-port.ts), and the answer to its commands. */
export interface TabView {
  page: PageRecord | null;
  /** False when the user has not given Pixelwacht access to all sites (Firefox asks separately). */
  hostAccess: boolean;
  trackerDbVersion: string | null;
  /** The user paused recording on this tab's site. */
  paused: boolean;
  /** Stored data that could not be read and was reset (shown once to the user). */
  notices: { at: number; part: string; kind?: 'reset' | 'not-kept' }[];
}

export interface Responses {
  'popup:setHealthOverride': TabView;
  'popup:setPaused': TabView;
  'dashboard:eraseAll': { erased: true };
  'dashboard:trackerDatabase': { version: string };
  'content:consentEvent': void;
  'content:pageVerdict': void;
  'content:resourceTiming': void;
}

export type Request<N extends MessageName> = v.InferOutput<(typeof requestSchemas)[N]>;

/** Which kind of sender may send each message. */
export const allowedSenders: Record<MessageName, 'extension-page' | 'content-script'> = {
  'popup:setHealthOverride': 'extension-page',
  'popup:setPaused': 'extension-page',
  'dashboard:eraseAll': 'extension-page',
  'dashboard:trackerDatabase': 'extension-page',
  'content:consentEvent': 'content-script',
  'content:pageVerdict': 'content-script',
  'content:resourceTiming': 'content-script',
};

export const envelopeSchema = v.strictObject({
  name: v.picklist(Object.keys(requestSchemas) as [MessageName, ...MessageName[]]),
  payload: v.unknown(),
});
