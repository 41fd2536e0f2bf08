// Turns DuckDuckGo autoconsent rules into Pixelwacht's compact CMP table.
//
// Autoconsent rules are written to *act* on a banner (click through to opt out).
// Pixelwacht only observes, so from each rule we keep: the selectors that show the
// CMP is present (detectCmp `exists`), that its banner is showing (detectPopup), and
// which buttons mean what when the *user* clicks them. The last click of an opt-in
// flow is "accept all". In an opt-out flow, a click whose selector names a refusal
// (reject, deny, necessary...) is "reject", a lone click is "reject", and the last
// click after opening the settings is "save a selection" (as is any click whose
// selector says save/confirm). Earlier clicks only open settings; close/dismiss
// buttons are no choice at all. XPath selectors and `eval` steps are dropped (the content script cannot
// use them); a selector claimed by both opt-in and opt-out is dropped as ambiguous.
//
// Source: @duckduckgo/autoconsent rules/rules.json — Copyright (c) DuckDuckGo, Inc.
// and contributors, Mozilla Public License 2.0 (https://mozilla.org/MPL/2.0/).
// The generated table is a derived form of those rules and stays under the MPL-2.0.

import type { CmpRule, CmpSelector } from '../../src/core/consent/cmp-rule-types';

/** The subset of autoconsent's rule format we read (lib/rules.ts there). */
export interface AutoconsentStep {
  exists?: CmpSelector;
  visible?: CmpSelector;
  waitForVisible?: CmpSelector;
  click?: CmpSelector;
  waitForThenClick?: CmpSelector;
  all?: boolean;
  negated?: boolean;
  if?: { exists?: CmpSelector; visible?: CmpSelector };
  then?: AutoconsentStep[];
  else?: AutoconsentStep[];
  any?: AutoconsentStep[];
}

export interface AutoconsentRule {
  name: string;
  runContext?: { main?: boolean; frame?: boolean; urlPattern?: string };
  detectCmp: AutoconsentStep[];
  detectPopup: AutoconsentStep[];
  optIn: AutoconsentStep[];
  optOut: AutoconsentStep[];
}

const REFUSAL = /reject|deny|denied|decline|refuse|disagree|necessary|essential|required|only|opt-?out|do-not-consent|disallow|nein|ablehn|weiger/i;
const SAVING = /save|confirm|submit|selected|selection|speicher/i;
/** Closing a banner is not a choice (recital 32: inaction is not consent, nor refusal). */
const CLOSING = /close|dismiss|schliessen|fermer|sluit/i;
const TOGGLE = /checkbox|toggle|switch|slider|input\[/i;
const MAX_PATHS = 64;

export function deriveCmpRule(rule: AutoconsentRule, cmp: string): CmpRule {
  const detect = dedupe(rule.detectCmp.flatMap((s) => (s.exists !== undefined && !s.negated ? usable(s.exists) : [])));
  const popup = dedupe(collectPresence(rule.detectPopup));
  const optIn: CmpSelector[] = [];
  const optOut: CmpSelector[] = [];
  const save: CmpSelector[] = [];
  for (const path of linearPaths(rule.optIn)) {
    const last = path[path.length - 1];
    if (last !== undefined) optIn.push(last);
  }
  for (const path of linearPaths(rule.optOut)) {
    path.forEach((sel, i) => {
      const isLast = i === path.length - 1;
      const parts = splitSelectorList(sel);
      const refusing = parts.filter((p) => REFUSAL.test(p));
      if (refusing.length > 0) optOut.push(...refusing.map((p) => withLast(sel, p)));
      else if (!isLast || CLOSING.test(lastOf(sel))) return;
      else if (path.length === 1 && !SAVING.test(lastOf(sel))) optOut.push(sel);
      else save.push(sel);
    });
  }
  const inSet = new Set(optIn.map(key));
  const outSet = new Set([...optOut, ...save].map(key));
  const notBoth = (s: CmpSelector) => !(inSet.has(key(s)) && outSet.has(key(s)));
  const out: CmpRule = {
    cmp,
    source: rule.name,
    detect,
    popup: popup.length > 0 ? popup : detect,
    optIn: dedupe(optIn.filter(notBoth)),
    optOut: dedupe(optOut.filter(notBoth)),
    save: dedupe(save.filter((s) => notBoth(s) && !optOut.some((o) => key(o) === key(s)))),
    main: rule.runContext?.main ?? true,
    frame: rule.runContext?.frame ?? false,
  };
  if (rule.runContext?.urlPattern) out.urlPattern = rule.runContext.urlPattern;
  return out;
}

/** Every linear sequence of (usable, non-toggle) click selectors through if/then/else and any. */
export function linearPaths(steps: readonly AutoconsentStep[]): CmpSelector[][] {
  return allPaths(steps).filter((p) => p.length > 0);
}

function allPaths(steps: readonly AutoconsentStep[]): CmpSelector[][] {
  let paths: CmpSelector[][] = [[]];
  for (const step of steps) {
    let branches: CmpSelector[][];
    if (step.then || step.else) {
      branches = [...allPaths(step.then ?? []), ...allPaths(step.else ?? [])];
    } else if (step.any) {
      branches = step.any.flatMap((s) => allPaths([s]));
    } else {
      const sel = step.click ?? step.waitForThenClick;
      const ok = sel !== undefined && !step.all && usable(sel).length > 0 && !TOGGLE.test(lastOf(sel));
      branches = [ok ? [sel] : []];
    }
    const next: CmpSelector[][] = [];
    for (const p of paths) for (const b of branches) if (next.length < MAX_PATHS) next.push([...p, ...b]);
    paths = next;
  }
  return paths;
}

/** Selectors in detectPopup that say "this is showing": visible / exists / waitForVisible, at any depth. */
function collectPresence(steps: readonly AutoconsentStep[]): CmpSelector[] {
  const out: CmpSelector[] = [];
  for (const s of steps) {
    if (!s.negated) {
      for (const sel of [s.visible, s.exists, s.waitForVisible]) if (sel !== undefined) out.push(...usable(sel));
    }
    if (s.then) out.push(...collectPresence(s.then));
    if (s.else) out.push(...collectPresence(s.else));
    if (s.any) out.push(...collectPresence(s.any));
  }
  return out;
}

/** A selector the content script can run: no XPath anywhere in it. */
function usable(sel: CmpSelector): CmpSelector[] {
  const parts = typeof sel === 'string' ? [sel] : sel;
  if (parts.length === 0 || parts.some((p) => typeof p !== 'string' || p.startsWith('xpath/') || p.trim() === '')) return [];
  return [sel];
}

/** Splits "a, b[x='1,2'], c" at top-level commas only (of the last selector in a chain). */
export function splitSelectorList(sel: CmpSelector): string[] {
  const css = lastOf(sel);
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(css.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(css.slice(start).trim());
  return parts.filter((p) => p !== '');
}

function lastOf(sel: CmpSelector): string {
  return typeof sel === 'string' ? sel : (sel[sel.length - 1] ?? '');
}

function withLast(sel: CmpSelector, last: string): CmpSelector {
  return typeof sel === 'string' ? last : [...sel.slice(0, -1), last];
}

function key(sel: CmpSelector): string {
  return typeof sel === 'string' ? sel : sel.join(' >>> ');
}

function dedupe(list: CmpSelector[]): CmpSelector[] {
  const seen = new Set<string>();
  return list.filter((s) => (seen.has(key(s)) ? false : (seen.add(key(s)), true)));
}
