// Does a page's address already say it is about health? Checked on the main_frame
// request, before the page has sent anything, so that a tab rule can be in place
// for its first tracker request. The words are the classifier's own lexicons; the
// host is left to the site lists, the path and the query values are read (a search
// for 'kanker' is a page about cancer). Only words that name a condition or a
// treatment on their own count, and a counter topic (car or travel insurance, jobs)
// as strong as the health word turns it off: the classifier weighs the page later.
import { matchPhrases, matchToken, type LexiconEntry } from '../health/lexicon';
import { lexiconsFor } from '../health/lexicons';
import { safeDecode } from '../health/page-fields';
import { tokenize } from '../health/tokenize';

/** A word this strong names a condition or treatment by itself (the lexicons' weight 3 and 2.5). */
export const ADDRESS_HEALTH_WEIGHT = 2.5;
const MAX_ADDRESS_CHARS = 1000;
const MAX_ADDRESS_TOKENS = 60;

export interface AddressVerdict {
  health: boolean;
  /** The health words found, as folded tokens (for the log and the tests). */
  words: string[];
}

function addressText(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme <= 0) return '';
  const rest = url.slice(scheme + 3, scheme + 3 + MAX_ADDRESS_CHARS);
  const slash = rest.search(/[/?#]/);
  if (slash === -1) return '';
  const afterHost = rest.slice(slash).split('#')[0] as string;
  // Query names (campaign and click-id parameters) are noise; their values and the path are words.
  const [path, query = ''] = afterHost.split('?', 2) as [string, string?];
  const values = query.split('&').map((pair) => pair.slice(pair.indexOf('=') + 1).replace(/\+/g, ' '));
  return [path, ...values].map(safeDecode).join(' ');
}

export function addressSaysHealth(url: string): AddressVerdict {
  const tokens = tokenize(addressText(url), MAX_ADDRESS_TOKENS, MAX_ADDRESS_CHARS).folded;
  let health = 0;
  let counter = 0;
  const words: string[] = [];
  const weigh = (entry: LexiconEntry, word: string) => {
    if ('health' in entry.target) {
      if (entry.weight >= ADDRESS_HEALTH_WEIGHT) {
        health = Math.max(health, entry.weight);
        if (!words.includes(word)) words.push(word);
      }
    } else counter = Math.max(counter, entry.weight);
  };
  for (const lex of lexiconsFor(undefined)) {
    for (const token of tokens) for (const entry of matchToken(lex, token)) weigh(entry, token);
    for (const hit of matchPhrases(lex, tokens)) weigh(hit.entry, tokens.slice(hit.at, hit.at + hit.words).join(' '));
  }
  return { health: health > 0 && counter < health, words };
}
