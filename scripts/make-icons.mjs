// Draws the toolbar icons (an eye watching a pixel) into public/icons as PNG,
// with no image library: a tiny PNG encoder over node:zlib. Run once after a
// design change: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
// Supersampled drawing: a rounded teal square, a white eye, a dark pupil that is a square pixel.
function shade(x, y) {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (dx * dx + dy * dy > r * r) return null;
  const ex = (x - 0.5) / 0.42;
  const ey = (y - 0.5) / 0.24;
  const inEye = ex * ex + ey * ey <= 1;
  const inPupil = Math.abs(x - 0.5) < 0.11 && Math.abs(y - 0.5) < 0.11;
  if (inPupil) return [17, 24, 39];
  if (inEye) return [255, 255, 255];
  return [15, 118, 110];
}
function pixel(size) {
  const n = 4;
  return (u, v) => {
    let acc = [0, 0, 0], hits = 0;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const c = shade(u + (i + 0.5) / n / size - 0.5 / size, v + (j + 0.5) / n / size - 0.5 / size);
      if (c) { acc = acc.map((a, k) => a + c[k]); hits++; }
    }
    if (!hits) return [0, 0, 0, 0];
    return [...acc.map((a) => Math.round(a / hits)), Math.round((255 * hits) / (n * n))];
  };
}
mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, png(size, pixel(size)));
