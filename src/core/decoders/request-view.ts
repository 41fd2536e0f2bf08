// A request taken apart once, cheaply, for every decoder that looks at it. The
// URL is split by hand rather than with `new URL`: it is faster, never throws, and
// keeps the raw (still encoded) query, which the leak finder searches as sent.
import type { ObservedRequest } from '../model';
import { MAX_BODY_CHARS, MAX_QUERY_CHARS } from './limits';
import { flattenJson, parseJson, parseParams, type Params } from './parse';

export interface RequestView {
  readonly request: ObservedRequest;
  /** Lower-case host without port or credentials; '' when the URL has none. */
  readonly host: string;
  /** Path as sent (still encoded), '/' when empty. For Floodlight it holds the `;` parameters. */
  readonly path: string;
  /** Query string as sent, without '?' or fragment, capped at MAX_QUERY_CHARS. */
  readonly query: string;
  /** Body capped at MAX_BODY_CHARS; null when there is none. */
  readonly body: string | null;
  /** True when the browser or this view cut the body or the query short. */
  readonly truncated: boolean;
  /** Query parameters, parsed on first use. */
  queryParams(): Params;
  /** Body as a form (`a=b&c=d`), parsed on first use. */
  bodyParams(): Params;
  /** Body as flattened JSON (`context.page.url`), or null when the body is not JSON. */
  bodyJson(): Params | null;
}

export interface UrlParts {
  host: string;
  path: string;
  query: string;
}

export function splitUrl(url: string): UrlParts {
  const scheme = url.indexOf('://');
  if (scheme < 0 || scheme > 16) return { host: '', path: '/', query: '' };
  const start = scheme + 3;
  let end = start;
  while (end < url.length) {
    const c = url.charCodeAt(end);
    if (c === 47 /* / */ || c === 63 /* ? */ || c === 35 /* # */) break;
    end++;
  }
  let authority = url.slice(start, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let host: string;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    host = close > 0 ? authority.slice(0, close + 1) : authority;
  } else {
    const colon = authority.indexOf(':');
    host = colon >= 0 ? authority.slice(0, colon) : authority;
  }
  host = host.toLowerCase();
  if (host.endsWith('.')) host = host.slice(0, -1);
  const hash = url.indexOf('#', end);
  const stop = hash >= 0 ? hash : url.length;
  const q = url.indexOf('?', end);
  const pathEnd = q >= 0 && q < stop ? q : stop;
  const path = url.slice(end, pathEnd) || '/';
  const query = q >= 0 && q < stop ? url.slice(q + 1, Math.min(stop, q + 1 + MAX_QUERY_CHARS)) : '';
  return { host, path, query };
}

/** `parts`: the request URL already split by the caller (analyseRequest splits it once per request). */
export function viewOf(request: ObservedRequest, split?: UrlParts): RequestView {
  const url = typeof request.url === 'string' ? request.url : '';
  const parts = split ?? splitUrl(url);
  const rawBody = typeof request.body === 'string' && request.body.length > 0 ? request.body : null;
  const body = rawBody && rawBody.length > MAX_BODY_CHARS ? rawBody.slice(0, MAX_BODY_CHARS) : rawBody;
  const queryCut = parts.query.length >= MAX_QUERY_CHARS;
  let truncated = request.bodyTruncated === true || body !== rawBody || queryCut;
  let query: Params | undefined;
  let form: Params | undefined;
  let json: Params | null | undefined;
  return {
    request,
    host: parts.host,
    path: parts.path,
    query: parts.query,
    body,
    get truncated() {
      return truncated;
    },
    queryParams() {
      if (!query) {
        const r = parseParams(parts.query);
        query = r.params;
        if (r.truncated) truncated = true;
      }
      return query;
    },
    bodyParams() {
      if (!form) {
        const r = body ? parseParams(body) : { params: new Map<string, string>(), truncated: false };
        form = r.params;
        if (r.truncated) truncated = true;
      }
      return form;
    },
    bodyJson() {
      if (json === undefined) {
        const parsed = body ? parseJson(body) : undefined;
        if (parsed === undefined) json = null;
        else {
          const r = flattenJson(parsed);
          json = r.params;
          if (r.truncated) truncated = true;
        }
      }
      return json;
    },
  };
}

/** Last non-empty path segment, lower-case: `/g/collect/` → `collect`, `/matomo/matomo.php` → `matomo.php`. */
export function lastSegment(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  const semi = path.indexOf(';');
  if (semi >= 0 && semi < end) end = semi;
  const start = path.lastIndexOf('/', end - 1) + 1;
  return path.slice(start, end).toLowerCase();
}
