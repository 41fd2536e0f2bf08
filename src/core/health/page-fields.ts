// PageSignals → tokenised fields, one per place the classifier weighs differently.
// Each field is tokenised once; the address contributes its path only (the host is
// judged by known-sites.ts, the query is too often search or tracking noise).
import { tokenize, type Tokens } from './tokenize';
import { SIGNAL_CAPS, type PageSignals, type SignalPlace } from './types';

export interface PageField {
  place: SignalPlace;
  tokens: Tokens;
}

export interface UrlParts {
  hostname: string;
  /** Decoded path, e.g. '/vergoedingen/ggz'. */
  path: string;
}

export function urlParts(url: string): UrlParts {
  try {
    const u = new URL(url);
    return { hostname: u.hostname, path: safeDecode(u.pathname).slice(0, 500) };
  } catch {
    return { hostname: '', path: '' };
  }
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The path up to and including the segment containing a folded token: '/vergoedingen/ggz'. */
export function pathTo(path: string, foldedToken: string): string | undefined {
  const segments = path.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    if (tokenize(segments[i] as string).folded.includes(foldedToken)) {
      const p = '/' + segments.slice(0, i + 1).join('/');
      return p.length > 80 ? '…' + p.slice(-79) : p;
    }
  }
  return undefined;
}

const join = (parts: readonly string[], cap: number) => parts.slice(0, cap).join(' \n ');

export function pageFields(signals: PageSignals, path: string): PageField[] {
  const h = signals.headings ?? { h1: [], h2: [], h3: [] };
  const og = signals.og ?? { title: '', description: '', type: '', siteName: '' };
  const fields: [SignalPlace, string][] = [
    ['url', path],
    ['title', signals.title ?? ''],
    ['h1', join(h.h1 ?? [], SIGNAL_CAPS.headingsPerLevel)],
    ['headings', join([...(h.h2 ?? []), ...(h.h3 ?? [])], 2 * SIGNAL_CAPS.headingsPerLevel)],
    ['breadcrumbs', join(signals.breadcrumbs ?? [], SIGNAL_CAPS.breadcrumbs)],
    // og:title usually repeats the title; as 'meta' it adds little on top of it.
    ['meta', join([signals.metaDescription ?? '', og.title, og.description], 3)],
    ['body', signals.mainText ?? ''],
  ];
  return fields.map(([place, text]) => ({
    place,
    tokens: place === 'body' ? tokenize(text, 12_000, SIGNAL_CAPS.mainText) : tokenize(text, 1_000, 4 * SIGNAL_CAPS.shortFieldChars),
  }));
}
