// Golden files: compared, never silently created. A missing golden is a failure
// (a test that writes what it expects passes on anything); UPDATE_GOLDEN=1 writes them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function golden(path: string, text: string, update = !!process.env.UPDATE_GOLDEN): void {
  if (update) writeFileSync(path, text);
  else if (!existsSync(path)) throw new Error(`golden file missing: ${path} (run with UPDATE_GOLDEN=1 to write it)`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}
