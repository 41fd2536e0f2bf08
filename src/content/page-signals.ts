// Live page → PageSignals, in the content script. Reads only; the page text stays
// here: the caller classifies it and sends on the verdict and matched terms, never
// the text itself. The reading itself is core's page reader, run over the live
// document as it is (no clone, no innerText, so no forced layout): the CLI runs the
// same reader over its parse of an HTML file, so both see the same signals.
import { readPage, type PageRead } from '../core/health/page-reader';
import type { PageSignals } from '../core/health/types';

export function readPageRead(doc: Document): PageRead {
  return readPage(doc.documentElement, doc.location?.href ?? doc.URL);
}

export function readPageSignals(doc: Document): PageSignals {
  return readPageRead(doc).signals;
}
