// What a HAR file says about its own recording: the browser that made it (from the
// requests' User-Agent header, else the HAR's creator), and the UTC offset its times
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

export function harBrowser(har: unknown): { name: string; version: string } {
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
  // No user agent: name the recording's own creator as it names itself ("WebInspector 537.36").
  const from = log?.browser ?? log?.creator;
  const name = typeof from?.name === 'string' ? from.name : 'unknown';
  return { name, version: typeof from?.version === 'string' ? from.version : '' };
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
