// Shared parsing helpers for tag payloads. None of them throws: malformed input
// yields what could be read, and every loop is bounded by the limits in limits.ts.
import { MAX_JSON_DEPTH, MAX_JSON_LEAVES, MAX_PARAMS } from './limits';

/** Parameters in the order first seen; the first value of a repeated name wins. */
export type Params = Map<string, string>;

const PERCENT_ASCII = /%([0-7][0-9A-Fa-f])/g;

/**
 * Percent-decodes once. Broken sequences (`%E0%A4%A`, a lone `%`) make
 * decodeURIComponent throw; then only the valid ASCII escapes are decoded.
 */
export function decodeComponent(value: string, plusIsSpace = true): string {
  let s = value;
  if (plusIsSpace && s.includes('+')) s = s.replace(/\+/g, ' ');
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s.replace(PERCENT_ASCII, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  }
}

/** True when a decoded value still looks percent-encoded (a URL encoded twice). */
export function looksEncoded(value: string): boolean {
  return /%(?:2[0-9A-Fa-f]|3[A-Fa-f]|40|5[BbDd]|7[Bb])/.test(value);
}

/** Decodes a value that may have been URL-encoded twice (common for page addresses). At most two extra rounds. */
export function decodeRepeated(value: string): string {
  let s = value;
  for (let i = 0; i < 2 && looksEncoded(s); i++) {
    const next = decodeComponent(s, false);
    if (next === s) break;
    s = next;
  }
  return s;
}

/** Parses `a=b&c=d` (also `;`-separated when `separator` says so). Never more than MAX_PARAMS entries. */
export function parseParams(text: string, separator = '&', into: Params = new Map()): { params: Params; truncated: boolean } {
  let start = 0;
  let count = 0;
  const len = text.length;
  while (start <= len) {
    let end = text.indexOf(separator, start);
    if (end < 0) end = len;
    if (end > start) {
      if (++count > MAX_PARAMS) return { params: into, truncated: true };
      const eq = text.indexOf('=', start);
      const hasValue = eq >= 0 && eq < end;
      const key = decodeComponent(text.slice(start, hasValue ? eq : end));
      if (key && !into.has(key)) into.set(key, hasValue ? decodeComponent(text.slice(eq + 1, end)) : '');
    }
    start = end + 1;
  }
  return { params: into, truncated: false };
}

/** Nesting beyond which JSON is not parsed at all: V8 takes milliseconds to fail on 60,000 open brackets. */
const MAX_JSON_NESTING = 64;

/** True when brackets nest deeper than `limit` (strings skipped). One linear pass, no allocation. */
function nestsTooDeep(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \\ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** Parses JSON without throwing; undefined when it is not JSON or nests absurdly deep. */
export function parseJson(text: string): unknown {
  const t = text.trimStart();
  const c = t.charCodeAt(0);
  // Only objects and arrays: a bare number or string is not a payload worth flattening.
  if (c !== 123 /* { */ && c !== 91 /* [ */) return undefined;
  if (nestsTooDeep(t, MAX_JSON_NESTING)) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    return undefined;
  }
}

/**
 * Flattens JSON into dotted paths (`context.page.url`, `pd.em.0`), bounded in depth
 * and leaves. Strings stay strings; numbers and booleans become their text.
 */
export function flattenJson(value: unknown, prefix = '', into: Params = new Map()): { params: Params; truncated: boolean } {
  const state = { truncated: false };
  walk(value, prefix, 0, into, state);
  return { params: into, truncated: state.truncated };
}

function walk(value: unknown, path: string, depth: number, out: Params, state: { truncated: boolean }): void {
  if (out.size >= MAX_JSON_LEAVES) {
    state.truncated = true;
    return;
  }
  if (value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (path && !out.has(path)) out.set(path, value);
    return;
  }
  if (typeof value === 'number' || typeof value === 'boolean') {
    if (path && !out.has(path)) out.set(path, String(value));
    return;
  }
  if (typeof value !== 'object') return;
  if (depth >= MAX_JSON_DEPTH) {
    state.truncated = true;
    return;
  }
  if (Array.isArray(value)) {
    const n = Math.min(value.length, MAX_JSON_LEAVES);
    for (let i = 0; i < n; i++) walk(value[i], path ? `${path}.${i}` : String(i), depth + 1, out, state);
    return;
  }
  for (const key in value as Record<string, unknown>) {
    if (out.size >= MAX_JSON_LEAVES) {
      state.truncated = true;
      return;
    }
    walk((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, depth + 1, out, state);
  }
}

/** Splits a newline-separated batch (GA4, Universal Analytics /batch), at most `max` non-empty lines. */
export function splitLines(text: string, max: number): { lines: string[]; truncated: boolean } {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) {
      if (lines.length >= max) return { lines, truncated: true };
      lines.push(line);
    }
    start = end + 1;
  }
  return { lines, truncated: false };
}

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** Decodes standard or URL-safe base64 to UTF-8 text; null when it is not base64 or not text. */
export function decodeBase64(value: string): string | null {
  if (value.length < 4 || !BASE64.test(value)) return null;
  try {
    const bin = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Parses a parameter that carries JSON (Pinterest `ad=`, X `events=`); the value is already URL-decoded once. */
export function jsonParam(value: string | undefined): unknown {
  if (!value) return undefined;
  const direct = parseJson(value);
  if (direct !== undefined) return direct;
  // Some tags encode the JSON once more before putting it in the URL.
  return looksEncoded(value) ? parseJson(decodeComponent(value, false)) : undefined;
}

/** Last segment of a dotted/bracketed parameter name: `ud[em]` → `em`, `context.user.email` → `email`, `pd.em.0` → `em`. */
export function leafName(name: string): string {
  let end = name.length;
  if (name.charCodeAt(end - 1) === 93 /* ] */) end--;
  let start = end;
  while (start > 0) {
    const c = name.charCodeAt(start - 1);
    if (c === 46 /* . */ || c === 91 /* [ */) {
      // Skip array indices: `pd.em.0` is about `em`.
      if (/^\d+$/.test(name.slice(start, end))) {
        end = start - 1;
        if (name.charCodeAt(end - 1) === 93) end--;
        start = end;
        continue;
      }
      break;
    }
    start--;
  }
  return name.slice(start, end).toLowerCase();
}
