// One manifest.json is the source of truth; this config derives the manifest
// for each browser (TARGET=chrome|firefox) and builds into dist/<target>.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

type Target = 'chrome' | 'firefox';
const target: Target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';

const root = import.meta.dirname;
const readJson = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const pkg = readJson('package.json');
const trackerDbPkg = readJson('node_modules/@ghostery/trackerdb/package.json');

type Manifest = Record<string, unknown> & { background: { service_worker: string; type?: string } };

function manifestFor(browser: Target): Manifest {
  const manifest = readJson('manifest.json') as Manifest;
  manifest.version = pkg.version;
  if (browser === 'chrome') {
    // Chrome warns about keys it does not know.
    delete manifest.browser_specific_settings;
    // The health shield blocks with declarativeNetRequest in Chromium (MV3 Chrome has no blocking
    // webRequest); its permission is required there because Chromium 156 grants it as an optional
    // permission but then never settles a call to the API (src/core/shield/permission.ts). It shows
    // no warning and adds nothing to the host access already held.
    delete manifest.optional_permissions;
    manifest.permissions = [...((manifest.permissions ?? []) as string[]), 'declarativeNetRequestWithHostAccess'];
    return manifest;
  }
  // Firefox runs MV3 backgrounds as event pages; crxjs reads the entry from scripts[0].
  manifest.background = { scripts: [manifest.background.service_worker], type: 'module' } as never;
  return manifest;
}

// The tracker database ships as a serialized engine; the background loads it
// from the extension's own files (never from the network).
function trackerDbAsset(): Plugin {
  return {
    name: 'pixelwacht-trackerdb-asset',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'trackerdb.engine',
        source: readFileSync(resolve(root, 'node_modules/@ghostery/trackerdb/dist/trackerdb.engine')),
      });
    },
  };
}

// Pixelwacht renders page-supplied text only as text. Preact's one HTML sink
// (dangerouslySetInnerHTML, which no component uses) is turned into a text sink,
// so no future component can render markup by mistake — and the add-on linter
// has no innerHTML assignment to warn about. The build fails if Preact changes.
function preactWithoutHtmlSink(): Plugin {
  const SINK = '(t.innerHTML=h.__html)';
  return {
    name: 'pixelwacht-preact-without-html-sink',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id)) return null;
      if (!code.includes(SINK)) this.error(`Preact's HTML sink changed; update ${SINK} in vite.config.ts`);
      return { code: code.replace(SINK, '(t.textContent=h.__html)'), map: null };
    },
  };
}

export default defineConfig({
  plugins: [preactWithoutHtmlSink(), preact(), crx({
      manifest: manifestFor(target) as unknown as ManifestV3Export,
      browser: target,
      // Self-contained content scripts: no loader, nothing exposed to pages as web-accessible.
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }), trackerDbAsset()],
  define: {
    __TRACKERDB_VERSION__: JSON.stringify(trackerDbPkg.version),
    __TARGET__: JSON.stringify(target),
  },
  build: {
    outDir: `dist/${target}`,
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    rollupOptions: {
      input: {
        onboarding: resolve(root, 'src/onboarding/index.html'),
        dashboard: resolve(root, 'src/dashboard/index.html'),
      },
    },
  },
});
