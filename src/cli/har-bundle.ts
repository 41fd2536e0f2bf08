// A HAR recording → the evidence bundle and how it was recorded, in-process (the
// audit command and the tests use the same code). Times keep the recording's own
// offset (Dutch time when it is UTC); the original HAR is hashed as it was read.
import { createHash } from 'node:crypto';
import { buildEvidenceBundle, type EvidenceBundle } from '../core/evidence/index';
import type { Recording } from '../core/letters/index';
import { siteOf } from '../core/trackers/party';
import { loadTrackerDbFromPackage, trackerDbPaths } from './load-tracker-db';
import { harBrowser, harOffset } from './har-recording';
import { visitsFromHar } from './har-visits';

export interface HarBundle {
  bundle: EvidenceBundle;
  recording: Extract<Recording, { kind: 'har' }>;
}

export async function bundleFromHar(harBytes: Uint8Array, fileName: string, options: { generatedAt: number; pixelwachtVersion: string }): Promise<HarBundle> {
  const har = JSON.parse(new TextDecoder().decode(harBytes)) as unknown;
  const trackers = await loadTrackerDbFromPackage();
  const visits = visitsFromHar(har, trackers);
  if (visits.length === 0) throw new Error('the HAR file holds no page with requests');
  // The audited site is the first page's; other sites' pages in the same recording are left out.
  const site = siteOf(visits[0]!.url) ?? visits[0]!.site;
  const agent = harBrowser(har);
  const bundle = buildEvidenceBundle({
    site,
    visits: visits.filter((v) => v.site === site),
    generatedAt: options.generatedAt,
    pixelwachtVersion: options.pixelwachtVersion,
    browser: agent ?? { name: 'unknown', version: 'unknown' },
    trackerDbVersion: trackerDbPaths().version,
    timezoneOffsetMinutes: harOffset(har),
  });
  const sha256 = createHash('sha256').update(harBytes).digest('hex');
  return { bundle, recording: { kind: 'har', browser: agent ? `${agent.name} ${agent.version}`.trim() : null, fileName, sha256 } };
}
