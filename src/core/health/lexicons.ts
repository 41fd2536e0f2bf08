// The compiled lexicons, built once per module load and shared by the page classifier
// and the disclosure check, so both recognise exactly the same words.
import { compileLexicon, type CompiledLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en';
import { LEXICON_NL } from './lexicon-nl';

const COMPILED: Record<'nl' | 'en', CompiledLexicon> = { nl: compileLexicon(LEXICON_NL), en: compileLexicon(LEXICON_EN) };

/** The lexicon for a language; both when the language is neither Dutch nor English (or unknown). */
export function lexiconsFor(language: string | undefined): CompiledLexicon[] {
  if (language === 'nl') return [COMPILED.nl];
  if (language === 'en') return [COMPILED.en];
  return [COMPILED.nl, COMPILED.en];
}
