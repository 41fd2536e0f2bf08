// The compiled lexicons, built once on first use and shared by the page classifier and
// the disclosure check, so both recognise exactly the same words. Compiled lazily: a
// content script loaded at document_start must not spend that moment on word lists it
// needs only once the page is loaded and idle.
import type { Lang } from '../model';
import { compileLexicon, type CompiledLexicon } from './lexicon';
import { LEXICON_EN } from './lexicon-en';
import { LEXICON_NL } from './lexicon-nl';

let compiled: Record<Lang, CompiledLexicon> | null = null;

function lexicons(): Record<Lang, CompiledLexicon> {
  compiled ??= { nl: compileLexicon(LEXICON_NL), en: compileLexicon(LEXICON_EN) };
  return compiled;
}

/** The lexicon for a language; both when the language is neither Dutch nor English (or unknown). */
export function lexiconsFor(language: string | undefined): CompiledLexicon[] {
  const c = lexicons();
  if (language === 'nl') return [c.nl];
  if (language === 'en') return [c.en];
  return [c.nl, c.en];
}
