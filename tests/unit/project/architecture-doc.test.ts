// docs/ARCHITECTURE.md must stay true as the code changes: every repository path it
// names in backticks must exist.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const DOC = readFileSync(resolve(ROOT, 'docs/ARCHITECTURE.md'), 'utf8');

/** `src/...`, `tests/...`, `scripts/...`, `docs/...` and top-level config files named in backticks. */
function namedPaths(text: string): string[] {
  const paths = new Set<string>();
  for (const [, inner] of text.matchAll(/`([^`\s]+)`/g)) {
    if (/^(src|tests|scripts|docs|public)\//.test(inner!) || /^[\w.-]+\.(js|ts|json)$/.test(inner!)) paths.add(inner!.replace(/\/$/, ''));
  }
  return [...paths];
}

describe('docs/ARCHITECTURE.md', () => {
  const paths = namedPaths(DOC);

  it('names the files it describes', () => {
    expect(paths.length).toBeGreaterThan(30);
  });

  it('names only paths that exist', () => {
    expect(paths.filter((p) => !existsSync(resolve(ROOT, p)))).toEqual([]);
  });
});
