// schema.org facts from JSON-LD blocks: every @type at any depth, and the names in a
// BreadcrumbList. Shared by the DOM reader and the HTML-string reader. Bounded: the
// walk stops at a depth and node budget, and malformed JSON is simply skipped.
import { schemaTypeName } from './schema-types';

const MAX_DEPTH = 12;
const MAX_NODES = 5_000;
const MAX_BLOCK_CHARS = 300_000;

export interface JsonLdFacts {
  types: string[];
  breadcrumbs: string[];
}

export function jsonLdFacts(blocks: readonly string[]): JsonLdFacts {
  const types = new Set<string>();
  const breadcrumbs: string[] = [];
  let budget = MAX_NODES;

  const walk = (node: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const t = obj['@type'];
    const names = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map(schemaTypeName);
    for (const name of names) types.add(name);
    if (names.includes('BreadcrumbList') && breadcrumbs.length === 0) breadcrumbs.push(...crumbNames(obj['itemListElement']));
    for (const value of Object.values(obj)) if (value && typeof value === 'object') walk(value, depth + 1);
  };

  for (const block of blocks) {
    if (block.length > MAX_BLOCK_CHARS) continue;
    try {
      walk(JSON.parse(block), 0);
    } catch {
      // Pages ship broken JSON-LD all the time; it just tells us nothing.
    }
  }
  return { types: [...types], breadcrumbs };
}

function crumbNames(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  const items = list
    .filter((x): x is Record<string, unknown> => !!x && typeof x === 'object')
    .sort((a, b) => Number(a['position'] ?? 0) - Number(b['position'] ?? 0));
  const out: string[] = [];
  for (const it of items.slice(0, 12)) {
    const item = it['item'];
    const name = typeof it['name'] === 'string' ? it['name'] : item && typeof item === 'object' ? (item as Record<string, unknown>)['name'] : undefined;
    if (typeof name === 'string' && name.trim()) out.push(name.trim().slice(0, 300));
  }
  return out;
}
