// Recorded requests as a HAR 1.2 log (http://www.softwareishard.com/blog/har-12-spec/),
// for tools that read HAR. Pixelwacht sees requests, not responses: the response is
// marked not received (status 0, as the spec allows), and of the headers only what
// Pixelwacht keeps appears — the Referer, and cookie names in a comment (never values).
import type { PageRecord, RecordedRequest } from '../records/page-record';
import { isoWithOffset, type UtcOffset } from './time';

const RECORDED = 'recorded by Pixelwacht';

export interface HarNameValue {
  name: string;
  value: string;
  comment?: string;
}

export interface HarEntry {
  pageref: string;
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    queryString: HarNameValue[];
    postData?: { mimeType: string; text: string; params: HarNameValue[]; comment?: string };
    headersSize: number;
    bodySize: number;
    comment: string;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarNameValue[];
    headers: HarNameValue[];
    content: { size: number; mimeType: string; comment: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
    comment: string;
  };
  cache: Record<string, never>;
  timings: { blocked: number; dns: number; connect: number; send: number; wait: number; receive: number; ssl: number };
  comment: string;
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string; comment: string };
    browser?: { name: string; version: string };
    pages: { startedDateTime: string; id: string; title: string; pageTimings: { onContentLoad: number; onLoad: number }; comment: string }[];
    entries: HarEntry[];
    comment: string;
  };
}

export interface HarOptions {
  pixelwachtVersion: string;
  browser?: { name: string; version: string };
  timezoneOffsetMinutes: UtcOffset;
}

function queryString(url: string): HarNameValue[] {
  try {
    return [...new URL(url).searchParams.entries()].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function mimeTypeOf(body: string): string {
  const start = body.trimStart()[0];
  if (start === '{' || start === '[') return 'application/json';
  // The recorder re-encodes form data as a=b&c=d (see model.ts ObservedRequest.body).
  if (/^[^=&\s]+=/.test(body)) return 'application/x-www-form-urlencoded';
  return 'text/plain';
}

function entry(page: PageRecord, r: RecordedRequest, offset: UtcOffset, tracker: string): HarEntry {
  const cookieNote = r.cookieNames === null
    ? 'request headers not seen'
    : r.cookieNames.length === 0
      ? 'no cookies sent'
      : `cookie names sent (values not recorded): ${r.cookieNames.join(', ')}`;
  const bodyBytes = r.body === null ? 0 : new TextEncoder().encode(r.body).length;
  return {
    pageref: page.visitId,
    startedDateTime: isoWithOffset(r.timeStamp, offset),
    time: 0,
    request: {
      method: r.method,
      url: r.url,
      httpVersion: '',
      cookies: [],
      headers: r.referrer === null ? [] : [{ name: 'Referer', value: r.referrer }],
      queryString: queryString(r.url),
      ...(r.body === null
        ? {}
        : {
            postData: {
              mimeType: mimeTypeOf(r.body),
              text: r.body,
              params: [],
              ...(r.bodyTruncated ? { comment: `${RECORDED}; body truncated` } : {}),
            },
          }),
      headersSize: -1,
      bodySize: r.body === null ? 0 : bodyBytes,
      comment: `${RECORDED}; only the Referer header is kept; ${cookieNote}`,
    },
    response: {
      status: 0,
      statusText: '',
      httpVersion: '',
      cookies: [],
      headers: [],
      content: { size: 0, mimeType: 'x-unknown', comment: 'response not recorded' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      comment: `${RECORDED}; Pixelwacht does not record responses`,
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, send: 0, wait: 0, receive: 0, ssl: -1 },
    comment: `${RECORDED}; type ${r.type}; frame ${r.frameId}; tracker ${tracker}`,
  };
}

export function toHar(visits: PageRecord[], options: HarOptions): Har {
  const offset = options.timezoneOffsetMinutes;
  const sorted = [...visits].sort((a, b) => a.startedAt - b.startedAt);
  return {
    log: {
      version: '1.2',
      creator: { name: 'Pixelwacht', version: options.pixelwachtVersion, comment: RECORDED },
      ...(options.browser ? { browser: { ...options.browser } } : {}),
      pages: sorted.map((p) => ({
        startedDateTime: isoWithOffset(p.startedAt, offset),
        id: p.visitId,
        title: p.title ?? p.url,
        pageTimings: { onContentLoad: -1, onLoad: -1 },
        comment: `${RECORDED}; ${p.url}`,
      })),
      entries: sorted.flatMap((p) => p.requests.map((r) => entry(p, r, offset, p.trackers[r.trackerKey]?.tracker.name ?? r.trackerKey))),
      comment: `${RECORDED}: tracker requests only, as they left the browser; responses are not recorded`,
    },
  };
}
