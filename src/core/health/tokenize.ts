// Text → word tokens, folded the way the lexicons are written: lower case, diacritics
// removed (patiënt → patient, ü → u), split on anything that is not a letter or digit
// (so 'ggz-behandelaar' is two tokens and 'burn-out' is the phrase 'burn out').

const WORD = /[\p{L}\p{N}]+/gu;
const MARKS = /[\u0300-\u036f]/g;

/** Tokens longer than this are not words (hashes, base64, minified junk). */
const MAX_TOKEN_LENGTH = 40;

export interface Tokens {
  /** Folded tokens in order. */
  folded: string[];
  /** First original spelling of each folded token, for reasons shown to people. */
  surface: Map<string, string>;
}

export function foldWord(word: string): string {
  // NFD splits 'ë' into 'e' + combining mark; plain ASCII skips the work.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(word);
  return ascii ? word.toLowerCase() : word.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** Tokenises at most maxChars of text into at most maxTokens tokens. */
export function tokenize(text: string, maxTokens = 20_000, maxChars = 60_000): Tokens {
  const folded: string[] = [];
  const surface = new Map<string, string>();
  const source = text.length > maxChars ? text.slice(0, maxChars) : text;
  // One fold per distinct spelling: body text repeats words a lot.
  const foldCache = new Map<string, string>();
  for (const match of source.matchAll(WORD)) {
    const word = match[0];
    if (word.length > MAX_TOKEN_LENGTH) continue;
    let f = foldCache.get(word);
    if (f === undefined) {
      f = foldWord(word);
      foldCache.set(word, f);
    }
    folded.push(f);
    if (!surface.has(f)) surface.set(f, word);
    if (folded.length >= maxTokens) break;
  }
  return { folded, surface };
}
