// `audit FILE.har [--letter nl|en] [--out DIR]`: a recorded browsing session →
// the evidence file (written next to the HAR, or to DIR) with its SHA-256, the
// readable report as text, and with --letter both drafts — the letter to the
// organisation and the complaint to the AP — with placeholders for the parties.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { buildEvidenceBundle, evidenceDigest, serialiseEvidence, type Lang } from '../core/evidence/index';
import { draftApComplaint, draftOrganisationLetter } from '../core/letters/index';
import { siteOf } from '../core/trackers/party';
import { loadTrackerDbFromPackage, trackerDbPaths } from './load-tracker-db';
import { textReport } from './text-report';
import { visitsFromHar } from './har-visits';

export interface AuditOptions {
  letter: Lang | null;
  out: string | null;
}

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function harCreator(har: unknown): { name: string; version: string } {
  const creator = (har as { log?: { browser?: { name?: unknown; version?: unknown }; creator?: { name?: unknown; version?: unknown } } })?.log;
  const from = creator?.browser ?? creator?.creator;
  return {
    name: typeof from?.name === 'string' ? `HAR recording (${from.name})` : 'HAR recording',
    version: typeof from?.version === 'string' ? from.version : 'unknown',
  };
}

export async function auditCommand(path: string, options: AuditOptions): Promise<string> {
  const har = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const trackers = await loadTrackerDbFromPackage();
  const visits = visitsFromHar(har, trackers);
  if (visits.length === 0) throw new Error('the HAR file holds no page with requests');
  // The audited site is the first page's; other sites' pages in the same recording are left out.
  const site = siteOf(visits[0]!.url) ?? visits[0]!.site;
  const ofSite = visits.filter((v) => v.site === site);
  const now = Date.now();
  const bundle = buildEvidenceBundle({
    site,
    visits: ofSite,
    generatedAt: now,
    pixelwachtVersion: PACKAGE_VERSION,
    browser: harCreator(har),
    trackerDbVersion: trackerDbPaths().version,
    timezoneOffsetMinutes: (t: number) => -new Date(t).getTimezoneOffset(),
  });
  const bytes = serialiseEvidence(bundle);
  const digest = await evidenceDigest(bytes, async (b) => createHash('sha256').update(b).digest('hex'));
  const file = join(options.out ?? dirname(path), `${basename(path).replace(/\.har$/i, '')}.pixelwacht-evidence.json`);
  writeFileSync(file, bytes);

  const lang = options.letter ?? 'en';
  const parts = [textReport(bundle, lang, digest), '', `${lang === 'nl' ? 'Bewijsbestand' : 'Evidence file'}: ${file}`];
  if (options.letter) {
    const date = new Date(now).toISOString().slice(0, 10);
    const common = { bundle, lang: options.letter, digest, date, sender: {} };
    const letter = draftOrganisationLetter({ ...common, requests: ['access', 'withdraw', 'object', 'erasure', 'joint-controllers'] });
    const complaint = draftApComplaint(common);
    const rule = '='.repeat(72);
    parts.push('', rule, letter.subject, rule, letter.body, '', rule, complaint.subject, rule, complaint.body);
  }
  return parts.join('\n');
}
