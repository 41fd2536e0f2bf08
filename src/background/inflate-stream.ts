// The background's Inflater: the platform's DecompressionStream (Chrome 80+,
// Firefox 113+), read chunk by chunk and cancelled once the cap is reached, so a
// decompression bomb costs at most `maxBytes`. Injected into core, which has no
// browser APIs of its own.
import type { Inflater, InflateResult } from '../core/decoders/compressed-body';

export const streamInflater: Inflater = {
  async inflate(bytes, format, maxBytes): Promise<InflateResult> {
    const input = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream();
    const reader = input.pipeThrough(new DecompressionStream(format)).getReader();
    const out = new Uint8Array(maxBytes);
    let size = 0;
    let truncated = false;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const room = maxBytes - size;
        if (value.byteLength >= room) {
          out.set(value.subarray(0, room), size);
          size += room;
          truncated = value.byteLength > room;
          if (truncated) break;
          continue;
        }
        out.set(value, size);
        size += value.byteLength;
      }
    } catch (error) {
      // A stream cut short (the browser capped the body) still gave what it could.
      if (size === 0) throw error;
      truncated = true;
    } finally {
      void reader.cancel().catch(() => undefined);
    }
    return { bytes: out.subarray(0, size), truncated };
  },
};
