// Small text helpers shared by the letters.
import type { Lang } from '../evidence/types';

export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${lang === 'nl' ? ' en ' : ' and '}${items[items.length - 1]}`;
}

/** A placeholder the user must fill in, visibly marked. */
export function placeholder(what: string): string {
  return `[${what}]`;
}

export function paragraphs(...parts: Array<string | false | null | undefined>): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.length > 0).join('\n\n');
}
