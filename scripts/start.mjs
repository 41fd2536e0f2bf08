// `npm start`: serve the demo site and open a browser with the built extension.
// The browser can reach only 127.0.0.1, so the demo's tracker requests are seen
// by Pixelwacht but never reach the companies they are addressed to.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSiteServer } from '../tests/fixtures/site-server.mjs';

const root = resolve(import.meta.dirname, '..');
const which = process.argv[2] ?? 'chromium';
const site = await startSiteServer(Number(process.env.PORT ?? 8377));
const start = `${site.origin}/vergoedingen/ivf.html`;
console.log(`Demo site: ${site.origin}/  (opening ${start})`);

let child;
if (which === 'firefox') {
  const webExt = resolve(root, 'node_modules/.bin/web-ext');
  child = spawn(webExt, [
    'run', '--source-dir', resolve(root, 'dist/firefox'), '--start-url', start,
    '--firefox', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    '--pref', 'network.proxy.type=1', '--pref', 'network.proxy.http=127.0.0.1', '--pref', 'network.proxy.http_port=9',
    '--pref', 'network.proxy.ssl=127.0.0.1', '--pref', 'network.proxy.ssl_port=9',
  ], { stdio: 'inherit' });
} else {
  const profile = mkdtempSync(join(tmpdir(), 'pixelwacht-start-'));
  const dist = resolve(root, 'dist/chrome');
  child = spawn(process.env.CHROME_PATH ?? '/usr/bin/chromium', [
    `--user-data-dir=${profile}`, `--disable-extensions-except=${dist}`, `--load-extension=${dist}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // Chromium refuses to run as root with its sandbox (containers, CI machines).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    start,
  ], { stdio: 'inherit' });
}
child.on('error', (error) => {
  console.error(`Could not start the browser: ${error.message}. Install Debian's chromium / firefox-esr or set CHROME_PATH / FIREFOX_PATH.`);
  void site.close().then(() => process.exit(1));
});
child.on('exit', (code) => void site.close().then(() => process.exit(code ?? 0)));
