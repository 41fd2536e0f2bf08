// Collects lexicon matches per entry across the page's fields: where each entry was
// seen, how often in the body, and how it was written there. Scoring is elsewhere.
import { matchPhrases, matchToken, type CompiledLexicon, type LexiconEntry } from './lexicon';
import type { PageField } from './page-fields';
import type { SignalPlace } from './types';

export interface EntryEvidence {
  entry: LexiconEntry;
  places: Set<SignalPlace>;
  bodyCount: number;
  /** Spelling on the page at the most important place seen. */
  surface: string;
  surfacePlace: SignalPlace;
  /** Folded token that matched there (for locating it in the path). */
  folded: string;
}

/** Order in which places are preferred for showing a term to people. */
export const PLACE_ORDER: readonly SignalPlace[] = ['title', 'h1', 'url', 'breadcrumbs', 'headings', 'meta', 'body'];
const RANK = new Map(PLACE_ORDER.map((p, i) => [p, i]));

/** Matches every field against the lexicons; one match cache per call (tokens repeat). */
export function collectEvidence(fields: readonly PageField[], lexicons: readonly CompiledLexicon[]): Map<LexiconEntry, EntryEvidence> {
  const found = new Map<LexiconEntry, EntryEvidence>();
  const cache = new Map<string, LexiconEntry[]>();

  const note = (entry: LexiconEntry, place: SignalPlace, surface: string, folded: string, times: number) => {
    let ev = found.get(entry);
    if (!ev) {
      ev = { entry, places: new Set(), bodyCount: 0, surface, surfacePlace: place, folded };
      found.set(entry, ev);
    } else if ((RANK.get(place) ?? 9) < (RANK.get(ev.surfacePlace) ?? 9)) {
      ev.surface = surface;
      ev.surfacePlace = place;
      ev.folded = folded;
    }
    ev.places.add(place);
    if (place === 'body') ev.bodyCount += times;
  };

  for (const { place, tokens } of fields) {
    const counts = new Map<string, number>();
    for (const t of tokens.folded) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [token, times] of counts) {
      let hits = cache.get(token);
      if (!hits) {
        hits = matchAcross(lexicons, token);
        cache.set(token, hits);
      }
      for (const entry of hits) note(entry, place, tokens.surface.get(token) ?? token, token, times);
    }
    for (const lex of lexicons) {
      for (const hit of matchPhrases(lex, tokens.folded)) {
        const words = tokens.folded.slice(hit.at, hit.at + hit.words);
        const surface = words.map((w) => tokens.surface.get(w) ?? w).join(' ');
        note(hit.entry, place, surface, words[0] ?? '', 1);
      }
    }
  }
  return found;
}

/** With two lexicons (language unknown), one entry per target per token, the heaviest. */
function matchAcross(lexicons: readonly CompiledLexicon[], token: string): LexiconEntry[] {
  if (lexicons.length === 1) return matchToken(lexicons[0] as CompiledLexicon, token);
  const best = new Map<string, LexiconEntry>();
  for (const lex of lexicons) {
    for (const e of matchToken(lex, token)) {
      const key = 'health' in e.target ? e.target.health : `c:${e.target.counter}`;
      const old = best.get(key);
      if (!old || old.weight < e.weight) best.set(key, e);
    }
  }
  return [...best.values()];
}
