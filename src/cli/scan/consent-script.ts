// The in-page part of the scan (page-consent.ts), bundled once per process into a
// script that isolated-world.ts evaluates in a world of the scan's own: the
// extension's own banner detection and click classification, not a second finder.
// The bundle is an expression: evaluated, it gives the module's exports and leaves no
// name behind, not even in the isolated world.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

let bundled: Promise<string> | null = null;

/** An expression whose value is page-consent.ts's exports. */
export function consentScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./page-consent.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'api',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((out) => `(() => { ${out.outputFiles[0]!.text}; return api; })()`);
  return bundled;
}
