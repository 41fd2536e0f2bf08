// Chrome's and Firefox's webRequest details → one ObservedRequest. This is the
// only place that knows the two browsers differ (initiator vs originUrl, beacon
// vs ping, where the top-level page address can be found, who says whether a tab
// is private, Chrome's document ids).
import { isRequestType, type ObservedRequest, type RequestType } from '../core/model';
import type { SenderFacts } from '../core/records/attribution';

/** Body text kept from a request; longer bodies are cut and flagged, never parsed whole. */
export const BODY_CAP_CHARS = 64 * 1024;

interface UploadData {
  bytes?: ArrayBuffer;
  file?: string;
}

/** The fields of webRequest.onBeforeRequest details we read, from either browser. */
export interface RawRequestDetails {
  requestId: string;
  url: string;
  method: string;
  type: string;
  tabId: number;
  frameId: number;
  timeStamp: number;
  initiator?: string;
  originUrl?: string;
  documentUrl?: string;
  frameAncestors?: { url: string; frameId: number }[];
  /** Firefox says whether the request came from a private window; Chrome does not. */
  incognito?: boolean;
  /** Chrome 106+: the sending document, its parent frame's document, its lifecycle and frame type. */
  documentId?: string;
  parentDocumentId?: string;
  documentLifecycle?: string;
  frameType?: string;
  requestBody?: {
    error?: string;
    formData?: Record<string, string[] | undefined>;
    raw?: UploadData[];
  } | null;
}

// Firefox has finer types than Chrome; fold them into the shared set.
const TYPE_ALIASES: Record<string, RequestType> = {
  imageset: 'image',
  object_subrequest: 'object',
  xml_dtd: 'other',
  xslt: 'other',
  web_manifest: 'other',
  speculative: 'other',
};

export function normaliseType(type: string): RequestType {
  if (isRequestType(type)) return type;
  return TYPE_ALIASES[type] ?? 'other';
}

function formDataToText(formData: Record<string, string[] | undefined>): string {
  const parts: string[] = [];
  for (const [name, values] of Object.entries(formData)) {
    for (const value of values ?? []) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  return parts.join('&');
}

const utf8 = new TextDecoder('utf-8', { fatal: false });

function rawToText(raw: UploadData[], cap: number): { text: string; truncated: boolean } {
  let text = '';
  let truncated = false;
  for (const part of raw) {
    if (!part.bytes) continue; // file uploads: only the file name is exposed, not kept
    const bytes = new Uint8Array(part.bytes);
    const room = cap - text.length;
    if (room <= 0) {
      truncated = true;
      break;
    }
    // Decoding a byte slice may cut one multi-byte character; that is fine for a capped body.
    const slice = bytes.byteLength > room * 4 ? bytes.subarray(0, room * 4) : bytes;
    text += utf8.decode(slice);
    if (slice !== bytes) truncated = true;
  }
  if (text.length > cap) {
    text = text.slice(0, cap);
    truncated = true;
  }
  return { text, truncated };
}

export function bodyOf(details: RawRequestDetails, cap = BODY_CAP_CHARS): { body: string | null; truncated: boolean } {
  const requestBody = details.requestBody;
  if (!requestBody || requestBody.error) return { body: null, truncated: false };
  if (requestBody.formData) {
    const text = formDataToText(requestBody.formData);
    return text.length > cap ? { body: text.slice(0, cap), truncated: true } : { body: text, truncated: false };
  }
  if (requestBody.raw) {
    const { text, truncated } = rawToText(requestBody.raw, cap);
    // Firefox reports an empty raw list for some bodiless requests: that is no body.
    return { body: text === '' ? null : text, truncated };
  }
  return { body: null, truncated: false };
}

/**
 * The top-level page address when the details carry it (Firefox: documentUrl of
 * the top frame, or the outermost frame ancestor). Chrome's details do not:
 * the caller then uses the page its tab state holds.
 */
export function topLevelUrlOf(details: RawRequestDetails): string | null {
  if (details.type === 'main_frame') return details.url;
  const ancestors = details.frameAncestors;
  if (ancestors && ancestors.length > 0) return ancestors[ancestors.length - 1]?.url ?? null;
  if (details.frameId === 0 && details.documentUrl) return details.documentUrl;
  return null;
}

/** Longest start of an address read for its origin (the origin is at its start; a page's address can be very long). */
const ORIGIN_SCAN_CHARS = 4096;

/**
 * The origin that started the request. Chrome gives the origin (`initiator`), Firefox
 * the whole address of the document or script (`originUrl`): cut to its origin, so a
 * request reads the same from either browser. An opaque origin ('null', about:blank)
 * is kept as the browser gave it.
 */
export function initiatorOf(details: RawRequestDetails): string | null {
  const given = details.initiator ?? details.originUrl ?? null;
  if (given === null) return null;
  try {
    const origin = new URL(given.slice(0, ORIGIN_SCAN_CHARS)).origin;
    return origin === 'null' ? given : origin;
  } catch {
    return given;
  }
}

export function normaliseRequest(details: RawRequestDetails, pageUrlFromTab: string | null): ObservedRequest {
  const { body, truncated } = bodyOf(details);
  return {
    id: String(details.requestId),
    tabId: details.tabId,
    frameId: details.frameId,
    pageUrl: topLevelUrlOf(details) ?? pageUrlFromTab,
    initiator: initiatorOf(details),
    method: details.method,
    type: normaliseType(details.type),
    url: details.url,
    body,
    bodyTruncated: truncated,
    timeStamp: details.timeStamp,
    referrer: null,
    cookieNames: null,
  };
}

/** What attribution needs to know about the sender, from either browser. */
export function senderFactsOf(details: RawRequestDetails): SenderFacts {
  return {
    type: details.type,
    frameId: details.frameId,
    documentId: details.documentId,
    parentDocumentId: details.parentDocumentId,
    documentLifecycle: details.documentLifecycle,
    topDocumentUrl: details.type === 'main_frame' ? null : topLevelUrlOf(details),
  };
}

/**
 * Whether the browser delivers a navigation's main_frame event before any request of
 * its document, stamped with when each was sent: Chrome does (its details name the
 * frame type). Firefox under load can deliver a page's first requests before its
 * navigation, and its time stamps then follow the delivery, so they cannot order them.
 */
export function deliversNavigationFirst(details: RawRequestDetails): boolean {
  return details.frameType !== undefined;
}

/** Whether the request's window is private, where the browser says (Firefox); null where it does not (Chrome: ask the tab). */
export function privateWindowOf(details: RawRequestDetails): boolean | null {
  return typeof details.incognito === 'boolean' ? details.incognito : null;
}

/** The best address for a page we did not see start: the document, else its origin. */
export function fallbackPageUrl(details: RawRequestDetails): string | null {
  return details.documentUrl ?? details.originUrl ?? details.initiator ?? null;
}

export interface TabInfo {
  url: string | null;
  incognito: boolean;
}

/**
 * A tab's address and whether it is private, asked of the browser once per tab
 * and request burst (Chrome's request details do not say; Firefox's say
 * `incognito` themselves, which wins).
 */
export function createTabInfo(getTab: (tabId: number) => Promise<{ url?: string; incognito: boolean }>) {
  const asked = new Map<number, Promise<TabInfo>>();
  return {
    of(tabId: number, details?: RawRequestDetails): Promise<TabInfo> {
      let info = asked.get(tabId);
      if (!info) {
        info = getTab(tabId).then(
          (tab) => ({ url: tab.url ?? null, incognito: tab.incognito }),
          () => ({ url: null, incognito: false }),
        );
        asked.set(tabId, info);
        // Forget it soon: a tab's address changes.
        void info.finally(() => setTimeout(() => asked.delete(tabId), 1000));
      }
      const incognito = details ? privateWindowOf(details) : null;
      if (incognito !== null) return info.then((i) => ({ ...i, incognito }));
      return info;
    },
  };
}
