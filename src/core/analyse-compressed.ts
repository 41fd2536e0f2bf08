// The second, asynchronous look at a request whose body is compressed: inflate
// (bounded), then run the same per-request pipeline on the inflated text. The
// background calls it off the request path and attaches the result to the same
// recorded request (`addLateFindings` in records/page-record.ts); the CLI awaits it.
import { analyseRequest, type RequestAnalysis } from './analyse-request';
import { compressedBodyOf, MAX_INFLATED_BYTES, type CompressedBody, type Inflater } from './decoders/compressed-body';
import type { DecodeOptions } from './decoders/index';
import type { ObservedRequest } from './model';
import type { TrackerIdentifier } from './trackers/tracker-db';

/** How a body was inflated, for the record: "decoded from a gzip body (base64), cut at 512 KiB". */
export interface InflatedBody {
  format: CompressedBody['format'];
  encoding: CompressedBody['encoding'];
  compressedBytes: number;
  inflatedBytes: number;
  /** The inflated output reached the cap and was cut. */
  truncated: boolean;
}

export interface LateAnalysis {
  analysis: RequestAnalysis;
  inflated: InflatedBody;
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * Inflates the body and analyses the request again with the inflated text.
 * Null when inflating fails (corrupt stream) or yields nothing. Never rejects.
 */
export async function analyseCompressedBody(
  request: ObservedRequest,
  compressed: CompressedBody,
  inflater: Inflater,
  trackers: TrackerIdentifier,
  options: DecodeOptions = {},
): Promise<LateAnalysis | null> {
  let result;
  try {
    const bytes = compressed.bytes();
    if (!bytes) return null;
    result = await inflater.inflate(bytes, compressed.format, MAX_INFLATED_BYTES);
  } catch {
    return null;
  }
  if (result.bytes.byteLength === 0) return null;
  const body = utf8.decode(result.bytes);
  const analysis = analyseRequest({ ...request, body, bodyTruncated: request.bodyTruncated || result.truncated }, trackers, options);
  return {
    analysis,
    inflated: {
      format: compressed.format,
      encoding: compressed.encoding,
      compressedBytes: compressed.size,
      inflatedBytes: result.bytes.byteLength,
      truncated: result.truncated,
    },
  };
}

/**
 * Both passes for callers that can wait (the CLI): the request as sent, and when
 * its body is compressed, the analysis of the inflated body instead.
 */
export async function analyseRequestWithBody(
  request: ObservedRequest,
  trackers: TrackerIdentifier,
  inflater: Inflater,
  options: DecodeOptions = {},
  rawParts?: readonly { bytes?: ArrayBuffer }[] | null,
): Promise<RequestAnalysis & { inflated?: InflatedBody }> {
  const compressed = compressedBodyOf(request, rawParts);
  if (!compressed) return analyseRequest(request, trackers, options);
  const late = await analyseCompressedBody(request, compressed, inflater, trackers, options);
  return late ? { ...late.analysis, inflated: late.inflated } : analyseRequest(request, trackers, options);
}
