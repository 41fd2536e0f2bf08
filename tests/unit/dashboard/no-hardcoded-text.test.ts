// Every word a person reads in the popup and the dashboard comes from _locales:
// JSX text with letters, and text attributes (aria-label, title, alt,
// placeholder...) given as string literals, are flagged. Parsed with the
// TypeScript compiler, so generics and comparisons are not mistaken for JSX.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label']);
const LETTERS = /\p{L}/u;
// Language names in their own language (a language switch) are the same in every locale.
const AUTONYMS = new Set(['Nederlands', 'English']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsxFiles(path) : name.endsWith('.tsx') ? [path] : [];
  });
}

/** Hard-coded user-visible text in a TSX source, as `line: text`. */
export function hardCodedText(source: string, fileName = 'x.tsx'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTERS.test(node.text) && !AUTONYMS.has(node.text.trim())) found.push(`${where(node)}: ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const literal = init && ts.isStringLiteral(init) ? init : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression) ? init.expression : null;
      if (literal && LETTERS.test(literal.text)) found.push(`${where(node)}: ${node.name.getText(file)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('no hard-coded user-visible text', () => {
  test('the check finds text nodes and text attributes, and ignores code', () => {
    const sample = [
      'const a = <p>Hello</p>;',
      'const b = <p>{t("x")} · {n}</p>;',
      'const c = <button aria-label="Close">{t("y")}</button>;',
      'const d = <svg role="img" aria-label={t("z")} />;',
      'function f<T>(x: T) { return 1 < 2 && 3 > 2 ? x : x; }',
      'const e = <span title={"Plain"} />;',
      'const g = <label><input type="radio" />Nederlands</label>;',
    ].join('\n');
    expect(hardCodedText(sample)).toEqual(['1: Hello', '3: aria-label="Close"', '6: title="Plain"']);
  });

  const files = [...tsxFiles(join(ROOT, 'src/dashboard')), ...tsxFiles(join(ROOT, 'src/popup'))];
  test.each(files.map((f) => [relative(ROOT, f), f]))('%s has none', (_name, file) => {
    expect(hardCodedText(readFileSync(file, 'utf8'), file)).toEqual([]);
  });
});
