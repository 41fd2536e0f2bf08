// What the content script may report about a page's health: the verdict as data
// (lexicon terms, reason codes), never the page's text. Every field bounded; the
// picklists are the vocabulary's own arrays, and `tsc` checks the message against
// the verdict the background stores (StoredVerdict without its receipt stamps).
import * as v from 'valibot';
import { COUNTER_TOPICS, HEALTH_CATEGORIES, HEALTH_ORG_KINDS, SIGNAL_PLACES, VERDICT_KINDS } from '../../core/health/types';
import type { StoredVerdict } from '../../core/records/page-health';
import type { Assert, Same } from './same-type';

const term = v.pipe(v.string(), v.maxLength(80));
const category = v.picklist(HEALTH_CATEGORIES);
const place = v.picklist(SIGNAL_PLACES);
const topic = v.picklist(COUNTER_TOPICS);
const orgKind = v.picklist(HEALTH_ORG_KINDS);
const path = v.optional(v.pipe(v.string(), v.maxLength(300)));

const reasonCode = v.variant('kind', [
  v.strictObject({ kind: v.literal('term'), where: place, term, category, count: v.optional(v.number()), path }),
  v.strictObject({ kind: v.literal('schema'), type: term, category }),
  v.strictObject({ kind: v.literal('site'), domain: term, org: orgKind }),
  v.strictObject({ kind: v.literal('counter'), where: place, term, topic, path }),
  v.strictObject({ kind: v.literal('counter-schema'), type: term, topic }),
]);

const matchedTerm = v.strictObject({
  term,
  entry: term,
  category,
  where: v.pipe(v.array(place), v.maxLength(SIGNAL_PLACES.length)),
  bodyCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A verdict's address is kept to this length: a longer one (padding, a long fragment) is cut, never a reason to drop the verdict. */
export const VERDICT_URL_CHARS = 4096;

export const pageVerdictSchema = v.strictObject({
  // Any length the message size cap lets through; cut here, so the verdict is never dropped.
  url: v.pipe(v.string(), v.transform((url) => url.slice(0, VERDICT_URL_CHARS))),
  title: v.pipe(v.string(), v.maxLength(300)),
  verdict: v.strictObject({
    health: v.boolean(),
    kind: v.optional(v.picklist(VERDICT_KINDS)),
    score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
    categories: v.pipe(v.array(category), v.maxLength(HEALTH_CATEGORIES.length)),
    language: v.pipe(v.string(), v.maxLength(20)),
    reasonCodes: v.pipe(v.array(reasonCode), v.maxLength(30)),
    matchedTerms: v.pipe(v.array(matchedTerm), v.maxLength(40)),
  }),
});

export type PageVerdictMessage = v.InferOutput<typeof pageVerdictSchema>;

/** What the content script sends: the verdict as stored, before the background stamps when and for which address. */
interface PageVerdictReport {
  url: string;
  title: string;
  verdict: Omit<StoredVerdict, 'at' | 'url'>;
}

/** Fails to compile when the schema and the stored verdict drift apart. */
export type PageVerdictSchemaIsReport = Assert<Same<PageVerdictMessage, PageVerdictReport>>;
