// The in-page part of the consent runs (page-consent.ts), bundled once per process
// into a script the scan evaluates in the page: the extension's own banner detection
// and click classification, not a second finder.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const SCAN_GLOBAL = '__pixelwachtScan';
let bundled: Promise<string> | null = null;

export function consentScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [fileURLToPath(new URL('./page-consent.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: SCAN_GLOBAL,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((out) => out.outputFiles[0]!.text);
  return bundled;
}
