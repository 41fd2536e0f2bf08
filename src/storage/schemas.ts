// The shapes Pixelwacht keeps in storage, as valibot schemas: what is read back
// is checked against them (storage can hold data of another version, or be
// damaged), and what does not fit is reset with a notice, never trusted.
// Records are checked for the fields the code relies on (loose objects), so a
// field added later does not make older code throw data away.
import * as v from 'valibot';
import { LANGS } from '../core/model';

const number = v.pipe(v.number(), v.finite());
const strings = v.array(v.string());

export const noticeSchema = v.looseObject({
  at: number,
  part: v.string(),
  key: v.string(),
  kind: v.optional(v.picklist(['reset', 'not-kept'])),
});
export const noticesSchema = v.array(v.unknown());

const disclosuresSchema = v.array(v.looseObject({ vendor: v.string() }));
/** One tracker's kept disclosures, stored apart from its page's head in storage.session. */
export const trackerDisclosuresSchema = disclosuresSchema;

const trackerRecordSchema = v.looseObject({
  tracker: v.looseObject({ key: v.string(), name: v.string(), company: v.string() }),
  kind: v.string(),
  requestCount: number,
  firstSeen: number,
  lastSeen: number,
  disclosures: disclosuresSchema,
  blocked: v.optional(v.pipe(number, v.integer(), v.minValue(0))),
});

const recordedRequestSchema = v.looseObject({
  requestId: v.string(),
  url: v.string(),
  method: v.string(),
  timeStamp: number,
  trackerKey: v.string(),
  blockedBy: v.optional(v.literal('health-shield')),
});
export const requestChunkSchema = v.array(recordedRequestSchema);

const pageFields = {
  v: v.literal(1),
  visitId: v.pipe(v.string(), v.minLength(1)),
  tabId: number,
  url: v.string(),
  site: v.string(),
  startedAt: number,
  incognito: v.boolean(),
  trackers: v.record(v.string(), trackerRecordSchema),
  droppedRequests: number,
};

/** A whole page record: a visit in history, or a tab record of the first session layout. */
export const pageRecordSchema = v.looseObject({ ...pageFields, requests: requestChunkSchema });
/** A live page's head in storage.session: the record without requests, and how many chunks hold them. */
export const pageHeadSchema = v.looseObject({
  ...pageFields,
  requestChunks: v.pipe(number, v.integer(), v.minValue(0)),
  /** Set when the trackers' disclosures are under keys of their own (storage/session-pages.ts). */
  disclosuresApart: v.optional(v.literal(true)),
});

const visitFactsSchema = v.object({
  at: number,
  health: v.boolean(),
  companies: strings,
  healthCompanies: strings,
  categories: strings,
  kinds: strings,
});
export const siteSummarySchema = v.object({
  v: v.literal(2),
  site: v.string(),
  visits: v.array(v.object({ id: v.string(), at: number, facts: visitFactsSchema })),
});

export const historyIndexSchema = v.object({
  v: v.literal(2),
  /** Site → [oldest visit, newest visit] (epoch ms). */
  sites: v.record(v.string(), v.tuple([number, number])),
});

export const legacyHistoryIndexSchema = v.object({ v: v.literal(1), sites: v.record(v.string(), number) });
export const legacySiteHistorySchema = v.looseObject({ v: v.literal(1), site: v.string(), visits: v.array(v.unknown()) });

export const earlierChoiceSchema = v.looseObject({ t: number, choice: v.string() });
export const siteMapSchema = v.record(v.string(), v.unknown());
export const overridesSchema = v.object({ sites: siteMapSchema, pages: siteMapSchema });
export const stringListSchema = strings;

// --- settings (settings:v1), checked field by field: one bad field falls back to its
// default and leaves the others as the user set them ---
/** Days history is kept: the bounds the Settings page offers and reading accepts. */
export const RETENTION_DAYS = { min: 1, max: 3650 } as const;
/** Enough exceptions for anyone; a longer stored list is cut. */
export const MAX_SHIELD_EXCEPTIONS = 500;
/** The interface language: the browser's (`auto`), or one the user chose. */
export const LANGUAGE_SETTINGS = ['auto', ...LANGS] as const;
/** A registrable domain is at most 253 characters. */
const siteNameSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(253));

export const settingsObjectSchema = v.record(v.string(), v.unknown());
export const settingsFieldSchemas = {
  notifications: v.boolean(),
  retentionDays: v.pipe(number, v.integer(), v.minValue(RETENTION_DAYS.min), v.maxValue(RETENTION_DAYS.max)),
  language: v.picklist(LANGUAGE_SETTINGS),
  shield: v.boolean(),
  // A list with a damaged entry keeps its good ones; a longer list is cut, newest first kept.
  shieldExceptions: v.pipe(
    v.array(v.unknown()),
    v.transform((list) => list.filter((s): s is string => v.is(siteNameSchema, s)).slice(0, MAX_SHIELD_EXCEPTIONS)),
  ),
} as const;
