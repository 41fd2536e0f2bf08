// Which DOM changes can mean a banner appeared, changed or went: nodes added at the
// top of the document (or elements that look like consent UI), and attribute changes
// on the current banner, its ancestors, the body's direct children or consent-like
// elements. A page toggling classes deep in its own content (a carousel, an animation
// on thousands of elements) is none of these, and costs one selector match per record.

import { CANDIDATES } from './generic-banner';

/** Records looked at per observer callback; a storm's rest is not looked at. */
export const MAX_RECORDS_PER_CALLBACK = 200;
const MAX_ADDED_PER_RECORD = 10;

export function anyNearTopLayer(records: readonly MutationRecord[], banner: Element | null): boolean {
  const n = Math.min(records.length, MAX_RECORDS_PER_CALLBACK);
  for (let i = 0; i < n; i++) if (nearTopLayer(records[i] as MutationRecord, banner)) return true;
  return false;
}

function nearTopLayer(record: MutationRecord, banner: Element | null): boolean {
  if (record.type === 'childList') {
    if (banner && !banner.isConnected) return true;
    const added = record.addedNodes;
    for (let i = 0; i < Math.min(added.length, MAX_ADDED_PER_RECORD); i++) {
      const node = added[i];
      if (node && node.nodeType === 1 && (atTop(node as Element) || looksLikeConsentUi(node as Element))) return true;
    }
    return false;
  }
  const target = record.target as Element;
  if (target.nodeType !== 1) return false;
  if (banner && (target === banner || target.contains(banner))) return true;
  return atTop(target) || looksLikeConsentUi(target);
}

function atTop(el: Element): boolean {
  const parent = el.parentNode;
  if (!parent) return false;
  const doc = el.ownerDocument;
  return parent === doc.body || parent === doc.documentElement || parent.nodeType === 11 /* a shadow root */;
}

function looksLikeConsentUi(el: Element): boolean {
  try {
    return el.matches(CANDIDATES);
  } catch {
    return false;
  }
}
