// Compressed request bodies: Microsoft Clarity POSTs gzip bytes to
// `k.clarity.ms/collect`; LinkedIn's insight tag POSTs base64-encoded gzip text
// (`H4sI…`) to `px.ads.linkedin.com/wa/`. Inflating is async in the browser
// (DecompressionStream), so it never runs on the per-request path: this module only
// recognises such a body by its first bytes (gzip or zlib magic, or their base64
// form) and hands the bytes to an `Inflater` the caller injects — DecompressionStream
// in the background, node:zlib in the CLI. Output is capped (decompression bombs).
import type { ObservedRequest } from '../model';

export type CompressionFormat = 'gzip' | 'deflate';

export interface CompressedBody {
  format: CompressionFormat;
  /** How the compressed bytes travelled: as the raw body, or as base64 text. */
  encoding: 'bytes' | 'base64';
  /** Compressed size in bytes (for base64, of the text). */
  size: number;
  /** The compressed bytes; copied or base64-decoded only when called (off the request path). Null when unreadable. */
  bytes(): Uint8Array | null;
}

export interface InflateResult {
  /** At most `maxBytes` bytes of output. */
  bytes: Uint8Array;
  /** True when the output went past `maxBytes` (or the stream ended early) and was cut. */
  truncated: boolean;
}

/**
 * Inflates gzip (RFC 1952) or zlib-wrapped deflate (RFC 1950) bytes. Must stop
 * once `maxBytes` of output exist, and reject (not hang) on malformed input.
 */
export interface Inflater {
  inflate(bytes: Uint8Array, format: CompressionFormat, maxBytes: number): Promise<InflateResult>;
}

/** Compressed bytes looked at; a longer body is not inflated at all (it could only be cut anyway). */
export const MAX_COMPRESSED_BYTES = 256 * 1024;
/** Inflated bytes kept: the decompression-bomb cap. The decoders then read at most MAX_BODY_CHARS of it. */
export const MAX_INFLATED_BYTES = 512 * 1024;

function formatOf(b0: number, b1: number, b2: number): CompressionFormat | null {
  if (b0 === 0x1f && b1 === 0x8b && b2 === 0x08) return 'gzip';
  // zlib: CM 8 (deflate), window ≤ 32K, header checksum a multiple of 31, no preset dictionary.
  if ((b0 & 0x0f) === 8 && b0 >> 4 <= 7 && ((b0 << 8) | b1) % 31 === 0 && (b1 & 0x20) === 0) return 'deflate';
  return null;
}

const BASE64_CHARS = /^[A-Za-z0-9+/_-]*={0,2}$/;

function base64Bytes(text: string): Uint8Array | null {
  if (!BASE64_CHARS.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

/** The raw body parts as one byte array, when they start like a compressed stream; null otherwise. */
function fromParts(parts: readonly { bytes?: ArrayBuffer }[]): CompressedBody | null {
  const first = parts.find((p) => p.bytes && p.bytes.byteLength > 0)?.bytes;
  if (!first || first.byteLength < 3) return null;
  const head = new Uint8Array(first, 0, 3);
  const format = formatOf(head[0]!, head[1]!, head[2]!);
  if (!format) return null;
  let total = 0;
  for (const p of parts) total += p.bytes?.byteLength ?? 0;
  if (total > MAX_COMPRESSED_BYTES) return null;
  const buffers = parts.flatMap((p) => (p.bytes ? [p.bytes] : []));
  return {
    format,
    encoding: 'bytes',
    size: total,
    bytes() {
      const out = new Uint8Array(total);
      let at = 0;
      for (const b of buffers) {
        out.set(new Uint8Array(b), at);
        at += b.byteLength;
      }
      return out;
    },
  };
}

/** A text body that is base64 of a gzip or zlib stream (`H4sI…`, `eJ…`). */
function fromBase64Text(body: string): CompressedBody | null {
  const text = body.trim();
  // Cheapest test first: gzip's base64 always starts `H4sI`; zlib's with a `e`/`e`-like letter pair.
  const c0 = text.charCodeAt(0);
  if (!(text.startsWith('H4sI') || (c0 === 101 /* e */ && text.length > 4))) return null;
  if (text.length > (MAX_COMPRESSED_BYTES * 4) / 3 + 4) return null;
  const head = base64Bytes(text.slice(0, 4));
  if (!head || head.length < 3) return null;
  const format = formatOf(head[0]!, head[1]!, head[2]!);
  if (!format) return null;
  return { format, encoding: 'base64', size: text.length, bytes: () => base64Bytes(text) };
}

/**
 * The request's body when its shape says it is compressed: raw bytes with a gzip
 * or zlib header (the browser's `requestBody.raw`, passed in as `rawParts`), or a
 * text body of base64 gzip/zlib. Constant work for every other body.
 */
export function compressedBodyOf(request: ObservedRequest, rawParts?: readonly { bytes?: ArrayBuffer }[] | null): CompressedBody | null {
  try {
    if (request.method !== 'POST') return null;
    if (rawParts && rawParts.length > 0) {
      const raw = fromParts(rawParts);
      if (raw) return raw;
    }
    return typeof request.body === 'string' && request.body.length >= 8 ? fromBase64Text(request.body) : null;
  } catch {
    return null;
  }
}
