// Loads the tracker database once per worker start from the extension's own
// packaged file (runtime.getURL — this never touches the network).
import browser from 'webextension-polyfill';
import { createTrackerIdentifier, type TrackerIdentifier } from '../core/trackers/tracker-db';

export async function loadTrackerDb(): Promise<TrackerIdentifier> {
  const response = await fetch(browser.runtime.getURL('trackerdb.engine'));
  const bytes = new Uint8Array(await response.arrayBuffer());
  return createTrackerIdentifier(bytes, __TRACKERDB_VERSION__);
}
