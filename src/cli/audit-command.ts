// `audit FILE.har [--letter nl|en|nl,en] [--consent nothing|refused|accepted|no-banner]
//  [--still-sends yes|no|unknown] [--email ADDRESS] [--phone NUMBER] [--out DIR]`: a recorded browsing
// session → the evidence file (next to the HAR, or in DIR) with its SHA-256, the report
// as text, and with --letter the letter to the organisation and the complaint, in each
// language asked, all citing the one evidence file. The person's own statement of what
// they chose in the banner comes from --consent; without it the letters say nothing
// about consent. --email and --phone are hashed locally to check a hashed e-mail address
// or phone number that was sent.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { canonicalJson } from '../core/evidence/canonical-json';
import { evidenceDigest, parseEvidence, serialiseEvidence, type EvidenceBundle, type Lang } from '../core/evidence/index';
import { draftApComplaint, draftOrganisationLetter, matchEmailHashes, matchPhoneHashes, type BannerChoice, type StillSends } from '../core/letters/index';
import { bundleFromHar } from './har-bundle';
import { textReport } from './text-report';

export interface AuditOptions {
  /** Languages to draft the letters in; empty: no letters. */
  letters: Lang[];
  out: string | null;
  consent: BannerChoice | null;
  stillSends: StillSends | null;
  email: string | null;
  /** A phone number to hash locally (--phone), like --email. */
  phone?: string | null;
  /** The letters' date, YYYY-MM-DD; today when absent. */
  date?: string;
  /** Epoch ms for a new evidence file; now when absent. */
  now?: number;
}

const PACKAGE_VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const sameRecords = (a: EvidenceBundle, b: EvidenceBundle) => a.site === b.site && canonicalJson(a.visits) === canonicalJson(b.visits);

export async function auditCommand(path: string, options: AuditOptions): Promise<string> {
  const harBytes = readFileSync(path);
  const now = options.now ?? Date.now();
  const { bundle: fresh, recording } = await bundleFromHar(harBytes, basename(path), { generatedAt: now, pixelwachtVersion: PACKAGE_VERSION });
  // --out DIR need not exist yet.
  if (options.out) mkdirSync(options.out, { recursive: true });
  const file = join(options.out ?? dirname(path), `${basename(path).replace(/\.har$/i, '')}.pixelwacht-evidence.json`);
  // One evidence file per recording: a second run (the other language) reuses the file
  // it wrote, so every letter cites the same bytes and the same SHA-256.
  let bytes = serialiseEvidence(fresh);
  let bundle = fresh;
  if (existsSync(file)) {
    const existing = readFileSync(file);
    const parsed = parseEvidence(existing);
    if (parsed && sameRecords(parsed, fresh)) {
      bytes = existing;
      bundle = parsed;
    }
  }
  if (bundle === fresh) writeFileSync(file, bytes);
  const digest = await evidenceDigest(bytes, async (b) => createHash('sha256').update(b).digest('hex'));

  const reportLang = options.letters[0] ?? 'en';
  const parts = [
    textReport(bundle, reportLang, digest),
    '',
    `${reportLang === 'nl' ? 'Bewijsbestand' : 'Evidence file'}: ${file}`,
    `${reportLang === 'nl' ? 'Oorspronkelijk HAR-bestand' : 'Original HAR file'}: ${path} (SHA-256 ${recording.sha256})`,
  ];
  const emailMatches = options.email ? matchEmailHashes(bundle, options.email) : [];
  if (options.email) parts.push(reportLang === 'nl' ? `E-mailcontrole: ${emailMatches.length ? 'de hash van uw e-mailadres komt voor in het bewijs' : 'de hash van uw e-mailadres komt niet voor'}` : `E-mail check: ${emailMatches.length ? 'the hash of your e-mail address appears in the evidence' : 'the hash of your e-mail address does not appear'}`);
  const phoneMatches = options.phone ? matchPhoneHashes(bundle, options.phone) : [];
  if (options.phone) parts.push(reportLang === 'nl' ? `Telefooncontrole: ${phoneMatches.length ? 'de hash van uw telefoonnummer komt voor in het bewijs' : 'de hash van uw telefoonnummer komt niet voor'}` : `Phone check: ${phoneMatches.length ? 'the hash of your phone number appears in the evidence' : 'the hash of your phone number does not appear'}`);
  const date = options.date ?? new Date(now).toISOString().slice(0, 10);
  const statement = { choice: options.consent, stillSends: options.stillSends };
  for (const lang of options.letters) {
    const common = { bundle, lang, digest, date, sender: {}, statement, emailMatches, phoneMatches, recording };
    const letter = draftOrganisationLetter({ ...common, requests: ['access', 'withdraw', 'object', 'stop', 'erasure', 'joint-controllers'] });
    const complaint = draftApComplaint(common);
    const rule = '='.repeat(72);
    parts.push('', rule, letter.subject, rule, letter.body, '', rule, complaint.subject, rule, complaint.body);
  }
  return parts.join('\n');
}
