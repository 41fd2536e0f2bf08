// What a HAR file says about its own recording: the browser that made it (from the
// requests' User-Agent header, else the HAR's browser or a creator that is a browser;
// unknown otherwise), and the UTC offset its times
// were written in. Chromium's developer tools write UTC ("Z"); Firefox writes local
// time with its offset. Times in UTC are shown as Dutch time, never in the zone of
// the machine that analyses the file.
import { browserFromUserAgent } from '../core/evidence/user-agent';
import { amsterdamOffset, type UtcOffset } from '../core/evidence/time';

interface HarLike {
  log?: {
    creator?: { name?: unknown; version?: unknown };
    browser?: { name?: unknown; version?: unknown };
    entries?: Array<{ startedDateTime?: unknown; request?: { headers?: Array<{ name?: unknown; value?: unknown }> } }>;
  };
}

const MAX_ENTRIES_LOOKED_AT = 200;

// Names a HAR's `browser` or `creator` may give that are browsers. Chromium's developer tools call
// themselves "WebInspector" with WebKit's frozen version 537.36: that names no browser.
const BROWSER_NAMES = /^(firefox|chrome|chromium|google chrome|microsoft edge|edge|opera|safari|brave|vivaldi)$/i;

function browserField(from: { name?: unknown; version?: unknown } | undefined): { name: string; version: string } | null {
  if (typeof from?.name !== 'string' || !BROWSER_NAMES.test(from.name.trim())) return null;
  const version = typeof from.version === 'string' ? from.version.trim() : '';
  return { name: from.name.trim(), version };
}

/** The browser that made the recording, or null when the HAR does not say (never the developer tools' own name). */
export function harBrowser(har: unknown): { name: string; version: string } | null {
  const log = (har as HarLike | null)?.log;
  const entries = Array.isArray(log?.entries) ? log!.entries.slice(0, MAX_ENTRIES_LOOKED_AT) : [];
  for (const e of entries) {
    const headers = Array.isArray(e?.request?.headers) ? e.request!.headers! : [];
    const ua = headers.find((h) => typeof h?.name === 'string' && h.name.toLowerCase() === 'user-agent')?.value;
    if (typeof ua === 'string') {
      const found = browserFromUserAgent(ua);
      if (found.name !== 'unknown') return found;
    }
  }
  return browserField(log?.browser) ?? browserField(log?.creator);
}

/** The offset the recording's own times carry, or Dutch time when they are in UTC. */
export function harOffset(har: unknown): UtcOffset {
  const log = (har as HarLike | null)?.log;
  const entries = Array.isArray(log?.entries) ? log!.entries.slice(0, MAX_ENTRIES_LOOKED_AT) : [];
  for (const e of entries) {
    const m = typeof e?.startedDateTime === 'string' ? /([+-])(\d{2}):(\d{2})$/.exec(e.startedDateTime) : null;
    if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  }
  return amsterdamOffset;
}
