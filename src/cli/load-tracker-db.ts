// The tracker database for Node: the serialized engine read from the installed package.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { createTrackerIdentifier, type TrackerIdentifier } from '../core/trackers/tracker-db';

const require = createRequire(import.meta.url);

export function trackerDbPaths(): { engine: string; version: string } {
  // The package exports only its code; its data files sit beside dist/cjs.
  const main = require.resolve('@ghostery/trackerdb');
  const packageDir = resolve(dirname(main), '../..');
  const { version } = JSON.parse(readFileSync(resolve(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { engine: resolve(packageDir, 'dist/trackerdb.engine'), version };
}

export function loadTrackerDbFromPackage(): Promise<TrackerIdentifier> {
  const { engine, version } = trackerDbPaths();
  return createTrackerIdentifier(new Uint8Array(readFileSync(engine)), version);
}
