// The numbered annexes of the complaint, the tip and the letter to the organisation,
// so the text can refer to them ("bijlage 1"). A HAR recorded outside the extension
// is annexed as it was recorded, with its own SHA-256.
import { longDate } from '../evidence/format-date';
import type { EvidenceBundle, Lang } from '../evidence/types';
import { devToolsOf, type Recording } from './recording';
import { placeholder } from './text';

export type AnnexId = 'evidence' | 'har' | 'report' | 'method' | 'screenshots' | 'correspondence';

export interface Annex {
  id: AnnexId;
  n: number;
  text: string;
}

export interface AnnexOptions {
  digest: string;
  recording: Recording;
  correspondence: boolean;
  screenshots: boolean;
  /** The tip's annex: the evidence file with the user's identifiers taken out. */
  redactedEvidence?: boolean;
}

export function annexList(bundle: EvidenceBundle, lang: Lang, o: AnnexOptions): Annex[] {
  const nl = lang === 'nl';
  const { browser: agent } = bundle;
  const items: [AnnexId, string][] = [];
  items.push(['evidence', o.redactedEvidence
    ? nl ? `bewerkt bewijsbestand van Pixelwacht (JSON), zonder mijn eigen identificatiecodes en zonder volledige webadressen; SHA-256: ${o.digest}` : `Pixelwacht’s evidence file (JSON), edited to leave out my own identifiers and full page addresses; SHA-256: ${o.digest}`
    : nl ? `bewijsbestand van Pixelwacht (JSON), SHA-256: ${o.digest}` : `Pixelwacht’s evidence file (JSON), SHA-256: ${o.digest}`]);
  if (o.recording.kind === 'har') {
    items.push(['har', nl
      ? `het oorspronkelijke HAR-bestand ${o.recording.fileName}, zoals vastgelegd met ${devToolsOf(o.recording.browser, 'nl')}; SHA-256: ${o.recording.sha256}`
      : `the original HAR file ${o.recording.fileName}, as recorded with ${devToolsOf(o.recording.browser, 'en')}; SHA-256: ${o.recording.sha256}`]);
  }
  items.push(['report', nl ? 'leesbaar bewijsrapport (HTML of PDF), afgeleid van bijlage 1' : 'readable evidence report (HTML or PDF), derived from annex 1']);
  items.push(['method', o.recording.kind === 'har'
    ? nl ? `methode: vastgelegd met ${devToolsOf(o.recording.browser, 'nl')}, geanalyseerd met Pixelwacht ${bundle.generator.version} (trackerdatabase ${bundle.trackerDatabase.version}) op ${longDate(bundle.generatedAt, lang)}` : `method: recorded with ${devToolsOf(o.recording.browser, 'en')}, analysed with Pixelwacht ${bundle.generator.version} (tracker database ${bundle.trackerDatabase.version}) on ${longDate(bundle.generatedAt, lang)}`
    : nl ? `methode: Pixelwacht ${bundle.generator.version} in ${agent.name} ${agent.version}, trackerdatabase ${bundle.trackerDatabase.version}, bestand gemaakt op ${longDate(bundle.generatedAt, lang)}` : `method: Pixelwacht ${bundle.generator.version} in ${agent.name} ${agent.version}, tracker database ${bundle.trackerDatabase.version}, file made on ${longDate(bundle.generatedAt, lang)}`]);
  if (o.screenshots) items.push(['screenshots', placeholder(nl ? 'schermafbeeldingen, als u die toevoegt' : 'screenshots, if you add them')]);
  if (o.correspondence) items.push(['correspondence', nl ? 'de correspondentie met de organisatie' : 'the correspondence with the organisation']);
  return items.map(([id, text], i) => ({ id, n: i + 1, text }));
}

export function annexText(annexes: Annex[], lang: Lang): string {
  return annexes.map((a) => `${lang === 'nl' ? 'Bijlage' : 'Annex'} ${a.n}: ${a.text}`).join('\n');
}

export function annexRef(annexes: Annex[], id: AnnexId, lang: Lang): string {
  const a = annexes.find((x) => x.id === id);
  return a ? `${lang === 'nl' ? 'bijlage' : 'annex'} ${a.n}` : '';
}
