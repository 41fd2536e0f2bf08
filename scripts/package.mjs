// Release packages, after `npm run build` (run as `npm run package`):
//   release/pixelwacht-<version>-chrome.zip   dist/chrome at the zip root
//   release/pixelwacht-<version>-firefox.zip  dist/firefox at the zip root
//   release/pixelwacht-<version>-source.zip   the tracked source files and BUILD.md, for add-on review
// then `web-ext lint` on dist/firefox (fails on errors, reports warnings).
// Zips are written here in plain Node (no zip binary needed): entries sorted,
// fixed timestamps, so the same input gives the same archive.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outDir = join(root, 'release');

// --- a minimal ZIP writer (stored or deflated entries, no ZIP64: fine below 4 GB) ---
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const DOS_TIME = 0; // 00:00:00
const DOS_DATE = (2000 - 1980) << 9 | 1 << 5 | 1; // 2000-01-01: a fixed date keeps archives reproducible

/** entries: [{ name, data: Buffer }]; returns the archive. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const nameBuf = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, 2.0
    local.copy(central, 6, 4, 30); // version needed .. name length are the same fields
    central.writeUInt16LE(0, 30); // extra length
    central.writeUInt16LE(0, 32); // comment length
    central.writeUInt16LE(0, 34); // disk
    central.writeUInt16LE(0, 36); // internal attributes
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // -rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + body.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}

/** Every file under dir, as zip entries with '/'-separated names relative to dir. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push({ name: relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

const BUILD_MD = `# Building Pixelwacht ${version} from source

Requirements: Node.js 20 (20.15 or later) and npm 11, on Linux, macOS or Windows.
No other tools, no network access besides the npm registry for \`npm ci\`.

\`\`\`sh
npm ci
npm run build
\`\`\`

\`npm run build\` builds both browsers with Vite: the Firefox add-on is written to
\`dist/firefox\` (the Chrome extension to \`dist/chrome\`). The contents of \`dist/firefox\`
are what \`pixelwacht-${version}-firefox.zip\` holds.

The build is reproducible: every dependency is pinned to an exact version and
integrity hash in \`package-lock.json\`, which \`npm ci\` installs exactly. Nothing is
downloaded during the build itself; the tracker database (\`trackerdb.engine\`) is copied
from the pinned \`@ghostery/trackerdb\` package. The bundles are minified by Vite
(no source maps); all source is in \`src/\`. See README.md and NOTICE for licences.
`;

function write(name, entries) {
  const path = join(outDir, name);
  const archive = zip(entries);
  writeFileSync(path, archive);
  console.log(`${relative(root, path)}: ${entries.length} files, ${(archive.length / 1024).toFixed(1)} KiB`);
}

for (const target of ['chrome', 'firefox']) {
  if (!existsSync(join(root, 'dist', target, 'manifest.json'))) {
    console.error(`dist/${target}/manifest.json is missing: run \`npm run build\` first (or \`npm run package\`).`);
    process.exit(1);
  }
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
write(`pixelwacht-${version}-chrome.zip`, filesUnder(join(root, 'dist', 'chrome')));
write(`pixelwacht-${version}-firefox.zip`, filesUnder(join(root, 'dist', 'firefox')));

// Source: the files git tracks, as they are in the working tree (what was just built).
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
const sources = tracked
  .filter((name) => name !== 'BUILD.md' && existsSync(join(root, name)) && statSync(join(root, name)).isFile())
  .map((name) => ({ name, data: readFileSync(join(root, name)) }));
write(`pixelwacht-${version}-source.zip`, [...sources, { name: 'BUILD.md', data: Buffer.from(BUILD_MD) }]);

// web-ext lint on the Firefox build: errors fail the release, warnings are reported.
const lint = spawnSync(join(root, 'node_modules', '.bin', 'web-ext'), ['lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  maxBuffer: 64 * 1024 * 1024,
});
let report;
try {
  report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
} catch {
  console.error('web-ext lint gave no JSON report:', lint.error ?? '', lint.stdout, lint.stderr);
  process.exit(1);
}
const { errors = 0, warnings = 0, notices = 0 } = report.summary ?? {};
console.log(`web-ext lint (dist/firefox): ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) console.log(`  ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
if (errors > 0) process.exit(1);
