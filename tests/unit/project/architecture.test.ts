// The design's boundaries, checked so that they stay true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const importsOf = (text: string) => [...text.matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1]!);
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('architecture', () => {
  const core = files(join(ROOT, 'src/core'));

  test('core/ imports only core/ and pure libraries', () => {
    const allowedPackages = ['tldts', '@ghostery/trackerdb', '@iabtcf/core', 'valibot', '@duckduckgo/autoconsent'];
    for (const file of core) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.')) {
          const target = resolve(file, '..', spec);
          expect(relative(join(ROOT, 'src/core'), target).startsWith('..'), `${relative(ROOT, file)} imports ${spec}`).toBe(false);
        } else {
          expect(allowedPackages.some((p) => spec === p || spec.startsWith(`${p}/`)), `${relative(ROOT, file)} imports ${spec}`).toBe(true);
        }
      }
    }
  });

  test('core/ never touches browser APIs or the DOM', () => {
    for (const file of core) {
      const code = withoutComments(readFileSync(file, 'utf8'));
      expect(code, relative(ROOT, file)).not.toMatch(/\b(browser|chrome)\.[a-zA-Z]+|\bdocument\.|\bwindow\.|\blocalStorage\b/);
    }
  });

  test('content/ does not import the background or UI code, nor a UI library', () => {
    for (const file of files(join(ROOT, 'src/content'))) {
      for (const spec of importsOf(readFileSync(file, 'utf8'))) {
        expect(spec, relative(ROOT, file)).not.toMatch(/background|popup|dashboard|^preact/);
      }
    }
  });

  test('no eval or remote code anywhere in src/', () => {
    for (const file of files(join(ROOT, 'src'))) {
      const code = withoutComments(readFileSync(file, 'utf8'));
      expect(code, relative(ROOT, file)).not.toMatch(/\beval\(|new Function\(|importScripts\(\s*['"]https?:/);
    }
  });
});
