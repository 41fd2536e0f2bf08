// The same request as Chrome and as Firefox report it must come out the same.
import { describe, expect, test } from 'vitest';
import { BODY_CAP_CHARS, normaliseRequest, normaliseType, type RawRequestDetails } from '../../../src/background/normalise-request';

const bytes = (text: string) => ({ bytes: new TextEncoder().encode(text).buffer as ArrayBuffer });

const common = { requestId: '42', tabId: 3, timeStamp: 1000, method: 'POST', url: 'https://www.facebook.com/tr/' };

const chrome: RawRequestDetails = {
  ...common, type: 'ping', frameId: 0, initiator: 'https://www.cz.nl',
  requestBody: { formData: { id: ['123'], ev: ['ViewContent'], 'cd[content_name]': ['IVF & ICSI'] } },
};
const firefox: RawRequestDetails = {
  ...common, type: 'beacon', frameId: 0, originUrl: 'https://www.cz.nl/ivf', documentUrl: 'https://www.cz.nl/ivf',
  requestBody: { raw: [bytes('id=123&ev=ViewContent&cd%5Bcontent_name%5D=IVF%20%26%20ICSI')] },
};

describe('normaliseRequest', () => {
  test('Chrome form data and Firefox raw bytes give the same body text', () => {
    const a = normaliseRequest(chrome, 'https://www.cz.nl/ivf');
    const b = normaliseRequest(firefox, null);
    expect(a.body).toBe('id=123&ev=ViewContent&cd%5Bcontent_name%5D=IVF%20%26%20ICSI');
    expect(b.body).toBe(a.body);
    expect(a.pageUrl).toBe('https://www.cz.nl/ivf');
    expect(b.pageUrl).toBe('https://www.cz.nl/ivf'); // Firefox says it itself
    expect(a.initiator).toBe('https://www.cz.nl');
    expect(b.initiator).toBe('https://www.cz.nl'); // Firefox's originUrl, cut to its origin
  });

  test('beacon and ping are kept as the browser named them; unknown Firefox types fold', () => {
    expect(normaliseType('beacon')).toBe('beacon');
    expect(normaliseType('ping')).toBe('ping');
    expect(normaliseType('imageset')).toBe('image');
    expect(normaliseType('speculative')).toBe('other');
    expect(normaliseType('something-new')).toBe('other');
  });

  test('sub-frame requests in Firefox take the top-level page from the frame ancestors', () => {
    const r = normaliseRequest({ ...firefox, frameId: 9, documentUrl: 'https://www.facebook.com/plugins/like.php', frameAncestors: [{ url: 'https://x.nl/frame', frameId: 4 }, { url: 'https://www.cz.nl/ivf', frameId: 0 }] }, null);
    expect(r.pageUrl).toBe('https://www.cz.nl/ivf');
  });

  test('bodies over the cap are cut and flagged', () => {
    const r = normaliseRequest({ ...firefox, requestBody: { raw: [bytes('a'.repeat(BODY_CAP_CHARS + 100))] } }, null);
    expect(r.body).toHaveLength(BODY_CAP_CHARS);
    expect(r.bodyTruncated).toBe(true);
    const f = normaliseRequest({ ...chrome, requestBody: { formData: { a: ['b'.repeat(BODY_CAP_CHARS)] } } }, null);
    expect(f.body!.length).toBeLessThanOrEqual(BODY_CAP_CHARS);
    expect(f.bodyTruncated).toBe(true);
  });

  test('no body, an error, empty raw lists and file uploads give no body', () => {
    expect(normaliseRequest({ ...chrome, requestBody: undefined }, null).body).toBeNull();
    expect(normaliseRequest({ ...chrome, requestBody: { error: 'Unknown error.' } }, null).body).toBeNull();
    expect(normaliseRequest({ ...firefox, requestBody: { raw: [] } }, null).body).toBeNull();
    expect(normaliseRequest({ ...firefox, requestBody: { raw: [{ file: '/home/me/secret.pdf' }] } }, null).body).toBeNull();
  });

  test('invalid UTF-8 bytes do not throw', () => {
    const raw = { bytes: new Uint8Array([0xff, 0xfe, 0x41, 0xc3]).buffer as ArrayBuffer };
    expect(() => normaliseRequest({ ...firefox, requestBody: { raw: [raw] } }, null)).not.toThrow();
  });
});

describe('browser differences for attribution', () => {
  test('sender facts: Chrome document ids as given; Firefox the top document address', async () => {
    const { senderFactsOf, fallbackPageUrl } = await import('../../../src/background/normalise-request');
    expect(senderFactsOf({ ...chrome, documentId: 'D', parentDocumentId: 'P', documentLifecycle: 'active' })).toMatchObject({ documentId: 'D', parentDocumentId: 'P', documentLifecycle: 'active', topDocumentUrl: null });
    expect(senderFactsOf(firefox).topDocumentUrl).toBe('https://www.cz.nl/ivf');
    expect(senderFactsOf({ ...firefox, frameId: 4, documentUrl: 'https://ads.example/frame', frameAncestors: [{ url: 'https://www.cz.nl/ivf', frameId: 0 }] }).topDocumentUrl).toBe('https://www.cz.nl/ivf');
    expect(fallbackPageUrl(firefox)).toBe('https://www.cz.nl/ivf');
    expect(fallbackPageUrl(chrome)).toBe('https://www.cz.nl');
    expect(fallbackPageUrl({ ...common, type: 'image', frameId: 0 })).toBeNull();
  });

  test('a tab is asked about once per burst; Firefox saying incognito itself wins', async () => {
    const { createTabInfo } = await import('../../../src/background/normalise-request');
    let asked = 0;
    const info = createTabInfo(async () => (asked++, { url: 'https://a.example/', incognito: false }));
    const [a, b, c] = await Promise.all([info.of(3), info.of(3), info.of(3, { ...firefox, incognito: true })]);
    expect(asked).toBe(1);
    expect(a).toEqual({ url: 'https://a.example/', incognito: false });
    expect(b).toEqual(a);
    expect(c.incognito).toBe(true);
    const failing = createTabInfo(async () => { throw new Error('no tab'); });
    expect(await failing.of(9)).toEqual({ url: null, incognito: false });
  });
});
