// The evidence file for the chosen visits, built in the extension page: the exact
// bytes to save, their SHA-256 (crypto.subtle), the HAR and the readable report.
import browser from 'webextension-polyfill';
import { send } from '../../protocol/client';
import { buildEvidenceBundle, evidenceDigest, redactBundleForTip, serialiseEvidence, toHar, type EvidenceBundle, type Hasher, type Lang, type UtcOffset } from '../../core/evidence';
import type { PageRecord } from '../../core/records/page-record';
import { browserFromUserAgent, type Brand } from './user-agent';

export interface EvidenceFile {
  bundle: EvidenceBundle;
  /** The bytes that are downloaded; the digest is over exactly these. */
  bytes: Uint8Array;
  digest: string;
  visits: PageRecord[];
}

/** The user's offset from UTC at each instant (daylight saving changes it). */
export const localOffset: UtcOffset = (t) => -new Date(t).getTimezoneOffset();

export const subtleHasher: Hasher = async (bytes) => {
  const hash = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
};


function versions() {
  return {
    pixelwachtVersion: browser.runtime.getManifest().version,
    browser: browserFromUserAgent(navigator.userAgent, (navigator as Navigator & { userAgentData?: { brands: Brand[] } }).userAgentData?.brands),
  };
}

export async function makeEvidenceFile(site: string, visits: PageRecord[]): Promise<EvidenceFile> {
  // The database the background loaded and named the trackers with, not a constant of this page's build.
  const { version: trackerDbVersion } = await send('dashboard:trackerDatabase', {});
  const bundle = buildEvidenceBundle({ site, visits, generatedAt: Date.now(), timezoneOffsetMinutes: localOffset, trackerDbVersion, ...versions() });
  const bytes = serialiseEvidence(bundle);
  return { bundle, bytes, digest: await evidenceDigest(bytes, subtleHasher), visits };
}

/**
 * The anonymous tip's annex: the same evidence without the user's identifiers, query
 * strings or request bodies, with its own bytes and SHA-256. The full file is untouched.
 */
export async function makeTipEvidenceFile(file: EvidenceFile, lang: Lang): Promise<EvidenceFile> {
  const bundle = redactBundleForTip(file.bundle, lang);
  const bytes = serialiseEvidence(bundle);
  return { bundle, bytes, digest: await evidenceDigest(bytes, subtleHasher), visits: [] };
}

export function harOf(file: EvidenceFile): string {
  const { pixelwachtVersion, browser: agent } = versions();
  return JSON.stringify(toHar(file.visits, { pixelwachtVersion, browser: agent, timezoneOffsetMinutes: localOffset }), null, 2) + '\n';
}

/** Save bytes or text as a file through a temporary <a download>: no permission, no network. */
export function saveFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The readable report in a new tab, from a Blob URL (the report has no scripts). */
export function openHtml(html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 5 * 60_000);
}
