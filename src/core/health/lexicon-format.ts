// The source shape of a lexicon. Entries are written as compact strings so that the
// word lists stay readable (and small in the content-script bundle):
//
//   word        the whole token, or the token plus one of the language's inflections
//               ('soa' matches soa, soas; 'arts' matches arts, artsen)
//   word.       the whole token only, no inflections ('gp' must not match 'gps')
//   stem*       the token starts with stem ('fysiothera*' → fysiotherapeut, fysiotherapiebehandeling)
//   *stem       the token ends with stem, optionally plus an inflection; this is the head of a
//               Dutch compound ('*kanker' → borstkanker)
//   *stem*      anywhere inside the token; only for long, unambiguous stems ('*diabetes*')
//   two words   consecutive tokens; the last one may be inflected ('eating disorder' → disorders)
//   ...:2.5     weight (default 1)
//
// Words are written lower case, without diacritics (patiënt → patient), as the tokenizer
// folds them. Short words (≤ 4 letters) that are written as whole tokens may also head a
// compound whose remainder is a known tail ('hiv' → hivtest, 'ivf' → ivfbehandeling), but
// never match as an arbitrary substring ('hiv' inside 'archive' does not count).
import type { Lang } from '../model';
import type { CounterTopic, HealthCategory } from './types';

export interface LexiconSource {
  lang: Lang;
  /** Inflection endings tried on whole-token entries and compound heads. */
  inflections: readonly string[];
  /** Remainders that make a short whole-token entry count inside a compound. */
  compoundTails: string;
  categories: Record<HealthCategory, string>;
  counters: Record<CounterTopic, string>;
}
