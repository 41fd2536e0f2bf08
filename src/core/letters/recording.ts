// How the evidence was recorded: by the extension while browsing, or as a HAR file
// from the browser's developer tools that Pixelwacht analysed afterwards. The
// letters say which, and a HAR is hashed and annexed as it was recorded.

/** "de ontwikkelaarstools van Chrome 156", or "… van een browser" when the recording does not name it. */
export function devToolsOf(browser: string | null, lang: Lang): string {
  return lang === 'nl' ? `de ontwikkelaarstools van ${browser ?? 'een browser'}` : `the developer tools of ${browser ?? 'a browser'}`;
}
import type { EvidenceBundle, Lang } from '../evidence/types';

export type Recording =
  | { kind: 'extension' }
  | {
      kind: 'har';
      /** "Chrome 156" from the recording's own user agent, or the HAR's browser or creator; null when it does not say. */
      browser: string | null;
      /** The HAR's file name, as the user will attach it. */
      fileName: string;
      /** SHA-256 of the HAR file's bytes, exactly as recorded. */
      sha256: string;
    };

export const EXTENSION_RECORDING: Recording = { kind: 'extension' };

/** "Met de browserextensie Pixelwacht 0.1.0 in Firefox 140.0 legde ik vast …". */
export function recordingSentence(recording: Recording, bundle: EvidenceBundle, lang: Lang): string {
  const nl = lang === 'nl';
  const one = bundle.visits.length === 1;
  const these = one ? (nl ? 'dit bezoek' : 'this visit') : nl ? 'deze bezoeken' : 'these visits';
  const during = one ? (nl ? 'tijdens dat bezoek' : 'during that visit') : nl ? 'tijdens die bezoeken' : 'during these visits';
  const v = bundle.generator.version;
  if (recording.kind === 'har') {
    return nl
      ? `Ik heb ${these} vastgelegd met de ontwikkelaarstools van mijn browser${recording.browser ? ` (${recording.browser})` : ''}, als HAR-bestand, en dat bestand daarna geanalyseerd met Pixelwacht ${v}. Daaruit blijkt dat mijn browser ${during} verzoeken verstuurde naar andere bedrijven dan het uwe.`
      : `I recorded ${these} with my browser’s developer tools${recording.browser ? ` (${recording.browser})` : ''} as a HAR file, and afterwards analysed that file with Pixelwacht ${v}. It shows that ${during} my browser sent requests to companies other than yours.`;
  }
  const { browser: agent } = bundle;
  return nl
    ? `Met de browserextensie Pixelwacht ${v} in ${agent.name} ${agent.version} heb ik vastgelegd dat mijn browser ${during} verzoeken verstuurde naar andere bedrijven dan het uwe.`
    : `With the browser extension Pixelwacht ${v} in ${agent.name} ${agent.version} I recorded that ${during} my browser sent requests to companies other than yours.`;
}
