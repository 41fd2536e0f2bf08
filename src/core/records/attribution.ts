// Which page record a request belongs to. A tab shows one page at a time, but
// requests keep coming from documents it no longer shows (a leaving page's
// beacons), from documents it does not show yet (a prerendered page) and from
// the site's service worker, which has no tab at all. The rules, in order:
//
// 1. Chrome names the sending document (`documentId`, and `parentDocumentId` for
//    a sub-frame's first requests). A document id bound to a page decides: the
//    newest page of the tab holding it (a page restored from the back/forward
//    cache keeps its document, and so its id). Observed in Chromium 156: the
//    pagehide beacons of the page being left carry its id with lifecycle
//    "active", so the lifecycle alone cannot tell them apart. Observed in
//    Firefox 153: scripts, images and beacons carry a documentId, fetches and
//    main_frame requests none; every request carries documentUrl, the address
//    the document was loaded at (it does not follow history.pushState).
// 2. A document id nobody holds yet: a prerendering document's goes to the
//    prerendered page; one from the address of a page the tab has left goes to
//    that page; any other goes to the current page when that has no top document
//    bound yet (its first request). A top-level request naming another document
//    than the one the current page holds, with its address (Firefox), is a new
//    document whose navigation has not reached the worker yet: it starts a page.
//    Otherwise (a sub-frame whose parent we never saw) the current page, without
//    binding the id as its top one.
// 3. No document id (Firefox): the address of the sending top-level document
//    (`documentUrl`/`frameAncestors`) decides when it names the current page or,
//    failing that, one of the tab's previous pages; otherwise the current page.
// 4. A request without a tab (tabId < 0) from the site's own service worker goes
//    to the one tab showing that origin; with none or several it is not attributed.
// Pure: no browser API, so every rule is tested in Node.

/** What the browser said about a request's sender, browser differences already folded. */
export interface SenderFacts {
  type: string;
  frameId: number;
  /** Chrome: the document that sent the request (absent for a main_frame navigation). */
  documentId?: string | undefined;
  /** Chrome: the parent frame's document, for requests of sub-frames. */
  parentDocumentId?: string | undefined;
  /** Chrome: 'prerender' | 'active' | 'cached' | 'pending_deletion'. */
  documentLifecycle?: string | undefined;
  /** Address of the top-level document that sent it, when the browser says (Firefox). */
  topDocumentUrl: string | null;
}

/** The part of a page record attribution looks at. */
export interface PageCandidate {
  visitId: string;
  url: string;
  documentIds?: readonly string[] | undefined;
}

export interface TabPages<P extends PageCandidate = PageCandidate> {
  current: P | null;
  /** Pages the tab showed before, newest first (still receiving their leave-page requests). */
  previous: readonly P[];
  /** Pages prerendered in this tab, not shown yet, newest first. */
  prerendering: readonly P[];
}

export interface Attribution<P extends PageCandidate = PageCandidate> {
  page: P | null;
  /** A document id the page should hold from now on (learnt from this request). */
  bind: string | null;
  /**
   * The request comes from a top-level document the tab's pages have not seen, at
   * this address: a navigation whose own main_frame event has not reached the
   * worker yet (Firefox under load). Its page starts now; the navigation adopts it.
   */
  newDocumentAt?: string;
}

/** Characters of an address compared when matching reports to pages (stored addresses may be cut). */
export const PAGE_ADDRESS_KEY_CHARS = 1024;

/** The address as compared: without its fragment, cut to a bounded length. */
export function pageAddressKey(url: string): string {
  const hash = url.indexOf('#');
  return (hash < 0 ? url : url.slice(0, hash)).slice(0, PAGE_ADDRESS_KEY_CHARS);
}

const holds = (page: PageCandidate, id: string) => !!page.documentIds?.includes(id);

function byDocument<P extends PageCandidate>(tab: TabPages<P>, id: string): P | null {
  // Newest first: current, then prerendered, then previous pages.
  if (tab.current && holds(tab.current, id)) return tab.current;
  return tab.prerendering.find((p) => holds(p, id)) ?? tab.previous.find((p) => holds(p, id)) ?? null;
}

/**
 * A top-level navigation that is not the tab's own: Chrome sends speculation-rules
 * prerenders and prefetches as main_frame requests carrying the initiating
 * document's id (a real navigation's document does not exist yet), or with
 * lifecycle "prerender".
 */
export function isSpeculativeNavigation(facts: SenderFacts, shown: PageCandidate | null): boolean {
  if (facts.type !== 'main_frame') return false;
  if (facts.documentLifecycle === 'prerender') return true;
  // Only the id of the document the tab shows marks it: Firefox gives an ordinary
  // navigation a document id of its own (the new document's), which no page holds yet.
  return !!facts.documentId && !!shown && holds(shown, facts.documentId);
}

export function attributeRequest<P extends PageCandidate>(tab: TabPages<P>, facts: SenderFacts): Attribution<P> {
  const { documentId, parentDocumentId } = facts;
  if (documentId) {
    const own = byDocument(tab, documentId);
    if (own) return { page: own, bind: null };
    const parent = parentDocumentId ? byDocument(tab, parentDocumentId) : null;
    if (parent) return { page: parent, bind: documentId };
    if (facts.documentLifecycle === 'prerender') {
      const prerendered = tab.prerendering[0] ?? null;
      return { page: prerendered, bind: prerendered ? documentId : null };
    }
    // A document id no page holds, from a document whose address is a page the tab
    // has left (Firefox gives documentUrl too): a leave-page beacon, never the current page's.
    const left = previousByAddress(tab, facts.topDocumentUrl);
    if (left) return { page: left, bind: null };
    const current = tab.current;
    if (!current) return { page: null, bind: null };
    const unbound = !current.documentIds || current.documentIds.length === 0;
    const topLevel = facts.frameId === 0 && !parentDocumentId;
    // The current page holds its top document already, and this top-level request
    // names another one and its address (Firefox): a new document in the tab.
    if (!unbound && topLevel && facts.topDocumentUrl) return { page: null, bind: documentId, newDocumentAt: facts.topDocumentUrl };
    return { page: current, bind: unbound && topLevel ? documentId : null };
  }
  return { page: previousByAddress(tab, facts.topDocumentUrl) ?? tab.current, bind: null };
}

/** A page the tab has left whose address is the sender's, when the tab now shows another address. */
function previousByAddress<P extends PageCandidate>(tab: TabPages<P>, top: string | null): P | null {
  if (!top || !tab.current) return null;
  const key = pageAddressKey(top);
  if (pageAddressKey(tab.current.url) === key) return null;
  return tab.previous.find((p) => pageAddressKey(p.url) === key) ?? null;
}

/** What a new address reported for a tab without a main_frame request means. */
export type AddressChange<P extends PageCandidate> =
  | { kind: 'unchanged' }
  /** Only the fragment changed: the same page. */
  | { kind: 'fragment' }
  /** An earlier document shown again (back/forward cache): a new visit of that document. */
  | { kind: 'restored'; from: P }
  /** The same document changed its address (history.pushState): a new page view. */
  | { kind: 'same-document' }
  /**
   * Another origin, which pushState cannot reach: a new document whose navigation
   * has not reached the worker yet (Firefox under load delivers the tab's new
   * address first). Nothing of the document before is its.
   */
  | { kind: 'new-document' };

export function classifyAddressChange<P extends PageCandidate>(tab: TabPages<P>, url: string): AddressChange<P> {
  const current = tab.current;
  if (!current) return { kind: 'same-document' };
  if (current.url === url) return { kind: 'unchanged' };
  if (pageAddressKey(current.url) === pageAddressKey(url)) return { kind: 'fragment' };
  const key = pageAddressKey(url);
  const currentDocs = current.documentIds ?? [];
  // A previous page of the same document is an earlier view of a single-page app, not a restore.
  const restored = tab.previous.find(
    (p) => pageAddressKey(p.url) === key && !(p.documentIds ?? []).some((id) => currentDocs.includes(id)),
  );
  if (restored) return { kind: 'restored', from: restored };
  return originOf(url) === originOf(current.url) ? { kind: 'same-document' } : { kind: 'new-document' };
}

/** The origin of an http(s) address, or null. */
export function originOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/**
 * The tab a service worker's request belongs to: the only open tab whose page has
 * the worker's origin. Null when no tab or several tabs show it (not attributable).
 */
export function attributeWorkerRequest(initiator: string | null, openPages: readonly { tabId: number; url: string }[]): number | null {
  const origin = originOf(initiator);
  if (!origin) return null;
  const tabs = new Set(openPages.filter((p) => originOf(p.url) === origin).map((p) => p.tabId));
  return tabs.size === 1 ? [...tabs][0]! : null;
}
