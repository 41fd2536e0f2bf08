import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { golden } from './golden-file';

describe('golden files', () => {
  test('a missing golden file fails and is not written', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pixelwacht-golden-')), 'missing.txt');
    expect(() => golden(path, 'text', false)).toThrow(/golden file missing/);
    expect(existsSync(path)).toBe(false);
  });

  test('with the update switch it is written, then compared', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'pixelwacht-golden-')), 'new.txt');
    golden(path, 'text', true);
    expect(() => golden(path, 'text', false)).not.toThrow();
    expect(() => golden(path, 'other', false)).toThrow();
  });
});
