// Compiles a LexiconSource (lexicon-format.ts) into lookup tables once, and matches
// single tokens and short phrases against them. Every lookup is a Map/Set hit on a
// slice of the token; the only scan is one precompiled alternation for the few
// stems allowed anywhere inside a compound.
import type { Lang } from '../model';
import type { LexiconSource } from './lexicon-format';
import type { CounterTopic, HealthCategory } from './types';

export type EntryTarget = { health: HealthCategory } | { counter: CounterTopic };

export interface LexiconEntry {
  /** The entry as written in the lexicon, e.g. 'fysiothera*'. */
  source: string;
  weight: number;
  target: EntryTarget;
}

export interface CompiledLexicon {
  lang: Lang;
  exact: Map<string, LexiconEntry>;
  prefix: Map<string, LexiconEntry>;
  prefixLengths: number[];
  suffix: Map<string, LexiconEntry>;
  suffixLengths: number[];
  infix: Map<string, LexiconEntry>;
  infixPattern: RegExp | null;
  /** Short whole-token entries that may head a compound with a known tail. */
  heads: Map<string, LexiconEntry>;
  headLengths: number[];
  tails: Set<string>;
  inflections: readonly string[];
  /** Phrases keyed by their words joined with a space; both 2- and 3-word phrases. */
  phrases: Map<string, LexiconEntry>;
  /** Every first word of a phrase, to skip most tokens quickly. */
  phraseStarts: Set<string>;
}

const SHORT_HEAD = 4;

function lengthsOf(map: Map<string, unknown>): number[] {
  return [...new Set([...map.keys()].map((k) => k.length))].sort((a, b) => b - a);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Parses one 'word*:2.5' item. Exported for the lexicon validity test. */
export function parseEntry(item: string): { text: string; weight: number; mode: 'exact' | 'exact-only' | 'prefix' | 'suffix' | 'infix' | 'phrase' } {
  const colon = item.lastIndexOf(':');
  const weight = colon >= 0 ? Number(item.slice(colon + 1)) : 1;
  let text = (colon >= 0 ? item.slice(0, colon) : item).trim();
  const lead = text.startsWith('*');
  const trail = text.endsWith('*');
  text = text.replace(/^\*|\*$/g, '');
  if (text.includes(' ')) return { text, weight, mode: 'phrase' };
  if (lead && trail) return { text, weight, mode: 'infix' };
  if (lead) return { text, weight, mode: 'suffix' };
  if (trail) return { text, weight, mode: 'prefix' };
  if (text.endsWith('.')) return { text: text.slice(0, -1), weight, mode: 'exact-only' };
  return { text, weight, mode: 'exact' };
}

export function compileLexicon(src: LexiconSource): CompiledLexicon {
  const lex: CompiledLexicon = {
    lang: src.lang,
    exact: new Map(),
    prefix: new Map(),
    prefixLengths: [],
    suffix: new Map(),
    suffixLengths: [],
    infix: new Map(),
    infixPattern: null,
    heads: new Map(),
    headLengths: [],
    tails: new Set(src.compoundTails.split(/\s+/).filter(Boolean)),
    inflections: src.inflections,
    phrases: new Map(),
    phraseStarts: new Set(),
  };
  // Keep the heavier entry when two lists name the same key.
  const put = (map: Map<string, LexiconEntry>, key: string, entry: LexiconEntry) => {
    const old = map.get(key);
    if (!old || old.weight < entry.weight) map.set(key, entry);
  };
  const add = (list: string, target: EntryTarget) => {
    for (const raw of list.split(',')) {
      const item = raw.trim();
      if (!item) continue;
      const { text, weight, mode } = parseEntry(item);
      const entry: LexiconEntry = { source: item.replace(/:[\d.]+$/, ''), weight, target };
      switch (mode) {
        case 'exact':
          put(lex.exact, text, entry);
          for (const ending of src.inflections) put(lex.exact, text + ending, entry);
          if (text.length <= SHORT_HEAD) put(lex.heads, text, entry);
          break;
        case 'exact-only':
          put(lex.exact, text, entry);
          break;
        case 'prefix':
          put(lex.prefix, text, entry);
          break;
        case 'suffix':
          put(lex.suffix, text, entry);
          break;
        case 'infix':
          put(lex.infix, text, entry);
          break;
        case 'phrase': {
          const words = text.split(/\s+/);
          put(lex.phrases, words.join(' '), entry);
          for (const ending of src.inflections) put(lex.phrases, words.join(' ') + ending, entry);
          lex.phraseStarts.add(words[0] ?? '');
          break;
        }
      }
    }
  };
  for (const [category, list] of Object.entries(src.categories)) add(list, { health: category as HealthCategory });
  for (const [topic, list] of Object.entries(src.counters)) add(list, { counter: topic as CounterTopic });
  lex.prefixLengths = lengthsOf(lex.prefix);
  lex.suffixLengths = lengthsOf(lex.suffix);
  lex.headLengths = lengthsOf(lex.heads);
  const infixes = [...lex.infix.keys()].sort((a, b) => b.length - a.length);
  lex.infixPattern = infixes.length ? new RegExp(infixes.map(escapeRegExp).join('|')) : null;
  return lex;
}

function targetKey(t: EntryTarget): string {
  return 'health' in t ? t.health : `counter:${t.counter}`;
}

/**
 * Entries one token matches, at most one per category or counter topic (the heaviest).
 * A generic 'general-health' hit is dropped when the token also names a specific area
 * (fysiotherapie is rehabilitation, not also generic 'therapie').
 */
export function matchToken(lex: CompiledLexicon, token: string): LexiconEntry[] {
  const hits: LexiconEntry[] = [];
  const exact = lex.exact.get(token);
  if (exact) hits.push(exact);

  for (const len of lex.prefixLengths) {
    if (len > token.length) continue;
    const e = lex.prefix.get(token.slice(0, len));
    if (e) {
      hits.push(e);
      break;
    }
  }

  // Compound heads sit at the end: borstkanker, kinderpsycholoog; also with an inflection.
  suffixes: for (const stem of stemsOf(token, lex.inflections)) {
    for (const len of lex.suffixLengths) {
      if (len > stem.length) continue;
      const e = lex.suffix.get(stem.slice(stem.length - len));
      if (e) {
        hits.push(e);
        break suffixes;
      }
    }
  }

  if (lex.infixPattern) {
    const m = lex.infixPattern.exec(token);
    const e = m ? lex.infix.get(m[0]) : undefined;
    if (e) hits.push(e);
  }

  // 'hivtest', 'ivfbehandeling': a short term only counts before a known tail.
  if (!exact) {
    for (const len of lex.headLengths) {
      if (len >= token.length) continue;
      const e = lex.heads.get(token.slice(0, len));
      if (e && stemsOf(token.slice(len), lex.inflections).some((rest) => lex.tails.has(rest))) {
        hits.push(e);
        break;
      }
    }
  }

  if (hits.length <= 1) return hits;
  const best = new Map<string, LexiconEntry>();
  for (const h of hits) {
    const k = targetKey(h.target);
    const old = best.get(k);
    if (!old || old.weight < h.weight) best.set(k, h);
  }
  const out = [...best.values()];
  const specific = out.some((h) => 'health' in h.target && h.target.health !== 'general-health');
  return specific ? out.filter((h) => !('health' in h.target && h.target.health === 'general-health')) : out;
}

/** The token and the token without each inflection ending that leaves a plausible stem. */
function stemsOf(token: string, inflections: readonly string[]): string[] {
  const out = [token];
  for (const ending of inflections) {
    if (token.length - ending.length >= 3 && token.endsWith(ending)) out.push(token.slice(0, -ending.length));
  }
  return out;
}

export interface PhraseHit {
  entry: LexiconEntry;
  /** Index of the phrase's first token. */
  at: number;
  words: number;
}

/** Phrases of two or three words in a token sequence. */
export function matchPhrases(lex: CompiledLexicon, tokens: readonly string[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const first = tokens[i] as string;
    if (!lex.phraseStarts.has(first)) continue;
    const two = `${first} ${tokens[i + 1]}`;
    const three = i + 2 < tokens.length ? `${two} ${tokens[i + 2]}` : '';
    const e3 = three ? lex.phrases.get(three) : undefined;
    if (e3) {
      hits.push({ entry: e3, at: i, words: 3 });
      i += 2;
      continue;
    }
    const e2 = lex.phrases.get(two);
    if (e2) {
      hits.push({ entry: e2, at: i, words: 2 });
      i += 1;
    }
  }
  return hits;
}
