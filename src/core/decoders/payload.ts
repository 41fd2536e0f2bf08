// Where a tag put its parameters: query, form body or JSON body. Vendors that
// accept all three (Meta, Snapchat, Reddit) read them through one merged view.
import { MAX_EVENTS } from './limits';
import { parseJson, parseParams, splitLines, type Params } from './parse';
import type { RequestView } from './request-view';

function bodyLooksJson(body: string): boolean {
  const c = body.trimStart().charCodeAt(0);
  return c === 123 || c === 91;
}

/** Body parameters: flattened JSON when the body is JSON, else the form fields. */
export function bodyParams(view: RequestView): Params {
  if (!view.body) return new Map();
  if (bodyLooksJson(view.body)) return view.bodyJson() ?? new Map();
  return view.bodyParams();
}

/** Query and body parameters together; a name in the query wins over the same name in the body. */
export function allParams(view: RequestView): Params {
  const query = view.queryParams();
  if (!view.body) return query;
  const merged = new Map(query);
  for (const [k, v] of bodyParams(view)) if (!merged.has(k)) merged.set(k, v);
  return merged;
}

/** A body of newline-separated query strings (GA4, Universal Analytics batches), one Params per line. */
export function bodyLines(view: RequestView): { events: Params[]; truncated: boolean } {
  if (!view.body || bodyLooksJson(view.body) || !view.body.includes('=')) return { events: [], truncated: false };
  const { lines, truncated } = splitLines(view.body, MAX_EVENTS);
  let cut = truncated;
  const events = lines.map((line) => {
    const r = parseParams(line);
    if (r.truncated) cut = true;
    return r.params;
  });
  return { events, truncated: cut };
}

/** The body parsed as JSON (not flattened), for vendors whose bodies hold arrays of events. */
export function bodyJsonValue(view: RequestView): unknown {
  return view.body && bodyLooksJson(view.body) ? parseJson(view.body) : undefined;
}

/** Case-sensitive parameter lookup in several maps, first hit wins. */
export function pick(name: string, ...maps: Params[]): string | undefined {
  for (const m of maps) {
    const v = m.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}
