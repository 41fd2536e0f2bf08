// `pixelwacht pages FILE.jsonl`: one page per line ({url, title?, text?, html?, lang?})
// → one verdict per line. `html` is read by the same page reader as the content script
// reads the rendered page (src/core/health/page-reader.ts), so both agree.
import { readFileSync } from 'node:fs';
import { verdictFromPageInput, type PageInput } from '../core/health/page-input';
import type { VerdictKind } from '../core/health/types';

export interface PageLineOutput {
  health: boolean;
  /** health / general (about health in general) / none. */
  kind: VerdictKind;
  score: number;
  categories: string[];
  reasons: string[];
  language: string | null;
  error?: string;
}

/** The verdict for one parsed line (in-process: the e2e agreement test calls this). */
export function pageLine(value: unknown): PageLineOutput {
  const page = value && typeof value === 'object' ? (value as PageInput) : null;
  if (!page || typeof page.url !== 'string') return { health: false, kind: 'none', score: 0, categories: [], reasons: [], language: null, error: 'missing url' };
  const v = verdictFromPageInput(page);
  return { health: v.health, kind: v.kind, score: v.score, categories: v.categories, reasons: v.reasons, language: v.language };
}

export function pagesCommand(path: string, print: (value: unknown) => void): void {
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      print({ health: false, kind: 'none', score: 0, categories: [], reasons: [], language: null, error: 'invalid JSON' });
      continue;
    }
    print(pageLine(value));
  }
}
