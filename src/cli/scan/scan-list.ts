// The list of sites to scan: a text file (one start address a line) or CSV (address,
// label, category; a header row is recognised). Blank lines and lines starting with
// '#' are skipped; a bare domain gets https://. A bad line is reported, never fatal.
// One start page per site: a second address on the same site is reported as such.
import { siteOf } from '../../core/trackers/party';

export interface ScanEntry {
  /** 1-based line in the list. */
  line: number;
  url: string;
  site: string;
  label: string | null;
  category: string | null;
}

export interface ListProblem {
  line: number;
  text: string;
  reason: 'not-an-address' | 'duplicate-site' | 'too-long';
}

export interface ScanList {
  entries: ScanEntry[];
  problems: ListProblem[];
}

const MAX_LINE = 2000;
const MAX_FIELD = 200;
const MAX_ENTRIES = 100_000;
const HEADER_WORDS = new Set(['url', 'address', 'adres', 'site', 'start', 'website']);

/** One CSV or tab-separated row; double quotes may wrap a field ("" is a quote inside). */
export function splitRow(line: string): string[] {
  const sep = line.includes('\t') ? '\t' : line.includes(';') && !line.includes(',') ? ';' : ',';
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (c === sep) {
      out.push(field.trim());
      field = '';
    } else field += c;
  }
  out.push(field.trim());
  return out;
}

/** An http(s) start address from what the list says, or null. */
export function startAddress(text: string): string | null {
  const raw = text.trim();
  if (raw === '' || /\s/.test(raw)) return null;
  // "host:8080/x" is a host and port, "mailto:x" or "javascript:x" a scheme that is not the web's.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(raw)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    url.hash = '';
    return url.href;
  } catch {
    return null;
  }
}

const field = (value: string | undefined): string | null => {
  const v = (value ?? '').trim().slice(0, MAX_FIELD);
  return v === '' ? null : v;
};

export function parseScanList(text: string): ScanList {
  const entries: ScanEntry[] = [];
  const problems: ListProblem[] = [];
  const sites = new Set<string>();
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length && entries.length < MAX_ENTRIES; i++) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.length > MAX_LINE) {
      problems.push({ line: i + 1, text: line.slice(0, 80), reason: 'too-long' });
      continue;
    }
    const [first, label, category] = splitRow(line);
    if (entries.length === 0 && problems.length === 0 && HEADER_WORDS.has((first ?? '').toLowerCase())) continue;
    const url = startAddress(first ?? '');
    const site = url ? siteOf(url) : null;
    if (!url || !site) {
      problems.push({ line: i + 1, text: trimmed.slice(0, 80), reason: 'not-an-address' });
      continue;
    }
    if (sites.has(site)) {
      problems.push({ line: i + 1, text: trimmed.slice(0, 80), reason: 'duplicate-site' });
      continue;
    }
    sites.add(site);
    entries.push({ line: i + 1, url, site, label: field(label), category: field(category) });
  }
  return { entries, problems };
}
