// Every user-facing string lives in _locales, in both languages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const en = load('en');
const nl = load('nl');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const placeholders = (text: string) => (text.match(/\$\d/g) ?? []).sort();

describe('locales', () => {
  test('English and Dutch have the same keys, none empty, with the same placeholders', () => {
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(en[key]!.message.trim(), key).not.toBe('');
      expect(nl[key]!.message.trim(), key).not.toBe('');
      expect(placeholders(nl[key]!.message), key).toEqual(placeholders(en[key]!.message));
    }
  });

  test('every message key the code and the manifest use exists', () => {
    const used = new Set<string>();
    const patterns = [/\bt\(\s*'([A-Za-z0-9_]+)'/g, /getMessage\(\s*'([A-Za-z0-9_]+)'/g, /data-i18n="([A-Za-z0-9_]+)"/g, /__MSG_([A-Za-z0-9_]+)__/g];
    const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'manifest.json')];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });
});
