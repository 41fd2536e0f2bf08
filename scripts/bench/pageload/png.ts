// A minimal PNG writer for the benchmark page's images: a colour gradient with
// a band of noise sized so the file is about the requested number of bytes (noise
// does not compress, so real-world image weights can be imitated without image files).
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A small deterministic PRNG (mulberry32), so every run serves the same bytes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function gradientPng(width: number, height: number, approxBytes: number, seed: number, rgb: [number, number, number]): Buffer {
  const random = prng(seed);
  const rowBytes = 1 + width * 3;
  const raw = Buffer.alloc(rowBytes * height);
  // Each noisy row adds about width*3 bytes after compression.
  const noisyRows = Math.min(height, Math.max(0, Math.round(approxBytes / (width * 3))));
  for (let y = 0; y < height; y++) {
    const row = y * rowBytes;
    raw[row] = 0; // filter: none
    const noisy = y < noisyRows;
    for (let x = 0; x < width; x++) {
      const shade = (x / width + y / height) / 2;
      for (let c = 0; c < 3; c++) {
        const base = rgb[c]! * (0.6 + 0.4 * shade);
        raw[row + 1 + x * 3 + c] = noisy ? Math.min(255, Math.floor(base * 0.8 + random() * 51)) : Math.floor(base);
      }
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
