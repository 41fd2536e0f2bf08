// The one message map between contexts. Every message has a name (saying its
// direction), a request schema and a response type; the background checks the
// sender and validates the payload before dispatching.
import * as v from 'valibot';
import type { PageRecord } from '../core/records/page-record';

export const MAX_MESSAGE_BYTES = 256 * 1024;

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

export const requestSchemas = {
  /** Popup → background: the record of the page in a tab. */
  'popup:getTab': v.strictObject({ tabId }),
} as const;

export type MessageName = keyof typeof requestSchemas;

export interface TabView {
  page: PageRecord | null;
  /** False when the user has not given Pixelwacht access to all sites (Firefox asks separately). */
  hostAccess: boolean;
  trackerDbVersion: string | null;
}

export interface Responses {
  'popup:getTab': TabView;
}

export type Request<N extends MessageName> = v.InferOutput<(typeof requestSchemas)[N]>;

/** Which kind of sender may send each message. */
export const allowedSenders: Record<MessageName, 'extension-page' | 'content-script'> = {
  'popup:getTab': 'extension-page',
};

export const envelopeSchema = v.strictObject({
  name: v.picklist(Object.keys(requestSchemas) as [MessageName, ...MessageName[]]),
  payload: v.unknown(),
});
