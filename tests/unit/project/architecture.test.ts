// The design's boundaries, checked so that they stay true.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
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

  // `eslint .` checks every core file against the rule; this checks that the rule is there and bites
  // (a global use is caught, a field that merely has such a name is not).
  test('the lint config keeps core/ from touching browser APIs or the DOM', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const restricted = async (code: string, file = 'src/core/probe.ts') => {
      const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
      return result!.messages.filter((m) => m.ruleId === 'no-restricted-globals').length;
    };
    for (const global of ['browser.runtime.id', 'chrome.tabs', 'document.title', 'window.name', 'localStorage.length', 'navigator.userAgent']) {
      expect(await restricted(`export const x = ${global};\n`), global).toBe(1);
    }
    expect(await restricted('export const name = (input: { browser: { name: string } }) => input.browser.name;\n')).toBe(0);
    expect(await restricted('export const x = browser.runtime.id;\n', 'src/background/probe.ts')).toBe(0);
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
