// Singular or plural by count, in both languages: "1 bezoek" / "2 bezoeken",
// "1 site" / "3 sites". Every count a letter prints goes through here.
import type { Lang } from '../evidence/types';

const WORDS = {
  visit: { nl: ['bezoek', 'bezoeken'], en: ['visit', 'visits'] },
  page: { nl: ['pagina', 'pagina’s'], en: ['page', 'pages'] },
  request: { nl: ['verzoek', 'verzoeken'], en: ['request', 'requests'] },
  observation: { nl: ['waarneming', 'waarnemingen'], en: ['observation', 'observations'] },
  site: { nl: ['site', 'sites'], en: ['site', 'sites'] },
} as const satisfies Record<string, Record<Lang, readonly [string, string]>>;

export type Countable = keyof typeof WORDS;

/** The noun alone, by count. */
export function noun(word: Countable, n: number, lang: Lang): string {
  return WORDS[word][lang][n === 1 ? 0 : 1];
}

/** "1 bezoek", "2 bezoeken". */
export function counted(word: Countable, n: number, lang: Lang): string {
  return `${n} ${noun(word, n, lang)}`;
}

/** "waarneming 3" / "waarnemingen 1, 2 en 4" — references to numbered observations. */
export function observationRefs(numbers: readonly number[], lang: Lang): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b).map(String);
  const list = sorted.length <= 1 ? sorted.join('') : `${sorted.slice(0, -1).join(', ')}${lang === 'nl' ? ' en ' : ' and '}${sorted.at(-1)}`;
  return `${noun('observation', sorted.length, lang)} ${list}`;
}
