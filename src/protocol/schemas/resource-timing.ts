// What the content script may report about what its document loaded: address,
// initiator type and start time per Resource Timing entry; every field bounded.
import * as v from 'valibot';
import { TIMING_ENTRIES_PER_REPORT, TIMING_NAME_CHARS, type TimingEntry } from '../../core/records/attribution-timing';
import type { Assert, Same } from './same-type';

const entry = v.strictObject({
  name: v.pipe(v.string(), v.maxLength(TIMING_NAME_CHARS)),
  initiatorType: v.pipe(v.string(), v.maxLength(32)),
  startTime: v.pipe(v.number(), v.finite(), v.minValue(0)),
});

export const resourceTimingSchema = v.strictObject({
  url: v.pipe(v.string(), v.maxLength(4096)),
  timeOrigin: v.pipe(v.number(), v.finite(), v.minValue(0)),
  entries: v.pipe(v.array(entry), v.maxLength(TIMING_ENTRIES_PER_REPORT)),
});

export type ResourceTimingMessage = v.InferOutput<typeof resourceTimingSchema>;

/** Fails to compile when an entry of the schema and the content script's TimingEntry drift apart. */
export type TimingEntrySchemaIsTimingEntry = Assert<Same<v.InferOutput<typeof entry>, TimingEntry>>;
