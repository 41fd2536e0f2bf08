// HAR 1.2 entries → request lines, with each entry's page: its address (the
// page's first document entry), title, and the document content when recorded.
import type { PageInput } from '../core/health/page-input';
import type { RequestLine } from './request-input';

interface HarHeader { name?: unknown; value?: unknown }
interface HarEntry {
  pageref?: unknown;
  startedDateTime?: unknown;
  _resourceType?: unknown;
  request?: { method?: unknown; url?: unknown; headers?: unknown; postData?: { text?: unknown; encoding?: unknown; _encoding?: unknown } };
  response?: { content?: { mimeType?: unknown; text?: unknown; encoding?: unknown } };
}
interface HarPage { id?: unknown; title?: unknown }

export interface HarRequest {
  request: RequestLine;
  /** When the request started (epoch ms), from startedDateTime; null when missing or unreadable. */
  time: number | null;
  pageTitle?: string;
  pageDocument?: PageInput;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function header(entry: HarEntry, name: string): string | undefined {
  const headers = Array.isArray(entry.request?.headers) ? (entry.request!.headers as HarHeader[]) : [];
  const found = headers.find((h) => typeof h?.name === 'string' && h.name.toLowerCase() === name);
  return str(found?.value);
}

/** Cookie names only: the values are never needed and never kept. */
function cookieNames(entry: HarEntry): string[] | null {
  const cookie = header(entry, 'cookie');
  if (cookie === undefined) return null;
  return cookie.split(';').map((part) => part.split('=')[0]!.trim()).filter(Boolean);
}

function isDocument(entry: HarEntry): boolean {
  const type = str(entry._resourceType);
  if (type) return type === 'document';
  return /text\/html/i.test(str(entry.response?.content?.mimeType) ?? '');
}

function documentText(entry: HarEntry): string | undefined {
  const content = entry.response?.content;
  const text = str(content?.text);
  if (text === undefined) return undefined;
  if (str(content?.encoding) === 'base64') {
    try {
      return Buffer.from(text, 'base64').toString('utf8');
    } catch {
      return undefined;
    }
  }
  return text;
}

/** The POST body: text, or (exporters that mark binary bodies `encoding: "base64"`) its bytes as base64. */
function postBody(entry: HarEntry): { body: string | null } | { bodyBase64: string } {
  const post = entry.request?.postData;
  const text = str(post?.text);
  if (text !== undefined && (str(post?.encoding) === 'base64' || str(post?._encoding) === 'base64')) return { bodyBase64: text };
  return { body: text ?? null };
}

export function* harEntries(har: unknown): Generator<HarRequest> {
  const log = (har as { log?: { entries?: unknown; pages?: unknown } } | null)?.log;
  const entries = Array.isArray(log?.entries) ? (log!.entries as HarEntry[]) : [];
  const pages = Array.isArray(log?.pages) ? (log!.pages as HarPage[]) : [];
  const titles = new Map(pages.map((p) => [str(p.id), str(p.title)]));
  // A page's address is its first document entry; its content gives the verdict.
  const documents = new Map<string, { url: string; html?: string }>();
  for (const entry of entries) {
    const ref = str(entry.pageref);
    const url = str(entry.request?.url);
    if (ref && url && !documents.has(ref) && isDocument(entry)) documents.set(ref, { url, html: documentText(entry) });
  }
  for (const entry of entries) {
    const url = str(entry.request?.url);
    if (!url) continue;
    const ref = str(entry.pageref);
    const page = ref ? documents.get(ref) : undefined;
    const title = ref ? titles.get(ref) : undefined;
    const started = Date.parse(str(entry.startedDateTime) ?? '');
    yield {
      time: Number.isFinite(started) ? started : null,
      request: {
        url,
        method: str(entry.request?.method),
        ...postBody(entry),
        type: isDocument(entry) && page?.url === url ? 'main_frame' : str(entry._resourceType),
        pageUrl: page?.url ?? null,
        referrer: header(entry, 'referer') ?? null,
        cookieNames: cookieNames(entry),
      },
      pageTitle: title && title !== page?.url ? title : undefined,
      pageDocument: page?.html ? { url: page.url, html: page.html } : undefined,
    };
  }
}
