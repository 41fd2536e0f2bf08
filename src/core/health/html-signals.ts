// HTML string → PageSignals without a browser, for the CLI and HAR files: the HTML is
// parsed into a small tree (html-tree.ts) and read by the same page reader the content
// script runs over the live document (page-reader.ts), so both exclude the same
// chrome, hidden elements and link-dense blocks and pick the same main content.
import { MAX_HTML, parseHtml } from './html-tree';
import { readPage, type PageRead } from './page-reader';
import type { PageSignals } from './types';

export { MAX_HTML };

export function readHtmlPage(html: string, url: string): PageRead {
  return readPage(parseHtml(typeof html === 'string' ? html : '').root, url);
}

export function extractPageSignals(html: string, url: string): PageSignals {
  try {
    return readHtmlPage(html, url).signals;
  } catch {
    return emptySignals(url);
  }
}

export function emptySignals(url: string): PageSignals {
  return {
    url,
    title: '',
    headings: { h1: [], h2: [], h3: [] },
    metaDescription: '',
    og: { title: '', description: '', type: '', siteName: '' },
    breadcrumbs: [],
    lang: '',
    schemaTypes: [],
    mainText: '',
  };
}
