// The CLI's Inflater: node:zlib, streamed so that output stops at the cap (a
// decompression bomb costs at most `maxBytes`), tolerant of a cut-off stream.
import { constants, createGunzip, createInflate } from 'node:zlib';
import type { Inflater, InflateResult } from '../core/decoders/compressed-body';

export const nodeInflater: Inflater = {
  inflate(bytes, format, maxBytes): Promise<InflateResult> {
    return new Promise((resolve, reject) => {
      const options = { finishFlush: constants.Z_SYNC_FLUSH };
      const stream = format === 'gzip' ? createGunzip(options) : createInflate(options);
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (truncated: boolean) => {
        if (done) return;
        done = true;
        const all = Buffer.concat(chunks, size);
        resolve({ bytes: new Uint8Array(all.buffer, all.byteOffset, Math.min(size, maxBytes)), truncated });
      };
      stream.on('data', (chunk: Buffer) => {
        if (done) return;
        chunks.push(chunk);
        size += chunk.length;
        // Exactly at the cap is not yet cut: only more output than the cap is.
        if (size > maxBytes) {
          finish(true);
          stream.destroy();
        }
      });
      stream.on('end', () => finish(false));
      stream.on('error', (error) => {
        if (size > 0) finish(true);
        else if (!done) {
          done = true;
          reject(error);
        }
      });
      stream.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  },
};
