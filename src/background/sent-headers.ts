// Request headers arrive in a second event (onBeforeSendHeaders). For tracker
// requests we keep, until then, which page and tracker they belong to, and then
// read the Referer and the cookie names (never their values). What they mean
// (login cookies) is decided in core by recordHeaders, the path the CLI uses too.
import type { RequestHeaders } from '../core/records/page-record';

export interface HeaderDetails {
  requestId: string;
  tabId: number;
  url: string;
  requestHeaders?: { name: string; value?: string }[];
}

interface Pending {
  visitId: string;
  trackerKey: string;
}

/** Enough for a page firing thousands of requests at once; older entries are dropped first. */
const MAX_PENDING = 2000;
const MAX_COOKIE_NAMES = 100;

export class PendingHeaders {
  private readonly pending = new Map<string, Pending>();

  expect(requestId: string, visitId: string, trackerKey: string): void {
    if (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value!);
    this.pending.set(requestId, { visitId, trackerKey });
  }

  /** The headers of an expected request; null for requests we do not track. */
  take(details: HeaderDetails): (Pending & { headers: RequestHeaders }) | null {
    const entry = this.pending.get(String(details.requestId));
    if (!entry) return null;
    this.pending.delete(String(details.requestId));
    let referrer: string | null = null;
    const cookieNames: string[] = [];
    for (const header of details.requestHeaders ?? []) {
      const name = header.name.toLowerCase();
      if (name === 'referer') referrer = header.value ?? null;
      else if (name === 'cookie' && header.value) {
        for (const part of header.value.split(';')) {
          const cookie = part.split('=')[0]!.trim();
          if (cookie && cookieNames.length < MAX_COOKIE_NAMES) cookieNames.push(cookie);
        }
      }
    }
    return { ...entry, headers: { url: details.url, referrer, cookieNames } };
  }
}
